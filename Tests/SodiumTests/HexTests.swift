import Sodium
import Testing

@Suite("Hex: the one hex codec")
struct HexTests {
    @Test func encodesLowercaseAndDecodesEitherCase() {
        let bytes: [UInt8] = [0x00, 0x0F, 0xA0, 0xFF]
        #expect(bytes.hexString == "000fa0ff")
        #expect(bytes.hexDigits == Array("000fa0ff".utf8))
        #expect([UInt8](hexString: "000fa0ff") == bytes)
        #expect([UInt8](hexString: "000FA0FF") == bytes)
        #expect([UInt8](hexString: "") == [])
    }

    @Test func refusesWhatIsNotHex() {
        for bad in ["0", "0g", "0x00", " 00", "é0"] { #expect([UInt8](hexString: bad) == nil, "\(bad)") }
        #expect([UInt8](hexString: "000FA0FF", lowercaseOnly: true) == nil)
        #expect([UInt8](hexString: "000fa0ff", lowercaseOnly: true) == [0x00, 0x0F, 0xA0, 0xFF])
    }
}
