import CaseIndex
import Commands
import Mirroring

/// The hook that keeps the case index in step with the mirror: called by sync and by the actions'
/// sync after they post, once the new records are verified.
public enum IndexUpdate {
    /// Files the records verified since `previous` (the mirror's verified size and root before the sync)
    /// into the case index, finding earlier cases with the mirror's key index.
    ///
    /// When the sync fetched late copies (`lateBefore` is the count before it: a case transferred to the
    /// inspector's unit became readable), only their cases are then filed again, from all their records
    /// (CaseIndex.md, "Late records").
    ///
    /// The sync itself succeeded whatever happens here: an index that cannot be written is said on
    /// stderr, and the next case command rebuilds it.
    public static func afterSync(
        mirror: Mirror, previous: (size: UInt64, rootHash: [UInt8]), lateBefore: UInt64, context: IndexContext
    ) {
        do {
            let now = try Workspace.verifiedCheckpoint(mirror.directory)
            _ = try CaseIndex.update(
                context, previous: previous, size: now.size, rootHash: now.rootHash,
                existingCase: { mirror.firstRecord(ofCase: $0) })
            if mirror.lateRecordCount > lateBefore {
                do {
                    _ = try CaseIndex.refileLate(
                        context, mirror: mirror, lateFrom: lateBefore, size: now.size, rootHash: now.rootHash)
                } catch {
                    // The index already covers the new size: left as it is, it would miss the filled cases.
                    context.progress?("candor-inspect: rebuilding the case index from the mirror (\(error))")
                    _ = try CaseIndex.rebuild(context, size: now.size, rootHash: now.rootHash, unlessCurrent: false)
                }
            }
        } catch {
            Command.say("candor-inspect: the case index was not updated (\(error)); the next case command rebuilds it")
        }
    }
}
