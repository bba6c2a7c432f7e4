import Commands
import Foundation
import HTTP
import HTTPServing

/// The command line of candor-server.
struct ServerOptions {
    static let usage = """
        usage: candor-server [--demo] [--data DIR] [--keys DIR] [--catalog DIR] [--listen 127.0.0.1:8080|unix:PATH]
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
          --catalog DIR  the deployment's own catalogue folder (provinces, procedures, misconduct,
                         outcomes, units and routing rules; CatalogueFiles.md), else $CANDOR_CATALOG,
                         else the shipped one; give candor-inspect the same folder
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
        """

    static let exitStatus = ExitStatus(
        success: "stopped by SIGTERM or SIGINT",
        failure: "a storage failure (restart it: recovery runs) or another error",
        needsOperator: "a usage or configuration error (a bad option, no inspector key), or a log holds fewer\n"
            + "records than its own signed checkpoint: records were removed from the disk, and restarting\n"
            + "cannot help (restore them from a backup; see .deploy/README.md, Monitoring)")

    /// The command line; `--header-timeout` and `--body-timeout` are hidden (see below).
    static let command = Command(
        "candor-server",
        parser: ArgumentParser(
            ["--demo"].map(Option.flag)
                + [
                    "--data", "--keys", "--catalog", "--listen", "--origin", "--outcomes-origin", "--intake-per-second",
                    "--intake-burst", "--intake-mb-per-second", "--intake-mb-burst", "--status-records-per-second",
                    "--status-records-burst", "--max-case-records", "--disk-reserve", "--pow-bits",
                    "--min-fill-seconds", "--max-connections", "--worker-threads", "--header-timeout",
                    "--body-timeout", "--clock-offset-file",
                ].map(Option.value)),
        usage: usage, exitStatus: exitStatus)

    var demo = false
    var data = "data"
    var keys: String?
    var catalog: String?
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
    /// Hidden: a file holding seconds to add to the intake's clock (``OffsetFileClock``), so that the browser
    /// test can move the server to the next day's batch of the satisfaction index.
    var clockOffsetFile: String?

    init(_ arguments: ArraySlice<String>) throws(Problem) {
        let parsed = try Self.command.parse(arguments)
        demo = parsed.flag("--demo")
        data = parsed.value("--data") ?? data
        keys = parsed.value("--keys")
        catalog = parsed.value("--catalog")
        if let text = parsed.value("--listen") {
            listenText = text
            listen = try Self.address(text)
        }
        origin = parsed.value("--origin") ?? origin
        outcomesOrigin = parsed.value("--outcomes-origin") ?? outcomesOrigin
        intakePerSecond = try parsed.number("--intake-per-second", default: intakePerSecond)
        intakeBurst = max(1, try parsed.number("--intake-burst", default: intakeBurst))
        intakeMiBPerSecond = try parsed.number("--intake-mb-per-second", default: intakeMiBPerSecond)
        intakeMiBBurst = max(1, try parsed.number("--intake-mb-burst", default: intakeMiBBurst))
        statusRecordsPerSecond = try parsed.number("--status-records-per-second", default: statusRecordsPerSecond)
        statusRecordsBurst = max(1, try parsed.number("--status-records-burst", default: statusRecordsBurst))
        let records = try parsed.number("--max-case-records", default: Double(maxCaseRecords))
        guard records >= 1, records <= 1_000_000 else {
            throw .usage("--max-case-records needs a number from 1 to 1000000")
        }
        maxCaseRecords = Int(records)
        diskReserveMB = try parsed.number("--disk-reserve", default: diskReserveMB)
        minimumFillSeconds = try parsed.number("--min-fill-seconds", default: minimumFillSeconds)
        maxConnections = Int(min(1_000_000, max(1, try parsed.number("--max-connections", default: 8192))))
        workerThreads = Int(min(10_000, max(1, try parsed.number("--worker-threads", default: 128))))
        if parsed.value("--header-timeout") != nil {
            headerTimeout = max(0.1, try parsed.number("--header-timeout", default: 0))
        }
        if parsed.value("--body-timeout") != nil {
            bodyTimeout = max(0.1, try parsed.number("--body-timeout", default: 0))
        }
        clockOffsetFile = parsed.value("--clock-offset-file")
        if let text = parsed.value("--pow-bits") {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, parts[0] <= parts[1], parts[0] >= 0, parts[1] <= 30 else {
                throw .usage("--pow-bits needs MIN-MAX between 0 and 30, like 16-22")
            }
            powBits = parts[0]...parts[1]
        }
        // The demo key's passphrase is printed at every start: written into a real Keys folder, it would
        // receive real reports that anyone who ever saw a demo could open (SECURITY.md, M5).
        if demo, let keys {
            throw .usage(
                "--demo cannot be combined with --keys \(keys): the demo makes a key whose passphrase "
                    + "is published, and keeps it in DATA/demo-keys, never in a real Keys folder. Run --demo alone, "
                    + "or --keys DIR without --demo")
        }
    }

    static func address(_ text: String) throws(Problem) -> HTTPServer.Address {
        if text == "unix:" { throw .usage("--listen unix:PATH needs a path") }
        guard let address = HTTPServer.Address(listening: text) else {
            throw .usage("--listen needs HOST:PORT (like 127.0.0.1:8080) or unix:PATH, not \"\(text)\"")
        }
        return address
    }
}
