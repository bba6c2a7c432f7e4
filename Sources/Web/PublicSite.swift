import Casework
import HTTP

/// The public pages: outcomes, statistics, feeds, how to verify. TO BE WRITTEN (issue 5).
public enum PublicSite {
    public static func install(into router: inout Router, outcomes: OutcomeStore, intake: IntakeStore) {
    }
}
