#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A read-only memory mapping of a whole file, for scanning it without copying; unmapped when the value
/// ends.
public struct MappedFile: ~Copyable {
    /// The file's bytes (empty for an empty file).
    public let bytes: UnsafeRawBufferPointer

    /// Maps the file open at `fd`, read ahead in full (MAP_POPULATE) and read in order.
    public init(_ fd: Int32, path: String) throws(SystemError) {
        let size = Int(try FileDescriptor.status(fd, path: path).size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), base != MAP_FAILED else {
            throw .last("mmap", path: path)
        }
        madvise(base, size, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
