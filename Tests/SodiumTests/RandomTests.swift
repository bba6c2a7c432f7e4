import Sodium
import Testing

@Suite("Random")
struct RandomTests {
    @Test("bytes(count:) gives the count asked for, and differs each time", arguments: [0, 1, 16, 1000])
    func bytes(count: Int) {
        let first = Random.bytes(count: count)
        #expect(first.count == count)
        if count >= 16 { #expect(first != Random.bytes(count: count)) }
    }

    @Test("uniform(_:) stays below its bound")
    func uniform() {
        #expect(Random.uniform(1) == 0)
        var seen = Set<UInt32>()
        for _ in 0..<500 {
            let value = Random.uniform(6)
            #expect(value < 6)
            seen.insert(value)
        }
        // 500 draws miss a given face with probability (5/6)^500 ≈ 10^-40.
        #expect(seen == Set(0..<6))
    }

    @Test("uint64() varies")
    func uint64() {
        let values = Set((0..<8).map { _ in Random.uint64() })
        #expect(values.count == 8)
    }

    @Test("SystemRandom is libsodium's CSPRNG behind the RandomSource seam")
    func systemRandom() {
        let source: any RandomSource = SystemRandom()
        #expect(source.bytes(count: 24).count == 24)
        #expect(source.bytes(count: 32) != source.bytes(count: 32))
    }
}
