import Commands
import Foundation
import Mirroring
import Workbench

/// `candor-inspect serve`: starts the workbench (Workbench.docc) and serves until Ctrl-C.
enum Serve {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let keyPath = try KeyArgument.path(arguments)
        var configuration = Workbench.Configuration(
            keyPath: keyPath,
            mirrorDirectory: arguments.value("--mirror") ?? ProcessInfo.processInfo.environment[
                Mirror.environmentVariable]
                ?? Mirror.defaultDirectory)
        do {
            if let listen = arguments.value("--listen") { configuration.listen = try ListenAddress(listen) }
        } catch {
            throw Problem.usage(error.description)
        }
        if let text = arguments.value("--idle-lock") {
            guard let minutes = Int(text), minutes > 0 else {
                throw Problem.usage("--idle-lock needs a number of minutes, not \"\(text)\"")
            }
            configuration.idleLock = .seconds(minutes * 60)
        }
        configuration.keysDirectory = arguments.value("--keys") ?? "Keys"
        configuration.catalogDirectory = arguments.value("--catalog")
        configuration.server = arguments.value("--server")
        configuration.holidays = arguments.value("--holidays")
        if let exports = arguments.value("--exports") { configuration.exportsDirectory = exports }
        configuration.oldKeyPaths = arguments.values("--old-key")
        configuration.reminderDays = try List.dueWithinDays(arguments) ?? Remind.defaultDays
        let workbench = Workbench(configuration)
        do {
            try workbench.start()
        } catch {
            throw Problem.failure(
                "cannot listen on \(configuration.listen.host):\(configuration.listen.port): \(error)")
        }
        // Written at once, not buffered: a script or a terminal multiplexer reads the address while it serves.
        FileHandle.standardOutput.write(
            Data(
                "The workbench listens on this machine only. Open this address once (it is then spent):\n\(workbench.oneTimeURL)\nStop with Ctrl-C.\n"
                    .utf8))
        if arguments.flag("--open-browser") {
            let opener = Process()
            opener.executableURL = URL(fileURLWithPath: "/usr/bin/xdg-open")
            opener.arguments = [workbench.oneTimeURL]
            try? opener.run()
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { workbench.shutdown() }
            source.resume()
            stopSources.append(source)
        }
        workbench.wait()
        return .success
    }

    /// The signal sources, kept alive while the workbench serves.
    nonisolated(unsafe) static var stopSources: [DispatchSourceSignal] = []
}
