import Foundation

/// The one stylesheet of every page, `/static/candor.css`, a resource of this module (the
/// `Candor_Web.resources` folder beside the binaries).
package enum Stylesheet {
    package static func bytes() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Static/candor", withExtension: "css"),
            let css = FileManager.default.contents(atPath: url.path)
        else { throw CocoaError(.fileNoSuchFile) }
        return Array(css)
    }
}
