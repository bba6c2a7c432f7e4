internal import CSystemShim

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The calling user's keyring in the kernel (keyrings(7)): "user" keys that outlive the process that
/// added them, each with a timeout after which the kernel refuses it.
///
/// Only the user keyring (`KEY_SPEC_USER_KEYRING`) is used: a process started without a session keyring
/// (cron, a service) would be given a new anonymous one that dies with it, so a key kept there would
/// not reach the next command.
public enum KernelKeyring {
    /// A key's serial number, as the kernel gives it.
    public struct Key: Sendable, Equatable {
        public let serial: Int32
    }

    /// Every permission for the possessor and for processes of the same user, none for the group or
    /// others (keyrings(7): `KEY_POS_ALL | KEY_USR_ALL`; libkeyutils' names, not in the kernel's headers).
    public static let possessorAndUserOnly: UInt32 = 0x3f3f_0000

    /// Adds a "user" key to the user keyring (replacing the one with the same description), then limits
    /// its permissions and sets its timeout.
    ///
    /// The permissions are set before the timeout and before returning; a failure after the add revokes
    /// the key, so no key is left that the caller did not mean to keep.
    public static func addUserKey(description: String, payload: UnsafeRawBufferPointer, seconds: UInt32)
        throws(SystemError) -> Key
    {
        let serial = try syscall("add_key") {
            candor_add_key("user", description, payload.baseAddress, payload.count, candor_user_keyring)
        }
        let key = Key(serial: serial)
        do throws(SystemError) {
            _ = try syscall("keyctl(KEYCTL_SETPERM)") { candor_keyctl_setperm(serial, possessorAndUserOnly) }
            _ = try syscall("keyctl(KEYCTL_SET_TIMEOUT)") { candor_keyctl_set_timeout(serial, seconds) }
        } catch {
            _ = candor_keyctl_revoke(serial)
            throw error
        }
        return key
    }

    /// The live "user" key of the user keyring with this description; nil when there is none, or when it
    /// has expired or been revoked.
    public static func search(description: String) throws(SystemError) -> Key? {
        do {
            return Key(
                serial: try syscall("keyctl(KEYCTL_SEARCH)") {
                    candor_keyctl_search(candor_user_keyring, "user", description)
                })
        } catch  where [ENOKEY, EKEYEXPIRED, EKEYREVOKED].contains(error.errno) {
            return nil
        }
    }

    /// Calls `body` with the key's payload when it is exactly `byteCount` bytes, and wipes the buffer it
    /// was read into afterwards; nil when the payload has another length (not a key this caller stored).
    public static func read<R>(_ key: Key, byteCount: Int, _ body: (UnsafeRawBufferPointer) throws -> R)
        throws -> R?
    {
        // One byte more than expected, so that a longer payload is seen as longer.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount + 1, alignment: 16)
        defer {
            candor_wipe(buffer.baseAddress, buffer.count)
            buffer.deallocate()
        }
        let length = try syscall("keyctl(KEYCTL_READ)") {
            candor_keyctl_read(key.serial, buffer.baseAddress, buffer.count)
        }
        guard length == byteCount else { return nil }
        return try body(UnsafeRawBufferPointer(rebasing: buffer[0..<byteCount]))
    }

    /// Revokes the key (every later search and read is refused at once) and unlinks it from the user
    /// keyring, so the kernel frees it.
    public static func remove(_ key: Key) throws(SystemError) {
        _ = try syscall("keyctl(KEYCTL_REVOKE)") { candor_keyctl_revoke(key.serial) }
        // A revoked key is already useless; the unlink only lets the kernel free it sooner.
        _ = candor_keyctl_unlink(key.serial, candor_user_keyring)
    }

    /// Whether `error` says the kernel will not let this process use keyrings at all (no keyring support,
    /// or a seccomp filter or a container refusing the calls), rather than anything about one key.
    public static func isUnavailable(_ error: SystemError) -> Bool {
        [ENOSYS, EPERM, EACCES].contains(error.errno)
    }

    /// Whether this process may use the user keyring at all: a search that finds nothing is refused
    /// where it may not.
    public static var isAvailable: Bool {
        do throws(SystemError) {
            _ = try search(description: "candor-inspect:probe")
            return true
        } catch {
            return !isUnavailable(error)
        }
    }
}
