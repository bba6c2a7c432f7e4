import API
import Foundation
import Stores
import Web

/// Where a receipt's checkpoint stands with the deployment's witnesses: its `witnesses:` line
/// (CitizenWeb.docc/Receipts.md).
struct WitnessStanding: Equatable {
    /// The listed witnesses whose cosignature line in the checkpoint verifies.
    let cosigned: Int
    /// The distinct witnesses listed, and how many must cosign.
    let witnesses: Int
    let quorum: Int

    var isMet: Bool { cosigned >= quorum }

    /// The `witnesses:` line's text.
    func text(index: UInt64) -> String {
        let counts = "\(cosigned) of \(witnesses), quorum \(quorum)"
        return isMet ? "cosigned \(counts)" : "pending \(counts); fetch /receipt/\(index) later"
    }

    /// What the receipt page says of it, in plain words.
    func sentence(_ language: Language) -> String {
        switch (language, isMet) {
        case (.vi, true):
            "Các bên chứng thực độc lập đã ký xác nhận biên nhận này (\(cosigned)/\(witnesses), cần \(quorum)): "
                + "không ai có thể âm thầm sửa lại nhật ký mà họ không phát hiện."
        case (.vi, false):
            "Các bên chứng thực độc lập chưa kịp ký xác nhận biên nhận này. Phản ánh của bạn đã được lưu an toàn. "
                + "Hãy tải lại biên nhận sau ít phút, bằng nút ở trên, để có chữ ký của họ."
        case (.en, true):
            "Independent witnesses have countersigned this receipt (\(cosigned) of \(witnesses), \(quorum) needed): "
                + "nobody can quietly rewrite the log without them noticing."
        case (.en, false):
            "The independent witnesses have not countersigned this receipt yet. Your report is safely stored. "
                + "Download the receipt again in a few minutes, with the button above, to get their signatures."
        }
    }
}

/// A record's signed receipt, as given to the citizen.
struct SignedReceipt {
    /// The receipt file's text (``receiptText(_:logKey:checkpoint:standing:)``).
    let text: String
    /// The signed checkpoint it proves against, with the cosignatures it carries.
    let checkpoint: String
    /// nil when the deployment has no witnesses.
    let standing: WitnessStanding?
}

extension CitizenSite {
    /// The signed receipt of record `index`, nil when the intake signs no checkpoints.
    ///
    /// With witnesses, it proves against the latest checkpoint a quorum cosigned when that covers the
    /// record. When none does, a new report's receipt (`waiting`) waits for one at most the list's
    /// `receipt-wait`, if fewer than the bound of receipts are waiting already (``CheckpointWitnessing``);
    /// otherwise it proves against the log's latest checkpoint, signed now if needed (`fresh` when the
    /// write already signed one), with whatever cosignatures it has, and says they are pending. With
    /// `signingUnlessWaited` false (the API, whose receipts candor-server does not sign otherwise), a
    /// receipt that got no place to wait is not signed for: nil, and the client GETs `/receipt/INDEX`.
    func signedReceipt(
        of index: UInt64, fresh: LogInclusion? = nil, waiting: Bool, signingUnlessWaited: Bool = true
    ) throws(StoreError) -> SignedReceipt? {
        let logKey = store.checkpointVerifierKey
        guard let witnessing = configuration.witnessing, let origin = store.checkpointOrigin else {
            let inclusion: LogInclusion
            if let fresh {
                inclusion = fresh
            } else if let signed = try store.inclusion(of: index) {
                inclusion = signed
            } else {
                return nil
            }
            return SignedReceipt(
                text: receiptText(inclusion, logKey: logKey, standing: nil), checkpoint: inclusion.signedCheckpoint,
                standing: nil)
        }
        let list = witnessing.list
        var signed = fresh
        // A quorum of 0 is met by the log's own signature: nothing to wait for.
        let note = witnessing.witnessedNote(
            origin: origin, covering: index + 1, waitingAtMost: waiting && list.policy.quorum > 0 ? list.receiptWait : 0
        ) {
            // Signed before the wait, so that the witnesses are sent a checkpoint that covers the report.
            if signed == nil { signed = try? store.inclusion(of: index) }
        }
        let proven: LogInclusion
        if let note, let inclusion = try? store.inclusion(of: index, in: note) {
            proven = inclusion
        } else {
            if let signed {
                proven = signed
            } else if !signingUnlessWaited {
                return nil
            } else if let inclusion = try store.inclusion(of: index) {
                proven = inclusion
            } else {
                return nil
            }
        }
        let checkpoint = witnessing.cosigned(proven.signedCheckpoint)
        let standing = WitnessStanding(
            cosigned: witnessing.cosignatureCount(checkpoint), witnesses: list.policy.witnesses.count,
            quorum: list.policy.quorum)
        return SignedReceipt(
            text: receiptText(proven, logKey: logKey, checkpoint: checkpoint, standing: standing),
            checkpoint: checkpoint, standing: standing)
    }
}
