import StripperInvariants

/// libFuzzer entry point for the JPEG engine of the metadata stripper: the invariants are
/// ``StripperInvariants/fuzz(_:signature:mediaType:)``'s (no trap, never longer, the same however the
/// stream is cut, a clean output strips to itself).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    StripperInvariants.fuzz(
        Array(UnsafeBufferPointer(start: data, count: size)), signature: signature, mediaType: "image/jpeg")
    return 0
}

/// SOI and the first byte of a marker: how every JPEG starts.
let signature: [UInt8] = [0xFF, 0xD8, 0xFF]
