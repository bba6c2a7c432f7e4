/// The help texts of the case commands: list, show, history and the actions.
extension Usage {
    static let caseOptions = """
          --key FILE       your private key file (NAME.candor-key); or set CANDOR_KEY
          --old-key FILE   an older key of yours (repeatable): it still opens the records sealed to it
          --keys DIR       the deployment's Keys folder (current and revoked keys); default Keys
          --catalog DIR    the deployment's catalogue folder, as the server's --catalog; default
                           CANDOR_CATALOG, else the shipped one
          --mirror DIR     the local mirror that sync fills; default ./candor-mirror, or CANDOR_MIRROR
          --holidays FILE  a holidays.json of your own (Casework.docc/Deadlines.md); default the bundled one
          --today DAY      count deadlines as of DAY (YYYY-MM-DD) instead of today
        """

    static let list = """
        usage: candor-inspect list [--status new|accepted|declined|resolved] [--province ID] [--procedure ID]
                                   [--kind ID] [--assignee NAME|none] [--overdue] [--due-within DAYS]
                                   [--limit N] [--json] [case options]

        Lists the cases of the mirror (run sync first), the most urgent deadline first: the decision is
        due 7 working days after receipt, the resolution 30 days after acceptance (60 or 90 when
        extended). A last line counts the new cases, the overdue ones and those due within 3 days.
        Overdue rows are red and rows due within 3 days yellow, on a terminal only (NO_COLOR turns
        colours off). An ID ending in ! has an event that failed verification: see `history ID`.
        The cases come from the encrypted case index that sync keeps (rebuilt from the mirror when
        missing or stale, with a line on stderr).

          --due-within DAYS
                           the cases whose decision or resolution falls due within DAYS days, the
                           overdue ones included (LEFT says OVERDUE)
          --limit N        print the N most urgent matching cases only (the last line still counts all)
          --json           one JSON object: {"today", "summary", "cases": [...]}, stable for scripts
        \(caseOptions)
        """

    static let show = """
        usage: candor-inspect show ID [--attachments DIR] [--json] [case options]

        Opens case ID (the number `list` shows) in memory, from its own records only, and prints the report, the follow-ups, the
        attachments and the timeline of inspector events. Nothing decrypted is written, except with:

          --attachments DIR  write the decrypted attachments to DIR (created 0700; files 0600, never
                             overwritten), each with its metadata-stripped flag
          --json             one JSON object instead of text
        \(caseOptions)
        """

    static let history = """
        usage: candor-inspect history ID [--json] [case options]

        Who did what to case ID and when, oldest first, each event's Ed25519 signature checked against
        Keys/ (and Keys/revoked/: a key's events after its revocation are refused). A forged, altered,
        unknown-key or out-of-order event is flagged with ⚠ and not counted; the exit status is then 2.
        \(caseOptions)
        """

    static func action(_ name: String) -> String {
        let (line, what): (String, String) =
            switch name {
            case "accept":
                ("accept ID", "Accepts the report for handling (thụ lý): the 30-day resolution deadline starts.")
            case "decline": ("decline ID --reason TEXT", "Declines the report; the citizen reads the reason.")
            case "assign": ("assign ID --to NAME", "Assigns the case to an inspector of Keys/ (internal).")
            case "note": ("note ID TEXT|--file FILE", "Adds an internal note: sealed to the inspectors only.")
            case "reply": ("reply ID TEXT|--file FILE", "Answers the citizen, who reads it on the status page.")
            case "extend":
                (
                    "extend ID --reason TEXT",
                    "Extends the resolution deadline by 30 days; at most twice (90 days in all)."
                )
            case "resolve":
                (
                    "resolve ID --outcome CODE --summary FILE",
                    "Resolves the case with an outcome code of the catalogue and a summary the citizen reads."
                )
            default: (name, "")
            }
        return """
            usage: candor-inspect \(line) [--server URL] [--json] [case options]

            \(what)
            Signs the action as an event (Events.md) with your key, sends it to the server, which checks it
            against Keys/ and the case's state before appending it, then syncs the mirror. TEXT "-" reads
            stdin.

              --server URL     the server; default the one the mirror was synced from
              --json           print {"case", "action", "index", "logSize"}
            \(caseOptions)
            """
    }

    static let grant = """
        usage: candor-inspect grant (ID | --all) --to NAME [--server URL] [--json] [case options]

        Gives NAME, an inspector added to Keys/ after a case was sealed, the keys of the case's records
        that you can open and NAME cannot (the report, follow-ups, ratings, event details), as one signed
        event per case sealed to every current inspector. NAME's tool then opens the case after a sync.
        Records already granted to NAME are skipped, so running it again is harmless. For a flat Keys/
        only: with units (Keys/units/), `candor-inspect unit add-member` gives a new member every older
        case of their unit instead, and grant refuses.

          --all            every case of the mirror
          --to NAME        the inspector who needs the keys (a current Keys/NAME.pub)
          --server URL     the server; default the one the mirror was synced from
          --json           print {"to", "granted": [{"case", "records", "index"}], "logSize"}
        \(caseOptions)
        """

    static let transfer = """
        usage: candor-inspect transfer ID --to UNIT --reason TEXT [--server URL] [--json] [case options]

        Hands case ID to another unit (Keys/units/UNIT.unit), typically the national unit chinh-phu taking
        over a case where the local authority is involved. One signed event names UNIT in clear, so the
        citizen's status page shows the unit that now handles the case; its sealed details hold the reason
        and the keys of every record of the case you can open, sealed to the case's units and to UNIT's
        current key, never to the citizen. UNIT's members open the whole case after a sync. The case is
        new again: UNIT accepts or declines it.

          --to UNIT        the unit that takes the case (a deployed unit id, such as chinh-phu)
          --reason TEXT    why, for the inspectors (not shown to the citizen)
          --server URL     the server; default the one the mirror was synced from
          --json           print {"case", "action", "to", "records", "index", "logSize"}
        \(caseOptions)
        """

    static let feedback = """
        usage: candor-inspect feedback [--agency ID] [--province ID] [--json] [case options]

        The service feedback of the mirror that your keys open (ratings of visits to agencies, sealed to
        the units of their province; no case), apart from the cases: per agency and province, how many
        ratings and how many at level 4 or 5 on each criterion (staff, timeliness, extras: no papers or
        fees beyond the rules, overall), then each comment with its record index (#N), month, procedure
        and overall level, and the case it became (`feedback open-case`). Nothing is written to disk.

          --agency ID      only this agency (an id of the catalogue's agencies.json, such as cong-an)
          --province ID    only this province
          --json           print [{"index", "province", "agency", "procedure", "month", "staff",
                           "timeliness", "extras", "overall", "comment", "case"}]
        \(caseOptions)
        """

    static let feedbackOpenCase = """
        usage: candor-inspect feedback open-case ID --reason TEXT [--yes] [--server URL] [--json] [case options]

        Opens a case from the comment of feedback record ID (the #N that `feedback` shows), with one
        signed event (Events.md, "Opening a case from feedback"): for a comment that reveals misconduct.
        The case's report text is the comment; it is routed to the units the feedback was sent to, and
        its deadlines run from today. It has no citizen: nobody can be told or replied to. Only a member
        of one of those units may open it, and a comment is opened once. What is signed is shown first,
        and you confirm it on the terminal.

          --reason TEXT    why this comment becomes a case (sealed to the units, never shown to anyone else)
          --yes            sign without asking (scripts): read what is signed first
          --server URL     the server; default the one the mirror was synced from
          --json           print {"feedback", "case", "logSize"}
        \(caseOptions)
        """

    static let caseCommands = [
        "feedback", "list", "show", "history", "accept", "decline", "assign", "note", "reply", "extend", "resolve",
        "grant",
        "transfer", "publish",
    ]
    static let publish = """
        usage: candor-inspect publish ID --summary FILE [--agency TEXT] [--yes] [--accept-quotes] [--accept-flags]
                                      [--disciplined-position TEXT --disciplined-unit TEXT
                                       [--disciplined-name TEXT] --confirm-disciplined]
                                      [--lexicon DIR] [--json] [--server URL] [case options]

        Publishes the outcome of resolved case ID to the public outcomes log (Outcomes.docc/Outcomes.md):
        province, agency, procedure, kinds, the resolve event's outcome code and label, the summary,
        the months received and resolved, the days to resolve and whether the deadline was met.

          1. The summary (FILE) and the agency pass through the sanitizer, with the citizen's report and
             follow-ups as quote sources.
          2. The public record is printed exactly, each redaction ([đã ẩn]) and each flagged quote
             (»…«) listed with its kind and position. Nothing is written to disk.
          3. You confirm on the terminal. A flagged quote of the citizen's words refuses publication
             until you rewrite the summary, or pass --accept-quotes; a span the sanitizer flagged as
             unsure (kept, listed with its reason) refuses it until you rewrite it, or pass --accept-flags.
          4. The entry is signed with your key and sent; the server appends it and signs a checkpoint.

          --summary FILE   the public summary, UTF-8 text, in your own words
          --agency TEXT    the agency as it should be published (default: the report's, sanitized)
          --yes            publish without asking (scripts); without a terminal it is required
          --accept-quotes  publish although quotes of the citizen's words are flagged
          --accept-flags   publish although the sanitizer flagged spans it is unsure of
          --disciplined-position TEXT, --disciplined-unit TEXT
                           the disciplined official's position and unit, as the discipline decision gives
                           them: published in their own field, sanitized, never a quote of the citizen
          --disciplined-name TEXT
                           their name, only where the decision is public and Keys/outcomes.names allows names
          --confirm-disciplined
                           confirms the disciplined official, shown first in the record; needed even with --yes
          --lexicon DIR    add this folder's word lists to the sanitizer's (Sanitizer.md, Lexicons)
          --server URL     the server; default the one the mirror was synced from
          --json           print {"case", "id", "index", "checkpointVerified"} after the record
        \(caseOptions)
        """

    static func caseText(for command: String) -> String? {
        switch command {
        case "list": list
        case "show": show
        case "history": history
        case "feedback": feedback
        case "feedback open-case": feedbackOpenCase
        case "publish": publish
        case "accept", "decline", "assign", "note", "reply", "extend", "resolve": action(command)
        case "grant": grant
        case "transfer": transfer
        case "export": export
        case "remind": remind
        default: nil
        }
    }
}
