import Testing

/// The `E` that `body` throws, or nil if it succeeds; an error of another type is recorded as an issue.
/// (Tests match on the returned value: matching enum payloads in `catch` clauses, and typed-throws
/// closures returning some types, crash this compiler version.)
public func thrownError<E: Error, T>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> E? {
    do {
        _ = try body()
        return nil
    } catch let error as E {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
