import Foundation
import Testing

@testable import System

@Suite struct SocketTests {
    @Test func aListenerOnPortZeroTakesAConnectionBothWays() throws {
        let listening = try Socket.listen(host: "127.0.0.1", port: 0)
        defer { FileDescriptor.close(listening.fd) }
        let port = try #require(listening.port)
        #expect(port != 0)
        let client = FileDescriptor(owning: try Socket.connect(host: "127.0.0.1", port: port, timeoutSeconds: 5))
        var accepted: Int32?
        for _ in 0..<100 where accepted == nil {
            accepted = try Socket.accept(listening.fd)
            if accepted == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        let server = FileDescriptor(owning: try #require(accepted))
        let hello = Array("hello".utf8)
        #expect(try hello.withUnsafeBytes { try Socket.send(client.rawValue, $0) } == hello.count)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16)
        while received.count < hello.count {
            _ = try Poll.wait(server.rawValue, for: .input) { 5000 }
            let count = try buffer.withUnsafeMutableBytes { try Socket.receive(server.rawValue, into: $0) } ?? 0
            received += buffer[0..<count]
        }
        #expect(received == hello)
        #expect(try buffer.withUnsafeMutableBytes { try Socket.receive(server.rawValue, into: $0) } == nil)
        client.close()
        _ = try Poll.wait(server.rawValue, for: .input) { 5000 }
        #expect(try buffer.withUnsafeMutableBytes { try Socket.receive(server.rawValue, into: $0) } == 0)
    }

    @Test func aHostThatIsNoAddressLiteralIsRefused() {
        #expect {
            _ = try Socket.listen(host: "localhost", port: 0)
        } throws: { error in
            guard case .refused(let why) = error as? Socket.ListenFailure else { return false }
            return why == "localhost is not an IPv4 or IPv6 address literal"
        }
    }

    @Test func aPortNobodyListensOnIsRefused() throws {
        let listening = try Socket.listen(host: "127.0.0.1", port: 0)
        let port = try #require(listening.port)
        FileDescriptor.close(listening.fd)
        #expect {
            _ = try Socket.connect(host: "127.0.0.1", port: port, timeoutSeconds: 5)
        } throws: { error in
            guard case .failed(let failure) = error as? Socket.ConnectFailure else { return false }
            return failure.errno == Errno.connectionRefused
        }
    }

    @Test func aUnixSocketReplacesAStaleFileButNotAnotherFile() throws {
        let folder = try TemporaryFolder("socket")
        let path = folder.path + "/s"
        let first = try Socket.listen(unixPath: path, permissions: 0o600)
        #expect(throws: Socket.ListenFailure.self) { _ = try Socket.listen(unixPath: path, permissions: 0o600) }
        FileDescriptor.close(first.fd)
        let second = try Socket.listen(unixPath: path, permissions: 0o600)
        FileDescriptor.close(second.fd)
        Socket.removeSocketFile(path, inode: try #require(second.inode))
        #expect(!Directory.entryExists(path))
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect {
            _ = try Socket.listen(unixPath: path, permissions: 0o600)
        } throws: { error in
            guard case .refused(let why) = error as? Socket.ListenFailure else { return false }
            return why == "\(path) exists and is not a socket"
        }
    }
}
