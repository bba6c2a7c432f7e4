/// `GET /api/v1/challenge`: a proof-of-work challenge and its difficulty in leading zero bits.
public struct ChallengeReply: APIBody {
    public var challenge: String
    public var difficulty: Int

    public init(challenge: String, difficulty: Int) { (self.challenge, self.difficulty) = (challenge, difficulty) }

    public init?(json: JSONValue) {
        guard let challenge = json["challenge"]?.string, let difficulty = json["difficulty"]?.int else { return nil }
        self.init(challenge: challenge, difficulty: difficulty)
    }

    public var json: JSONValue {
        .object(sortingKeys: ["challenge": JSONValue(challenge), "difficulty": JSONValue(difficulty)])
    }
}

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

/// The 201 of `POST /api/v1/reports` with a report: its token, its index, and where its signed
/// receipt is (`receipt`, with a checkpoint signer); with a store that signs for every write, the
/// signed checkpoint and the receipt's text themselves.
public struct SubmissionReply: APIBody {
    public var token: String
    public var index: UInt64
    public var receipt: String?
    public var checkpoint: String?
    public var receiptText: String?

    public init(
        token: String, index: UInt64, receipt: String? = nil, checkpoint: String? = nil, receiptText: String? = nil
    ) {
        (self.token, self.index, self.receipt, self.checkpoint, self.receiptText) = (
            token, index, receipt, checkpoint, receiptText
        )
    }

    public init?(json: JSONValue) {
        guard let token = json["token"]?.string, let index = json["index"]?.uint64,
            let receipt = Self.optional(json["receipt"], \.string),
            let checkpoint = Self.optional(json["checkpoint"], \.string),
            let receiptText = Self.optional(json["receiptText"], \.string)
        else { return nil }
        self.init(token: token, index: index, receipt: receipt, checkpoint: checkpoint, receiptText: receiptText)
    }

    public var json: JSONValue {
        .object(sortingKeys: [
            "token": JSONValue(token), "index": JSONValue(index), "receipt": receipt.map(JSONValue.init),
            "checkpoint": checkpoint.map(JSONValue.init), "receiptText": receiptText.map(JSONValue.init),
        ])
    }
}

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

/// `POST /api/v1/case-tag`: the case tag of a token, lowercase hex.
public struct CaseTagReply: APIBody {
    public var caseTag: String

    public init(caseTag: String) { self.caseTag = caseTag }

    public init?(json: JSONValue) {
        guard let caseTag = json["caseTag"]?.string else { return nil }
        self.init(caseTag: caseTag)
    }

    public var json: JSONValue { .object(sortingKeys: ["caseTag": JSONValue(caseTag)]) }
}
