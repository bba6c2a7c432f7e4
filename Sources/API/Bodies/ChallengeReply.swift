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
