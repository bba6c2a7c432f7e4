import Foundation

/// Why a tagger's file was refused.
public enum WordTaggerFileError: Error, Equatable, Sendable {
    case notATaggerFile
    case truncated
    case badBits(Int)
    case badThreshold
    case indexOutOfOrder(Int)
    case badWeight(Int)
    case trailingBytes
}

extension WordTagger {
    /// The file's first 16 bytes.
    static let magic = Array("CANDOR-TAGGER 1\n".utf8)
    /// The sizes of table a file may have: 2^8 to 2^22 weights (16 MiB).
    public static let allowedBits = 8...22

    /// The tagger as a file (Tagging.docc, "The tagger's file"): the magic, the table's bits (one byte),
    /// the threshold and the count of weights kept (little-endian Float32 and UInt32), then each weight
    /// kept as its index and value (UInt32, Float32), indices rising. Weights of 0, and under
    /// `smallest` in magnitude, are left out: they are read as 0.
    public func file(smallest: Float = 0.001) -> [UInt8] {
        var out = Self.magic
        out.append(UInt8(bits))
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        put(threshold.bitPattern)
        let kept = weights.indices.filter { weights[$0] != 0 && abs(weights[$0]) >= smallest }
        put(UInt32(kept.count))
        for index in kept {
            put(UInt32(index))
            put(weights[index].bitPattern)
        }
        return out
    }

    /// Reads a tagger's file; anything but the exact format is refused.
    public init(file bytes: [UInt8]) throws(WordTaggerFileError) {
        guard bytes.count >= Self.magic.count, Array(bytes.prefix(Self.magic.count)) == Self.magic else {
            throw .notATaggerFile
        }
        var at = Self.magic.count
        func read() throws(WordTaggerFileError) -> UInt32 {
            guard bytes.count - at >= 4 else { throw .truncated }
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
                << 24
        }
        guard at < bytes.count else { throw .truncated }
        let bits = Int(bytes[at])
        at += 1
        guard Self.allowedBits.contains(bits) else { throw .badBits(bits) }
        let threshold = Float(bitPattern: try read())
        guard threshold.isFinite else { throw .badThreshold }
        let count = Int(try read())
        guard count <= 1 << bits, bytes.count - at >= count * 8 else { throw .truncated }
        var weights = [Float](repeating: 0, count: 1 << bits)
        var last = -1
        for _ in 0..<count {
            let index = Int(try read())
            guard index > last, index < 1 << bits else { throw .indexOutOfOrder(index) }
            let weight = Float(bitPattern: try read())
            guard weight.isFinite else { throw .badWeight(index) }
            weights[index] = weight
            last = index
        }
        guard at == bytes.count else { throw .trailingBytes }
        self.init(weights: weights, bits: bits, threshold: threshold)
    }

    /// The tagger shipped with the sanitizer (`Model/word-tagger.bin`), trained by
    /// `candor-bench train-tagger` on the evaluation set and the held-out batches; nil if the build lacks
    /// it or it is not a tagger's file (the tests check that it is there and reads).
    package static let shipped: WordTagger? = {
        guard let url = Bundle.module.url(forResource: "word-tagger", withExtension: "bin", subdirectory: "Model"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? WordTagger(file: Array(data))
    }()
}
