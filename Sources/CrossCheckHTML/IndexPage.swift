import CrossCheck

/// `index.html` (and `index-2.html`, ... when there are more stories than one page holds): the
/// run's counts, then one row per story (its documents, independent sources, findings by kind,
/// first and last publication day), contradictions first, each linking to the story's page;
/// the skipped inputs on the first page. Claims are on the story and document pages, not here.
struct IndexPage {
    static let name = "index.html"
    let context: ReportContext
    /// 1-based.
    let page: Int

    static func name(_ page: Int) -> String { page <= 1 ? name : "index-\(page).html" }

    static func pageCount(_ context: ReportContext) -> Int {
        PageNavigation.count(context.storyEntries.count, perPage: context.limits.storiesPerPage)
    }

    func render() throws -> ReportPage {
        let count = Self.pageCount(context)
        let title = page == 1 ? context.title : "\(context.title) — stories, page \(page) of \(count)"
        let tree = try HTMLTree(title: title, stylesheet: ReportStyle.reportCSS)
        let header = tree.body.add("header")
        header.add("h1", text: context.title)
        header.add("p", [("class", "lede")],
                   text: "Story by story: where the sources agree, where they contradict each other, and who said what.")
        let main = tree.body.add("main")
        addSummary(to: main)
        addStories(to: main, pages: count)
        if page == 1 { addSkipped(to: main) }
        TableScript.add(to: tree.body)
        return ReportPage(name: Self.name(page), html: try tree.serialized())
    }

    static let kindsInReportOrder = Finding.Kind.allCases.sorted { $0.rank < $1.rank }

    private func addSummary(to main: HTMLElement) {
        let section = main.add("section", [("id", "summary")])
        section.add("h2", text: "Summary")
        let list = section.add("ul", [("class", "counts")])
        addCount(context.storyEntries.count, "stories", link: "#stories", to: list)
        addCount(context.documents.count, "documents", link: DocumentListPage.name(1), to: list)
        addCount(context.claimCount, "claims", link: nil, to: list)
        for kind in Self.kindsInReportOrder {
            let item = list.add("li").add("span", [("class", "tally")])
            item.add("strong", text: String(context.findings(of: kind).count))
            item.append(" ")
            Badge.add(kind, to: item)
        }
        addCount(context.skipped.count, "skipped inputs", link: Self.name + "#skipped", to: list)
        let exports = section.add("p", [("class", "exports")], text: "Exports: ")
        for (index, file) in ["claims.csv", "findings.csv", "findings.jsonld"].enumerated() {
            if index > 0 { exports.append(" · ") }
            exports.add("a", [("href", file)], text: file)
        }
    }

    private func addCount(_ count: Int, _ noun: String, link: String?, to list: HTMLElement) {
        let item = list.add("li")
        let anchor = link.map { item.add("a", [("href", $0)]) } ?? item.add("span", [("class", "tally")])
        anchor.add("strong", text: String(count))
        anchor.append(" " + noun)
    }

    static let storyColumns = ["Story", "Documents", "Independent sources", "Contradictions", "Discrepancies",
                               "Updates", "Agreements", "Single-source", "First day", "Last day"]

    private func addStories(to main: HTMLElement, pages: Int) {
        let section = main.add("section", [("id", "stories"), ("data-filters", "kind")])
        section.add("h2", text: "Stories ").add("span", [("class", "count")], text: "(\(context.storyEntries.count))")
        PageNavigation.add(page: page, of: pages, name: Self.name, to: section)
        let perPage = context.limits.storiesPerPage
        let rows = context.storyEntries.dropFirst((page - 1) * perPage).prefix(perPage)
        guard !rows.isEmpty else {
            section.add("p", [("class", "none")], text: "None.")
            return
        }
        let table = section.add("div", [("class", "table-wrap")])
            .add("table", [("class", "stories"), ("data-sortable", "")])
        let head = table.add("thead").add("tr")
        for title in Self.storyColumns { head.add("th", [("scope", "col")], text: title) }
        let body = table.add("tbody")
        for entry in rows {
            // The row's kind, for the filter: its most telling finding's ("no findings" without any).
            let top = Self.kindsInReportOrder.first { entry.count($0) > 0 }?.rawValue ?? "no findings"
            var attributes = [("data-kind", top)]
            if entry.count(.contradiction) > 0 { attributes.insert(("class", "has-contradiction"), at: 0) }
            let row = body.add("tr", attributes)
            row.add("th", [("scope", "row")]).add("a", [("href", entry.pageName)], text: entry.label)
            row.add("td", [("class", "num")], text: String(entry.documents.count))
            row.add("td", [("class", "num")], text: String(entry.independentSources))
            for kind in Self.kindsInReportOrder {
                let n = entry.count(kind)
                let cell = row.add("td", [("class", "num kind-count")])
                if n > 0 { cell.add("span", [("class", "badge " + kind.rawValue)], text: String(n)) } else { cell.append("0") }
            }
            row.add("td", [("class", "col-date")], text: entry.firstDay ?? "—")
            row.add("td", [("class", "col-date")], text: entry.lastDay ?? "—")
        }
        PageNavigation.add(page: page, of: pages, name: Self.name, to: section)
    }

    private func addSkipped(to main: HTMLElement) {
        let section = main.add("section", [("id", "skipped")])
        section.add("h2", text: "Skipped inputs ").add("span", [("class", "count")], text: "(\(context.skipped.count))")
        guard !context.skipped.isEmpty else {
            section.add("p", [("class", "none")], text: "none")
            return
        }
        let list = section.add("ul", [("class", "skipped")])
        for input in context.skipped.prefix(context.limits.skippedShown) {
            let item = list.add("li")
            item.add("code", text: input.path)
            item.append(" — " + input.reason)
        }
        let hidden = context.skipped.count - context.limits.skippedShown
        if hidden > 0 {
            section.add("p", [("class", "none")], text: "… and \(hidden) more, listed in skipped.jsonl.")
        }
    }
}
