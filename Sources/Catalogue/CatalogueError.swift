/// The one error type of the Catalogue layer: a catalogue file (or the deadlines' holidays file)
/// that is missing or not valid.
///
/// The message names the file and says what to do; the operator reads it when the server or
/// `candor-inspect` refuses to start.
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The catalogue file or folder does not exist.
    case missing(path: String)
    /// A catalogue file is not valid (bad JSON, a duplicate id, an empty label, …).
    case malformed(file: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "the catalogue is missing at \(path); install the Catalog folder or point the server at one"
        case .malformed(let file, let reason):
            "catalogue file \(file) is invalid: \(reason); fix the file and restart"
        }
    }
}
