import Casework
import Foundation

/// The revoked inspector keys of a deployment, from its `Keys/revoked/` folder (Keys/README.md).
///
/// Each `NAME.pub` file there is an inspector key file (``InspectorKey``; KeyFiles.md) whose first
/// comment line says when and why the key was revoked:
///
/// ```
/// # revoked 2026-11-22: laptop stolen
/// candor-inspector v1 lan <base64 X25519 key> <base64 Ed25519 key>
/// ```
///
/// The key is revoked from 00:00 Vietnam time (UTC+7) on that day: its signatures are refused from
/// that instant on. A file without such a line is an error, so that a server never starts with a
/// revocation it cannot date. A missing folder is an empty list.
public struct RevokedInspectorKeys: Sendable, Hashable {
    /// The name of the subfolder of Keys/ that holds revoked keys.
    public static let folderName = "revoked"

    /// One revoked key.
    public struct Entry: Sendable, Hashable {
        public let key: InspectorKey
        /// The first instant its signatures are refused: 00:00 in Vietnam on the revocation day.
        public let since: Date
        /// The revocation day, as written in the file.
        public let day: CalendarDay
        /// The reason, as written in the file.
        public let reason: String

        /// A key revoked from 00:00 in Vietnam on `day`, as a `revoked/NAME.pub` file says.
        public init(key: InspectorKey, day: CalendarDay, reason: String) {
            self.init(key: key, since: Self.midnightInVietnam(day), reason: reason)
        }

        /// A key revoked from the instant `since` (tests; files always give a day).
        public init(key: InspectorKey, since: Date, reason: String) {
            self.key = key
            self.since = since
            self.day = CalendarDay(since)
            self.reason = reason
        }

        /// Whether the key's signatures are refused at `now`.
        public func isRevoked(at now: Date) -> Bool { now >= since }

        static func midnightInVietnam(_ day: CalendarDay) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = CalendarDay.vietnam
            let components = DateComponents(year: day.year, month: day.month, day: day.day)
            return calendar.date(from: components) ?? .distantPast
        }
    }

    /// The revoked keys, sorted by name.
    public let entries: [Entry]

    /// A list from entries in memory (tests, tools).
    public init(_ entries: [Entry] = []) {
        self.entries = entries.sorted { $0.key.name < $1.key.name }
    }

    /// Reads every `NAME.pub` in `directory` (the Keys folder's `revoked/`); none when it does not exist.
    public init(directory: String) throws(CaseworkError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) else {
            self.init()
            return
        }
        guard isFolder.boolValue else { throw .io(path: directory, reason: "it is not a folder") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .io(path: directory, reason: "cannot list the folder of revoked keys (\(error.localizedDescription))")
        }
        var entries: [Entry] = []
        for file in names.sorted() where file.hasSuffix("." + InspectorKeys.fileExtension) {
            let path = (directory as NSString).appendingPathComponent(file)
            entries.append(try Self.load(path: path, expectedName: String(file.dropLast(4))))
        }
        self.init(entries)
    }

    /// The revoked keys whose name is `name`.
    public func entries(named name: String) -> [Entry] { entries.filter { $0.key.name == name } }

    /// The entry of this exact key (the same signing key), if it is revoked at all.
    public func entry(for key: InspectorKey) -> Entry? {
        entries.first { $0.key.signingKey == key.signingKey }
    }

    /// Parses one file: its first `#` line must be `# revoked YYYY-MM-DD: reason`.
    static func load(path: String, expectedName: String) throws(CaseworkError) -> Entry {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        guard data.count <= InspectorKeys.maximumFileByteCount, let text = String(data: data, encoding: .utf8) else {
            throw .malformedKeyFile(path: path, reason: "not a small UTF-8 text file")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let comment = lines.first { $0.hasPrefix("#") }
        guard let comment, let (day, reason) = parseRevocation(comment) else {
            throw .malformedKeyFile(
                path: path,
                reason: "a revoked key file starts with a line `# revoked YYYY-MM-DD: reason` (Keys/README.md)")
        }
        let keyLines = lines.filter { !$0.hasPrefix("#") }
        guard keyLines.count == 1 else {
            throw .malformedKeyFile(path: path, reason: "expected exactly one key line, found \(keyLines.count)")
        }
        let key = try InspectorKey(line: keyLines[0], path: path)
        guard key.name == expectedName else {
            throw .malformedKeyFile(
                path: path, reason: "the key line names \(key.name); rename the file \(key.name).pub")
        }
        return Entry(key: key, day: day, reason: reason)
    }

    /// `# revoked YYYY-MM-DD: reason`, with a real calendar date and a non-empty reason.
    static func parseRevocation(_ line: String) -> (CalendarDay, String)? {
        let prefix = "# revoked "
        guard line.hasPrefix(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let dateText = String(rest[..<colon])
        let reason = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard dateText.utf8.count == 10, !reason.isEmpty, let day = CalendarDay(iso: dateText),
            day.description == dateText,
            // 2026-02-31 parses as a shape but is no day: its midnight falls on another one.
            CalendarDay(Entry.midnightInVietnam(day)) == day
        else { return nil }
        return (day, reason)
    }
}
