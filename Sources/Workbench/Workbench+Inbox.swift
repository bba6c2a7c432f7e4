import Casework
import Catalogue
import Foundation
import HTTP
import InspectorWorkspace
import Web

/// The inbox: the cases of the inspector's units from the encrypted case index (as `list` shows them),
/// by deadline, with list's filters, a page at a time.
extension Workbench {
    func inbox(_ exchange: Exchange, _ state: inout SessionState, _ workspace: Workspace) throws -> HTTPResponse {
        let s = exchange.strings
        let query = try exchange.request.queryItems()
        func value(_ name: String) -> String? {
            query.first { $0.0 == name }.map(\.1).flatMap { $0.isEmpty ? nil : $0 }
        }
        var filter = CaseListing.Filter()
        filter.status = value("status")
        filter.province = value("province")
        filter.procedure = value("procedure")
        filter.kind = value("kind")
        filter.assignee = value("assignee")
        filter.overdue = value("overdue") != nil
        filter.dueWithin = value("due-within").flatMap { Int($0) }.map { max(0, $0) }
        let page = max(0, value("page").flatMap { Int($0) } ?? 0)
        if let status = filter.status, CaseProgress.Status(rawValue: status) == nil {
            return .html(WorkbenchPage.message("400", exchange, csrf: state.csrf), status: .badRequest)
        }
        let size = configuration.pageSize
        // The order is kept for the session: the next page, or the inbox again after a case, is one read of
        // the shown cases' index pages.
        let order =
            try state.orders[filter]
            ?? CaseListing.Order(
                workspace, filter: filter, reminderDays: configuration.reminderDays)
        if state.orders.count >= 8 { state.orders = [:] }
        state.orders[filter] = order
        let listing = try CaseListing(workspace, order: order, offset: page * size, limit: size)
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        let prefix = exchange.language.prefix
        let rows: [HTML] = listing.rows.map { row in
            let item = row.item
            let paint = row.due?.isOverdue == true ? "overdue" : row.due?.isDueWithin(3) == true ? "soon" : ""
            let isNew: HTML = item.id >= state.newFrom ? " <span class=\"new-mark\">\(s.newSinceLastVisit)</span>" : ""
            let flag: HTML = item.flags.isDisjoint(with: [.flaggedEvents, .recordsNotFromCitizen]) ? "" : " ⚠"
            let left = row.due.map { $0.isOverdue ? s.daysLate(-$0.daysLeft) : s.daysLeft($0.daysLeft) } ?? "-"
            let province =
                item.isReadable
                ? workspace.catalog.provinces[item.province]?[keyPath: labels] ?? item.province : s.cannotOpen
            let procedure =
                item.isReadable ? workspace.catalog.procedures[item.procedure]?[keyPath: labels] ?? item.procedure : ""
            return """
                <tr class="\(paint)"><td><a href="\(prefix)/case/\(Int(item.id))">\(Int(item.id))</a>\(isNew)\(flag)</td>\
                <td>\(item.status.rawValue + (item.extensions > 0 ? "+\(item.extensions)" : ""))</td>\
                <td>\(row.due.map { $0.day.description } ?? "-")</td><td>\(left)</td><td>\(province)</td>\
                <td>\(procedure)</td><td>\(item.assignee ?? "-")</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(s.noCase)</p>"
            : """
            <table class="cases"><thead><tr><th>\(s.columnID)</th><th>\(s.columnStatus)</th><th>\(s.columnDue)</th>\
            <th>\(s.columnLeft)</th><th>\(s.columnProvince)</th><th>\(s.columnProcedure)</th>\
            <th>\(s.columnAssignee)</th></tr></thead><tbody>\(rows)</tbody></table>
            """
        var paging: [HTML] = []
        func link(_ page: Int, _ text: String) -> HTML {
            var items = query.filter { $0.0 != "page" }
            items.append(("page", String(page)))
            return "<a href=\"\(prefix)/?\(FormURLEncoded.serialize(items))\">\(text)</a> "
        }
        if page > 0 { paging.append(link(page - 1, s.previousPage)) }
        if (page + 1) * size < listing.matchingCount { paging.append(link(page + 1, s.nextPage)) }
        // On opening (the unfiltered first page), the cases falling due soon, as `remind` lists them.
        let reminders: HTML =
            page == 0 && filter == CaseListing.Filter() ? try self.reminders(exchange, workspace, order) : ""
        let body: HTML = """
            \(inboxHead(exchange, &state, listing))
            \(reminders)
            \(filterForm(exchange, filter, workspace))
            \(table)
            <p>\(paging)</p>
            """
        markVisit(workspace.verifiedSize)
        return .html(
            WorkbenchPage.render(exchange, title: s.inboxTitle, csrf: state.csrf, unlocked: true, body))
    }

    /// The title, the counts in red and amber, the last sync's or action's result, and the Sync button.
    func inboxHead(_ exchange: Exchange, _ state: inout SessionState, _ listing: CaseListing?) -> HTML {
        let s = exchange.strings
        var notice: HTML = ""
        if let (text, failure) = state.notice {
            notice = """
                <p class="notice\(failure ? " failure" : "")" role="status">\(failure ? s.syncFailed + ": " : "")\(text)</p>
                """
            state.notice = nil
        }
        let counts: HTML =
            listing.map {
                """
                <p>\(s.counts($0.caseCount, $0.newCount, $0.overdueCount, $0.soonCount))</p>
                """
            } ?? ""
        return """
            <h1>\(s.inboxTitle)</h1>
            \(notice)\(counts)
            <p><a href="\(exchange.language.prefix)/dashboard">\(s.dashboardTitle)</a></p>
            <p><a href="\(exchange.language.prefix)/feedback">\(exchange.language.feedback.link)</a></p>
            <form method="post" action="\(exchange.language.prefix)/sync"><input type="hidden" name="csrf" value="\(state.csrf)"><button type="submit">\(s.syncButton)</button></form>
            """
    }

    /// The cases whose decision or resolution falls due within `--due-within` days, overdue ones first, as
    /// `remind` prints them: the head of the unfiltered order by deadline (the order counted them, and a
    /// deadline's day orders them), at most 100 listed. Nothing when none falls due.
    func reminders(_ exchange: Exchange, _ workspace: Workspace, _ order: CaseListing.Order) throws -> HTML {
        let s = exchange.strings
        let days = configuration.reminderDays
        let shown = min(order.reminderCount, 100)
        guard shown > 0 else { return "" }
        let found = try CaseListing(workspace, order: order, offset: 0, limit: shown).rows.filter {
            $0.due?.fallsDue(within: days) == true
        }
        let truncated = order.reminderCount > found.count
        let prefix = exchange.language.prefix
        let items: [HTML] = found.map { row in
            let due = row.due!
            return """
                <li class="\(due.isOverdue ? "overdue" : "soon")"><a href="\(prefix)/case/\(Int(row.item.id))">#\(Int(row.item.id))</a>: \
                \(s.reminderLine(due.kind == .decision, due.day.description, due.daysLeft))</li>
                """
        }
        let more: HTML = truncated ? "<p>\(s.remindersMore(found.count))</p>" : ""
        return """
            <section class="reminders" aria-labelledby="reminders-title">
            <h2 id="reminders-title">\(s.remindersTitle(order.overdueCount, order.reminderCount - order.overdueCount, days))</h2>
            <ul>\(items)</ul>\(more)
            </section>
            """
    }

    /// `list`'s filters as a GET form: status, province, procedure, kind, assignee, overdue, due within.
    func filterForm(_ exchange: Exchange, _ filter: CaseListing.Filter, _ workspace: Workspace) -> HTML {
        let s = exchange.strings
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        func select(_ name: String, _ label: String, _ options: [(String, String)], _ chosen: String?) -> HTML {
            let items: [HTML] = options.map { id, text in
                "<option value=\"\(id)\"\(HTML(trusted: id == chosen ? " selected" : ""))>\(text)</option>"
            }
            return """
                <label for="f-\(name)">\(label)</label> <select id="f-\(name)" name="\(name)"><option value="">\(s.anyValue)</option>\(items)</select>
                """
        }
        let catalog = workspace.catalog
        return """
            <form method="get" action="\(exchange.language.prefix)/" class="filters">
            \(select("status", s.columnStatus, CaseProgress.Status.allCases.map { ($0.rawValue, $0.rawValue) }, filter.status))
            \(select("province", s.columnProvince, catalog.provinces.entries.map { ($0.id, $0[keyPath: labels]) }, filter.province))
            \(select("procedure", s.columnProcedure, catalog.procedures.entries.map { ($0.id, $0[keyPath: labels]) }, filter.procedure))
            \(select("assignee", s.columnAssignee, workspace.inspectors.inspectors.map { ($0.name, $0.name) }, filter.assignee))
            <label><input type="checkbox" name="overdue" value="1"\(HTML(trusted: filter.overdue ? " checked" : ""))> \(s.onlyOverdue)</label>
            <label for="f-due">\(s.dueWithinDays)</label> <input id="f-due" name="due-within" type="number" min="0" value="\(filter.dueWithin.map(String.init) ?? "")">
            <button type="submit">\(s.filterButton)</button>
            </form>
            """
    }
}
