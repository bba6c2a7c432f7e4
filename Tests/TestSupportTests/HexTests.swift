import Testing

@testable import TestSupport

@Suite("Hex and bytes: the codec the tests' vectors are written in")
struct HexTests {
    @Test func roundTrip() {
        let bytes: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xAB, 0xFF]
        #expect(bytes.hex == "00017f80abff")
        #expect([UInt8](hex: bytes.hex) == bytes)
    }

    @Test func whitespaceAndCaseAreIgnored() {
        #expect([UInt8](hex: "AB cd\n  01") == [0xAB, 0xCD, 0x01])
        #expect([UInt8](hex: "") == [])
    }

    @Test func bitFlipsAndSearches() {
        let bytes: [UInt8] = [1, 2, 3, 4]
        #expect(bytes.flippingBit(1, ofByte: 2) == [1, 2, 1, 4])
        #expect(bytes.contains(bytes: [2, 3]))
        #expect(!bytes.contains(bytes: [3, 2]))
        #expect(bytes.contains(bytes: []))
        #expect(!bytes.contains(bytes: [1, 2, 3, 4, 5]))
    }
}
