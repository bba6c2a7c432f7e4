/// The inspectors' side: passphrase-protected key files, and (later) sync, triage and signed events.
///
/// See Inspection.docc: KeyFile.md specifies the private key file byte by byte.
public enum Inspection {}
