import Commands

/// The help of `candor-inspect unit` and its commands (UnitCommand.swift).
extension Usage {
    static let unitOptions = """
          --unit ID        the unit: a unit id of the catalogue (a province id such as ca-mau, or chinh-phu)
          --key FILE       your private key file (NAME.candor-key): you must be a member of the unit
          --old-key FILE   an older key of yours (repeatable), if your copy is still sealed to it
          --keys DIR       the deployment's Keys folder; default Keys
          --catalog DIR    the deployment's catalogue folder (its units.json), as the server's --catalog;
                           default CANDOR_CATALOG, else the shipped one
          --out FILE       write the unit file there instead of KEYS/units/ID.unit (replaced atomically)
        """

    static let unit = """
        usage: candor-inspect unit create --unit ID --members NAME,NAME,… --key FILE [--keys DIR] [--out FILE]
               candor-inspect unit add-member --unit ID NAME --key FILE [--keys DIR] [--out FILE]
               candor-inspect unit remove-member --unit ID NAME --key FILE [--keys DIR] [--out FILE]
               candor-inspect unit rotate --unit ID --key FILE [--keys DIR] [--out FILE]
               candor-inspect unit show --unit ID [--key FILE] [--keys DIR] [--json]

        A unit's lead makes and changes the unit's keys, Keys/units/ID.unit: one sealing key pair per
        epoch, and for each member a copy of every epoch's private key sealed to the member's own key
        (Keys/NAME.pub). The file holds no private key in clear. The operator deploys it and restarts the
        server; Keys/README.md describes the ceremony.

          create         a new unit with epoch 1; you must be among --members
          add-member     seals every epoch's key to NAME: they open the unit's older cases at once
          remove-member  drops NAME and starts a new epoch for the others: NAME keeps what was sealed to
                         the epochs they held, and cannot open what is sealed after the restart
          rotate         a new epoch for every member
          show           the epochs and the members; with --key, checks that your copy opens

        A member must have Keys/NAME.pub and belong to no other unit. Each command says what to deploy.
        """

    /// What each unit command does, for its own help.
    static let unitCommands: [String: String] = [
        "create": "Makes a new unit: epoch 1's key pair, and a copy of its private key sealed to each of --members\n"
            + "(you among them). Refuses a unit that already has a file.",
        "add-member": "Opens your copy and seals every epoch's key to NAME's Keys/NAME.pub: once the file is\n"
            + "deployed, NAME opens the unit's older cases at once, with no grant. Run it again for a member\n"
            + "whose Keys/NAME.pub changed.",
        "remove-member": "Drops NAME's line and starts a new epoch whose key only the others receive. NAME keeps what\n"
            + "was sealed to the epochs they held (what they already had); what is sealed after the server\n"
            + "restarts with the new file goes to the new epoch, which NAME never holds.",
        "rotate": "Starts a new epoch for every member (after a suspected leak of a member's key file, say).",
        "show": "Prints the epochs and the members, each checked against their Keys/NAME.pub; with --key, also\n"
            + "opens your copy and checks each key against its epoch. --json prints one JSON object.",
    ]

    /// The help of `unit SUBCOMMAND`: its line of ``unit``, what it does, the options.
    static func unitText(_ subcommand: String) -> String? {
        guard let about = unitCommands[subcommand],
            let line = unit.split(separator: "\n").first(where: { $0.contains("unit \(subcommand) ") })
        else { return nil }
        let synopsis = "usage: " + line.trimmingPrefix("usage:").drop { $0 == " " }
        let members =
            subcommand == "create" ? "\n  --members LIST   the unit's inspectors, comma-separated, you among them" : ""
        return "\(synopsis)\n\n\(about)\n\n\(unitOptions)\(members)"
    }
}
