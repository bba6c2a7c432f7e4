/// The 201 of `POST /api/v1/reports` with a report: its token, its index, and where its signed
/// receipt is (`receipt`, with a checkpoint signer); with a store that signs for every write, or with
/// witnesses (API.docc/Witnesses.md, "Receipts"), the signed checkpoint and the receipt's text themselves.
public struct SubmissionReply: APIBody {
    public var token: String
    public var index: UInt64
    public var receipt: String?
    public var checkpoint: String?
    public var receiptText: String?
    /// The unit that handles the report; absent for a deployment without units.
    public var unit: UnitName?

    public init(
        token: String, index: UInt64, receipt: String? = nil, checkpoint: String? = nil, receiptText: String? = nil,
        unit: UnitName? = nil
    ) {
        self.unit = unit
        (self.token, self.index, self.receipt, self.checkpoint, self.receiptText) = (
            token, index, receipt, checkpoint, receiptText
        )
    }

    public init?(json: JSONValue) {
        guard let token = json["token"]?.string, let index = json["index"]?.uint64,
            let receipt = Self.optional(json["receipt"], \.string),
            let checkpoint = Self.optional(json["checkpoint"], \.string),
            let receiptText = Self.optional(json["receiptText"], \.string),
            let unit = Self.optional(json["unit"], UnitName.init(json:))
        else { return nil }
        self.init(
            token: token, index: index, receipt: receipt, checkpoint: checkpoint, receiptText: receiptText, unit: unit)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "token": JSONValue(token), "index": JSONValue(index), "receipt": receipt.map(JSONValue.init),
            "checkpoint": checkpoint.map(JSONValue.init), "receiptText": receiptText.map(JSONValue.init),
            "unit": unit?.json,
        ])
    }
}
