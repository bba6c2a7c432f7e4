import Attachments
import Casework
import HTTP
import Stores
import Web

extension CitizenSite {
    /// Why a file part was not stored.
    enum FileProblem: Error {
        case tooMany, wrongType, tooBig
    }

    /// Streams one multipart file part into a sealed attachment, 64 KiB at a time, never holding the
    /// file whole. Returns nil for an empty file input (a browser sends one for every unused field).
    func storeAttachment(_ part: MultipartPart, name: String, alreadyStored: Int) throws -> Result<
        SealedAttachment, FileProblem
    >? {
        guard let first = try part.read(upTo: 64 << 10) else { return nil }
        guard alreadyStored < configuration.maxFiles else { return .failure(.tooMany) }
        let type =
            part.contentType.flatMap { $0.split(separator: ";").first }.map {
                String($0).trimmingCharacters(in: .whitespaces)
            } ?? ""
        guard Self.acceptsMediaType(type) else { return .failure(.wrongType) }
        let upload = store.beginAttachment(name: name, mediaType: type)
        var chunk: [UInt8]? = first
        var size = 0
        while let bytes = chunk {
            size += bytes.count
            guard size <= configuration.maxFileBytes else { return .failure(.tooBig) }
            do throws(StoreError) {
                try upload.write(bytes)
            } catch .attachmentTooLarge {
                return .failure(.tooBig)
            } catch {
                throw error
            }
            chunk = try part.read(upTo: 64 << 10)
        }
        return .success(try upload.finish())
    }

    /// The media types a citizen may attach: photos, PDF and audio.
    static func acceptsMediaType(_ type: String) -> Bool {
        let type = type.lowercased()
        return ["image/jpeg", "image/png", "application/pdf"].contains(type) || type.hasPrefix("audio/")
    }
}

extension Strings {
    func message(for problem: CitizenSite.FileProblem) -> String {
        switch problem {
        case .tooMany: errorTooManyFiles
        case .wrongType: errorFileType
        case .tooBig: errorFileTooBig
        }
    }
}
