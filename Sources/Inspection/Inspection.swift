/// The inspectors' side: key files, and (later) sync, triage and signed events.
public enum Inspection {}
