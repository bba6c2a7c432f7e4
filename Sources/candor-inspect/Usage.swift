/// The help texts: `candor-inspect help`, `candor-inspect COMMAND --help`.
enum Usage {
    static let summary = """
        usage: candor-inspect keygen --name NAME [--out FILE]
               candor-inspect whoami --key FILE [--keys DIR] [--catalog DIR] [--json]
               candor-inspect unlock --key FILE [--for DURATION]
               candor-inspect lock --key FILE
               candor-inspect sanitize [--json] [--lang vi|en] [--citizen-text FILE]... [--lexicon DIR]
               candor-inspect sync --server URL --key FILE [--keys DIR] [--mirror DIR] [--log-key KEY]
               candor-inspect list [--status S] [--province ID] [--assignee NAME] [--overdue] [--due-within DAYS] [--json]
               candor-inspect show ID [--attachments DIR] [--json]
               candor-inspect history ID [--json]
               candor-inspect export ID --out DIR [--open]
               candor-inspect remind [--due-within DAYS]
               candor-inspect feedback [--agency ID] [--province ID] [--json]
               candor-inspect feedback open-case ID --reason TEXT [--yes]
               candor-inspect accept|decline|assign|note|reply|extend|resolve ID ...
               candor-inspect grant (ID | --all) --to NAME
               candor-inspect transfer ID --to UNIT --reason TEXT
               candor-inspect publish ID --summary FILE [--agency TEXT] [--yes] [--accept-quotes] [--accept-flags] [--json]
               candor-inspect unit create|add-member|remove-member|rotate|show --unit ID ...
               candor-inspect serve --key FILE [--listen 127.0.0.1:8090] [--idle-lock MINUTES] [--open-browser]
               candor-inspect help [COMMAND]
        """

    static let overview = """
        candor-inspect: the inspectors' tool for Candor. It holds the only private keys.

        \(summary)

        commands:
          keygen   make a new private key file and print the public line for Keys/
          whoami   unlock a key file and say whose it is and whether Keys/ lists it
          unlock   keep a key file unlocked for the next commands (15 minutes, at most 8 hours)
          lock     end an unlock at once
          sanitize redact personal data in text on stdin and flag quotes of the citizen (no key needed)
          sync     pull the new sealed records into the local mirror, verifying them against the log
          list     the cases of the mirror, most urgent deadline first, with filters
          show     a case opened in memory: report, follow-ups, attachments, timeline
          history  who did what and when, every event's signature verified
          remind   counts and ids of the cases due within DAYS days or overdue, for cron (no report text)
          export   a case's bundle a court can check: sealed records, proofs, checkpoint, signed manifest
          feedback service feedback (ratings of visits to agencies) per agency, with its comments
          accept   accept a report for handling (the 30-day deadline starts)
          decline  decline a report, with a reason the citizen reads
          assign   assign a case to an inspector
          note     an internal note, sealed to the inspectors only
          reply    answer the citizen, who reads it on the status page
          extend   extend the resolution deadline by 30 days (at most twice)
          resolve  resolve with an outcome code and a summary
          grant    give an inspector added later the keys of cases sealed before (a flat Keys/ only)
          transfer hand a case to another unit (the national unit taking it over), with its keys
          publish  publish a resolved case's outcome to the public log, sanitized, after review
          unit     a unit's lead makes its keys: create, add-member, remove-member, rotate, show
          serve    the inspectors' workbench: the same work in a browser, on this machine only
          help     this text, or a command's (also: candor-inspect COMMAND --help)

        Case commands take --key FILE (or CANDOR_KEY), --keys DIR, --catalog DIR (or CANDOR_CATALOG) and
        --mirror DIR (or CANDOR_MIRROR).

        The passphrase is asked on the terminal, or taken from CANDOR_PASSPHRASE in scripts; after
        `candor-inspect unlock`, not at all until the unlock ends.
        Keys/README.md says how to add, rotate and revoke keys.
        """

    static let keygen = """
        usage: candor-inspect keygen --name NAME [--out FILE]

        Makes a new inspector key pair (X25519 to open cases, Ed25519 to sign events) and writes the
        private half to FILE, sealed under a passphrase (Argon2id, XChaCha20-Poly1305), mode 0600.
        Prints the public line on stdout: save it as Keys/NAME.pub, for example with > Keys/NAME.pub.

          --name NAME   1 to 64 lowercase letters, digits, '.', '_' or '-' (for example lan or lan-2026)
          --out FILE    where to write the key file; default NAME.candor-key here. Never overwritten.

        The passphrase is asked twice on the terminal, or taken from CANDOR_PASSPHRASE; it needs at
        least 12 characters. Keep the file mode 0600: a key file others can read is refused.
        CANDOR_KDF_LIMITS=interactive makes unlocking faster and guessing cheaper (default: moderate).
        """

    static let whoami = """
        usage: candor-inspect whoami --key FILE [--keys DIR] [--catalog DIR] [--json]

        Unlocks the key file and prints the inspector's name, the sealing key id, the public keys and
        whether the public line is in the Keys folder.

          --key FILE    the private key file (NAME.candor-key)
          --keys DIR    the deployment's Keys folder; default Keys
          --catalog DIR the deployment's catalogue folder, as the server's --catalog; default
                        CANDOR_CATALOG, else the shipped one
          --json        print one JSON object instead of text

        The passphrase is asked on the terminal, or taken from CANDOR_PASSPHRASE.
        """

    static let sanitize = """
        usage: candor-inspect sanitize [--json] [--lang vi|en] [--citizen-text FILE]... [--lexicon DIR]

        Reads text on stdin and writes it to stdout with personal data removed: ID, passport, phone, tax,
        insurance and bank numbers, e-mail addresses, plates, street addresses and personal names become
        [đã ẩn] ([redacted] with --lang en); exact dates become month and year. Place names, decree and
        article numbers, amounts, counts and years stay. Needs no key and no server.

          --json               print {"text": ..., "findings": [{"kind", "start", "end"}], "flags":
                               [{"reason", "start", "end"}]} instead; start and end count characters of
                               the input, end exclusive; flags are spans kept but unsure (also on stderr)
          --lang vi|en         the language of the text; default vi
          --citizen-text FILE  the citizen's report or a follow-up (repeatable): runs of 8 or more words
                               that also appear there are flagged as quotes (on stderr, and as "quote"
                               findings), not removed
          --lexicon DIR        add this folder's word lists (family-names.txt, roles.txt…) to the shipped
                               ones

        The sanitizer is a first pass: read what it kept before publishing.
        """

    static let sync = """
        usage: candor-inspect sync --server URL --key FILE [--old-key FILE] [--keys DIR] [--mirror DIR]
                                   [--log-key KEY] [--witness VKEY … --quorum N] [--json]

        Pulls the intake log's new records (ciphertext only) into a local mirror over signed requests, and
        verifies them: the server's checkpoint must be signed by the log key, extend the last one this
        mirror verified (consistency proof), and every record must hash to the checkpoint's root. A record
        the server does not let you read is verified by its leaf hash alone and not downloaded. Prints
        "verified N records (M new); downloaded D" or "up to date: N records". Running it again is always
        safe: an interrupted sync resumes. The new records then go into the mirror's encrypted case index
        (CaseIndex.docc), which list and show read.

          --server URL   the server, http://HOST:PORT (remembered in the mirror after the first sync)
          --key FILE     your private key file (NAME.candor-key), or CANDOR_KEY; requests are signed with it
          --old-key FILE an older key of yours (repeatable), as the case commands take it
          --keys DIR     the deployment's Keys folder, for KEYS/log.key and the signers; default Keys
          --catalog DIR  the deployment's catalogue folder, as the server's --catalog; default
                         CANDOR_CATALOG, else the shipped one
          --mirror DIR   the mirror folder; default $CANDOR_MIRROR, else ./candor-mirror
          --json         print {"previousSize", "size", "newRecords", "downloaded", "verified"} instead of a
                         sentence
          --log-key KEY  the log's verifier key (name+id+key), as candor-server prints it at startup;
                         default KEYS/log.key, then the key the mirror was first synced with
          --witness VKEY a witness whose cosignature counts (repeatable): its vkey or a file of it
          --quorum N     how many of them must have cosigned the checkpoint (default: all); too few, or a bad
                         cosignature, is exit 2 with the checkpoint kept as evidence

        The passphrase is asked on the terminal, or taken from CANDOR_PASSPHRASE.
        """

    static let serve = """
        usage: candor-inspect serve --key FILE [--keys DIR] [--catalog DIR] [--mirror DIR] [--server URL]
                                    [--holidays FILE] [--listen HOST:PORT] [--idle-lock MINUTES] [--open-browser]
                                    [--exports DIR] [--old-key FILE]... [--due-within DAYS]

        Starts the inspectors' workbench, a web app on this machine only: the inbox, sync, the case page and
        the actions, in a browser. It prints a one-time address to open; the address is exchanged for the
        browser's session and then no longer works. The key file is unlocked on the workbench's first page
        and stays in memory only while it is unlocked; Lock, and the idle lock, wipe it.

          --listen HOST:PORT    a loopback address (127.0.0.1, ::1 or localhost); default 127.0.0.1:8090.
                                Any other address is refused (exit 2).
          --idle-lock MINUTES   lock and wipe the key after this long unused; default 15
          --open-browser        open the one-time address with xdg-open
          --exports DIR         where the case page's Export button writes its bundles, each in a new
                                folder DIR/case-ID-DATE (as `candor-inspect export ID --out`); default
                                candor-exports
          --old-key FILE        an older key of yours (repeatable): it still opens the records sealed to
                                it. The Unlock page asks for its passphrase (empty: the key's)
          --due-within DAYS     the inbox opens with the cases whose decision or resolution falls due
                                within DAYS days, overdue ones first (as `remind`); default 3
          --key, --keys, --catalog, --mirror, --server, --holidays   as for the case commands

        Stop it with Ctrl-C. Workbench.docc describes its routes and its security model.
        """

    static func text(for command: String) -> String? {
        switch command {
        case "keygen": keygen
        case "whoami": whoami
        case "unlock": unlock
        case "lock": lock
        case "sanitize": sanitize
        case "sync": sync
        case "serve": serve
        case "unit": unit
        case let name where name.hasPrefix("unit "): unitText(String(name.dropFirst(5)))
        default: caseText(for: command)
        }
    }
}
