import Foundation
import HTTP
import HTTPServing

/// The command line of candor-server.
struct ServerOptions {
    static let usage = """
        usage: candor-server [--demo] [--data DIR] [--keys DIR] [--listen 127.0.0.1:8080|unix:PATH]
                             [--origin NAME] [--outcomes-origin NAME] [--intake-per-second N] [--intake-burst N]
                             [--intake-mb-per-second N] [--intake-mb-burst N] [--status-records-per-second N]
                             [--status-records-burst N] [--max-case-records N] [--disk-reserve MB]
                             [--pow-bits MIN-MAX] [--min-fill-seconds S] [--max-connections N]
                             [--worker-threads N]

          --demo         make a demo inspector key pair (in DIR/demo-keys) and run on a local data folder;
                         not with --keys (the demo key's passphrase is published)
          --data DIR     where the intake log and the server's secrets live (default ./data)
          --keys DIR     the inspectors' public keys, one NAME.pub file each, and revoked/NAME.pub
                         (default Keys/; see Keys/README.md)
          --listen ADDR  a TCP address (default 127.0.0.1:8080) or unix:PATH for nginx or Tor in front
          --origin NAME  the intake log's checkpoint origin line (default candor.example/intake)
          --outcomes-origin NAME  the public outcomes log's origin line (default candor.example/outcomes)
          --intake-per-second N, --intake-burst N
                         citizen writes (reports, follow-ups, ratings) per second for everyone together,
                         and the burst (default 20 and 600); past it: 503 with Retry-After
          --intake-mb-per-second N, --intake-mb-burst N
                         the same budget in MiB of request bodies (default 2 and 128); an upload costs its
                         size, and one larger than the burst needs a full bucket
          --status-records-per-second N, --status-records-burst N
                         status reads, counted in records opened (a case of 30 records costs 30), for
                         everyone together (default 2000 and 20000); past it: 503 with Retry-After
          --max-case-records N  the most messages (report and follow-ups) one case may hold (default 200);
                         the next follow-up gets 409; inspectors' events and the one rating are not counted
          --disk-reserve MB  free space to keep on the data folder's file system (default 256); below it,
                         new citizen writes get 503 and everything else goes on
          --pow-bits MIN-MAX  the API's proof-of-work difficulty, from an idle to an exhausted budget
                         (default 16-22)
          --min-fill-seconds S  the least time between a form's page and its submission (default 3)
          --max-connections N  connections open at once, idle or slow ones included (default 8192)
          --worker-threads N   threads that run requests once they have arrived whole (default 128)

        exit status: 0 stopped by SIGTERM or SIGINT; 1 a storage failure (restart it: recovery runs) or another
        error; 2 a log holds fewer records than its own signed checkpoint: records were removed from the disk,
        and restarting cannot help (restore them from a backup; see .deploy/README.md, Monitoring); 64 usage
        """

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    var demo = false
    var data = "data"
    var keys: String?
    var listen = HTTPServer.Address.tcp(host: "127.0.0.1", port: 8080)
    var listenText = "127.0.0.1:8080"
    var origin = "candor.example/intake"
    var outcomesOrigin = "candor.example/outcomes"
    var intakePerSecond = 20.0
    var intakeBurst = 600.0
    var intakeMiBPerSecond = 2.0
    var intakeMiBBurst = 128.0
    var statusRecordsPerSecond = 2000.0
    var statusRecordsBurst = 20000.0
    var maxCaseRecords = 200
    var diskReserveMB = 256.0
    var powBits = 16...22
    var minimumFillSeconds = 3.0
    var maxConnections = 8192
    var workerThreads = 128
    /// Hidden (not in the usage): the HTTP head and body timeouts in seconds, shorter than the defaults only
    /// so that the end-to-end hostile suite can watch a slowloris being cut off in seconds.
    var headerTimeout: Double?
    var bodyTimeout: Double?

    init(_ arguments: ArraySlice<String>) throws {
        var items = Array(arguments)
        func value(_ flag: String) throws -> String {
            guard !items.isEmpty else { throw Problem(description: "\(flag) needs a value") }
            return items.removeFirst()
        }
        func number(_ flag: String) throws -> Double {
            let text = try value(flag)
            guard let number = Double(text), number >= 0, number.isFinite else {
                throw Problem(description: "\(flag) needs a number, not \"\(text)\"")
            }
            return number
        }
        while !items.isEmpty {
            let flag = items.removeFirst()
            switch flag {
            case "--demo": demo = true
            case "--data": data = try value(flag)
            case "--keys": keys = try value(flag)
            case "--listen":
                listenText = try value(flag)
                listen = try Self.address(listenText)
            case "--origin": origin = try value(flag)
            case "--outcomes-origin": outcomesOrigin = try value(flag)
            case "--intake-per-second": intakePerSecond = try number(flag)
            case "--intake-burst": intakeBurst = max(1, try number(flag))
            case "--intake-mb-per-second": intakeMiBPerSecond = try number(flag)
            case "--intake-mb-burst": intakeMiBBurst = max(1, try number(flag))
            case "--status-records-per-second": statusRecordsPerSecond = try number(flag)
            case "--status-records-burst": statusRecordsBurst = max(1, try number(flag))
            case "--max-case-records":
                let value = try number(flag)
                guard value >= 1, value <= 1_000_000 else {
                    throw Problem(description: "--max-case-records needs a number from 1 to 1000000")
                }
                maxCaseRecords = Int(value)
            case "--disk-reserve": diskReserveMB = try number(flag)
            case "--min-fill-seconds": minimumFillSeconds = try number(flag)
            case "--max-connections": maxConnections = Int(min(1_000_000, max(1, try number(flag))))
            case "--worker-threads": workerThreads = Int(min(10_000, max(1, try number(flag))))
            case "--header-timeout": headerTimeout = max(0.1, try number(flag))
            case "--body-timeout": bodyTimeout = max(0.1, try number(flag))
            case "--pow-bits":
                let text = try value(flag)
                let parts = text.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2, parts[0] <= parts[1], parts[0] >= 0, parts[1] <= 30 else {
                    throw Problem(description: "--pow-bits needs MIN-MAX between 0 and 30, like 16-22")
                }
                powBits = parts[0]...parts[1]
            case "--help", "-h":
                print(Self.usage)
                exit(0)
            default: throw Problem(description: "unknown option \"\(flag)\"")
            }
        }
        // The demo key's passphrase is printed at every start: written into a real Keys folder, it would
        // receive real reports that anyone who ever saw a demo could open (SECURITY.md, M5).
        if demo, let keys {
            throw Problem(
                description: "--demo cannot be combined with --keys \(keys): the demo makes a key whose passphrase "
                    + "is published, and keeps it in DATA/demo-keys, never in a real Keys folder. Run --demo alone, "
                    + "or --keys DIR without --demo")
        }
    }

    static func address(_ text: String) throws -> HTTPServer.Address {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst(5))
            guard !path.isEmpty else { throw Problem(description: "--listen unix:PATH needs a path") }
            return .unix(path: path)
        }
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            throw Problem(description: "--listen needs HOST:PORT (like 127.0.0.1:8080) or unix:PATH, not \"\(text)\"")
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return .tcp(host: host, port: port)
    }
}
