/// `GET /api/v1/keys`: the inspectors' sealing keys, the log's verifier key (empty without one) and,
/// for a deployment with units, each unit's current epoch key and the routing rules: what a citizen's
/// own software seals a report to (Envelope.md; a report goes to the units of one route).
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

    /// A deployed unit: reports of its route are sealed to its current epoch key.
    public struct Unit: Sendable, Equatable {
        public var id: String
        /// The catalogue provinces whose reports it receives under a route's `@province` step.
        public var provinces: [String]
        public var keyId: String
        public var sealingKey: String

        public init(id: String, provinces: [String], keyId: String, sealingKey: String) {
            (self.id, self.provinces, self.keyId, self.sealingKey) = (id, provinces, keyId, sealingKey)
        }

        init?(json: JSONValue) {
            guard let id = json["id"]?.string, let provinces = json["provinces"]?.elements(\.string),
                let keyId = json["keyId"]?.string, let sealingKey = json["sealingKey"]?.string
            else { return nil }
            self.init(id: id, provinces: provinces, keyId: keyId, sealingKey: sealingKey)
        }

        var json: JSONValue {
            .object(sortingKeys: [
                "id": JSONValue(id), "provinces": JSONValue(provinces), "keyId": JSONValue(keyId),
                "sealingKey": JSONValue(sealingKey),
            ])
        }
    }

    public var inspectors: [Inspector]
    public var log: String
    /// The deployed units; absent for a flat `Keys/`, whose reports are sealed to every inspector.
    public var units: [Unit]?
    /// The routing rules by name (`ordinary`, `local-authority-involved`): unit ids and `@province`.
    public var routes: [String: [String]]?

    public init(inspectors: [Inspector], log: String, units: [Unit]? = nil, routes: [String: [String]]? = nil) {
        (self.inspectors, self.log, self.units, self.routes) = (inspectors, log, units, routes)
    }

    public init?(json: JSONValue) {
        guard let inspectors = json["inspectors"]?.elements(Inspector.init(json:)), let log = json["log"]?.string,
            let units = Self.optional(json["units"], { $0.elements(Unit.init(json:)) })
        else { return nil }
        var routes: [String: [String]]?
        if let member = json["routes"], !member.isNull {
            guard case .object(let members) = member else { return nil }
            var rules: [String: [String]] = [:]
            for rule in members {
                guard let steps = rule.value.elements(\.string) else { return nil }
                rules[rule.key] = steps
            }
            routes = rules
        }
        self.init(inspectors: inspectors, log: log, units: units, routes: routes)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "inspectors": .array(inspectors.map(\.json)), "log": JSONValue(log),
            "units": units.map { .array($0.map(\.json)) },
            "routes": routes.map { rules in
                .object(
                    rules.sorted { $0.key < $1.key }.map { JSONValue.Member(key: $0.key, value: JSONValue($0.value)) })
            },
        ])
    }
}
