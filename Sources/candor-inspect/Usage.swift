/// The help texts: `candor-inspect help`, `candor-inspect COMMAND --help`.
enum Usage {
    static let summary = """
        usage: candor-inspect keygen --name NAME [--out FILE]
               candor-inspect whoami --key FILE [--keys DIR] [--json]
               candor-inspect help [COMMAND]
        """

    static let overview = """
        candor-inspect: the inspectors' tool for Candor. It holds the only private keys.

        \(summary)

        commands:
          keygen   make a new private key file and print the public line for Keys/
          whoami   unlock a key file and say whose it is and whether Keys/ lists it
          help     this text, or a command's (also: candor-inspect COMMAND --help)

        The passphrase is asked on the terminal, or taken from CANDOR_PASSPHRASE in scripts.
        Exit status: 0 success, 1 usage or other error, 2 a verification failure.
        Keys/README.md says how to add, rotate and revoke keys.
        """

    static let keygen = """
        usage: candor-inspect keygen --name NAME [--out FILE]

        Makes a new inspector key pair (X25519 to open cases, Ed25519 to sign events) and writes the
        private half to FILE, sealed under a passphrase (Argon2id, XChaCha20-Poly1305), mode 0600.
        Prints the public line on stdout: save it as Keys/NAME.pub, for example with > Keys/NAME.pub.

          --name NAME   1 to 64 lowercase letters, digits, '.', '_' or '-' (for example lan or lan-2026)
          --out FILE    where to write the key file; default NAME.candor-key here. Never overwritten.

        The passphrase is asked twice on the terminal, or taken from CANDOR_PASSPHRASE.
        CANDOR_KDF_LIMITS=interactive makes unlocking faster and guessing cheaper (default: moderate).
        """

    static let whoami = """
        usage: candor-inspect whoami --key FILE [--keys DIR] [--json]

        Unlocks the key file and prints the inspector's name, the sealing key id, the public keys and
        whether the public line is in the Keys folder. Exit 0 if it is listed, 1 if not.

          --key FILE    the private key file (NAME.candor-key)
          --keys DIR    the deployment's Keys folder; default Keys
          --json        print one JSON object instead of text

        The passphrase is asked on the terminal, or taken from CANDOR_PASSPHRASE.
        """

    static func text(for command: String) -> String? {
        switch command {
        case "keygen": keygen
        case "whoami": whoami
        case "help": overview
        default: nil
        }
    }
}
