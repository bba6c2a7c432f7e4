import Sanitization
import Testing

/// The thirty-second round's rules for English text (heldout-74 and heldout-78 were its training batches), each
/// in sentences of its own, none of them the batches': a platform's word that names no account, an e-mail with
/// its @ in quotes, a ministry's hotline after a longer name, lower-case names a colon lists after plural kin,
/// and a sentence's "The" before a Vietnamese word.
@Suite("Sanitizer: the thirty-second round's English text")
struct SanitizerThirtySecondGapEnglishTests {
    static let data: [FamilyCase] = [
        .keeps("Send it to my Zalo number and I will check."),
        .removes("0912 334 556", in: "Her Zalo number is 0912 334 556, call after six."),
        .keeps("We found the office on Zalo under the heading of public services."),
        .keeps("A Zalo group called the heirs' circle shares forms."),
        .removes("minh.tran88 ' @ ' gmail dot com", in: "Write to minh.tran88 ' @ ' gmail dot com for the deed."),
        .keeps("The sign ' @ ' is not allowed in the form."),
        .keeps("Call the Ministry of Natural Resources and Environment hotline 024 3795 6868 for land questions."),
        .removes("0903 445 112", in: "My agent's hotline 0903 445 112 answered at night."),
    ]

    @Test(arguments: data) func englishData(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }

    static let names: [FamilyCase] = [
        .removes("lan", in: "my mother had 4 children: lan, minh, khoa and me, all abroad."),
        .removes("minh", in: "my mother had 4 children: lan, minh, khoa and me, all abroad."),
        .removes("khoa", in: "my mother had 4 children: lan, minh, khoa and me, all abroad."),
        .keeps("the children: boys, girls and babies, were all counted."),
        .keeps("The sổ đỏ was handed to the notary in June."),
        .keeps("The giấy chứng tử is needed for the transfer."),
    ]

    @Test(arguments: names) func englishName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text, language: .en)))
    }
}
