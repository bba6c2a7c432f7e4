import Casework
import Foundation
import System

extension CaseIndex {
    /// The index of exactly the mirror's `size` verified records (root `rootHash`): read when it is
    /// current, else rebuilt from the mirror (deleted, stale, damaged, or made with another key).
    public static func ready(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) throws -> CaseIndex {
        do {
            let index = try read(mirror: context.mirror, keys: context.keys)
            guard index.directory.fingerprint == context.fingerprint else {
                throw IndexDamage("the index was built with other keys or another Keys/ folder")
            }
            guard index.directory.covered == size, index.directory.rootHash == rootHash else {
                throw IndexDamage("the index covers \(index.directory.covered) records, the mirror \(size)")
            }
            return index
        } catch let damage as IndexDamage {
            context.progress?("candor-inspect: rebuilding the case index from the mirror (\(damage))")
            return try rebuild(context, size: size, rootHash: rootHash)
        }
    }

    /// Brings the index from the mirror's previous verified state to its new one after a sync: only the
    /// new records are read, and only the pages of the cases they touch rewritten. `existingCase` finds the
    /// id of an earlier case from its tag (the mirror's key index). An index that did not cover exactly the
    /// previous state is rebuilt instead.
    public static func update(
        _ context: IndexContext, previous: (size: UInt64, rootHash: [UInt8]), size: UInt64, rootHash: [UInt8],
        existingCase: (CaseTag) -> UInt64?
    ) throws -> CaseIndex {
        guard let index = try? read(mirror: context.mirror, keys: context.keys),
            index.directory.fingerprint == context.fingerprint, index.directory.covered == previous.size,
            index.directory.rootHash == previous.rootHash, size >= previous.size
        else {
            // The first sync builds the index quietly; any other is a rebuild the inspector hears of.
            if previous.size > 0 || FileManager.default.fileExists(atPath: folder(mirror: context.mirror)) {
                return try ready(context, size: size, rootHash: rootHash)
            }
            return try rebuild(context, size: size, rootHash: rootHash)
        }
        if size == previous.size && rootHash == previous.rootHash { return index }
        do {
            return try index.extended(context, size: size, rootHash: rootHash, existingCase: existingCase)
        } catch let damage as IndexDamage {
            context.progress?("candor-inspect: rebuilding the case index from the mirror (\(damage))")
            return try rebuild(context, size: size, rootHash: rootHash)
        }
    }

    /// Rebuilds the index after a command found damage while reading it (a page that does not decrypt).
    public static func rebuild(_ context: IndexContext, size: UInt64, rootHash: [UInt8], after damage: IndexDamage)
        throws -> CaseIndex
    {
        context.progress?("candor-inspect: rebuilding the case index from the mirror (\(damage))")
        return try rebuild(context, size: size, rootHash: rootHash)
    }

    /// A new index of the mirror's first `size` records, built in a fresh folder that then replaces the old one.
    static func rebuild(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) throws -> CaseIndex {
        let folder = Self.folder(mirror: context.mirror)
        let fresh = folder + ".rebuild"
        try? FileManager.default.removeItem(atPath: fresh)
        try FileManager.default.createDirectory(
            atPath: fresh, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var directory = IndexDirectory()
        directory.fingerprint = context.fingerprint
        let empty = CaseIndex(
            folder: fresh, keys: context.keys, directory: directory,
            segments: MirrorSegments(folder: context.mirror + "/intake"))
        _ = try empty.extended(context, size: size, rootHash: rootHash, existingCase: { _ in nil })
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.moveItem(atPath: fresh, toPath: folder)
        try? Directory.sync(context.mirror)
        return try read(mirror: context.mirror, keys: context.keys)
    }
}
