import Casework
import HTTP

extension InspectorAPI {
    /// Adds `POST /api/v1/inspect/outcomes` (Outcomes.md, "Publishing"). TO BE WRITTEN (issue 5).
    public static func installOutcomes(into router: inout Router, authenticator: InspectorAuthenticator, outcomes: OutcomeStore) {
    }
}
