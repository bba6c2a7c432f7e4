import CaseIndex
import Mirroring

/// The hook that keeps the case index in step with the mirror: called by sync and by the actions'
/// sync after they post, once the new records are verified.
enum IndexUpdate {
    /// Files the records verified since `previous` (the mirror's verified size and root before the sync)
    /// into the case index, finding earlier cases with the mirror's key index.
    ///
    /// The sync itself succeeded whatever happens here: an index that cannot be written is said on
    /// stderr, and the next case command rebuilds it.
    static func afterSync(mirror: Mirror, previous: (size: UInt64, rootHash: [UInt8]), context: IndexContext) {
        do {
            let now = try Workspace.verifiedCheckpoint(mirror.directory)
            _ = try CaseIndex.update(
                context, previous: previous, size: now.size, rootHash: now.rootHash,
                existingCase: { mirror.firstRecord(ofCase: $0) })
        } catch {
            Tool.say("candor-inspect: the case index was not updated (\(error)); the next case command rebuilds it")
        }
    }
}
