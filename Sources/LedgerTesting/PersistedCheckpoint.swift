import Foundation
import Ledger
import Transparency

/// The size of the checkpoint persisted in the ledger `directory`, once it covers `size` records;
/// the last size read (nil if none) when `timeout` seconds pass first. The background signer writes
/// it on its own schedule, so a test waits for it rather than reading it once.
public func persistedCheckpointSize(in directory: String, reaching size: UInt64, timeout: Double = 5) -> UInt64? {
    let deadline = Date().addingTimeInterval(timeout)
    var last: UInt64?
    repeat {
        if let data = FileManager.default.contents(atPath: directory + "/checkpoint"),
            let note = try? SignedNote(parsing: String(decoding: data, as: UTF8.self)),
            let checkpoint = try? Checkpoint(text: note.text)
        {
            last = checkpoint.size
            if checkpoint.size >= size { return checkpoint.size }
        }
        usleep(20_000)
    } while Date() < deadline
    return last
}
