import Foundation
import Testing

@testable import Casework

@Suite("Report: field-by-field validation, normalisation, JSON")
struct ReportTests {
    let today = CalendarDay(year: 2026, month: 5, day: 4)

    func errors(_ change: (inout Report) -> Void) -> [FieldError] {
        var report = sampleReport()
        change(&report)
        return report.validate(catalog: bundledCatalog, today: today)
    }

    @Test("a complete report has no errors, with or without the optional fields")
    func valid() {
        #expect(errors { _ in } == [])
        #expect(
            errors {
                $0.commune = "Phường Ba Đình"
                $0.official = "Cán bộ số hiệu 123"
                $0.contact = "Zalo 09xx"
                $0.month = nil
                $0.account = String(repeating: "a", count: Report.Limits.account)
            } == [])
    }

    static let cases: [(String, @Sendable (inout Report) -> Void, [FieldError])] = [
        ("no province", { $0.province = " " }, [FieldError(.province, .missing)]),
        ("unknown province", { $0.province = "ha-tay" }, [FieldError(.province, .unknownProvince)]),
        ("no procedure", { $0.procedure = "" }, [FieldError(.procedure, .missing)]),
        ("unknown procedure", { $0.procedure = "lam-so-do" }, [FieldError(.procedure, .unknownProcedure)]),
        ("no agency", { $0.agency = "\n " }, [FieldError(.agency, .missing)]),
        (
            "long agency", { $0.agency = String(repeating: "x", count: 301) },
            [FieldError(.agency, .tooLong, limit: 300)]
        ),
        ("agency with a newline", { $0.agency = "a\nb" }, [FieldError(.agency, .invalidCharacters)]),
        ("agency with a bidi override", { $0.agency = "a\u{202E}b" }, [FieldError(.agency, .invalidCharacters)]),
        (
            "long commune", { $0.commune = String(repeating: "x", count: 201) },
            [FieldError(.commune, .tooLong, limit: 200)]
        ),
        (
            "long official", { $0.official = String(repeating: "x", count: 301) },
            [FieldError(.official, .tooLong, limit: 300)]
        ),
        ("no misconduct", { $0.misconduct = [] }, [FieldError(.misconduct, .missing)]),
        ("blank misconduct", { $0.misconduct = [" "] }, [FieldError(.misconduct, .missing)]),
        (
            "unknown misconduct", { $0.misconduct = ["hoi-lo", "an-cap"] },
            [FieldError(.misconduct, .unknownMisconduct)]
        ),
        ("twice the same", { $0.misconduct = ["hoi-lo", "hoi-lo"] }, [FieldError(.misconduct, .duplicate)]),
        (
            "too many", { $0.misconduct = bundledCatalog.misconductKinds.ids + ["hoi-lo"] },
            [FieldError(.misconduct, .tooMany, limit: 10), FieldError(.misconduct, .duplicate)]
        ),
        ("no account", { $0.account = "   " }, [FieldError(.account, .missing)]),
        (
            "long account", { $0.account = String(repeating: "x", count: 20_001) },
            [FieldError(.account, .tooLong, limit: 20_000)]
        ),
        (
            "combining-mark flood", { $0.account = "a" + String(repeating: "\u{0301}", count: 170_000) },
            [FieldError(.account, .tooLong, limit: 20_000)]
        ),
        ("control character", { $0.account = "a\u{0007}b" }, [FieldError(.account, .invalidCharacters)]),
        ("month 0", { $0.month = 0 }, [FieldError(.month, .outOfRange)]),
        ("month 13", { $0.month = 13 }, [FieldError(.month, .outOfRange)]),
        ("next month", { $0.month = 6 }, [FieldError(.month, .inFuture)]),
        ("next year", { $0.year = 2027 }, [FieldError(.year, .inFuture)]),
        ("too old", { $0.year = 1999 }, [FieldError(.year, .outOfRange)]),
        (
            "long contact", { $0.contact = String(repeating: "x", count: 301) },
            [FieldError(.contact, .tooLong, limit: 300)]
        ),
    ]

    @Test("each problem is reported on its field with its code", arguments: cases)
    func invalid(name: String, change: @Sendable (inout Report) -> Void, expected: [FieldError]) {
        #expect(errors(change) == expected, "\(name)")
    }

    @Test("all problems are reported at once, in form order")
    func allAtOnce() {
        let report = Report(province: "", procedure: "", agency: "", misconduct: [], account: "", month: 14, year: 3000)
        #expect(
            report.validate(catalog: bundledCatalog, today: today).map(\.field) == [
                .province, .procedure, .agency, .misconduct, .account, .year, .month,
            ])
    }

    @Test("normalised: NFC, trimmed, empty optionals dropped")
    func normalized() {
        var report = sampleReport()
        report.agency = "  Phòng CSGT\u{0020}Ba Đi\u{0300}nh \n"
        report.commune = "   "
        report.contact = ""
        report.misconduct = [" hoi-lo ", ""]
        let normal = report.normalized()
        #expect(normal.agency.unicodeScalars.elementsEqual("Phòng CSGT Ba Đình".unicodeScalars))
        #expect(normal.commune == nil && normal.contact == nil)
        #expect(normal.misconduct == ["hoi-lo"])
    }

    @Test("JSON uses the documented keys and leaves absent optionals out")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(sampleReport()), as: UTF8.self)
        #expect(text.hasPrefix(#"{"account":"#))
        for key in ["agency", "misconduct", "month", "procedure", "province", "year"] {
            #expect(text.contains("\"\(key)\""))
        }
        for key in ["commune", "official", "contact"] { #expect(!text.contains("\"\(key)\"")) }
        #expect(try JSONDecoder().decode(Report.self, from: Data(text.utf8)) == sampleReport())
    }
}
