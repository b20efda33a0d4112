import CrossCheck

/// `documents.html` (and `documents-2.html`, ...): every document of the run, sorted by id, with
/// its publisher, publication date, story and number of claims, linking to its page.
struct DocumentListPage {
    let context: ReportContext
    /// 1-based.
    let page: Int

    static func name(_ page: Int) -> String { page <= 1 ? "documents.html" : "documents-\(page).html" }

    static func pageCount(_ context: ReportContext) -> Int {
        PageNavigation.count(context.documents.count, perPage: context.limits.documentsPerPage)
    }

    func render() throws -> ReportPage {
        let count = Self.pageCount(context)
        let tree = try HTMLTree(title: "Documents — \(context.title)", stylesheet: ReportStyle.reportCSS)
        let header = tree.body.add("header")
        header.add("nav").add("a", [("href", IndexPage.name)], text: "← Back to the report")
        header.add("h1", text: "Documents ").add("span", [("class", "count")], text: "(\(context.documents.count))")
        let main = tree.body.add("main")
        let section = main.add("section", [("id", "documents"), ("data-filters", "")])
        PageNavigation.add(page: page, of: count, name: Self.name, to: section)
        let perPage = context.limits.documentsPerPage
        let documents = context.documents.dropFirst((page - 1) * perPage).prefix(perPage)
        if documents.isEmpty {
            section.add("p", [("class", "none")], text: "None.")
        } else {
            DocumentListTable.add(Array(documents), context: context, showStory: true, to: section)
        }
        PageNavigation.add(page: page, of: count, name: Self.name, to: section)
        TableScript.add(to: tree.body)
        return ReportPage(name: Self.name(page), html: try tree.serialized())
    }
}

/// A table of documents: title (linking to the document's page), publisher, publication date,
/// the story (optional) and the number of claims.
enum DocumentListTable {
    static func add(_ documents: [Document], context: ReportContext, showStory: Bool, to parent: HTMLElement) {
        let table = parent.add("div", [("class", "table-wrap")]).add("table", [("class", "documents"), ("data-sortable", "")])
        let head = table.add("thead").add("tr")
        var titles = ["Document", "Publisher", "Published"]
        if showStory { titles.append("Story") }
        titles.append("Claims")
        for title in titles { head.add("th", [("scope", "col")], text: title) }
        let body = table.add("tbody")
        for document in documents {
            let row = body.add("tr")
            let link = context.pageName(forDocument: document.id) ?? IndexPage.name
            row.add("td").add("a", [("href", link)], text: document.title ?? document.id)
            row.add("td", text: document.publisher ?? "—")
            row.add("td", [("class", "col-date")], text: document.published ?? "—")
            if showStory {
                let cell = row.add("td")
                if let entry = context.storyEntry(ofDocument: document.id) {
                    cell.add("a", [("href", entry.pageName)], text: entry.label)
                } else {
                    cell.append("—")
                }
            }
            row.add("td", [("class", "num")], text: String(context.claimCount(ofDocument: document.id)))
        }
    }
}
