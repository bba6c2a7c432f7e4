import Commands
import Foundation
import HTTPServing
import Sodium
import Transparency

/// `candor-audit witness` and `candor-audit witness-keygen`: a C2SP tlog-witness anyone can run.
enum WitnessCommand {
    static let usage = """
        candor-audit witness: cosign the checkpoints of Candor's logs, and refuse any that fork them.

        usage: candor-audit witness --key FILE --listen ADDR --state DIR --log KEYFILE [--log KEYFILE …]
               candor-audit witness-keygen --name NAME --out FILE

          --key FILE     the witness's private key (from witness-keygen; keep it secret)
          --listen ADDR  HOST:PORT (port 0: a free one) or unix:PATH; the log POSTs to ADDR/add-checkpoint
          --state DIR    the latest checkpoint cosigned for each log, and the evidence of forks
          --log KEYFILE  a log to witness: its verifier key (Keys/outcomes.key, the intake log's key); the
                         key's name is the log's origin
          --name NAME    the witness's name, a schema-less URL such as witness.example.org/candor
          --out FILE     where witness-keygen writes the private key; FILE.pub gets the public vkey, for the
                         log's Keys/witnesses/policy and for auditors' --witness

        The witness implements c2sp.org/tlog-witness: it cosigns a checkpoint only with a consistency proof
        from the last one it cosigned for that log, and keeps both checkpoints of a fork in DIR/evidence.
        """

    static let command = Command(
        "candor-audit witness",
        parser: ArgumentParser(
            [
                .value("--key"), .value("--listen"), .value("--state"), .repeatable("--log"), .value("--name"),
                .value("--out"),
            ], positionals: 1),
        usage: usage,
        exitStatus: ExitStatus(
            success: "stopped by SIGTERM or SIGINT; or a key was made",
            failure: "the state folder or the port could not be used",
            needsOperator: "a usage error, or a key file that cannot be read"))

    static func run(_ arguments: [String]) -> ExitCode {
        do {
            let parsed = try command.parse(arguments)
            if parsed.wantsHelp {
                print(command.help)
                return .success
            }
            if parsed.positionals.first == "witness-keygen" { return try keygen(parsed) }
            return try serve(parsed)
        } catch {
            return command.report(error)
        }
    }

    static func keygen(_ parsed: ParsedArguments) throws(Problem) -> ExitCode {
        let name = try parsed.required("--name", "NAME")
        let out = try parsed.required("--out", "FILE")
        let signer: CosignatureSigner
        do {
            signer = try CosignatureSigner(name: name, privateKey: Signing.PrivateKey())
        } catch {
            throw .usage("--name \(name): \(error.description)")
        }
        guard !FileManager.default.fileExists(atPath: out) else {
            throw .usage("\(out) exists: a witness key is never overwritten (its state is bound to it)")
        }
        let secret = signer.signerKey.withUnsafeBytes { Array($0) }
        guard
            FileManager.default.createFile(atPath: out, contents: Data(secret), attributes: [.posixPermissions: 0o600]),
            FileManager.default.createFile(
                atPath: out + ".pub", contents: Data((signer.verifier.verifierKey + "\n").utf8))
        else { throw .failure("cannot write \(out) and \(out).pub") }
        print(signer.verifier.verifierKey)
        return .success
    }

    static func serve(_ parsed: ParsedArguments) throws(Problem) -> ExitCode {
        let keyFile = try parsed.required("--key", "FILE")
        let listenText = try parsed.required("--listen", "ADDR")
        let stateDirectory = try parsed.required("--state", "DIR")
        guard let address = HTTPServer.Address(listening: listenText) else {
            throw .usage("--listen needs HOST:PORT (like 127.0.0.1:8090) or unix:PATH, not \"\(listenText)\"")
        }
        guard let secret = FileManager.default.contents(atPath: keyFile) else {
            throw .usage("cannot read the witness key \(keyFile)")
        }
        let signer: CosignatureSigner
        do {
            signer = try CosignatureSigner(signerKey: SecureBytes(Array(secret)))
        } catch {
            throw .usage("\(keyFile) is not a witness key (make one with witness-keygen): \(error.description)")
        }
        let logFiles = parsed.values("--log")
        guard !logFiles.isEmpty else { throw .usage("give at least one log to witness: --log Keys/outcomes.key") }
        var logs: [String: [NoteVerifier]] = [:]
        for file in logFiles {
            let verifier: NoteVerifier
            do throws(AuditFailure) {
                verifier = try Audit.readVerifier(file)
            } catch {
                throw .usage(error.reason)
            }
            logs[verifier.name, default: []].append(verifier)
        }
        let state: WitnessState
        do throws(AuditFailure) {
            state = try WitnessState(directory: stateDirectory)
        } catch {
            throw error.exitCode == .failure ? .failure(error.reason) : .usage(error.reason)
        }
        let service = WitnessService(witness: Witness(logs: logs, signer: signer), state: state)
        let server = HTTPServer(address: address, router: service.router())
        let stop = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGTERM, SIGINT] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            sources.append(source)
        }
        do {
            try server.start()
        } catch {
            throw .failure("cannot listen on \(listenText): \(error)")
        }
        let shown: String
        switch address {
        case .tcp(let host, _): shown = "http://\(host.contains(":") ? "[\(host)]" : host):\(server.port ?? 0)"
        case .unix(let path): shown = "unix:\(path)"
        }
        // Unbuffered: a supervisor (or a test) reads the address as soon as the port is open.
        FileHandle.standardOutput.write(
            Data(
                ("witness \(signer.verifier.verifierKey) is listening on \(shown)\n"
                    + "  logs: \(logs.keys.sorted().joined(separator: ", "))   state: \(stateDirectory)\n").utf8))
        stop.wait()
        server.shutdown()
        server.wait()
        withExtendedLifetime(sources) {}
        return .success
    }
}
