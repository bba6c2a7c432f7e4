/// The help of `unlock` and `lock` (KeyringCommand.swift).
extension Usage {
    static let unlock = """
        usage: candor-inspect unlock --key FILE [--for DURATION]

        Unlocks the key file once for the commands that follow: asks the passphrase (or takes
        CANDOR_PASSPHRASE), and keeps the key Argon2id derives from it in the kernel's user keyring for
        DURATION. Until then every command given this key file (list, show, sync, accept…) opens it with
        that key, asks no passphrase and runs no Argon2id. Prints when the unlock ends.

          --key FILE      your private key file (NAME.candor-key), or CANDOR_KEY
          --for DURATION  how long: a whole number and s, m or h (30s, 15m, 2h); default 15m, at most 8h

        Only that derived key is kept, never the passphrase, and never on disk. Until it ends, any process
        of your Unix user (and root) can read it and, with the key file, open your private keys:
        `candor-inspect lock` ends it sooner. Where the kernel gives no keyring (a container or a seccomp
        filter that refuses it), unlock fails and each command asks for the passphrase as before.
        """

    static let lock = """
        usage: candor-inspect lock --key FILE

        Ends an unlock of the key file at once: the kept key is revoked in the kernel keyring, and the
        next command asks for the passphrase again. Says so, and exits 0, when nothing was unlocked.

          --key FILE      your private key file (NAME.candor-key), or CANDOR_KEY
        """
}
