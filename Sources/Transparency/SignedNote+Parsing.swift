/// The signed-note parser and the syntax rules it shares with the signer.
extension SignedNote {
    /// Parses a signed note without verifying it (call ``verify(with:)`` before trusting the text).
    ///
    /// Rejects, with ``TransparencyError/malformedNote(_:)``: ASCII control characters other than newline;
    /// no blank line before the signatures; no signature lines; a last line without its newline; a
    /// signature line not starting with "— "; an invalid key name; a signature field that is not
    /// canonical base64 of at least 5 bytes (4 of key ID, then the signature); more than 100 signatures.
    public init(parsing note: String) throws(TransparencyError) {
        try self.init(parsingUTF8: Array(note.utf8))
    }

    /// Parses a signed note from raw bytes, which must also be valid UTF-8.
    public init(parsing bytes: [UInt8]) throws(TransparencyError) {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .malformedNote("not valid UTF-8") }
        try self.init(parsingUTF8: bytes)
    }

    private init(parsingUTF8 bytes: [UInt8]) throws(TransparencyError) {
        try Self.checkNoControlCharacters(bytes[...], in: "the note")
        // The text ends at the last blank line: it may itself contain blank lines, the signatures cannot.
        guard let split = Self.lastBlankLine(in: bytes) else {
            throw .malformedNote("no blank line between the text and the signatures")
        }
        let textBytes = bytes[...split]  // includes the text's final newline
        let block = bytes[(split + 2)...]
        guard !block.isEmpty else { throw .malformedNote("no signature lines after the blank line") }
        guard block.last == Self.newline else {
            throw .malformedNote("the last signature line does not end with a newline")
        }

        var signatures: [NoteSignature] = []
        for line in block.dropLast().split(separator: Self.newline, omittingEmptySubsequences: false) {
            guard signatures.count < Self.maxSignatureCount else {
                throw .malformedNote("more than \(Self.maxSignatureCount) signatures")
            }
            signatures.append(try Self.parseSignatureLine(line))
        }
        self.init(uncheckedText: String(decoding: textBytes, as: UTF8.self), signatures: signatures)
    }

    private static let newline = UInt8(ascii: "\n")
    /// U+2014 EM DASH in UTF-8, then U+0020 SPACE.
    private static let signaturePrefix: [UInt8] = [0xE2, 0x80, 0x94, 0x20]

    /// `— <name> <base64(key ID ‖ signature)>`, without its newline.
    private static func parseSignatureLine(_ line: ArraySlice<UInt8>) throws(TransparencyError) -> NoteSignature {
        guard line.starts(with: signaturePrefix) else {
            throw .malformedNote("a signature line must start with an em dash and a space (\"\u{2014} \")")
        }
        let rest = line.dropFirst(signaturePrefix.count)
        guard let space = rest.firstIndex(of: UInt8(ascii: " ")) else {
            throw .malformedNote("a signature line must be \"\u{2014} <key name> <base64 signature>\"")
        }
        let name = String(decoding: rest[..<space], as: UTF8.self)
        guard isValidKeyName(name) else {
            throw .malformedNote("invalid key name \(String(reflecting: name)) in a signature line")
        }
        let field = String(decoding: rest[(space + 1)...], as: UTF8.self)
        guard let decoded = NoteBase64.decode(field) else {
            throw .malformedNote("the signature of key \(name) is not canonical standard base64")
        }
        guard decoded.count >= 5 else {
            throw .malformedNote(
                "the signature of key \(name) is \(decoded.count) bytes: too short for a key ID and a signature")
        }
        let keyID = decoded[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return NoteSignature(uncheckedName: name, keyID: keyID, signature: Array(decoded[4...]))
    }

    /// The index of the first newline of the last "\n\n" in `bytes`.
    private static func lastBlankLine(in bytes: [UInt8]) -> Int? {
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == newline && bytes[index + 1] == newline { return index }
            index -= 1
        }
        return nil
    }

    // MARK: shared syntax rules

    /// A key name is non-empty and has no Unicode white space, no `+` and no control character.
    ///
    /// The `+` separates the fields of a verifier key and the space those of a signature line.
    static func isValidKeyName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar != "+" && scalar.value >= 0x20 && !scalar.properties.isWhitespace
            }
    }

    /// A note text is non-empty, ends with a newline and has no ASCII control character but newline.
    static func checkText(_ text: String) throws(TransparencyError) {
        let bytes = Array(text.utf8)
        guard bytes.last == newline else { throw .malformedNote("the note text must end with a newline") }
        try checkNoControlCharacters(bytes[...], in: "the note text")
    }

    /// C2SP signed-note: "MUST NOT contain any ASCII control characters (those below U+0020) other
    /// than newline". A byte check is enough: in UTF-8 every byte of a multi-byte scalar is ≥ 0x80.
    static func checkNoControlCharacters(_ bytes: ArraySlice<UInt8>, in what: String) throws(TransparencyError) {
        if let bad = bytes.first(where: { $0 < 0x20 && $0 != newline }) {
            throw .malformedNote("\(what) contains the control character U+\(NoteVerifier.hex(UInt32(bad), digits: 4))")
        }
    }
}
