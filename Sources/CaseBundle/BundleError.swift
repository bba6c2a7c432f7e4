/// Why a bundle cannot be written, or does not verify: the file, and what does not match.
public enum BundleError: Error, Equatable, CustomStringConvertible {
    /// A file of the bundle does not verify (or does not parse): its path within the bundle, and why.
    case mismatch(file: String, reason: String)
    /// The keys folder cannot be used (no log key, an unreadable key file).
    case keys(String)
    /// A file cannot be read or written.
    case io(path: String, reason: String)

    /// The bundle's file a mismatch names.
    public var file: String? {
        if case .mismatch(let file, _) = self { return file }
        return nil
    }

    public var description: String {
        switch self {
        case .mismatch(let file, let reason): "\(file): \(reason)"
        case .keys(let why): why
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
}
