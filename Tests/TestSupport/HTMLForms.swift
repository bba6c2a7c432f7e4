import Foundation

/// What a browser would read from Candor's pages and send back, for tests that drive the citizen site.
public enum HTMLForms {
    /// The value of `name="…" value="…"` in an HTML page (a hidden field such as the form's ticket).
    public static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The token on a receipt page: the text of the element with id "token", tags removed (its groups
    /// are spans joined by dashes).
    public static func receiptToken(in html: String) -> String? {
        guard let start = html.range(of: "id=\"token\""), let end = html[start.upperBound...].range(of: "</p>") else {
            return nil
        }
        var text = ""
        var inTag = true  // still inside the <p …> tag that holds the id
        for character in html[start.upperBound..<end.lowerBound] {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        let token = text.trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// A file field of a multipart body.
    public typealias File = (name: String, filename: String, type: String, bytes: [UInt8])

    /// A multipart/form-data body with fields and files, and its Content-Type.
    public static func multipart(_ fields: [(String, String)], files: [File] = [])
        -> (contentType: String, body: [UInt8])
    {
        let boundary = "----candortest\(UInt32.random(in: 0...UInt32.max))"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\n"
                    + "Content-Type: \(file.type)\r\n\r\n").utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    /// A small valid JPEG carrying an EXIF block with GPS data and a comment: metadata to strip.
    public static func jpegWithGPS() -> [UInt8] {
        var exif =
            Array("Exif\0\0II*\0".utf8) + [8, 0, 0, 0, 1, 0, 0x25, 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0]
        exif += Array("GPS-CANARY-21.0285N-105.8542E".utf8)
        let app1 = [0xFF, 0xE1, UInt8((exif.count + 2) >> 8), UInt8((exif.count + 2) & 0xFF)] + exif
        let comment = Array("COMMENT-CANARY".utf8)
        let com = [0xFF, 0xFE, UInt8((comment.count + 2) >> 8), UInt8((comment.count + 2) & 0xFF)] + comment
        let tiny = [UInt8](
            hex: "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
                + "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
                + "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403"
                + "050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a1617"
                + "18191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a83"
                + "8485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7"
                + "d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")
        return Array(tiny[0..<2]) + app1 + com + Array(tiny[2...])
    }
}
