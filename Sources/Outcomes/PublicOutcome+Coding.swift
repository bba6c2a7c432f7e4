import Casework

/// The JSON line of an outcome (Outcomes.md): the allowlisted keys of its version, and nothing else.
///
/// Written by hand rather than synthesized because the two versions differ in one key: a version 2
/// line carries `resolvedWithin` (a range) and never the exact `daysToResolve`, even when the inspector's
/// tool knows it; a version 1 line, read from an older log, carries `daysToResolve` and is written
/// back byte for byte, so its signature still verifies.
extension PublicOutcome: Codable {
    enum CodingKeys: String, CodingKey {
        case id, province, agency, procedure, kinds, outcome, outcomeLabel, summary, monthReceived, monthResolved
        case daysToResolve, resolvedWithin, deadlineMet, disciplined
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            province: try container.decode(String.self, forKey: .province),
            agency: try container.decode(String.self, forKey: .agency),
            procedure: try container.decode(String.self, forKey: .procedure),
            kinds: try container.decode([String].self, forKey: .kinds),
            outcome: try container.decode(String.self, forKey: .outcome),
            outcomeLabel: try container.decode(String.self, forKey: .outcomeLabel),
            summary: try container.decode(String.self, forKey: .summary),
            monthReceived: try container.decode(String.self, forKey: .monthReceived),
            monthResolved: try container.decode(String.self, forKey: .monthResolved),
            daysToResolve: try container.decodeIfPresent(Int.self, forKey: .daysToResolve),
            deadlineMet: try container.decode(Bool.self, forKey: .deadlineMet),
            disciplined: try container.decodeIfPresent(DisciplinedOfficial.self, forKey: .disciplined))
        publishedRange = try container.decodeIfPresent(ResolutionTime.self, forKey: .resolvedWithin)
        version = daysToResolve == nil ? 2 : 1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(province, forKey: .province)
        try container.encode(agency, forKey: .agency)
        try container.encode(procedure, forKey: .procedure)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(outcomeLabel, forKey: .outcomeLabel)
        try container.encode(summary, forKey: .summary)
        try container.encode(monthReceived, forKey: .monthReceived)
        try container.encode(monthResolved, forKey: .monthResolved)
        if version == 1 {
            try container.encodeIfPresent(daysToResolve, forKey: .daysToResolve)
        } else {
            try container.encodeIfPresent(resolvedWithin, forKey: .resolvedWithin)
        }
        try container.encode(deadlineMet, forKey: .deadlineMet)
        // Absent, not null, when there is none: an entry without it reads exactly as before the field.
        try container.encodeIfPresent(disciplined, forKey: .disciplined)
    }
}
