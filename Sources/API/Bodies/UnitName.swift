/// The unit that handles a case, as the receipt and the status answer name it: its catalogue id and
/// its names in Vietnamese and English.
public struct UnitName: Sendable, Equatable {
    public var id: String
    public var vi: String
    public var en: String

    public init(id: String, vi: String, en: String) { (self.id, self.vi, self.en) = (id, vi, en) }

    init?(json: JSONValue) {
        guard let id = json["id"]?.string, let vi = json["vi"]?.string, let en = json["en"]?.string else { return nil }
        self.init(id: id, vi: vi, en: en)
    }

    var json: JSONValue { .object(sortingKeys: ["id": JSONValue(id), "vi": JSONValue(vi), "en": JSONValue(en)]) }
}
