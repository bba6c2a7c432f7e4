import Sodium

/// `GET /api/v1/inspect/consistency?from=M&to=N`: the RFC 6962 consistency proof between two sizes of
/// the intake log, each hash 64 lowercase hex digits (Sync.md).
public struct ConsistencyReply: APIBody {
    /// The most hashes a proof between two sizes below 2⁶⁴ can hold.
    public static let maximumHashCount = 128

    public var from: UInt64
    public var to: UInt64
    public var hashes: [[UInt8]]

    public init(from: UInt64, to: UInt64, hashes: [[UInt8]]) { (self.from, self.to, self.hashes) = (from, to, hashes) }

    public init?(json: JSONValue) {
        guard let from = json["from"]?.uint64, let to = json["to"]?.uint64,
            let hashes = json["hashes"]?.elements(Self.hash), hashes.count <= Self.maximumHashCount
        else { return nil }
        self.init(from: from, to: to, hashes: hashes)
    }

    /// 32 bytes from their 64 lowercase hex digits, the one spelling the server writes.
    static func hash(_ value: JSONValue) -> [UInt8]? {
        guard let text = value.string, let bytes = [UInt8](hexString: text, lowercaseOnly: true), bytes.count == 32
        else { return nil }
        return bytes
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "from": JSONValue(from), "to": JSONValue(to), "hashes": JSONValue(hashes.map(\.hexString)),
        ])
    }
}
