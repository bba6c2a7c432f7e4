import Casework
import HTTP

/// The public outcomes log as C2SP tlog-tiles static endpoints. TO BE WRITTEN (issue 5).
public enum PublicLog {
    public static func install(into router: inout Router, outcomes: OutcomeStore) {
    }
}
