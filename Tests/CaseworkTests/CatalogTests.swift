import Catalogue
import Foundation
import TestSupport
import Testing

@testable import Casework

@Suite("Catalog: the bundled lists, and loading a deployment's own")
struct CatalogTests {
    let catalog = bundledCatalog

    @Test("exactly the 34 provincial units of Resolution 202/2025/QH15: 6 cities and 28 provinces")
    func provinces() {
        #expect(catalog.provinces.entries.count == 34)
        #expect(
            catalog.provinces.entries(inGroup: "city").map(\.vi) == [
                "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ",
            ])
        #expect(
            catalog.provinces.entries(inGroup: "province").map(\.vi) == [
                "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Cao Bằng", "Thanh Hóa", "Nghệ An",
                "Hà Tĩnh",
                "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
                "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
                "Đồng Tháp", "Cà Mau", "An Giang",
            ])
        #expect(catalog.provinces["ha-noi"]?.en == "Hanoi")
        #expect(catalog.provinces["ho-chi-minh"]?.en == "Ho Chi Minh City")
        #expect(catalog.provinces["dak-lak"]?.vi == "Đắk Lắk")
    }

    @Test("the 11 procedures named at the portal's launch, then khac; 10 kinds of misconduct; 12 outcomes")
    func otherLists() {
        #expect(catalog.procedures.entries.count == 12)
        #expect(catalog.procedures.entries.last?.id == "khac")
        #expect(catalog.procedures["dang-ky-khai-sinh"]?.vi == "Đăng ký khai sinh")
        #expect(catalog.misconductKinds.entries.count == 10)
        #expect(catalog.misconductKinds.entries.last?.id == "khac")
        #expect(catalog.misconductKinds["hoi-lo"]?.vi == "Đòi, nhận hối lộ")
        #expect(
            catalog.outcomes.entries(inGroup: "cadre").map(\.vi) == [
                "Khiển trách", "Cảnh cáo", "Cách chức", "Bãi nhiệm",
            ])
        #expect(
            catalog.outcomes.entries(inGroup: "civil-servant").map(\.vi) == [
                "Khiển trách", "Cảnh cáo", "Cách chức", "Buộc thôi việc",
            ])
        #expect(catalog.outcomes.entries(inGroup: "other").count == 4)
        #expect(catalog.outcomes.groups.map(\.id) == ["cadre", "civil-servant", "other"])
    }

    @Test(
        "ids are unique and well formed, every label is non-empty NFC in both languages",
        arguments: Catalog.Kind.allCases)
    func wellFormed(kind: Catalog.Kind) {
        let list = catalog[kind]
        #expect(Set(list.ids).count == list.ids.count)
        for entry in list.entries {
            #expect(CatalogEntry.isWellFormedID(entry.id), "\(entry.id)")
            #expect(
                !entry.vi.trimmingCharacters(in: .whitespaces).isEmpty
                    && !entry.en.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(
                entry.vi.unicodeScalars.elementsEqual(entry.vi.precomposedStringWithCanonicalMapping.unicodeScalars))
            #expect(entry.en.allSatisfy { $0.isASCII }, "English labels need no diacritics: \(entry.en)")
            #expect(list[entry.id] == entry)
        }
        for group in list.groups { #expect(!group.vi.isEmpty && !group.en.isEmpty) }
    }

    @Test("validation helpers accept catalogue ids and reject anything else")
    func helpers() {
        #expect(catalog.isValidProvince("ha-noi"))
        #expect(catalog.isValidProcedure("khac"))
        #expect(catalog.isValidMisconductKind("tru-dap"))
        #expect(catalog.isValidOutcome("cong-chuc-buoc-thoi-viec"))
        for unknown in ["ha-tay", "HA-NOI", "Hà Nội", "", " ha-noi", "ha-noi ", "binh-duong", "khac-"] {
            #expect(!catalog.isValidProvince(unknown), "\(unknown)")
        }
        #expect(!catalog.isValidProcedure("ha-noi"))
        #expect(!catalog.isValidMisconductKind("doi-giay-phep-lai-xe"))
    }

    @Test(
        "id shape",
        arguments: [
            ("ha-noi", true), ("a", true), ("x1-2y", true), ("", false), ("-a", false), ("a-", false), ("a--b", false),
            ("A", false), ("ha_noi", false), ("hà-nội", false), (String(repeating: "a", count: 65), false),
        ])
    func idShape(id: String, valid: Bool) {
        #expect(CatalogEntry.isWellFormedID(id) == valid)
    }

    @Test("a deployment's own folder loads like the bundle")
    func ownDirectory() throws {
        let folder = TemporaryDirectory()
        try copyBundledCatalog(to: folder.path)
        #expect(try Catalog(directory: folder.path) == catalog)
    }

    @Test("a missing file is CatalogueError.missing")
    func missingFile() throws {
        let folder = TemporaryDirectory()
        try copyBundledCatalog(to: folder.path)
        try FileManager.default.removeItem(atPath: folder.child("outcomes.json"))
        #expect(
            catalogueError { try Catalog(directory: folder.path) } == .missing(path: folder.child("outcomes.json")))
    }

    static let malformed: [(String, String)] = [
        ("not json", "not valid JSON"),
        (#"{"format":"candor-catalog-v1","kind":"provinces"}"#, "\"entries\" is missing"),
        (#"{"format":"candor-catalog-v2","kind":"provinces","entries":[{"id":"a","vi":"A","en":"A"}]}"#, "format"),
        (
            #"{"format":"candor-catalog-v1","kind":"outcomes","entries":[{"id":"a","vi":"A","en":"A"}]}"#,
            "expected \"provinces\""
        ),
        (#"{"format":"candor-catalog-v1","kind":"provinces","entries":[]}"#, "no entries"),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":"A","en":"A"},{"id":"a","vi":"B","en":"B"}]}"#,
            "duplicate id"
        ),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":" ","en":"A"}]}"#,
            "empty vi label"
        ),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":"A","en":""}]}"#,
            "empty en label"
        ),
        (#"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"Ha Noi","vi":"A","en":"A"}]}"#, "bad id"),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":"A","en":"A","group":"x"}]}"#,
            "unknown group"
        ),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":"Ha\#u{0300}","en":"A"}]}"#,
            "NFC"
        ),
        (#"{"format":"candor-catalog-v1","kind":"provinces","entries":[{"id":"a","vi":1,"en":"A"}]}"#, "wrong type"),
        (
            #"{"format":"candor-catalog-v1","kind":"provinces","groups":[{"id":"g","vi":"G","en":"G"},{"id":"g","vi":"G","en":"G"}],"entries":[{"id":"a","vi":"A","en":"A"}]}"#,
            "duplicate group"
        ),
    ]

    @Test("a malformed catalogue file is refused with a message naming the file and the problem", arguments: malformed)
    func malformedFile(json: String, reason: String) throws {
        let folder = TemporaryDirectory()
        try copyBundledCatalog(to: folder.path)
        let path = folder.child("provinces.json")
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        guard case .malformed(let file, let message)? = catalogueError({ try Catalog(directory: folder.path) })
        else {
            Issue.record("expected CatalogueError.malformed")
            return
        }
        #expect(file == path)
        #expect(message.contains(reason), "\(message)")
        #expect(CatalogueError.malformed(file: file, reason: message).description.contains("fix the file"))
    }

    private func copyBundledCatalog(to path: String) throws {
        let source = try #require(Catalog.bundledDirectory)
        for file in Catalog.Kind.allCases.map(\.fileName) + ["units.json"] {
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: path + "/" + file)
        }
    }
}
