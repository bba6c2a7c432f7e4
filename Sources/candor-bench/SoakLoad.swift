import Foundation

/// The soak's load: each connection submits (challenge, then a 1 KiB report) as fast as it can, or on a
/// fixed schedule that adds up to `perSecond` over all connections.
///
/// On a schedule, connection `i` sends its `n`-th submission at `start + (n × connections + i) / perSecond`,
/// so the load is spread evenly rather than in bursts. A connection that falls more than a second behind
/// drops the missed slots instead of bursting to catch up (the throughput figure then shows the shortfall).
/// Only 201s count as successes; latency runs from the challenge's send to the report's 201.
struct SoakLoad {
    let clients: [LoadClient]
    let perSecond: Double?

    func run(seconds: Double, sampling memory: MemorySamples?) -> IntakeBenchmark.Tally {
        let tally = IntakeBenchmark.Tally()
        let group = DispatchGroup()
        let start = now()
        let deadline = start + seconds
        let count = clients.count
        let report = IntakeBenchmark.payload.json
        for (index, client) in clients.enumerated() {
            group.enter()
            let thread = Thread {
                var local = IntakeBenchmark.Tally.Local()
                var slot = 0
                var failuresInARow = 0
                while true {
                    if let perSecond {
                        var due = start + Double(slot * count + index) / perSecond
                        if now() - due > 1 {
                            slot = Int(((now() - start) * perSecond - Double(index)) / Double(count)) + 1
                            due = start + Double(slot * count + index) / perSecond
                        }
                        slot += 1
                        if due >= deadline { break }
                        let wait = due - now()
                        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
                    } else if now() >= deadline {
                        break
                    }
                    do {
                        let t0 = now()
                        if try Self.submit(client, report: report, local: &local) {
                            local.successes += 1
                            local.latencies.append((now() - t0) * 1000)
                        }
                        failuresInARow = 0
                    } catch {
                        local.fail("\(error)")
                        failuresInARow += 1
                        if failuresInARow >= 20 { break }
                        Thread.sleep(forTimeInterval: 0.01)
                    }
                }
                tally.merge(local)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        if let memory {
            group.enter()
            Thread {
                memory.sample(from: start, until: deadline)
                group.leave()
            }.start()
        }
        group.wait()
        tally.elapsed = min(now(), deadline) - start
        return tally
    }

    /// One submission; true on a 201, false (counted as an error) on another status.
    private static func submit(_ client: LoadClient, report: [UInt8], local: inout IntakeBenchmark.Tally.Local) throws
        -> Bool
    {
        let port = client.port
        let challenge = try client.send(LoadClient.request("GET", "/api/v1/challenge", port: port))
        guard challenge.status == 200, let token = IntakeBenchmark.challengeValue(in: challenge.body) else {
            local.fail("GET /api/v1/challenge: \(IntakeBenchmark.describe(challenge))")
            return false
        }
        var body = Array(#"{"challenge":""#.utf8)
        body += token
        body += Array(#"","counter":0,"report":"#.utf8)
        body += report
        body.append(UInt8(ascii: "}"))
        let response = try client.send(
            LoadClient.request(
                "POST", "/api/v1/reports", port: port, headers: [("Content-Type", "application/json")], body: body))
        guard response.status == 201 else {
            local.fail("POST /api/v1/reports: \(IntakeBenchmark.describe(response))")
            return false
        }
        return true
    }
}
