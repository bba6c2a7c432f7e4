import Foundation
import Sodium
import TestSupport
import Testing

@testable import Attachments
@testable import Casework

@Suite("SealedAttachment: what the sealed message says about a file")
struct AttachmentTests {
    @Test(
        "file names keep their last component only, with no control or bidi characters",
        arguments: [
            ("ảnh.jpg", "ảnh.jpg"), ("C:\\Users\\An\\hoa-don.pdf", "hoa-don.pdf"), ("../../etc/passwd", "passwd"),
            ("a\u{202E}gpj.exe", "agpj.exe"), ("", "attachment"), ("  ", "attachment"), ("..", "attachment"),
            ("line\nbreak.txt", "linebreak.txt"),
            (String(repeating: "x", count: 300), String(repeating: "x", count: 255)),
        ])
    func names(raw: String, clean: String) {
        #expect(SealedAttachment.cleanName(raw) == clean)
    }

    /// Issue 12, L6: every bidi control (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) and every other
    /// control character goes, so that no name can reorder what an inspector reads.
    @Test(
        "bidi marks and controls are cleaned from names",
        arguments: [
            ("h\u{200E}o\u{200F}a\u{061C}-don.pdf", "hoa-don.pdf"), ("\u{2067}exe.pdf\u{2069}", "exe.pdf"),
            ("a\u{202A}b\u{202B}c\u{202C}d\u{202D}.jpg", "abcd.jpg"), ("\u{2066}\u{2068}x.png", "x.png"),
            ("tab\there\u{7F}\u{85}\u{9B}.jpg", "tabhere.jpg"), ("\u{200E}\u{200F}", "attachment"),
        ])
    func bidiNames(raw: String, clean: String) {
        #expect(SealedAttachment.cleanName(raw) == clean)
    }

    /// A name sealed on a citizen's device never went through ``SealedAttachment/cleanName(_:)``: it is
    /// cleaned as it is read, so `show`, its JSON and the exported file name never carry a bidi control.
    @Test func aDeviceSealedNameIsCleanedWhenRead() throws {
        var sealer = AttachmentSealer(random: SeededRandom(seed: 2))
        _ = sealer.feed([1])
        let attachment = sealer.finish(name: "a.jpg", mediaType: "image/jpeg", metadata: .removed).attachment
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(attachment)) as? [String: Any])
        object["name"] = "ho\u{202E}fdp.exe\u{200F}/../x\u{061C}y.pdf"
        let decoded = try JSONDecoder().decode(
            SealedAttachment.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.name == "xy.pdf")
    }

    @Test(
        "media types are lowercased type/subtype, or application/octet-stream",
        arguments: [
            ("image/JPEG", "image/jpeg"), ("text/plain; charset=utf-8", "text/plain"), ("", "application/octet-stream"),
            ("image", "application/octet-stream"), ("image/", "application/octet-stream"),
            ("a/b/c", "application/octet-stream"),
            ("image/jpeg\r\nX: y", "application/octet-stream"),
            ("application/vnd.ms-excel", "application/vnd.ms-excel"),
        ])
    func mediaTypes(raw: String, clean: String) {
        #expect(SealedAttachment.cleanMediaType(raw) == clean)
    }

    @Test("JSON carries both the detailed outcome and the metadataStripped flag, and checks they agree")
    func json() throws {
        var sealer = AttachmentSealer(random: SeededRandom(seed: 1))
        _ = sealer.feed([1])
        let attachment = sealer.finish(name: "a.jpg", mediaType: "image/jpeg", metadata: .removed).attachment
        let data = try JSONEncoder().encode(attachment)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["metadataStripped"] as? Bool == true && object["metadata"] as? String == "removed")
        #expect(try JSONDecoder().decode(SealedAttachment.self, from: data) == attachment)

        var onlyFlag = object
        onlyFlag.removeValue(forKey: "metadata")
        onlyFlag["metadataStripped"] = false
        let decoded = try JSONDecoder().decode(
            SealedAttachment.self, from: JSONSerialization.data(withJSONObject: onlyFlag))
        #expect(decoded.metadata == .unsupported)

        var contradiction = object
        contradiction["metadataStripped"] = false
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(SealedAttachment.self, from: JSONSerialization.data(withJSONObject: contradiction))
        }
        var badKey = object
        badKey["key"] = "AAAA"
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(SealedAttachment.self, from: JSONSerialization.data(withJSONObject: badKey))
        }
    }

    @Test("attachment ids: 16 bytes, 32 hex digits")
    func ids() throws {
        let id = try AttachmentID(rawRepresentation: [UInt8](0..<16))
        #expect(id.hex == "000102030405060708090a0b0c0d0e0f")
        #expect(try AttachmentID(hex: id.hex) == id)
        #expect(caseworkError { try AttachmentID(hex: "00") } != nil)
        #expect(caseworkError { try AttachmentID(rawRepresentation: [1]) } != nil)
    }
}
