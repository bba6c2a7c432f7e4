#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Writes a whole file so that a crash leaves either the old file or the new one, never a mix.
///
/// The sequence is the one DESIGN.md prescribes: write a temp file, fsync it, rename it over the
/// destination, then fsync the directory. Without the first fsync the rename can reach the disk before
/// the data (an empty file after a crash); without the last, the rename itself can be lost.
enum AtomicFile {
    static let temporarySuffix = ".tmp"

    static func write(_ bytes: [UInt8], to path: String, fileSystem: any FileSystem) throws(LedgerError) {
        let temporary = path + temporarySuffix
        unlink(temporary)  // a leftover from a crash mid-write; it was never renamed, so it holds nothing.
        let fd = try fileSystem.openForWriting(temporary, create: true)
        do {
            try fileSystem.write(fd, bytes, at: 0, path: temporary)
            try fileSystem.sync(fd, path: temporary)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try fileSystem.rename(temporary, to: path)
        try fileSystem.syncDirectory(directory(of: path))
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }
}
