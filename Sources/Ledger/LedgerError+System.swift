import System

extension LedgerError {
    /// A failed system call, as the Ledger reports it: fatal to appends, with the kernel's words.
    init(_ error: SystemError) {
        self = .fatalIO(operation: error.operation, path: error.path, errno: error.errno, message: error.message)
    }

    /// Runs System calls inside the ledger's typed throws, keeping the failed call, path and errno.
    static func system<T: ~Copyable>(_ body: () throws(SystemError) -> T) throws(LedgerError) -> T {
        do { return try body() } catch { throw LedgerError(error) }
    }
}

/// Reads exactly `count` bytes at `offset` of an open file, or throws: a read error as
/// `LedgerError.fatalIO`, a file that ends first as `.corrupt` at the offset asked for.
func preadExactly(_ descriptor: Int32, count: Int, at offset: UInt64, path: String) throws(LedgerError) -> [UInt8] {
    let bytes = try LedgerError.system { () throws(SystemError) in
        try FileDescriptor.read(descriptor, exactly: count, at: offset, path: path)
    }
    guard let bytes else { throw .corrupt(file: path, offset: offset, reason: "the file ends inside a record") }
    return bytes
}
