import Foundation
import TestSupport
import Testing

@testable import Attachments
@testable import Casework

@Suite("AttachmentUpload: strip, seal and append as the file streams")
struct AttachmentUploadTests {
    @Test("a large file streams into 64 KiB chunk records and opens back intact")
    func large() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let file = AttachmentSealerTests.file(300_000)
        let upload = store.beginAttachment(name: "ghi-am.mp3", mediaType: "audio/mpeg")
        for start in stride(from: 0, to: file.count, by: 8192) {
            try upload.write(file[start..<min(start + 8192, file.count)])
        }
        #expect(upload.receivedByteCount == file.count)
        let attachment = try upload.finish()
        #expect(attachment.chunkCount == 5 && store.recordCount == 6, "the day mark and 5 chunks")
        #expect(try AttachmentOpener.open(attachment, payloads: store.attachmentChunkPayloads(attachment.id)) == file)
    }

    @Test("past the size limit the upload stops with a clear error and cannot be finished")
    func tooLarge() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder) { $0.maximumAttachmentByteCount = 100_000 }
        defer { store.close() }
        let upload = store.beginAttachment(name: "big.bin", mediaType: "application/octet-stream")
        try upload.write([UInt8](repeating: 1, count: 100_000))
        #expect(storeError { try upload.write([1]) } == .attachmentTooLarge(limit: 100_000))
        #expect(storeError { try upload.finish() } != nil)
        #expect(storeError { try upload.write([1]) } != nil)
    }

    @Test("an empty file is one empty final chunk; finishing twice is refused")
    func empty() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let upload = store.beginAttachment(name: "", mediaType: "")
        let attachment = try upload.finish()
        #expect(attachment.byteCount == 0 && attachment.chunkCount == 1 && attachment.name == "attachment")
        #expect(try AttachmentOpener.open(attachment, payloads: store.attachmentChunkPayloads(attachment.id)) == [])
        #expect(storeError { try upload.finish() } != nil)
    }
}
