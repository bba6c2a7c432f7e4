import Foundation
import Sodium
import Testing

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
