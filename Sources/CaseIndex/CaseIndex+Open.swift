import Casework
import Foundation
import System

extension CaseIndex {
    /// The index of exactly the mirror's `size` verified records (root `rootHash`): read when it is
    /// current, else rebuilt from the mirror (deleted, stale, damaged, or made with another key).
    public static func ready(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) throws -> CaseIndex {
        do {
            var index = try read(context)
            if index.directory.fingerprint != context.fingerprint, let fresh = rekeyed(index, context) { index = fresh }
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
        var existing = try? read(context)
        if let index = existing, index.directory.fingerprint != context.fingerprint {
            existing = rekeyed(index, context) ?? index
        }
        guard let index = existing,
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
            return try exclusively(context.mirror) {
                // Another command may have brought the index up to date while this one waited.
                let latest = try read(context)
                if latest.isCurrent(context, size: size, rootHash: rootHash) { return latest }
                return try index.extended(context, size: size, rootHash: rootHash, existingCase: existingCase)
            }
        } catch let damage as IndexDamage {
            context.progress?("candor-inspect: rebuilding the case index from the mirror (\(damage))")
            return try rebuild(context, size: size, rootHash: rootHash)
        }
    }

    /// `index` brought to `context`'s keys without a rebuild (``rekeyed(_:)``), holding the lock; nil when
    /// it must be rebuilt.
    static func rekeyed(_ index: CaseIndex, _ context: IndexContext) -> CaseIndex? {
        let fresh = try? exclusively(context.mirror) { () throws -> CaseIndex? in
            let latest = (try? read(context)) ?? index
            if latest.directory.fingerprint == context.fingerprint { return latest }
            return try latest.rekeyed(context)
        }
        return fresh ?? nil
    }

    /// Rebuilds the index after a command found damage while reading it (a page that does not decrypt).
    public static func rebuild(_ context: IndexContext, size: UInt64, rootHash: [UInt8], after damage: IndexDamage)
        throws -> CaseIndex
    {
        context.progress?("candor-inspect: rebuilding the case index from the mirror (\(damage))")
        return try rebuild(context, size: size, rootHash: rootHash, unlessCurrent: false)
    }

    /// Whether the index covers exactly the mirror's `size` records of root `rootHash`, for `context`'s keys.
    func isCurrent(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) -> Bool {
        directory.fingerprint == context.fingerprint && directory.covered == size && directory.rootHash == rootHash
    }

    /// Runs `body` holding `DIR/index.lock`, so that two commands never write the index at once.
    static func exclusively<T>(_ mirror: String, _ body: () throws -> T) throws -> T {
        let path = mirror + "/index.lock"
        let fd = try FileDescriptor.open(path, [.readWrite, .create], mode: 0o600).release()
        defer { FileDescriptor.close(fd) }
        guard try FileLock.tryExclusive(fd, path: path, attempts: 12_000, pauseMicroseconds: 10_000) else {
            throw IndexDamage("another candor-inspect has been writing the case index for 2 minutes")
        }
        return try body()
    }

    /// A new index of the mirror's first `size` records, built in a fresh folder that then replaces the old
    /// one; with `unlessCurrent`, an index another command made current meanwhile is kept instead.
    public static func rebuild(_ context: IndexContext, size: UInt64, rootHash: [UInt8], unlessCurrent: Bool = true)
        throws -> CaseIndex
    {
        try exclusively(context.mirror) {
            if unlessCurrent, let latest = try? read(context),
                latest.isCurrent(context, size: size, rootHash: rootHash)
            {
                return latest
            }
            return try rebuildHoldingLock(context, size: size, rootHash: rootHash)
        }
    }

    private static func rebuildHoldingLock(_ context: IndexContext, size: UInt64, rootHash: [UInt8]) throws
        -> CaseIndex
    {
        let folder = Self.folder(mirror: context.mirror)
        let fresh = folder + ".rebuild"
        try? FileManager.default.removeItem(atPath: fresh)
        try FileManager.default.createDirectory(
            atPath: fresh, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var directory = IndexDirectory()
        directory.fingerprint = context.fingerprint
        let empty = CaseIndex(
            folder: fresh, keys: context.keys, directory: directory,
            segments: MirrorSegments(folder: context.mirror + "/intake", lateCopy: context.lateCopy))
        _ = try empty.extended(context, size: size, rootHash: rootHash, existingCase: { _ in nil })
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.moveItem(atPath: fresh, toPath: folder)
        try? Directory.sync(context.mirror)
        return try read(context)
    }
}
