import Foundation
import Synchronization
import Testing

@testable import System

@Suite struct AtomicFileTests {
    let temporary: TemporaryFolder
    var folder: String { temporary.path }

    init() throws { temporary = try TemporaryFolder("atomic") }

    func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { Array($0) } }

    @Test func writesTheTempInFullSyncsItRenamesItAndSyncsTheFolder() throws {
        let path = folder + "/state"
        let files = RecordingOperations()
        try AtomicFile.write([1, 2, 3], to: path, through: files)
        #expect(contents(path) == [1, 2, 3])
        let temporary = path + ".tmp"
        #expect(
            files.steps == [
                "open \(temporary)", "write \(temporary)", "sync \(temporary)", "rename \(path)",
                "syncDirectory \(folder)",
            ])
        #expect(!FileManager.default.fileExists(atPath: path + AtomicFile.temporarySuffix))
    }

    @Test func replacesAnOldFileAndALeftoverTemp() throws {
        let path = folder + "/state"
        _ = FileManager.default.createFile(atPath: path, contents: Data([9]))
        _ = FileManager.default.createFile(atPath: path + ".tmp", contents: Data([8, 8]))
        try AtomicFile.write([1, 2], to: path)
        #expect(contents(path) == [1, 2])
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    @Test(arguments: ["open", "write", "sync", "rename"])
    func aFailedStepLeavesTheOldFileWholeAndNoTemp(step: String) throws {
        let path = folder + "/state"
        _ = FileManager.default.createFile(atPath: path, contents: Data([9, 9]))
        let files = RecordingOperations(failing: step)
        #expect(throws: SystemError(operation: step, path: path + (step == "rename" ? "" : ".tmp"), errno: Errno.io)) {
            try AtomicFile.write([1, 2, 3], to: path, through: files)
        }
        #expect(contents(path) == [9, 9])
        #expect(!files.steps.contains { $0.hasPrefix("rename") } || step == "rename")
        if step != "rename" { #expect(!FileManager.default.fileExists(atPath: path + ".tmp")) }
    }

    @Test func aFailedFolderSyncIsReported() throws {
        let files = RecordingOperations(failing: "syncDirectory")
        #expect(throws: SystemError.self) { try AtomicFile.write([1], to: folder + "/state", through: files) }
    }

    @Test func createReturnsAnOpenDescriptorOnTheNewFile() throws {
        let path = folder + "/segment"
        let raw = try AtomicFile.create([1, 2], at: path, through: PosixFileOperations())
        let file = FileDescriptor(owning: raw)
        try file.write(all: [3], at: 2, path: path)
        #expect(contents(path) == [1, 2, 3])
    }

    @Test func writeNewCreatesA0600FileWithNoTempLeft() throws {
        let path = folder + "/key"
        try AtomicFile.writeNew([1, 2, 3], to: path)
        #expect(contents(path) == [1, 2, 3])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["key"])
    }

    @Test func writeNewNeverReplacesAFile() throws {
        let path = folder + "/key"
        _ = FileManager.default.createFile(atPath: path, contents: Data([9]))
        #expect(throws: SystemError(operation: "link", path: path, errno: Errno.exists)) {
            try AtomicFile.writeNew([1, 2, 3], to: path)
        }
        #expect(contents(path) == [9])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["key"])
    }

    @Test func writeNewNeverFollowsASymbolicLink() throws {
        let path = folder + "/key"
        let target = folder + "/elsewhere"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(throws: SystemError(operation: "link", path: path, errno: Errno.exists)) {
            try AtomicFile.writeNew([1], to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func writeNewIntoAMissingFolderFails() {
        #expect(throws: SystemError.self) { try AtomicFile.writeNew([1], to: folder + "/missing/key") }
    }
}

/// The real operations, each recorded, one of them failing with EIO when asked.
final class RecordingOperations: FileSystemOperations, Sendable {
    private let base = PosixFileOperations()
    private let failing: String?
    private let log = Mutex<[String]>([])

    init(failing: String? = nil) { self.failing = failing }

    var steps: [String] { log.withLock { $0 } }

    private func step(_ name: String, _ path: String) throws(SystemError) {
        log.withLock { $0.append("\(name) \(path)") }
        if name == failing { throw SystemError(operation: name, path: path, errno: Errno.io) }
    }

    func openForWriting(_ path: String, create: Bool) throws(SystemError) -> Int32 {
        try step("open", path)
        return try base.openForWriting(path, create: create)
    }

    func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(SystemError) {
        try step("write", path)
        try base.write(fd, bytes, at: offset, path: path)
    }

    func sync(_ fd: Int32, path: String) throws(SystemError) {
        try step("sync", path)
        try base.sync(fd, path: path)
    }

    func rename(_ source: String, to destination: String) throws(SystemError) {
        try step("rename", destination)
        try base.rename(source, to: destination)
    }

    func syncDirectory(_ path: String) throws(SystemError) {
        try step("syncDirectory", path)
        try base.syncDirectory(path)
    }

    func truncate(_ fd: Int32, to length: UInt64, path: String) throws(SystemError) {
        try step("truncate", path)
        try base.truncate(fd, to: length, path: path)
    }
}
