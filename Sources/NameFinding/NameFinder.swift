import Foundation
import TextScanning

/// The passes that find people in a scanned text: full names, names after cues, honorifics and roles,
/// call names, standalone names and initials. The sanitizer runs them in its order among the passes that
/// find data; the candidates every pass returns (``Span``, ``FlagSpan``) are defined here, below them all.
package struct NameFinder: Sendable {
    /// The word lists, prepared for lookup (TextScanning's Vocabulary).
    let vocabulary: Vocabulary

    package init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }
}

/// What kind of personal data a removal is (the sanitizer's `Finding.Kind`).
public enum FindingKind: String, Sendable, Hashable, CaseIterable {
    case cccd
    case cmnd
    case passport
    case phone
    case email
    case licensePlate
    case taxCode
    case insuranceNumber
    case bankAccount
    case address
    case personName
    case exactDate
    /// A social-network handle, profile id or link, or an e-mail written with (at).
    case onlineIdentity
    /// A land parcel or map sheet, a land-certificate entry, a frame, engine, badge or serial number.
    case identifier
    /// A run of 8 or more words that the citizen also wrote: flagged, not redacted.
    case quote
}

/// Why a span is kept but shown to the inspector (the sanitizer's `Flag.Reason`).
public enum FlagReason: String, Sendable, Hashable, CaseIterable {
    /// A capitalised word after a role that is neither a known name nor an office ("kế toán Xíu").
    case possibleName
    /// A number of 6 to 11 digits of no known kind ("mã 4471236").
    case possibleNumber
    /// A room number with nothing around it that says whose ("phòng 301").
    case possibleRoom
    /// A name typed in lower case after an honorific, in text that has capitals elsewhere.
    case possibleLowercaseName
}

/// A candidate removal, in UTF-16 units of the original (what `NSRegularExpression` speaks).
package struct Span {
    package var kind: FindingKind
    package var range: NSRange
    /// What the span becomes; nil for the marker.
    package var replacement: String?
    /// Lower wins an overlap: a number in an e-mail address is part of the address, not a phone.
    package var priority: Int

    package init(kind: FindingKind, range: NSRange, replacement: String? = nil, priority: Int) {
        self.kind = kind
        self.range = range
        self.replacement = replacement
        self.priority = priority
    }
}

/// A candidate flag, in UTF-16 units of the original.
package struct FlagSpan {
    package var reason: FlagReason
    package var range: NSRange

    package init(reason: FlagReason, range: NSRange) {
        self.reason = reason
        self.range = range
    }
}
