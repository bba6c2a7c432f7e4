/// The domain: reports, tokens, envelopes, the catalogue, and the stores that put them in ledgers.
public enum Casework {}
