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

    /// Every held-out batch's figures as they stand, the floors a change must not go below. Sanitizer.md
    /// ("Held-out batches") tells what each batch scored as it came in and which rules took it where it is;
    /// where a batch is below the set's targets, its misses are listed there. Keep below 99 % is a writer
    /// who keeps what the project removes (batch 9: documents' full dates and public figures; 14 and 16:
    /// the street after a removed house number), or the tagger's cost on a batch it learned from.
    static let floors: [String: Floors] = [
        "heldout-2": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-3": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-4": Floors(rules: (0.99, 1.0), tagger: (0.99, 1.0)),
        "heldout-5": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-6": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-7": Floors(rules: (0.996, 0.996), tagger: (1.0, 0.993)),
        "heldout-8": Floors(rules: (0.996, 1.0), tagger: (0.996, 1.0)),
        "heldout-9": Floors(rules: (0.987, 1.0), tagger: (0.995, 1.0)),
        "heldout-10": Floors(rules: (0.996, 0.993), tagger: (0.996, 0.993)),
        "heldout-11": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-12": Floors(rules: (1.0, 0.996), tagger: (1.0, 0.996)),
        "heldout-13": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-14": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-15": Floors(rules: (0.985, 0.996), tagger: (0.988, 0.996)),
        "heldout-16": Floors(rules: (0.987, 0.993), tagger: (0.993, 0.993)),
        "heldout-17": Floors(rules: (0.987, 0.992), tagger: (0.987, 0.992)),
        "heldout-18": Floors(rules: (0.982, 0.998), tagger: (0.989, 0.998)),
        "heldout-19": Floors(rules: (0.996, 1.0), tagger: (1.0, 1.0)),
        "heldout-20": Floors(rules: (1.0, 0.998), tagger: (1.0, 0.998)),
        "heldout-21": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-22": Floors(rules: (0.978, 0.997), tagger: (0.981, 0.994)),
        "heldout-23": Floors(rules: (0.995, 0.997), tagger: (1.0, 0.997)),
        "heldout-24": Floors(rules: (0.996, 0.998), tagger: (0.996, 0.998)),
        "heldout-25": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-26": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-27": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-28": Floors(rules: (0.983, 1.0), tagger: (0.987, 1.0)),
        "heldout-29": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-30": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-31": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-32": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-33": Floors(rules: (1.0, 0.998), tagger: (1.0, 0.998)),
        "heldout-34": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-35": Floors(rules: (0.978, 0.998), tagger: (0.985, 0.998)),
        "heldout-36": Floors(rules: (0.987, 0.998), tagger: (0.99, 0.998)),
        "heldout-37": Floors(rules: (1.0, 0.996), tagger: (1.0, 0.996)),
        "heldout-38": Floors(rules: (0.993, 0.998), tagger: (0.993, 0.998)),
        "heldout-39": Floors(rules: (0.981, 0.989), tagger: (0.988, 0.989)),
        "heldout-40": Floors(rules: (0.987, 0.992), tagger: (0.993, 0.992)),
        "heldout-41": Floors(rules: (0.976, 0.993), tagger: (0.988, 0.993)),
        "heldout-42": Floors(rules: (0.996, 0.994), tagger: (0.996, 0.994)),
        "heldout-43": Floors(rules: (1.0, 0.993), tagger: (1.0, 0.993)),
        "heldout-44": Floors(rules: (0.996, 0.996), tagger: (1.0, 0.995)),
        "heldout-45": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-46": Floors(rules: (1.0, 0.998), tagger: (1.0, 0.998)),
        "heldout-47": Floors(rules: (0.984, 0.998), tagger: (0.992, 0.998)),
        "heldout-48": Floors(rules: (0.988, 0.991), tagger: (1.0, 0.991)),
        "heldout-49": Floors(rules: (0.982, 0.984), tagger: (0.991, 0.984)),
        "heldout-50": Floors(rules: (0.957, 0.986), tagger: (0.961, 0.986)),
        "heldout-51": Floors(rules: (0.896, 0.985), tagger: (0.938, 0.985)),
        "heldout-52": Floors(rules: (0.973, 0.984), tagger: (0.979, 0.984)),
        "heldout-53": Floors(rules: (0.973, 0.994), tagger: (0.977, 0.994)),
        "heldout-54": Floors(rules: (0.92, 0.985), tagger: (0.944, 0.985)),
        "heldout-55": Floors(rules: (0.989, 0.998), tagger: (0.992, 0.998)),
        "heldout-56": Floors(rules: (0.979, 0.998), tagger: (0.979, 0.998)),
        "heldout-57": Floors(rules: (0.987, 0.99), tagger: (0.995, 0.99)),
        "heldout-58": Floors(rules: (0.922, 0.989), tagger: (0.948, 0.989)),
        "heldout-59": Floors(rules: (0.985, 0.991), tagger: (0.985, 0.991)),
        "heldout-60": Floors(rules: (0.967, 0.989), tagger: (0.977, 0.989)),
        "heldout-61": Floors(rules: (0.962, 0.983), tagger: (0.966, 0.983)),
        "heldout-62": Floors(rules: (0.972, 0.983), tagger: (0.982, 0.983)),
        "heldout-63": Floors(rules: (0.941, 0.982), tagger: (0.961, 0.982)),
        "heldout-64": Floors(rules: (0.898, 0.992), tagger: (0.939, 0.992)),
        "heldout-65": Floors(rules: (0.995, 0.995), tagger: (1.0, 0.995)),
        "heldout-66": Floors(rules: (0.992, 0.995), tagger: (0.996, 0.995)),
        "heldout-67": Floors(rules: (0.994, 0.997), tagger: (0.994, 0.997)),
        "heldout-68": Floors(rules: (0.988, 0.986), tagger: (0.988, 0.986)),
        "heldout-69": Floors(rules: (0.986, 1.0), tagger: (0.986, 1.0)),
        "heldout-70": Floors(rules: (0.986, 0.989), tagger: (0.986, 0.989)),
        "heldout-71": Floors(rules: (0.961, 1.0), tagger: (0.975, 1.0)),
        "heldout-72": Floors(rules: (0.988, 0.997), tagger: (0.996, 0.997)),
        "heldout-73": Floors(rules: (1.0, 0.996), tagger: (1.0, 0.996)),
        "heldout-74": Floors(rules: (0.979, 0.997), tagger: (0.994, 0.997)),
        "heldout-75": Floors(rules: (0.951, 0.979), tagger: (0.963, 0.979)),
        "heldout-76": Floors(rules: (0.925, 0.995), tagger: (0.938, 0.995)),
        "heldout-77": Floors(rules: (0.984, 0.989), tagger: (0.989, 0.987)),
        "heldout-78": Floors(rules: (0.985, 0.996), tagger: (0.99, 0.996)),
        "heldout-79": Floors(rules: (0.98, 1.0), tagger: (0.98, 1.0)),
        "heldout-80": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-81": Floors(rules: (0.995, 0.994), tagger: (0.995, 0.994)),
        "heldout-82": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-83": Floors(rules: (1.0, 0.997), tagger: (1.0, 0.997)),
        "heldout-84": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-85": Floors(rules: (0.98, 1.0), tagger: (0.98, 1.0)),
        "heldout-86": Floors(rules: (0.995, 0.997), tagger: (0.995, 0.997)),
        "heldout-87": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-88": Floors(rules: (0.994, 1.0), tagger: (0.994, 1.0)),
        "heldout-89": Floors(rules: (0.981, 0.995), tagger: (0.986, 0.995)),
        "heldout-90": Floors(rules: (0.99, 0.99), tagger: (0.995, 0.99)),
        "heldout-91": Floors(rules: (0.982, 0.994), tagger: (0.986, 0.994)),
        "heldout-92": Floors(rules: (0.986, 1.0), tagger: (0.995, 1.0)),
        "heldout-93": Floors(rules: (0.987, 0.991), tagger: (0.987, 0.991)),
        "heldout-94": Floors(rules: (0.968, 1.0), tagger: (0.979, 1.0)),
        "heldout-95": Floors(rules: (0.986, 0.997), tagger: (0.986, 0.997)),
        "heldout-96": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-97": Floors(rules: (0.983, 0.985), tagger: (0.987, 0.985)),
        "heldout-98": Floors(rules: (0.942, 0.987), tagger: (0.961, 0.987)),
        "heldout-99": Floors(rules: (0.968, 0.987), tagger: (0.973, 0.987)),
        "heldout-100": Floors(rules: (0.973, 0.99), tagger: (0.973, 0.99)),
        "heldout-101": Floors(rules: (0.985, 0.995), tagger: (0.995, 0.995)),
        "heldout-102": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-103": Floors(rules: (0.996, 0.98), tagger: (0.996, 0.98)),
        "heldout-104": Floors(rules: (1.0, 0.991), tagger: (1.0, 0.991)),
        "heldout-105": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-106": Floors(rules: (0.987, 1.0), tagger: (0.987, 1.0)),
        "heldout-107": Floors(rules: (0.994, 0.987), tagger: (0.994, 0.987)),
        "heldout-108": Floors(rules: (0.99, 1.0), tagger: (0.99, 1.0)),
        "heldout-109": Floors(rules: (0.995, 1.0), tagger: (1.0, 1.0)),
        "heldout-110": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-111": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-112": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-113": Floors(rules: (0.984, 0.995), tagger: (0.996, 0.995)),
        "heldout-114": Floors(rules: (1.0, 0.994), tagger: (1.0, 0.994)),
        "heldout-115": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-116": Floors(rules: (0.992, 1.0), tagger: (0.992, 1.0)),
        "heldout-117": Floors(rules: (0.986, 1.0), tagger: (0.99, 1.0)),
        "heldout-118": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-119": Floors(rules: (0.995, 0.994), tagger: (0.995, 0.994)),
        "heldout-120": Floors(rules: (0.995, 0.994), tagger: (0.995, 0.994)),
        "heldout-121": Floors(rules: (0.977, 0.992), tagger: (0.985, 0.992)),
        "heldout-122": Floors(rules: (0.968, 1.0), tagger: (0.968, 1.0)),
        "heldout-123": Floors(rules: (0.991, 1.0), tagger: (0.991, 1.0)),
        "heldout-124": Floors(rules: (0.965, 1.0), tagger: (0.98, 1.0)),
        "heldout-125": Floors(rules: (0.987, 0.993), tagger: (0.987, 0.993)),
        "heldout-126": Floors(rules: (0.953, 0.993), tagger: (0.962, 0.993)),
        "heldout-127": Floors(rules: (0.968, 0.981), tagger: (0.973, 0.981)),
        "heldout-128": Floors(rules: (0.995, 0.995), tagger: (1.0, 0.995)),
        "heldout-129": Floors(rules: (0.985, 0.995), tagger: (0.99, 0.995)),
        "heldout-130": Floors(rules: (0.97, 0.988), tagger: (0.979, 0.988)),
        "heldout-131": Floors(rules: (0.987, 0.995), tagger: (0.987, 0.995)),
        "heldout-132": Floors(rules: (0.986, 0.994), tagger: (0.986, 0.994)),
        "heldout-133": Floors(rules: (0.99, 1.0), tagger: (0.99, 1.0)),
        "heldout-134": Floors(rules: (0.967, 1.0), tagger: (0.981, 1.0)),
        "heldout-135": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-136": Floors(rules: (0.995, 1.0), tagger: (1.0, 1.0)),
        "heldout-137": Floors(rules: (0.996, 1.0), tagger: (1.0, 0.996)),
        "heldout-138": Floors(rules: (0.985, 1.0), tagger: (0.995, 1.0)),
        "heldout-139": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-140": Floors(rules: (0.992, 0.994), tagger: (0.996, 0.994)),
        "heldout-141": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-142": Floors(rules: (0.981, 0.995), tagger: (0.985, 0.995)),
        "heldout-143": Floors(rules: (0.99, 1.0), tagger: (0.995, 1.0)),
        "heldout-144": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-145": Floors(rules: (0.979, 1.0), tagger: (0.987, 1.0)),
        "heldout-146": Floors(rules: (0.972, 1.0), tagger: (0.981, 1.0)),
        "heldout-147": Floors(rules: (0.99, 1.0), tagger: (1.0, 1.0)),
        "heldout-148": Floors(rules: (0.991, 1.0), tagger: (0.995, 1.0)),
        "heldout-149": Floors(rules: (0.977, 0.992), tagger: (0.981, 0.992)),
        "heldout-150": Floors(rules: (0.974, 0.993), tagger: (0.994, 0.993)),
        "heldout-151": Floors(rules: (0.969, 0.994), tagger: (0.977, 0.994)),
        "heldout-152": Floors(rules: (0.995, 0.995), tagger: (0.995, 0.995)),
        "heldout-153": Floors(rules: (0.975, 0.996), tagger: (0.983, 0.996)),
        "heldout-154": Floors(rules: (0.903, 0.981), tagger: (0.927, 0.981)),
        "heldout-155": Floors(rules: (0.966, 1.0), tagger: (0.981, 1.0)),
        "heldout-156": Floors(rules: (0.978, 0.994), tagger: (0.982, 0.994)),
        "heldout-157": Floors(rules: (0.987, 1.0), tagger: (1.0, 1.0)),
        "heldout-158": Floors(rules: (0.982, 1.0), tagger: (0.986, 1.0)),
        "heldout-159": Floors(rules: (0.984, 0.963), tagger: (0.989, 0.963)),
        "heldout-160": Floors(rules: (0.972, 0.963), tagger: (0.981, 0.963)),
        "heldout-161": Floors(rules: (0.994, 1.0), tagger: (0.994, 1.0)),
        "heldout-162": Floors(rules: (0.981, 1.0), tagger: (0.981, 1.0)),
        "heldout-163": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-164": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-165": Floors(rules: (0.982, 1.0), tagger: (0.995, 1.0)),
        "heldout-166": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-167": Floors(rules: (1.0, 0.992), tagger: (1.0, 0.992)),
        "heldout-168": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-169": Floors(rules: (0.956, 0.993), tagger: (0.969, 0.993)),
        "heldout-170": Floors(rules: (0.955, 1.0), tagger: (0.965, 1.0)),
        "heldout-171": Floors(rules: (0.982, 0.996), tagger: (0.982, 0.996)),
        "heldout-172": Floors(rules: (0.957, 0.972), tagger: (0.972, 0.972)),
        "heldout-173": Floors(rules: (0.975, 1.0), tagger: (0.98, 1.0)),
        "heldout-174": Floors(rules: (0.958, 0.982), tagger: (0.972, 0.982)),
        "heldout-175": Floors(rules: (0.959, 0.994), tagger: (0.971, 0.994)),
        "heldout-176": Floors(rules: (0.989, 0.988), tagger: (0.994, 0.988)),
        "heldout-177": Floors(rules: (0.986, 0.988), tagger: (0.99, 0.988)),
        "heldout-178": Floors(rules: (0.966, 0.992), tagger: (0.976, 0.992)),
        "heldout-179": Floors(rules: (0.99, 0.993), tagger: (0.995, 0.993)),
        "heldout-180": Floors(rules: (0.991, 0.984), tagger: (0.995, 0.984)),
        "heldout-181": Floors(rules: (0.995, 1.0), tagger: (0.995, 1.0)),
        "heldout-182": Floors(rules: (0.98, 0.987), tagger: (0.988, 0.987)),
        "heldout-183": Floors(rules: (0.982, 1.0), tagger: (0.986, 1.0)),
        "heldout-184": Floors(rules: (0.983, 0.99), tagger: (0.987, 0.99)),
        "heldout-185": Floors(rules: (1.0, 1.0), tagger: (1.0, 1.0)),
        "heldout-186": Floors(rules: (0.975, 1.0), tagger: (0.98, 1.0)),
        "heldout-187": Floors(rules: (0.984, 1.0), tagger: (0.984, 1.0)),
        "heldout-188": Floors(rules: (0.981, 1.0), tagger: (0.988, 1.0)),
        "heldout-189": Floors(rules: (0.969, 0.995), tagger: (0.977, 0.995)),
        "heldout-190": Floors(rules: (0.986, 1.0), tagger: (0.99, 1.0)),
        "heldout-191": Floors(rules: (0.987, 1.0), tagger: (0.987, 1.0)),
        "heldout-192": Floors(rules: (0.985, 1.0), tagger: (0.985, 1.0)),
        "heldout-193": Floors(rules: (0.961, 0.994), tagger: (0.974, 0.994)),
        "heldout-194": Floors(rules: (0.94, 0.994), tagger: (0.954, 0.994)),
        "heldout-195": Floors(rules: (0.98, 0.981), tagger: (0.984, 0.981)),
        "heldout-196": Floors(rules: (0.986, 0.982), tagger: (0.99, 0.982)),
        "heldout-197": Floors(rules: (0.984, 0.99), tagger: (0.994, 0.99)),
        "heldout-198": Floors(rules: (0.966, 0.985), tagger: (0.976, 0.985)),
        "heldout-199": Floors(rules: (0.992, 0.974), tagger: (0.992, 0.974)),
        "heldout-200": Floors(rules: (0.991, 0.992), tagger: (0.991, 0.992)),
    ]

    /// What a batch scored: recall and keep by the rules alone, then with the word tagger.
    struct Floors {
        let rules: (recall: Double, keep: Double)
        let tagger: (recall: Double, keep: Double)
    }

    /// How far the tagger's figures may fall below those it was shipped with, on one batch and on the
    /// mean of all. Retrained in another order or on a changed lexicon, it moves a batch by up to 1.3
    /// points and the mean of all by 0.05 (Tagging.docc, "Training noise"): one batch is let go 1.5
    /// points, the mean 0.1. The rules alone are held to their figures exactly: they are deterministic.
    static let taggerMargin = (batch: 0.015, mean: 0.001)

    /// The held-out batches keep what they scored once the rules were fixed for them (Sanitizer.md,
    /// "Held-out batches"): a rule change that loses any of it is a regression. Each batch is scored twice,
    /// by the rules alone (`tagger` nil) against their figures, then with the shipped tagger against its
    /// figures less `taggerMargin`.
    @Test func theHeldOutBatchesHoldTheirFigures() throws {
        let batches = try SanitizerEvaluation.shippedHeldOutSets()
        #expect(!batches.isEmpty)
        var rules = Sanitizer()
        rules.tagger = nil
        var sums = (recall: 0.0, keep: 0.0, recallFloor: 0.0, keepFloor: 0.0)
        for (name, batch) in batches {
            let floors = try #require(Self.floors[name], "\(name) has no floors")
            let report = SanitizerEvaluation.score(batch, with: rules)
            let failures = report.failures.map { $0.text + " " + $0.problems.joined(separator: "; ") }
            #expect(report.overall.recall >= floors.rules.recall, "\(name), rules alone: \(failures)")
            #expect(report.overall.keepRate >= floors.rules.keep, "\(name), rules alone: \(failures)")
            #expect(report.keepOnlyFlagsPer200Words <= 1, "\(name)")
            let tagged = SanitizerEvaluation.score(batch, with: Sanitizer())
            let taggedFailures = tagged.failures.map { $0.text + " " + $0.problems.joined(separator: "; ") }
            #expect(
                tagged.overall.recall >= floors.tagger.recall - Self.taggerMargin.batch, "\(name): \(taggedFailures)")
            #expect(
                tagged.overall.keepRate >= floors.tagger.keep - Self.taggerMargin.batch, "\(name): \(taggedFailures)")
            #expect(tagged.keepOnlyFlagsPer200Words <= 1, "\(name)")
            sums.recall += tagged.overall.recall
            sums.keep += tagged.overall.keepRate
            sums.recallFloor += floors.tagger.recall
            sums.keepFloor += floors.tagger.keep
        }
        let count = Double(max(batches.count, 1))
        #expect(sums.recall / count >= sums.recallFloor / count - Self.taggerMargin.mean, "the tagger's mean recall")
        #expect(sums.keep / count >= sums.keepFloor / count - Self.taggerMargin.mean, "the tagger's mean keep")
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
