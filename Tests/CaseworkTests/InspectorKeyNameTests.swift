import Casework
import Testing

/// An inspector's name (KeyFiles.md): 1 to 64 of `a-z 0-9 . _ -`, not starting with `.`, `-` or `_`.
@Suite("Inspector names")
struct InspectorKeyNameTests {
    @Test(arguments: ["lan", "thanh-tra.1", "a_b", "0", String(repeating: "z", count: 64), "nguyen-van-a"])
    func accepted(_ name: String) {
        #expect(InspectorKey.isValidName(name))
    }

    @Test(arguments: [
        "", ".lan", "-lan", "_lan", "Lan", "lê", "lan hoa", "lan/hoa", "lan\n", String(repeating: "z", count: 65),
        "lan@", "a:b",
    ])
    func refused(_ name: String) {
        #expect(!InspectorKey.isValidName(name))
    }
}
