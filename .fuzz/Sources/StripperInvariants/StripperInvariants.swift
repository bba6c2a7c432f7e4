import MetadataStripping

/// What the JPEG and PNG fuzz targets check of ``MetadataStripper`` (MetadataStripper.swift says why
/// each holds).
public enum StripperInvariants {
    /// One fuzz input: its first byte chooses the piece size, the rest (put behind `signature` unless it
    /// starts with it, so that every input reaches the engine under test) is the file.
    public static func fuzz(_ input: [UInt8], signature: [UInt8], mediaType: String) {
        guard let first = input.first else { return }
        var file = Array(input.dropFirst())
        if !file.starts(with: signature) { file = signature + file }
        check(file, mediaType: mediaType, pieceSize: Int(first) + 1)
    }

    /// Strips `file` whole and in pieces of `pieceSize` bytes, and checks the invariants.
    public static func check(_ file: [UInt8], mediaType: String, pieceSize: Int) {
        let whole = strip(file, mediaType: mediaType, pieceSize: file.count + 1)
        precondition(whole.bytes.count <= file.count, "stripping added bytes")
        let cut = strip(file, mediaType: mediaType, pieceSize: pieceSize)
        precondition(cut.bytes == whole.bytes, "the output depends on how the stream was cut")
        precondition(cut.outcome == whole.outcome, "the outcome depends on how the stream was cut")
        guard whole.outcome.isClean else { return }
        let again = strip(whole.bytes, mediaType: mediaType, pieceSize: pieceSize)
        precondition(again.outcome == .noneFound, "a stripped file still had something to strip: \(again.outcome)")
        precondition(again.bytes == whole.bytes, "stripping a stripped file changed it")
    }

    static func strip(_ file: [UInt8], mediaType: String, pieceSize: Int)
        -> (bytes: [UInt8], outcome: MetadataStripper.Outcome)
    {
        var stripper = MetadataStripper(mediaType: mediaType)
        var output: [UInt8] = []
        var start = 0
        while start < file.count {
            let end = min(file.count, start + pieceSize)
            output += stripper.feed(file[start..<end])
            start = end
        }
        let summary = stripper.finish()
        return (output + summary.remainingBytes, summary.outcome)
    }
}
