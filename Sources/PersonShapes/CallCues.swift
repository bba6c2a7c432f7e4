import Foundation
import TextScanning
import TextShapes

/// The words around a name called in chat or in the street: honorifics cut to a letter, words of habitual
/// calling, the words after which a letter is a list's, a writer's words for himself, and an office's
/// place and acts after a role. The sanitizer decides what a match means.
package enum CallCues {
    /// Honorifics shortened to one letter in chat: e (em), ô (ông), a (anh), c (chị). "a" and "c" are
    /// also letters (a point, a vitamin), so only a capitalised known given or family name after them
    /// makes them honorifics; after e and ô, which are no letters of anything else, any name does.
    package static let chatHonorifics: Set<String> = ["e", "ô", "a", "c"]
    package static let sureChatHonorifics: Set<String> = ["e", "ô"]
    /// Words before "gọi là" that make it what someone is habitually called: "cả xóm hay gọi là…". The
    /// name must begin with a known name or hold a nickname's word.
    package static let habitualCalling: Set<String> = ["hay", "quen", "thường", "vẫn", "hay được", "thường được"]

    /// Whether the word at `index` ends a habitual call, "gọi là" or gọi alone after such a word: "cả xóm
    /// hay gọi là…", "thường gọi Hòa Bụi" (issue 17, the twenty-first round).
    package static func endsHabitualCall(_ words: Words, at index: Int) -> Bool {
        let call = words[index].lower == "là" ? index - 1 : index
        guard call >= 1, words[call].lower == "gọi" else { return false }
        return habitualCalling.contains(words[call - 1].lower)
            || call >= 2 && habitualCalling.contains(words[call - 2].lower + " " + words[call - 1].lower)
    }
    /// Words after which a, b, c are letters, not honorifics: "điểm a", "phương án a", "vitamin a" (folded).
    package static let lettersAfter: Set<String> = [
        "diem", "an", "loai", "hang", "muc", "khoan", "vitamin", "khoi", "phan",
    ]
    /// Words a writer calls himself by before "là" and his name: "em là…", "tôi là…".
    package static let selfIntroducing: Set<String> = ["em", "e", "tôi", "toi", "mình", "tui", "tớ", "con", "cháu"]
    /// Place words a role's office may end on before a name: "Phó Chủ tịch UBND xã Tiến đã ký".
    package static let officePlaces: Set<String> = ["xã", "phường", "trường", "xa", "phuong", "truong"]
    /// Verbs that follow such a name as readily as a person's act.
    package static let actsAfterRole: Set<String> = ["ký", "thu", "nhận", "hẹn", "đòi", "lập", "ép", "yêu"]
}
