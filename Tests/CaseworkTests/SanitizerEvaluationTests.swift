import Sanitization
import SanitizerEvaluation
import Testing

/// The targets of issue 17 on the evaluation set (Sources/SanitizerEvaluation/Evaluation/sentences.jsonl).
@Suite("Sanitizer: the evaluation set")
struct SanitizerEvaluationTests {
    static let families = [
        "minorityName", "uncommonFamilyName", "lowercaseName", "initials", "givenNameAfterTitle", "nickname",
        "onlineIdentity", "phone", "identifier", "residence", "shortDate", "keepOnly",
    ]

    @Test func theSetHasSixHundredSentencesInEveryFamily() throws {
        let sentences = try SanitizerEvaluation.shippedSet()
        #expect(sentences.count >= 600)
        #expect(Set(sentences.map(\.family)) == Set(Self.families))
        for sentence in sentences {
            for span in sentence.remove + sentence.keep {
                #expect(sentence.text.contains(span), "\(span) is not in \(sentence.text)")
            }
        }
    }

    @Test func theTargetsHold() throws {
        let report = SanitizerEvaluation.score(try SanitizerEvaluation.shippedSet(), with: Sanitizer())
        let failures = report.failures.map { $0.text + " " + $0.problems.joined(separator: "; ") }
        #expect(report.overall.recall >= 0.995, "\(failures)")
        for (family, tally) in report.families {
            #expect(tally.recall >= 0.98, "\(family): recall \(tally.recall)")
        }
        #expect(report.overall.keepRate >= 0.99, "\(failures)")
        #expect(report.keepOnlyFlagsPer200Words <= 1)
    }

    /// Recall floors below the targets, for batches whose fixes stopped short of them: the figure
    /// they reached (Sanitizer.md, "Held-out batches"), so that a change that loses more shows.
    /// Batches 5 and 6 reached 100 % once their misses were fixed (batch 5 with its parcels counted by
    /// their numbers); batch 7 reached 99.3 %, its two misses being initials without dots and a dossier's
    /// code, which the set keeps; batch 8 reached 99.6 %, its one miss a dossier's code; batch 10 reached
    /// 99.7 %, its one miss a village named right after a name typed without marks; batch 11 reached
    /// 99.3 %, then 100 % with the twelfth round's rules (a name beside a quoted nickname, a name in a
    /// transfer's note); batch 12 reached 99.6 %, batch 14 98.8 % (names in lower case after slang, a
    /// given name after "xã tên", initials without dots), then 99.1 % with the thirteenth round's rules
    /// (a name after "xã tên"), 100 % with the fourteenth's (initials without dots); batch 13 reached 100 %. Batches 15 and 16 were the thirteenth round's
    /// exams (94.7 % and 95.4 % unseen); the fourteenth round's rules (a chat line's writer, initials
    /// without dots, phones before ngày, after 84 or with an extension, English days, cd, names after
    /// thang) took them to 98.0 % and 97.5 % (98.3 % and 98.1 % now). Batches 17, 18 and 19 were the fourteenth round's exams
    /// (90.0 %, 94.6 % and 97.3 % unseen); the fifteenth round's rules (lower-case full names with no cue,
    /// quoted nicknames, display names, rooms by code, days kept beside a holiday) took them to 98.3 %,
    /// 97.4 % (98.2 % now) and 98.9 %. Batches 20 and 21 (94.6 % and 94.7 % unseen after the fifteenth round) reached
    /// 100 % with the sixteenth's. Batches 22 and 23 (96.7 % and 95.0 % unseen
    /// after the sixteenth round) reached 97.5 % and 98.7 % with the seventeenth's. Batches 24 and 25 were
    /// that round's exams (92.2 % and 96.3 % unseen); the eighteenth round's rules took them to 99.6 % and
    /// 100 %. Batches 26 to 30 were the eighteenth round's exams (97.4, 96.3, 93.4, 97.3 and 96.1 %
    /// unseen); the nineteenth round's rules took them to 100, 99.5, 98.3, 100 and 100 %. Batches 31 and 32
    /// were that round's exams and are kept as scored, unfixed: 98.5 % and 98.1 % (95.9 % before it), and
    /// so are 33 and 34, written after it: 90.1 % (rooms and beds in hospitals, which the rules flag) and
    /// 93.6 % (names and hamlets typed without marks); the twentieth round's rules (names typed on a phone
    /// after an introduction, villagers' Y, A and H' names, a patient's bed and room, hamlets after a name,
    /// parcels, registers' and receipts' serials) took the four to 100, 100, 99.6 and 100 %, and batches
    /// 16, 22 and 23 to 98.7, 97.8 and 99.5 % (a group after a name, a group listed after a comma, a
    /// certificate's lettered code, an English house number after "lives at"). Batches 35 to 39 were that
    /// round's exams (93.3, 94.8, 94.8, 98.7 and 92.8 % as scored; 91.6, 94.8, 94.3, 98.7 and 91.7 % before
    /// it); the twenty-first round's rules (lower-case minority names run on, listed initials, habitual
    /// calls, lodgers' rooms, stalls, codes by their cue, phones typed with o, days after bữa, display names)
    /// took them to 97.5, 98.7, 100, 99.3 and 98.1 %. Batches 40 to 42 were its exams (93.8, 92.2 and 96.0 %
    /// as scored; 93.8, 91.8 and 96.0 % before it); the twenty-second round's rules (a parent named by the
    /// child, OCR confusables in digit runs, army units, flats in English, veterans' papers) took them to
    /// 97.7, 97.6 and 98.8 % (98.4 % for batch 40 with the English rules of its mixed marriages). Batch 44 (English and mixed
    /// English–Vietnamese complaints) was the twenty-second round's training batch for English text: 83.2 %
    /// before, 98.1 % after its rules (98.5 % after the twenty-third's). Batches 43 and 45 came in with the
    /// twenty-third round at 94.6 and 96.0 % after the twenty-second; its rules (names after a trade,
    /// nicknames by app or trait, places after ngã or biên phòng, vessels' numbers, fishing papers, plates read
    /// aloud, positions) took both to 100 %. Batch 47 (English about Vietnam by outsiders) was the
    /// twenty-third round's training batch for English text: 80.6 % before, 97.6 % after its rules. Batches
    /// 46, 48 and 49 were the twenty-second and twenty-third rounds' exams, kept as scored, unfixed: 97.9, 94.3
    /// and 75.7 % (97.5, 94.3 and 69.8 % before the twenty-second; batch 49 is English). Batches 50 to 52
    /// (the northern mountains' peoples; English by Vietnamese people and foreign residents; Hoa families and
    /// parishes of the south-east) came in as scored before the twenty-fourth round: 92.6, 76.0 and 87.0 %.
    /// The twenty-fourth round's rules (names: trường compounds, fields of birth, initials before an age,
    /// traders' nicknames; data: households' codes, invoices and licences, stalls by their goods, care homes;
    /// English: Asian names, names in capitals, documents' dates, units and hamlets of an English address)
    /// took 46, 48 and 49 to 100, 98.8 and 97.6 %; 50 and 52 did not move, English batch 51 went to 84.3 %.
    /// The twenty-fifth round's rules (saint names, Hoa nicknames, kinship words of the mountains' peoples,
    /// forest plots, notarisations, split villages, lanes, landlines, lunar days) took 50 and 52 to 95.7 and
    /// 97.3 %. Batches 53 (civil status in the Red River delta) and 54 (English by Vietnamese people abroad)
    /// came in at 90.6 and 76.5 % before the twenty-fourth round, 92.5 and 80.1 % after the twenty-fifth. The
    /// twenty-sixth round's rules (workers abroad: their cities kept, a name with the country of work, visas,
    /// LINE and Kakao ids, Japanese mobiles, register entries; English by Vietnamese writers: names in
    /// capitals or lower case, nicknames with their translation, kinship words translated) took 53 to 97.3 %,
    /// 51 and 54 to 87.1 and 90.8 %.
    static let recallFloors: [String: Double] = [
        "heldout-2": 1.0, "heldout-3": 1.0, "heldout-4": 0.99, "heldout-5": 1.0, "heldout-6": 1.0,
        "heldout-7": 0.996, "heldout-8": 0.996, "heldout-9": 0.995, "heldout-10": 0.996, "heldout-11": 1.0,
        "heldout-12": 1.0, "heldout-13": 1.0, "heldout-14": 1.0, "heldout-15": 0.988, "heldout-16": 0.993,
        "heldout-17": 0.983, "heldout-18": 0.989, "heldout-19": 0.993, "heldout-20": 1.0, "heldout-21": 1.0,
        "heldout-22": 0.981, "heldout-23": 1.0, "heldout-24": 0.996, "heldout-25": 1.0, "heldout-26": 1.0,
        "heldout-27": 0.995, "heldout-28": 0.987, "heldout-29": 1.0, "heldout-30": 1.0, "heldout-31": 1.0,
        "heldout-32": 1.0, "heldout-33": 1.0, "heldout-34": 1.0, "heldout-35": 0.985, "heldout-36": 0.99,
        "heldout-37": 1.0, "heldout-38": 0.993, "heldout-39": 0.988, "heldout-40": 0.993, "heldout-41": 0.984,
        "heldout-42": 0.992, "heldout-43": 1.0, "heldout-44": 1.0, "heldout-45": 1.0, "heldout-46": 1.0,
        "heldout-47": 0.992, "heldout-48": 0.997, "heldout-49": 0.988, "heldout-50": 0.961, "heldout-51": 0.909,
        "heldout-52": 0.983, "heldout-53": 0.977, "heldout-54": 0.952, "heldout-55": 0.989, "heldout-56": 0.979,
        "heldout-57": 0.995, "heldout-58": 0.935, "heldout-59": 0.985, "heldout-60": 0.972, "heldout-61": 0.962,
        "heldout-62": 0.977, "heldout-63": 0.956, "heldout-64": 0.936, "heldout-65": 0.991, "heldout-66": 0.996,
        "heldout-67": 0.989, "heldout-68": 0.988, "heldout-69": 0.982, "heldout-70": 0.99, "heldout-71": 0.966,
        "heldout-72": 0.996, "heldout-73": 1.0, "heldout-74": 0.994, "heldout-75": 0.955, "heldout-76": 0.934,
        "heldout-77": 0.984, "heldout-78": 0.99, "heldout-79": 0.98, "heldout-80": 0.995,
    ]

    /// Keep floors of their own, for a batch whose writer keeps what the project removes (Sanitizer.md,
    /// "Held-out batches"): batch 9 keeps a document's full date and public figures named in their role
    /// (its holidays 30/4 and 1/5 stay since the tenth round, national office holders since the
    /// thirteenth: 97.4 % then 98.5 %, 98.9 % since the nineteenth keeps deadlines, 99.2 % since the twentieth keeps a reorganisation's
    /// date beside "Hồ Chí Minh"); batch 14 keeps the street after a removed
    /// house number (six times) and a group's name on Zalo (97.9 %, 98.1 % since the thirteenth round
    /// keeps a day of Tết in an office's schedule, 98.4 % now); the figures they reach. Batch 16 keeps the street after a
    /// removed house number and a historical figure's name where the project removes them (96.8 % unseen,
    /// 97.4 % after the fourteenth round keeps offices' published numbers and a day of Tết said to be a
    /// holiday). Batch 40 keeps 97.2 % (96.6 % unseen): streets after a house number and streets or people
    /// named after historical figures, offices' numbers, floors, national days. Batch 51 keeps 97.7 % (97.8 % as it
    /// came in; it loses a national coach's Korean name to the twenty-fourth round's Asian names), 52 97.5 %
    /// after the twenty-fifth round (the street after a house number), 54 97.6 % after the twenty-sixth.
    /// Since the word tagger (Tagging.docc) runs after the rules, every floor is the figure with it: it
    /// removes a few kept spans of the batches it learned from (16, 40, 52: 0.2 to 0.3 points).
    static let keepFloors: [String: Double] = [
        "heldout-9": 0.992, "heldout-14": 0.984, "heldout-75": 0.977,
    ]

    /// The held-out batches keep what they scored once the rules were fixed for them (Sanitizer.md,
    /// "Held-out batches"): a rule change that loses them is a regression. Keep is 0.98, not the set's
    /// 0.99: batches 11 and 15 lose a few spans to conventions the project does not share (98.9 %, 98.5 %).
    @Test func theHeldOutBatchesHoldTheTargets() throws {
        let batches = try SanitizerEvaluation.shippedHeldOutSets()
        #expect(!batches.isEmpty)
        for (name, batch) in batches {
            let report = SanitizerEvaluation.score(batch, with: Sanitizer())
            let failures = report.failures.map { $0.text + " " + $0.problems.joined(separator: "; ") }
            #expect(report.overall.recall >= Self.recallFloors[name, default: 0.99], "\(name): \(failures)")
            #expect(report.overall.keepRate >= Self.keepFloors[name, default: 0.98], "\(name): \(failures)")
            #expect(report.keepOnlyFlagsPer200Words <= 1, "\(name)")
        }
    }

    @Test func aSetLineIsParsedAndCommentsAreSkipped() throws {
        let text = """
            # a comment
            {"family":"phone","text":"Gọi 0912345678.","remove":["0912345678"],"keep":[]}
            """
        let sentences = try SanitizerEvaluation.sentences(text)
        #expect(sentences.count == 1)
        let report = SanitizerEvaluation.score(sentences, with: Sanitizer())
        #expect(report.families["phone"]?.recall == 1)
        #expect(throws: (any Error).self) { try SanitizerEvaluation.sentences("{not json") }
    }

    /// An identifier or a residence is removed once every token with a digit in it is: "thửa đất số
    /// [đã ẩn]" names no parcel. In other families every character must go.
    @Test func aNumberedSpanCountsAsRemovedWhenItsNumbersAre() throws {
        let text = #""text":"Ông Lò Văn Pọm, CCCD 001234567890, đến.","remove":["Pọm, CCCD 001234567890"],"keep":[]}"#
        let numbered = try SanitizerEvaluation.sentences(#"{"family":"identifier","# + text)
        #expect(SanitizerEvaluation.score(numbered, with: Sanitizer()).overall.recall == 1)
        let named = try SanitizerEvaluation.sentences(#"{"family":"phone","# + text)
        #expect(SanitizerEvaluation.score(named, with: Sanitizer()).overall.recall == 0)
    }
}
