/// `{"index": N}`: the log index of what a write appended (a pre-sealed envelope, a follow-up, a
/// rating, an inspector's event).
public struct IndexReply: APIBody {
    public var index: UInt64

    public init(index: UInt64) { self.index = index }

    public init?(json: JSONValue) {
        guard let index = json["index"]?.uint64 else { return nil }
        self.init(index: index)
    }

    public var json: JSONValue { .object(sortingKeys: ["index": JSONValue(index)]) }
}
