import Catalogue
import Deployment
import Foundation

/// libFuzzer entry point for the two parsers of units: a unit key file (`Keys/units/UNIT.unit`,
/// Casework's KeyFiles.md) and the catalogue's `units.json` (Catalogue's CatalogueFiles.md).
///
/// Neither may crash. A unit file that parses must write back text that parses to an equal file:
/// parse → serialize → parse is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Data(UnsafeBufferPointer(start: data, count: size))
    _ = try? Units(json: input, provinces: ["ha-noi", "ca-mau"], name: "fuzz")
    guard let text = String(data: input, encoding: .utf8),
        let file = try? UnitKeyFile(text: text, path: "fuzz")
    else { return 0 }
    let again: UnitKeyFile
    do {
        again = try UnitKeyFile(text: file.text, path: "fuzz")
    } catch {
        fatalError("a serialized unit file no longer parses: \(error)")
    }
    precondition(again == file, "the unit file changed in a round trip")
    return 0
}
