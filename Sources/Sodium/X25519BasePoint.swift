internal import CSodium

/// X25519 public keys, computed through libsodium's Ed25519 fixed-base multiplication.
///
/// `crypto_scalarmult_base` runs the whole Montgomery ladder on the base point (about 58 µs here);
/// `crypto_scalarmult_ed25519_base` multiplies the same clamped scalar with a precomputed table of the
/// Ed25519 base point (about 30 µs). The two curves are birationally equivalent and the Ed25519 base
/// point maps to u = 9, so the X25519 public key is the Montgomery u of the Edwards result:
/// u = (1 + y) / (1 − y) mod 2²⁵⁵ − 19. That map is all this file adds, on the 32 bytes of the
/// Edwards point: a public value (its u *is* the public key), so nothing secret is computed here.
/// libsodium does the scalar multiplication, in constant time, as before.
///
/// The result is byte for byte what `crypto_scalarmult_base` gives (tests compare them on random and
/// edge scalars). Candor makes three X25519 public keys per report (the citizen's reply key and the
/// ephemeral keys of two sealed boxes), so this is about a tenth of the server's work per report.
enum X25519BasePoint {
    /// `crypto_scalarmult_base(publicKey, scalar)`: writes the 32-byte public key of a 32-byte scalar.
    static func multiply(_ publicKey: UnsafeMutablePointer<UInt8>, scalar: UnsafePointer<UInt8>) {
        var edwards = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let status = withUnsafeMutableBytes(of: &edwards) { e in
            crypto_scalarmult_ed25519_base(e.baseAddress!.assumingMemoryBound(to: UInt8.self), scalar)
        }
        // libsodium refuses an all-zero scalar *before* clamping (X25519 accepts it, as 2²⁵⁴); leave
        // that one, and anything else unexpected, to the ladder.
        guard status == 0 else {
            _ = crypto_scalarmult_base(publicKey, scalar)
            return
        }
        let y = Field25519(littleEndian: edwards)
        let u = (Field25519.one + y) * (Field25519.one - y).inverse()
        withUnsafeBytes(of: u.canonicalLittleEndian) { bytes in
            publicKey.update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 32)
        }
    }
}

/// An element of GF(2²⁵⁵ − 19) in five 51-bit limbs (the "donna" representation). Only what the
/// Edwards-to-Montgomery map needs: add, subtract, multiply, invert, and the canonical encoding.
///
/// Limbs stay below 2⁵² between operations; products are summed in 128-bit words. Squaring has its
/// own, shorter formula: the inverse is 254 squarings and 11 multiplications.
struct Field25519: Equatable {
    var l0, l1, l2, l3, l4: UInt64

    static let mask: UInt64 = (1 << 51) - 1
    static let one = Field25519(l0: 1, l1: 0, l2: 0, l3: 0, l4: 0)

    init(l0: UInt64, l1: UInt64, l2: UInt64, l3: UInt64, l4: UInt64) {
        (self.l0, self.l1, self.l2, self.l3, self.l4) = (l0, l1, l2, l3, l4)
    }

    /// From 32 little-endian bytes (as four words); the top bit is ignored, as RFC 7748 and RFC 8032 say.
    init(littleEndian w: (UInt64, UInt64, UInt64, UInt64)) {
        let (w0, w1, w2, w3) = (UInt64(littleEndian: w.0), UInt64(littleEndian: w.1),
                                UInt64(littleEndian: w.2), UInt64(littleEndian: w.3))
        l0 = w0 & Self.mask
        l1 = (w0 >> 51 | w1 << 13) & Self.mask
        l2 = (w1 >> 38 | w2 << 26) & Self.mask
        l3 = (w2 >> 25 | w3 << 39) & Self.mask
        l4 = (w3 >> 12) & Self.mask
    }

    /// The unique representative below 2²⁵⁵ − 19, as 32 little-endian bytes (four words).
    var canonicalLittleEndian: (UInt64, UInt64, UInt64, UInt64) {
        var h = self.carried()
        h = h.carried()  // limbs < 2⁵¹ now, except l0 < 2⁵¹ + 19·2¹³ at most
        // q = 1 exactly when h ≥ p: adding 19 then carries out of bit 255.
        var q = (h.l0 &+ 19) >> 51
        q = (h.l1 &+ q) >> 51
        q = (h.l2 &+ q) >> 51
        q = (h.l3 &+ q) >> 51
        q = (h.l4 &+ q) >> 51
        h.l0 = h.l0 &+ 19 &* q
        h.l1 = h.l1 &+ (h.l0 >> 51); h.l0 &= Self.mask
        h.l2 = h.l2 &+ (h.l1 >> 51); h.l1 &= Self.mask
        h.l3 = h.l3 &+ (h.l2 >> 51); h.l2 &= Self.mask
        h.l4 = h.l4 &+ (h.l3 >> 51); h.l3 &= Self.mask
        h.l4 &= Self.mask  // drops the 2²⁵⁵ that subtracting p leaves
        return (
            (h.l0 | h.l1 << 51).littleEndian,
            (h.l1 >> 13 | h.l2 << 38).littleEndian,
            (h.l2 >> 26 | h.l3 << 25).littleEndian,
            (h.l3 >> 39 | h.l4 << 12).littleEndian
        )
    }

    /// One pass of carries, folding the carry out of the top limb back in times 19.
    private func carried() -> Field25519 {
        var h = self
        h.l1 = h.l1 &+ (h.l0 >> 51); h.l0 &= Self.mask
        h.l2 = h.l2 &+ (h.l1 >> 51); h.l1 &= Self.mask
        h.l3 = h.l3 &+ (h.l2 >> 51); h.l2 &= Self.mask
        h.l4 = h.l4 &+ (h.l3 >> 51); h.l3 &= Self.mask
        h.l0 = h.l0 &+ 19 &* (h.l4 >> 51); h.l4 &= Self.mask
        return h
    }

    static func + (a: Field25519, b: Field25519) -> Field25519 {
        Field25519(l0: a.l0 &+ b.l0, l1: a.l1 &+ b.l1, l2: a.l2 &+ b.l2, l3: a.l3 &+ b.l3, l4: a.l4 &+ b.l4)
            .carried()
    }

    /// a − b as a + 2p − b, so that no limb goes negative (limbs of b are below 2⁵²).
    static func - (a: Field25519, b: Field25519) -> Field25519 {
        let twoP0: UInt64 = 0xF_FFFF_FFFF_FFDA  // 2·(2⁵¹ − 19)
        let twoP: UInt64 = 0xF_FFFF_FFFF_FFFE  // 2·(2⁵¹ − 1)
        return Field25519(
            l0: a.l0 &+ twoP0 &- b.l0, l1: a.l1 &+ twoP &- b.l1, l2: a.l2 &+ twoP &- b.l2,
            l3: a.l3 &+ twoP &- b.l3, l4: a.l4 &+ twoP &- b.l4
        ).carried()
    }

    static func * (a: Field25519, b: Field25519) -> Field25519 {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        let (b1, b2, b3, b4) = (b.l1 &* 19, b.l2 &* 19, b.l3 &* 19, b.l4 &* 19)
        let r0 = m(a.l0, b.l0) &+ m(a.l1, b4) &+ m(a.l2, b3) &+ m(a.l3, b2) &+ m(a.l4, b1)
        let r1 = m(a.l0, b.l1) &+ m(a.l1, b.l0) &+ m(a.l2, b4) &+ m(a.l3, b3) &+ m(a.l4, b2)
        let r2 = m(a.l0, b.l2) &+ m(a.l1, b.l1) &+ m(a.l2, b.l0) &+ m(a.l3, b4) &+ m(a.l4, b3)
        let r3 = m(a.l0, b.l3) &+ m(a.l1, b.l2) &+ m(a.l2, b.l1) &+ m(a.l3, b.l0) &+ m(a.l4, b4)
        let r4 = m(a.l0, b.l4) &+ m(a.l1, b.l3) &+ m(a.l2, b.l2) &+ m(a.l3, b.l1) &+ m(a.l4, b.l0)
        return Self.reduce(r0, r1, r2, r3, r4)
    }

    /// self · self with 15 products instead of 25 (the cross terms doubled).
    func squared() -> Field25519 {
        @inline(__always) func m(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }
        let (d0, d1, d2, d3) = (l0 &* 2, l1 &* 2, l2 &* 2, l3 &* 2)
        let (n3, n4) = (l3 &* 19, l4 &* 19)
        let r0 = m(l0, l0) &+ m(d1, n4) &+ m(d2, n3)
        let r1 = m(d0, l1) &+ m(d2, n4) &+ m(l3, n3)
        let r2 = m(d0, l2) &+ m(l1, l1) &+ m(d3, n4)
        let r3 = m(d0, l3) &+ m(d1, l2) &+ m(l4, n4)
        let r4 = m(d0, l4) &+ m(d1, l3) &+ m(l2, l2)
        return Self.reduce(r0, r1, r2, r3, r4)
    }

    /// Five column sums (each below 2¹¹⁵) carried into limbs below 2⁵² again.
    @inline(__always)
    private static func reduce(_ r0: UInt128, _ r1: UInt128, _ r2: UInt128, _ r3: UInt128, _ r4: UInt128) -> Field25519 {
        var (r1, r2, r3, r4) = (r1, r2, r3, r4)
        let mask = UInt128(Self.mask)
        r1 &+= r0 >> 51
        r2 &+= r1 >> 51
        r3 &+= r2 >> 51
        r4 &+= r3 >> 51
        let c0 = (r0 & mask) &+ (r4 >> 51) &* 19
        return Field25519(
            l0: UInt64(truncatingIfNeeded: c0 & mask),
            l1: UInt64(truncatingIfNeeded: r1 & mask) &+ UInt64(truncatingIfNeeded: c0 >> 51),
            l2: UInt64(truncatingIfNeeded: r2 & mask),
            l3: UInt64(truncatingIfNeeded: r3 & mask),
            l4: UInt64(truncatingIfNeeded: r4 & mask))
    }

    private func squared(times n: Int) -> Field25519 {
        var x = self
        for _ in 0..<n { x = x.squared() }
        return x
    }

    /// self^(p − 2), the inverse for any non-zero element (Fermat), with ref10's addition chain:
    /// 254 squarings and 11 multiplications, the same sequence for every input. Zero maps to zero.
    func inverse() -> Field25519 {
        let z2 = squared()  // 2
        let z9 = z2.squared(times: 2) * self  // 9
        let z11 = z9 * z2  // 11
        let z2_5_0 = z11.squared() * z9  // 2⁵ − 1
        let z2_10_0 = z2_5_0.squared(times: 5) * z2_5_0
        let z2_20_0 = z2_10_0.squared(times: 10) * z2_10_0
        let z2_40_0 = z2_20_0.squared(times: 20) * z2_20_0
        let z2_50_0 = z2_40_0.squared(times: 10) * z2_10_0
        let z2_100_0 = z2_50_0.squared(times: 50) * z2_50_0
        let z2_200_0 = z2_100_0.squared(times: 100) * z2_100_0
        let z2_250_0 = z2_200_0.squared(times: 50) * z2_50_0
        return z2_250_0.squared(times: 5) * z11  // 2²⁵⁵ − 21 = p − 2
    }
}
