/// A small, strict HTTP/1.1 server.
public enum HTTP {}
