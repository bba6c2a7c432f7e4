import Casework
import Foundation

/// Which case each linked attachment belongs to, in memory (Envelope.md, "Attachment links"), so that
/// the inspectors' sync withholds an attachment's chunks as it withholds its case's envelopes.
///
/// An attachment enters when its link is appended, or when the store opens and reads the log's links;
/// the first link that names it wins. An attachment no link names has no case here.
final class AttachmentCases: Sendable {
    private let state = Guarded()

    private final class Guarded: @unchecked Sendable {
        // @unchecked: `cases` is only touched under `lock`.
        let lock = NSLock()
        var cases: [AttachmentID: CaseTag] = [:]
    }

    /// Ties `attachments` to the case under `tag`, unless a link already tied them.
    func link(_ attachments: [AttachmentID], to tag: CaseTag) {
        state.lock.lock()
        defer { state.lock.unlock() }
        for id in attachments where state.cases[id] == nil { state.cases[id] = tag }
    }

    /// The case of the attachment `id`, or nil if no link names it.
    func caseTag(of id: AttachmentID) -> CaseTag? {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.cases[id]
    }

    /// How many attachments are linked (for tests and figures).
    var count: Int {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.cases.count
    }
}
