import StripperInvariants

/// libFuzzer entry point for the PNG engine of the metadata stripper: the invariants are
/// ``StripperInvariants/fuzz(_:signature:mediaType:)``'s (no trap, never longer, the same however the
/// stream is cut, a clean output strips to itself).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    StripperInvariants.fuzz(
        Array(UnsafeBufferPointer(start: data, count: size)), signature: signature, mediaType: "image/png")
    return 0
}

/// The eight bytes every PNG starts with (PNG §5.2).
let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
