import Foundation
import TestSupport
import Testing

/// Transcripts of `candor-inspect sanitize`: stdin in, stdout and exit status out, with no key and no server.
@Suite("candor-inspect sanitize: CLI transcripts")
struct SanitizeCommandTests {
    /// Runs the tool with `input` on stdin, in an empty environment (no passphrase, no keys).
    static func run(_ arguments: [String], input: String, in directory: String = NSTemporaryDirectory()) throws
        -> Transcript
    {
        try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"), arguments, in: directory, environment: ["PATH": "/usr/bin:/bin"],
            input: Array(input.utf8))
    }

    static let report = "Ông Nguyễn Văn A (SĐT 0912 345 678) ở Hà Nội đòi 500.000 đồng ngày 12/4/2026, trái Điều 25.\n"

    @Test func plain() throws {
        let result = try Self.run(["sanitize"], input: Self.report)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Ông [đã ẩn] (SĐT [đã ẩn]) ở Hà Nội đòi 500.000 đồng tháng 4/2026, trái Điều 25.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func english() throws {
        let result = try Self.run(["sanitize", "--lang", "en"], input: "Mr Tran Van B, plate 30A-123.45, on 1/7/2025")
        #expect(result.status == 0)
        #expect(result.stdout == "Mr [redacted], plate [redacted], on 07/2025")
    }

    @Test func json() throws {
        let result = try Self.run(["sanitize", "--json"], input: "Ông Nguyễn Văn A gọi 0912345678")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == #"{"findings":[{"end":16,"kind":"personName","start":4},{"end":31,"kind":"phone","start":21}],"#
                + #""flags":[],"text":"Ông [đã ẩn] gọi [đã ẩn]"}"# + "\n")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["text", "findings", "flags"])
    }

    @Test func flagsAreInTheJSONAndOnStderr() throws {
        let result = try Self.run(["sanitize", "--json"], input: "Kế toán Xíu ký phiếu chi.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == #"{"findings":[],"flags":[{"end":11,"reason":"possibleName","start":8}],"#
                + #""text":"Kế toán Xíu ký phiếu chi."}"# + "\n")
        #expect(result.stderr.contains(#"flagged as unsure (possibleName) at 8..<11: "Xíu""#), "\(result.stderr)")
    }

    @Test func aLexiconFolderAddsNamesAndAMissingOneIsAUsageError() throws {
        let folder = TemporaryDirectory("lexicon")
        try "Xíu\n".write(toFile: folder.child("family-names.txt"), atomically: true, encoding: .utf8)
        let added = try Self.run(["sanitize", "--lexicon", folder.path], input: "Xíu Văn Páo nhận tiền.")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "[đã ẩn] nhận tiền.")
        let missing = try Self.run(["sanitize", "--lexicon", folder.child("none")], input: "x")
        #expect(missing.status == 2, "a usage error")
        #expect(missing.stderr.contains("--lexicon"), "\(missing.stderr)")
    }

    @Test func citizenTextQuotes() throws {
        let folder = TemporaryDirectory("sanitize")
        let citizen = folder.child("report.txt")
        try "cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong".write(
            toFile: citizen, atomically: true, encoding: .utf8)
        let summary = "Cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong."
        let result = try Self.run(["sanitize", "--json", "--citizen-text", citizen], input: summary)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"{"end":57,"kind":"quote","start":0}"#))
        #expect(result.stdout.contains(#""text":"Cán bộ nói thẳng với tôi rằng không có tiền thì đừng mong.""#))
        #expect(result.stderr.contains("flagged quote"))
    }

    @Test func emptyInput() throws {
        let result = try Self.run(["sanitize", "--json"], input: "")
        #expect(result.status == 0)
        #expect(result.stdout == #"{"findings":[],"flags":[],"text":""}"# + "\n")
    }

    @Test func helpAndUsageErrors() throws {
        let help = try Self.run(["sanitize", "--help"], input: "")
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: candor-inspect sanitize"))
        let overview = try Self.run(["help"], input: "")
        #expect(overview.stdout.contains("sanitize"))

        let language = try Self.run(["sanitize", "--lang", "fr"], input: "x")
        #expect(language.status == 2)
        #expect(language.stdout.isEmpty)
        #expect(language.stderr.contains("--lang must be vi or en"))

        let unknown = try Self.run(["sanitize", "--jsn"], input: "x")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown option \"--jsn\""))

        let missing = try Self.run(["sanitize", "--citizen-text", "/nonexistent/report.txt"], input: "x")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read --citizen-text"))
    }
}
