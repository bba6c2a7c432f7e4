import Sodium
import Testing

@testable import Web

@Suite("Form tickets")
struct FormTicketTests {
    let clock = ManualClock()
    var issuer: FormTicketIssuer {
        FormTicketIssuer(key: SecureBytes([UInt8](repeating: 1, count: 32)), clock: clock, minimumFillSeconds: 3, maximumAgeSeconds: 3600)
    }

    @Test func aTicketIsAcceptedOnceAfterTheFillTime() throws {
        let issuer = self.issuer
        let ticket = issuer.issue()
        clock.advance(5)
        try issuer.redeem(ticket)
        #expect(throws: FormTicketIssuer.Rejection.alreadyUsed) { try issuer.redeem(ticket) }
    }

    @Test func tooFastTooOldForgedAndMalformedAreRefused() {
        let issuer = self.issuer
        let fast = issuer.issue()
        clock.advance(1)
        #expect(throws: FormTicketIssuer.Rejection.tooFast) { try issuer.redeem(fast) }
        let old = issuer.issue()
        clock.advance(3601)
        #expect(throws: FormTicketIssuer.Rejection.expired) { try issuer.redeem(old) }

        let other = FormTicketIssuer(key: SecureBytes([UInt8](repeating: 2, count: 32)), clock: clock)
        let foreign = other.issue()
        clock.advance(10)
        #expect(throws: FormTicketIssuer.Rejection.forged) { try issuer.redeem(foreign) }

        var tampered = Array(issuer.issue())
        tampered[3] = tampered[3] == "A" ? "B" : "A"
        clock.advance(10)
        #expect(throws: FormTicketIssuer.Rejection.self) { try issuer.redeem(String(tampered)) }
        for junk in ["", "abc", "!!!!", String(repeating: "A", count: 5000), "ticket with spaces"] {
            #expect(throws: FormTicketIssuer.Rejection.malformed) { try issuer.redeem(junk) }
        }
    }
}

@Suite("Form tickets: spent-ticket memory")
struct SpentTicketMemoryTests {
    let clock = ManualClock()

    @Test func memoryStaysBoundedUnderSustainedUse() throws {
        // 100 tickets a second for 10 minutes, with a 60 s maximum age: 60,000 tickets spent, but only
        // the last minute's (6,000 serials: 2 or 3 chunks of 4,096) may be remembered.
        let issuer = FormTicketIssuer(
            key: SecureBytes([UInt8](repeating: 7, count: 32)), clock: clock, minimumFillSeconds: 0, maximumAgeSeconds: 60)
        var largest = 0
        for _ in 0..<(10 * 60) {
            for _ in 0..<100 { try issuer.redeem(issuer.issue()) }
            clock.advance(1)
            largest = max(largest, issuer.memoryFootprint.chunks)
        }
        #expect(largest <= 4, "chunks remembered at once: \(largest)")
        #expect(issuer.memoryFootprint.foreign == 0)
    }

    @Test func aSpentTicketStaysRefusedAfterItsChunkIsForgotten() throws {
        let issuer = FormTicketIssuer(
            key: SecureBytes([UInt8](repeating: 7, count: 32)), clock: clock, minimumFillSeconds: 0, maximumAgeSeconds: 60)
        let early = issuer.issue()
        try issuer.redeem(early)
        #expect(throws: FormTicketIssuer.Rejection.alreadyUsed) { try issuer.redeem(early) }
        // Tickets of the same chunk issued later stay valid after the early one's expiry forgets it.
        clock.advance(50)
        let late = issuer.issue()
        clock.advance(20)
        try issuer.redeem(issuer.issue())  // prunes: the early ticket's chunk is dropped
        #expect(throws: FormTicketIssuer.Rejection.expired) { try issuer.redeem(early) }
        try issuer.redeem(late)
        #expect(throws: FormTicketIssuer.Rejection.alreadyUsed) { try issuer.redeem(late) }
    }

    @Test func ticketsOfAnEarlierRunAreAcceptedOnce() throws {
        // Same key, new issuer: what a restart looks like.
        let key = SecureBytes([UInt8](repeating: 9, count: 32))
        let before = FormTicketIssuer(key: key, clock: clock, minimumFillSeconds: 1, maximumAgeSeconds: 600)
        let tickets = (0..<3).map { _ in before.issue() }
        let after = FormTicketIssuer(key: key, clock: clock, minimumFillSeconds: 1, maximumAgeSeconds: 600)
        let fresh = after.issue()
        clock.advance(5)
        for ticket in tickets {
            try after.redeem(ticket)
            #expect(throws: FormTicketIssuer.Rejection.alreadyUsed) { try after.redeem(ticket) }
        }
        // The new run's own serials start at 0 too, but are not confused with the old run's.
        try after.redeem(fresh)
        #expect(after.memoryFootprint.foreign == 3)
        clock.advance(700)
        let later = after.issue()
        clock.advance(2)
        try after.redeem(later)
        #expect(after.memoryFootprint.foreign == 0, "expired tickets of the earlier run are forgotten")
    }
}

@Suite("Proof of work")
struct ProofOfWorkTests {
    let clock = ManualClock()

    @Test(arguments: [0, 4, 10])
    func aSolvedChallengeIsAcceptedOnce(_ difficulty: Int) throws {
        let pow = ProofOfWork(key: SecureBytes([UInt8](repeating: 3, count: 32)), clock: clock)
        let challenge = pow.challenge(difficulty: difficulty)
        let counter = try #require(ProofOfWork.solve(challenge))
        #expect(ProofOfWork.leadingZeroBits(challenge: challenge, counter: counter) >= difficulty)
        try pow.redeem(challenge: challenge, counter: counter)
        #expect(throws: ProofOfWork.Rejection.alreadyUsed) { try pow.redeem(challenge: challenge, counter: counter) }
    }

    @Test func wrongWorkForgedAndExpiredChallengesAreRefused() throws {
        let pow = ProofOfWork(key: SecureBytes([UInt8](repeating: 3, count: 32)), clock: clock, maximumAgeSeconds: 60)
        let challenge = pow.challenge(difficulty: 12)
        let good = try #require(ProofOfWork.solve(challenge))
        var bad = good + 1
        while ProofOfWork.leadingZeroBits(challenge: challenge, counter: bad) >= 12 { bad += 1 }
        #expect(throws: ProofOfWork.Rejection.insufficientWork) { try pow.redeem(challenge: challenge, counter: bad) }
        // Lowering the difficulty written in the challenge breaks its MAC.
        let easier = "0." + challenge.split(separator: ".")[1]
        #expect(throws: ProofOfWork.Rejection.forged) { try pow.redeem(challenge: easier, counter: 0) }
        clock.advance(61)
        #expect(throws: ProofOfWork.Rejection.expired) { try pow.redeem(challenge: challenge, counter: good) }
        for junk in ["", "x.y", "99.abc", "-1.abc", "12"] {
            #expect(throws: ProofOfWork.Rejection.self) { try pow.redeem(challenge: junk, counter: 0) }
        }
    }
}

@Suite("Intake budget")
struct IntakeBudgetTests {
    @Test func theBucketEmptiesAndRefills() {
        let clock = ManualClock()
        let budget = IntakeBudget(perSecond: 2, burst: 3, clock: clock)
        #expect(budget.take() == nil)
        #expect(budget.take() == nil)
        #expect(budget.take() == nil)
        let wait = budget.take()
        #expect(wait != nil && wait! > 0 && wait! <= 0.5)
        clock.advance(0.5)
        #expect(budget.take() == nil)
        #expect(budget.take() != nil)
        clock.advance(100)
        #expect(budget.level == 1)
    }
}

@Suite("SpentNonces: spent tickets forgotten a minute at a time")
struct SpentNoncesTests {
    @Test func aSpentNonceIsRefusedUntilItExpiresThenForgotten() {
        var spent = SpentNonces()
        var all = true
        for nonce in UInt64(0)..<10_000 { all = spent.spend(nonce, until: 1_000 + Double(nonce % 600), now: 100) && all }
        #expect(all)
        let afterAll = spent.count
        #expect(afterAll == 10_000)
        let replay = spent.spend(42, until: 1_500, now: 100)
        #expect(!replay)
        // At 1,300 s every nonce that expired by minute 21 (1,260 s) is gone; the later ones stay.
        let later = spent.spend(99_999, until: 5_000, now: 1_300)
        let left = spent.count
        #expect(later)
        #expect(left < 10_001 && left > 5_000)
        let stillRemembered = spent.spend(599, until: 1_599, now: 1_300)
        #expect(!stillRemembered, "expires at 1,599 s: still remembered")
        // Past every expiry, only the last one is left.
        let last = spent.spend(100_000, until: 9_000, now: 2_000)
        let remaining = spent.count
        #expect(last)
        #expect(remaining == 2)
    }
}
