import Foundation
import HTTP
import InspectorWorkspace
import Keys
import Mirroring
import Web

/// The grant form's "every case" box: `candor-inspect grant --all --to NAME`, one grant event for each
/// case with records NAME cannot open yet, confirmed as one list of what will be signed.
extension Workbench {
    /// The checkbox under the grant form's inspector.
    static func grantAllBox(_ exchange: Exchange) -> HTML {
        let checked = exchange.field("all") == "yes" ? " checked" : ""
        return """
            <p><input type="checkbox" id="a-all" name="all" value="yes"\(HTML(trusted: checked))> \
            <label for="a-all">\(exchange.strings.grantAll)</label></p>
            """
    }

    /// What `grant --all --to NAME` would sign; refused as the command refuses it, or when NAME can
    /// already open everything.
    func everyGrant(_ exchange: Exchange, _ workspace: Workspace) throws -> [CaseAction] {
        let name = exchange.field("assignee") ?? ""
        try workspace.checkGrantsAllowed(to: name)
        let grants = try workspace.grantsOfEveryCase(
            to: try workspace.grantRecipient(name), server: try CaseAction.server(configuration.server, workspace))
        guard !grants.isEmpty else { throw InspectionError.usage(exchange.strings.grantAllNothing(name)) }
        return grants
    }

    /// POST with `all=yes`: the confirmation listing each case and its record keys, or, with
    /// `confirm=yes`, every grant signed and sent, then one sync.
    func grantAll(
        _ grants: [CaseAction], from id: UInt64, _ exchange: Exchange, _ state: inout SessionState,
        _ workspace: Workspace
    ) throws -> HTTPResponse {
        let s = exchange.strings
        let name = exchange.field("assignee") ?? ""
        let first = grants[0]
        let url = "\(exchange.language.prefix)/case/\(Int(id))/act/grant"
        guard exchange.field("confirm") == "yes" else {
            let cases: [HTML] = grants.map {
                "<tr><td>\(Int($0.item.id))</td><td>\($0.details.grants?.count ?? 0)</td></tr>"
            }
            return .html(
                WorkbenchPage.render(
                    exchange, title: s.confirmTitle, csrf: state.csrf, unlocked: true,
                    """
                    <h1>\(s.confirmTitle): \(s.actionNames["grant"] ?? "grant") — \(s.grantAll)</h1>
                    <p>\(s.confirmLead)</p>
                    <dl class="signed">
                    <dt>\(s.actionsTitle)</dt><dd>grant --all (\(grants.count))</dd>
                    <dt>\(s.signedBy)</dt><dd>\(workspace.key.name)</dd>
                    <dt>\(s.fieldAssignee)</dt><dd>\(name)</dd>
                    <dt>\(s.sealedTo)</dt><dd>Keys/ — \(s.inspectorsOnly)</dd>
                    <dt>\(s.sendTo)</dt><dd>\(first.server.description)</dd>
                    </dl>
                    <table class="cases"><thead><tr><th scope="col">\(s.columnID)</th>\
                    <th scope="col">\(s.keysHandedOver)</th></tr></thead><tbody>\(cases)</tbody></table>
                    <form method="post" action="\(url)">
                    <input type="hidden" name="csrf" value="\(state.csrf)">
                    <input type="hidden" name="assignee" value="\(name)">
                    <input type="hidden" name="all" value="yes">
                    <input type="hidden" name="confirm" value="yes">
                    <button type="submit">\(s.confirmButton)</button>
                    </form>
                    <p><a href="\(exchange.language.prefix)/case/\(Int(id))">\(s.cancel)</a></p>
                    """))
        }
        let connection = InspectorConnection(server: first.server, key: workspace.key)
        for grant in grants { _ = try grant.post(workspace, connection) }
        _ = try workspace.syncAfterPosting(connection: connection)
        state.notice = (s.done("grant --all (\(grants.count))", nil), false)
        reopen(&state)
        return .redirect(to: "\(exchange.language.prefix)/case/\(Int(id))")
    }
}
