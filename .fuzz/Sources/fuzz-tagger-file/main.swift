import Foundation
import Tagging

/// libFuzzer entry point for the word tagger's file (Tagging.docc, "The tagger's file").
///
/// The reader may not crash, and may not allocate past a table of 2^22 weights. A file that reads must
/// write back a file that reads to an equal tagger: read → write → read is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let tagger = try? WordTagger(file: input) else { return 0 }
    let again: WordTagger
    do {
        again = try WordTagger(file: tagger.file(smallest: 0))
    } catch {
        fatalError("a written tagger's file no longer reads: \(error)")
    }
    precondition(again == tagger, "the tagger changed in a round trip")
    return 0
}
