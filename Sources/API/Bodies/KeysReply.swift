/// `GET /api/v1/keys`: the inspectors' sealing keys and the log's verifier key (empty without one).
public struct KeysReply: APIBody {
    public struct Inspector: Sendable, Equatable {
        public var name: String
        /// The sealing key's id, lowercase hex.
        public var keyId: String
        /// The X25519 sealing key, base64.
        public var sealingKey: String

        public init(name: String, keyId: String, sealingKey: String) {
            (self.name, self.keyId, self.sealingKey) = (name, keyId, sealingKey)
        }

        init?(json: JSONValue) {
            guard let name = json["name"]?.string, let keyId = json["keyId"]?.string,
                let sealingKey = json["sealingKey"]?.string
            else { return nil }
            self.init(name: name, keyId: keyId, sealingKey: sealingKey)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "name": JSONValue(name), "keyId": JSONValue(keyId), "sealingKey": JSONValue(sealingKey),
            ])
        }
    }

    public var inspectors: [Inspector]
    public var log: String

    public init(inspectors: [Inspector], log: String) { (self.inspectors, self.log) = (inspectors, log) }

    public init?(json: JSONValue) {
        guard let inspectors = json["inspectors"]?.elements(Inspector.init(json:)), let log = json["log"]?.string
        else { return nil }
        self.init(inspectors: inspectors, log: log)
    }

    public var json: JSONValue {
        .object(sortingKeys: ["inspectors": .array(inspectors.map(\.json)), "log": JSONValue(log)])
    }
}
