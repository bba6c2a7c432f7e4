/// The 200 of `POST /api/v1/inspect/outcomes`: the outcome's index in the outcomes log and the signed
/// checkpoint that covers it.
public struct PublishedReply: APIBody {
    public var index: UInt64
    public var checkpoint: String

    public init(index: UInt64, checkpoint: String) { (self.index, self.checkpoint) = (index, checkpoint) }

    public init?(json: JSONValue) {
        guard let index = json["index"]?.uint64, let checkpoint = json["checkpoint"]?.string else { return nil }
        self.init(index: index, checkpoint: checkpoint)
    }

    public var json: JSONValue {
        .object(sortingKeys: ["index": JSONValue(index), "checkpoint": JSONValue(checkpoint)])
    }
}
