import HTTP
import System

/// A listening socket: TCP on an IP literal, or a Unix domain socket path.
struct Listener {
    let fd: Int32
    /// The bound TCP port (the one the kernel picked for port 0).
    let port: UInt16?
    /// The socket file and its inode, so that shutdown removes our file and not a successor's.
    let unixPath: String?
    let unixInode: UInt64?

    static func open(_ address: HTTPServer.Address, permissions: UInt16) throws(HTTPError) -> Listener {
        do {
            switch address {
            case .tcp(let host, let port):
                let listening = try Socket.listen(host: host, port: port)
                return Listener(fd: listening.fd, port: listening.port, unixPath: nil, unixInode: nil)
            case .unix(let path):
                let listening = try Socket.listen(unixPath: path, permissions: permissions)
                return Listener(fd: listening.fd, port: nil, unixPath: path, unixInode: listening.inode)
            }
        } catch {
            switch error {
            case .refused(let why): throw .cannotListen(why)
            case .failed(let failure): throw HTTPError(failure)
            }
        }
    }

    /// Removes the socket file if it is still the one we bound.
    func removeSocketFile() {
        guard let unixPath, let unixInode else { return }
        Socket.removeSocketFile(unixPath, inode: unixInode)
    }
}
