/// The help texts of export and remind.
extension Usage {
    static let export = """
        usage: candor-inspect export ID --out DIR [--open] [case options]

        Writes case ID as a bundle a court can check (CaseBundle.docc): the case's sealed records exactly
        as the intake log holds them, the signed inspector events among them, each record's inclusion
        proof, the signed checkpoint they are proven against, and a manifest (the SHA-256 of every file,
        the log's origin, the case, the tool) signed with your key. Anyone checks it offline, with the
        public keys only: candor-audit verify-bundle DIR --keys KEYS.

          --out DIR        a new (or empty) folder; files are written 0600 and never overwritten
          --open           also write what your keys decrypt under DIR/open/: case.json, a printable
                           summary.html and the attachments. This copy holds PLAINTEXT (a warning
                           says so).
        \(caseOptions)
        """
}

extension Usage {
    static let remind = """
        usage: candor-inspect remind [--due-within DAYS] [case options]

        For cron or a systemd timer: one line that counts the cases whose decision (7 working days) or
        resolution (30 days, 60 or 90 when extended) falls due within DAYS days, and the overdue ones,
        then one line per case with its id and deadline. It never prints a word of a report, so its
        output can be mailed. It reads the encrypted case index (run sync first); the passphrase comes
        from CANDOR_PASSPHRASE when there is no terminal.

          --due-within DAYS
                           how far ahead to look; default 3
        \(caseOptions)
        """
}
