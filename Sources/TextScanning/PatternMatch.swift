import Foundation
internal import _FoundationICU

/// A match of a pattern: its range and its groups' ranges in UTF-16 units, as `NSTextCheckingResult`
/// gives them (a group that took no part is at `NSNotFound`, length 0), with no object made a match.
package struct PatternMatch {
    package let range: NSRange
    /// The ranges of groups 1 and up.
    private let groups: [NSRange]

    init(range: NSRange, groups: [NSRange]) {
        self.range = range
        self.groups = groups
    }

    package var numberOfRanges: Int { groups.count + 1 }

    package func range(at index: Int) -> NSRange { index == 0 ? range : groups[index - 1] }
}

/// `NSRegularExpression`'s matching, run on ICU directly: `matches(in:range:)` copies the string into a
/// UTF-16 buffer of its own and wraps every match in an `NSTextCheckingResult`, a cost of its own on
/// every call. Here the pattern is compiled once, with the same pattern string and the same option ->
/// flag mapping as swift-corelibs-foundation's CFRegularExpression, and runs on the caller's UTF-16
/// units with ICU's default bounds (the text is the whole region, anchoring and opaque bounds), which
/// is what `NSRegularExpression` sets up: the matches are the same.
///
/// The toolchain's ICU renames its C functions (urename.h: `uregex_open` is `swift_uregex_open`), and
/// Swift sees only the renamed ones.
///
/// An ICU matcher holds its text and position, so it must not be shared between threads: each thread
/// clones the compiled pattern once into a matcher of its own (``PatternMatchers``).
extension NSRegularExpression {
    /// Every match in `text`, each range moved by `offset`; only the first when `firstOnly`.
    package func patternMatches(
        in text: UnsafeBufferPointer<UInt16>, offset: Int = 0, firstOnly: Bool = false
    ) -> [PatternMatch] {
        guard let start = text.baseAddress else {
            // ICU refuses a null text; an empty text may still match ("^$").
            var none: UInt16 = 0
            return withUnsafePointer(to: &none) { pointer in
                patternMatches(in: UnsafeBufferPointer(start: pointer, count: 0), offset: offset, firstOnly: firstOnly)
            }
        }
        let matcher = PatternMatchers.matcher(for: self)
        var status = U_ZERO_ERROR
        swift_uregex_setText(matcher, start, Int32(text.count), &status)
        let groupCount = Int(swift_uregex_groupCount(matcher, &status))
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return [] }
        func range(_ group: Int32) -> NSRange {
            var status = U_ZERO_ERROR
            let start = Int(swift_uregex_start(matcher, group, &status))
            let end = Int(swift_uregex_end(matcher, group, &status))
            guard status.rawValue <= U_ZERO_ERROR.rawValue, start >= 0, end >= start else {
                return NSRange(location: NSNotFound, length: 0)
            }
            return NSRange(location: offset + start, length: end - start)
        }
        var found: [PatternMatch] = []
        // As CFRegularExpression: the next match until there is none or ICU fails (stack, time).
        while swift_uregex_findNext(matcher, &status) != 0 && status.rawValue <= U_ZERO_ERROR.rawValue {
            let groups = groupCount == 0 ? [] : (1...groupCount).map { range(Int32($0)) }
            found.append(PatternMatch(range: range(0), groups: groups))
            if firstOnly { break }
        }
        return found
    }

    /// The first match in `range` (UTF-16 units) of `string`, as `firstMatch(in:range:)` finds it: the
    /// range is the whole text the pattern sees (no look-behind or boundary reads past it).
    package func firstPatternMatch(in string: String, range: NSRange) -> PatternMatch? {
        let count = string.utf16.count
        guard range.location >= 0, range.length >= 0, range.location + range.length <= count else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count) { buffer in
            _ = buffer.initialize(from: string.utf16)
            let text = UnsafeBufferPointer(rebasing: buffer[range.location..<(range.location + range.length)])
            return patternMatches(in: text, offset: range.location, firstOnly: true).first
        }
    }

    /// Whether the pattern matches anywhere in `string`.
    package func hasPatternMatch(in string: String) -> Bool {
        firstPatternMatch(in: string, range: NSRange(location: 0, length: string.utf16.count)) != nil
    }
}

/// The compiled patterns and each thread's matchers.
enum PatternMatchers {
    /// This thread's matcher of `regex`, cloned from its compiled pattern on first use.
    static func matcher(for regex: NSRegularExpression) -> OpaquePointer {
        let matchers = ThreadMatchers.current
        let key = ObjectIdentifier(regex)
        if let matcher = matchers.byPattern[key] { return matcher }
        let matcher = CompiledPatterns.shared.clone(regex)
        matchers.byPattern[key] = matcher
        return matcher
    }
}

/// Every pattern compiled once, for every thread to clone. An entry keeps its `NSRegularExpression`, so
/// that the `ObjectIdentifier` it is found by is never reused by another (the patterns are static).
private final class CompiledPatterns: @unchecked Sendable {
    static let shared = CompiledPatterns()
    private let lock = NSLock()
    private var compiled: [ObjectIdentifier: (regex: NSRegularExpression, pattern: OpaquePointer)] = [:]

    func clone(_ regex: NSRegularExpression) -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        let pattern: OpaquePointer
        if let known = compiled[ObjectIdentifier(regex)] {
            pattern = known.pattern
        } else {
            pattern = Self.compile(regex)
            compiled[ObjectIdentifier(regex)] = (regex, pattern)
        }
        var status = U_ZERO_ERROR
        guard let matcher = swift_uregex_clone(pattern, &status), status.rawValue <= U_ZERO_ERROR.rawValue else {
            preconditionFailure("cannot clone the pattern \(regex.pattern): \(status)")
        }
        return matcher
    }

    /// The pattern as CFRegularExpression compiles it: its options mapped to the same ICU flags. (With
    /// ignoreMetacharacters the pattern Foundation keeps is already escaped.)
    private static func compile(_ regex: NSRegularExpression) -> OpaquePointer {
        let options = regex.options
        let mapping: [(NSRegularExpression.Options, URegexpFlag)] = [
            (.caseInsensitive, UREGEX_CASE_INSENSITIVE), (.allowCommentsAndWhitespace, UREGEX_COMMENTS),
            (.dotMatchesLineSeparators, UREGEX_DOTALL), (.anchorsMatchLines, UREGEX_MULTILINE),
            (.useUnixLineSeparators, UREGEX_UNIX_LINES), (.useUnicodeWordBoundaries, UREGEX_UWORD),
        ]
        let flags = mapping.reduce(UInt32(0)) { flags, entry in
            options.contains(entry.0) ? flags | UInt32(entry.1.rawValue) : flags
        }
        let units = Array(regex.pattern.utf16)
        var status = U_ZERO_ERROR
        guard let pattern = swift_uregex_open(units, Int32(units.count), flags, nil, &status),
            status.rawValue <= U_ZERO_ERROR.rawValue
        else { preconditionFailure("ICU cannot compile \(regex.pattern): \(status)") }
        return pattern
    }
}

/// One thread's matchers, closed when the thread ends (the key's destructor releases them).
private final class ThreadMatchers {
    var byPattern: [ObjectIdentifier: OpaquePointer] = [:]

    deinit {
        for matcher in byPattern.values { swift_uregex_close(matcher) }
    }

    static var current: ThreadMatchers {
        if let stored = pthread_getspecific(threadMatchersKey) {
            return Unmanaged<ThreadMatchers>.fromOpaque(stored).takeUnretainedValue()
        }
        let matchers = ThreadMatchers()
        pthread_setspecific(threadMatchersKey, Unmanaged.passRetained(matchers).toOpaque())
        return matchers
    }
}

private let threadMatchersKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { stored in
        if let stored { Unmanaged<ThreadMatchers>.fromOpaque(stored).release() }
    }
    precondition(status == 0, "no thread-specific key for the pattern matchers")
    return key
}()
