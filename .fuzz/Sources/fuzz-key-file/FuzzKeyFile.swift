import Keys
import Sodium
import Unlocking

/// libFuzzer entry point for the inspector key file parser (Keys.docc/KeyFile.md).
///
/// The input is a key file's bytes. Parsing the header must never crash, and a header that parses
/// must write back exactly the input (the format has one encoding) and parse again to an equal header:
/// parse → serialize → parse is a fixed point. A header with cheap Argon2id limits is also opened with
/// a fixed passphrase, which must fail cleanly (a wrong passphrase or a damaged file), never crash.
/// Expensive limits are not opened: the parser's bounds (16 passes, 1 GiB) are what keep them finite.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let header = try? KeyFile.header(of: input, path: "fuzz") else { return 0 }
    precondition(header.bytes == input, "a key file header does not serialize back to its input")
    let again: KeyFile.Header
    do {
        again = try KeyFile.header(of: header.bytes, path: "fuzz")
    } catch {
        fatalError("a serialized key file no longer parses: \(error)")
    }
    precondition(again == header, "the header changed in a round trip")
    if header.limits.opsLimit <= 2 && header.limits.memLimit <= 64 << 10 {
        _ = try? KeyFile.open(input, passphrase: passphrase, path: "fuzz")
    }
    return 0
}

let passphrase = SecureBytes(Array("fuzz passphrase".utf8))
