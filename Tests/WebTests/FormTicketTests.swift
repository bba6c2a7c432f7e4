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
