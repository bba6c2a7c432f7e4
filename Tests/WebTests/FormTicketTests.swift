import API
import Sodium
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

@Suite("Form tickets")
struct FormTicketTests {
    let clock = ManualClock()
    var issuer: FormTicketIssuer {
        FormTicketIssuer(
            key: SecureBytes([UInt8](repeating: 1, count: 32)), clock: clock, minimumFillSeconds: 3,
            maximumAgeSeconds: 3600)
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
            key: SecureBytes([UInt8](repeating: 7, count: 32)), clock: clock, minimumFillSeconds: 0,
            maximumAgeSeconds: 60)
        var largest = 0
        for _ in 0..<(10 * 60) {
            for _ in 0..<100 { try issuer.redeem(issuer.issue()) }
            clock.advance(1)
            largest = max(largest, issuer.spentChunkCount)
        }
        #expect(largest <= 4, "chunks remembered at once: \(largest)")
    }

    @Test func aSpentTicketStaysRefusedAfterItsChunkIsForgotten() throws {
        let issuer = FormTicketIssuer(
            key: SecureBytes([UInt8](repeating: 7, count: 32)), clock: clock, minimumFillSeconds: 0,
            maximumAgeSeconds: 60)
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

    @Test func ticketsOfAnEarlierRunAreRefused() throws {
        // Same key, new issuer: what a restart looks like. The earlier run's spent tickets are not known
        // to this one, so none of its tickets is taken (SECURITY.md, L6).
        let key = SecureBytes([UInt8](repeating: 9, count: 32))
        let before = FormTicketIssuer(key: key, clock: clock, minimumFillSeconds: 1, maximumAgeSeconds: 600)
        let spent = before.issue()
        let unspent = before.issue()
        clock.advance(5)
        try before.redeem(spent)
        let after = FormTicketIssuer(key: key, clock: clock, minimumFillSeconds: 1, maximumAgeSeconds: 600)
        let fresh = after.issue()
        clock.advance(5)
        #expect(throws: FormTicketIssuer.Rejection.expired) { try after.redeem(spent) }
        #expect(throws: FormTicketIssuer.Rejection.expired) { try after.redeem(unspent) }
        // The new run's own serials start at 0 too, and are its own.
        try after.redeem(fresh)
        #expect(throws: FormTicketIssuer.Rejection.alreadyUsed) { try after.redeem(fresh) }
    }
}

@Suite("Proof of work")
struct ProofOfWorkTests {
    let clock = ManualClock()

    @Test(arguments: [0, 4, 10])
    func aSolvedChallengeIsAcceptedOnce(_ difficulty: Int) throws {
        let pow = ProofOfWork(key: SecureBytes([UInt8](repeating: 3, count: 32)), clock: clock)
        let challenge = pow.challenge(difficulty: difficulty)
        let counter = try #require(Hashcash.solve(challenge))
        #expect(Hashcash.leadingZeroBits(challenge: challenge, counter: counter) >= difficulty)
        try pow.redeem(challenge: challenge, counter: counter)
        #expect(throws: ProofOfWork.Rejection.alreadyUsed) { try pow.redeem(challenge: challenge, counter: counter) }
    }

    @Test func aChallengeOfAnEarlierRunIsRefused() throws {
        let key = SecureBytes([UInt8](repeating: 3, count: 32))
        let challenge = ProofOfWork(key: key, clock: clock).challenge(difficulty: 0)
        let restarted = ProofOfWork(key: key, clock: clock)
        #expect(throws: ProofOfWork.Rejection.expired) { try restarted.redeem(challenge: challenge, counter: 0) }
    }

    @Test func theDifficultyIsJudgedWhenTheChallengeIsSpent() throws {
        let pow = ProofOfWork(key: SecureBytes([UInt8](repeating: 3, count: 32)), clock: clock)
        let stockpiled = pow.challenge(difficulty: 4)
        let counter = try #require(Hashcash.solve(stockpiled))
        #expect(throws: ProofOfWork.Rejection.tooEasy) {
            try pow.redeem(challenge: stockpiled, counter: counter, requiredDifficulty: 8)
        }
        // Refused, not spent: it is good again once the difficulty is back down.
        try pow.redeem(challenge: stockpiled, counter: counter, requiredDifficulty: 4)
        let hard = pow.challenge(difficulty: 8)
        try pow.redeem(challenge: hard, counter: try #require(Hashcash.solve(hard)), requiredDifficulty: 2)
    }

    @Test func wrongWorkForgedAndExpiredChallengesAreRefused() throws {
        let pow = ProofOfWork(key: SecureBytes([UInt8](repeating: 3, count: 32)), clock: clock, maximumAgeSeconds: 60)
        let challenge = pow.challenge(difficulty: 12)
        let good = try #require(Hashcash.solve(challenge))
        var bad = good + 1
        while Hashcash.leadingZeroBits(challenge: challenge, counter: bad) >= 12 { bad += 1 }
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

    @Test func bytesAreChargedAsWellAsRequests() {
        let clock = ManualClock()
        let budget = IntakeBudget(perSecond: 100, burst: 100, bytesPerSecond: 1000, byteBurst: 10_000, clock: clock)
        #expect(budget.take(bytes: 6_000) == nil)
        let wait = budget.take(bytes: 6_000)
        #expect(wait.map { abs($0 - 2) < 0.01 } == true, "4,000 bytes left: 2 s until 6,000 fit, not \(wait ?? 0)")
        #expect(budget.take(bytes: 2_000) == nil, "a small request still fits")
        #expect(abs(budget.level - 0.2) < 0.01, "the level follows the emptier bucket")
        clock.advance(100)
        #expect(budget.level == 1)
        // A request larger than the burst needs a full bucket, and empties it.
        #expect(budget.take(bytes: 50_000) == nil)
        #expect(budget.take(bytes: 1) != nil)
    }
}

@Suite("Read budget")
struct ReadBudgetTests {
    @Test func readsAreChargedByTheRecordsTheyOpen() {
        let clock = ManualClock()
        let budget = ReadBudget(recordsPerSecond: 10, burst: 50, clock: clock)
        #expect(budget.take(records: 40) == nil)
        let wait = budget.take(records: 20)
        #expect(wait.map { abs($0 - 1) < 0.01 } == true)
        #expect(budget.take(records: 10) == nil)
        #expect(budget.take(records: 0) != nil, "a read costs one record at least")
        clock.advance(10)
        #expect(budget.take(records: 500) == nil, "a case larger than the burst can still be read, with a full bucket")
    }
}
