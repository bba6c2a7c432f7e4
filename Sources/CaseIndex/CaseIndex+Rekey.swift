import Dispatch
import Foundation
import Sodium
import System

/// A Keys/ folder that only gained keys, met without a rebuild (CaseIndex.md, "Keys file").
///
/// A colleague's new key, or a unit's new epoch, changes the fingerprint of every inspector's index. Of
/// the summaries, a new opening key can change only those of cases it could not open, and a new signer
/// only those with an event that did not count (an unknown signer is one): those cases are opened again
/// and their pages rewritten, the rest stays. At a million cases that is the pages decrypted once, not
/// a million cases opened.
extension CaseIndex {
    static let keysFileName = "keys"
    static let keysAD = Array("CANDORIX keys".utf8)

    /// Writes the public halves of `context`'s keys, sealed, beside the directory.
    func writeKeySet(_ context: IndexContext) throws(IndexDamage) {
        var plaintext = context.keySet.encoded
        defer { wipe(&plaintext) }
        guard let sealed = try? XChaCha20Poly1305.seal(plaintext, key: keys.pageKey, authenticating: Self.keysAD)
        else { throw IndexDamage("cannot seal the index keys file") }
        do {
            try AtomicFile.write(sealed, to: folder + "/" + Self.keysFileName)
        } catch {
            throw IndexDamage("cannot write the index keys file: \(error.message)")
        }
    }

    /// The keys the index was built with, checked against the directory's fingerprint.
    func readKeySet() throws(IndexDamage) -> IndexKeySet {
        let path = folder + "/" + Self.keysFileName
        guard let data = FileManager.default.contents(atPath: path),
            var plaintext = try? XChaCha20Poly1305.open(Array(data), key: keys.pageKey, authenticating: Self.keysAD)
        else { throw IndexDamage("the index keys file is missing or damaged") }
        defer { wipe(&plaintext) }
        let set = try IndexKeySet(decoding: plaintext)
        guard keys.fingerprint(set) == directory.fingerprint else {
            throw IndexDamage("the index keys file does not match the directory")
        }
        return set
    }

    /// This index under `context`'s keys, when they only added to the ones it was built with: the cases
    /// the new keys can change are opened again. nil when the index must be rebuilt instead.
    func rekeyed(_ context: IndexContext) throws -> CaseIndex? {
        guard let old = try? readKeySet(), let added = context.keySet.additions(since: old) else { return nil }
        return try resummarized(context) { index, summary in
            // A sealed report is opened with every key when a page shows it: a new key changes nothing yet.
            guard
                (added.openingKeys && !summary.isReadable && !summary.isReportSealed)
                    || (added.signers && summary.flags.contains(.flaggedEvents))
            else { return nil }
            return try index.summarize(summary.id, summary.records, context, opensReport: !summary.isReportSealed)
        }
    }

    /// This index with each summary `again` gives anew (nil: unchanged) in place and the pages that changed
    /// rewritten, under `context`'s keys; every other page stays as it is.
    func resummarized(
        _ context: IndexContext, progress: String? = nil,
        _ again: @escaping @Sendable (CaseIndex, CaseSummary) throws -> CaseSummary?
    ) throws -> CaseIndex {
        let pages = directory.pages
        let firstFile = directory.nextFile
        let rewritten = PageResults<IndexDirectory.Page?>(count: pages.count)
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: pages.count) { number in
            do {
                var summaries = try page(pages[number])
                var changed = false
                for position in summaries.indices {
                    if let fresh = try again(self, summaries[position]), fresh != summaries[position] {
                        summaries[position] = fresh
                        changed = true
                    }
                }
                rewritten.set(number, changed ? try writePage(summaries, file: firstFile + UInt64(number)) : nil)
                let finished = done.add(1)
                if let progress, pages.count >= 10, finished % 16 == 0 {
                    context.progress?("candor-inspect: \(progress): \(finished) of \(pages.count) pages")
                }
            } catch {
                rewritten.fail(error)
            }
        }
        if let error = rewritten.error { throw error }
        var directory = self.directory
        var replaced: [UInt64] = []
        for (number, page) in rewritten.results.enumerated() {
            guard let page = page ?? nil else { continue }
            replaced.append(directory.pages[number].file)
            directory.pages[number] = page
        }
        directory.nextFile = firstFile + UInt64(pages.count)
        directory.fingerprint = context.fingerprint
        let index = CaseIndex(folder: folder, keys: keys, directory: directory, segments: segments)
        try index.writeKeySet(context)
        do {
            try AtomicFile.write(directory.encoded(key: keys.directoryKey), to: folder + "/" + Self.directoryFileName)
        } catch {
            throw IndexDamage("cannot write the index directory: \(error.message)")
        }
        for file in replaced { removePage(file) }
        return index
    }
}
