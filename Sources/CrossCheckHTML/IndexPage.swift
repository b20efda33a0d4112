import CrossCheck

/// `index.html`: counts, the findings by kind (contradictions first) and, inside each kind, by
/// story under the story's label, every claim, the skipped inputs, and links to the document pages.
struct IndexPage {
    static let name = "index.html"
    let context: ReportContext

    func render() throws -> ReportPage {
        let tree = try HTMLTree(title: context.title, stylesheet: ReportStyle.css)
        let header = tree.body.add("header")
        header.add("h1", text: context.title)
        header.add("p", [("class", "lede")],
                   text: "Claim by claim: where the sources agree, where they contradict each other, and who said what.")
        let main = tree.body.add("main")
        addSummary(to: main)
        for kind in Self.kindsInReportOrder { addSection(kind, to: main) }
        addAllClaims(to: main)
        addSkipped(to: main)
        addDocuments(to: main)
        return ReportPage(name: Self.name, html: try tree.serialized())
    }

    static let kindsInReportOrder = Finding.Kind.allCases.sorted { $0.rank < $1.rank }

    private func addSummary(to main: HTMLElement) {
        let section = main.add("section", [("id", "summary")])
        section.add("h2", text: "Summary")
        let list = section.add("ul", [("class", "counts")])
        addCount(context.documents.count, "documents", link: "#documents", to: list)
        addCount(context.claims.count, "claims", link: "#all-claims", to: list)
        for kind in Self.kindsInReportOrder {
            let item = list.add("li")
            let link = item.add("a", [("href", "#" + ClaimLabels.sectionID(kind))])
            link.add("strong", text: String(context.findings(of: kind).count))
            link.append(" ")
            Badge.add(kind, to: link)
        }
        addCount(context.skipped.count, "skipped inputs", link: "#skipped", to: list)
    }

    private func addCount(_ count: Int, _ noun: String, link: String, to list: HTMLElement) {
        let anchor = list.add("li").add("a", [("href", link)])
        anchor.add("strong", text: String(count))
        anchor.append(" " + noun)
    }

    private func addSection(_ kind: Finding.Kind, to main: HTMLElement) {
        let findings = context.findings(of: kind)
        let section = main.add("section", [("id", ClaimLabels.sectionID(kind)), ("class", "kind-section")])
        let heading = section.add("h2", text: ClaimLabels.heading(kind) + " ")
        heading.add("span", [("class", "count")], text: "(\(findings.count))")
        if findings.isEmpty {
            section.add("p", [("class", "none")], text: "None.")
        }
        guard findings.contains(where: { $0.story != nil }) else {
            for finding in findings { addFinding(finding, heading: "h3", to: section) }
            return
        }
        for group in context.byStory(findings) {
            let story = group.story.flatMap(context.story)
            let block = section.add("div", [("class", "story")])
            let label = story.map { $0.label.isEmpty ? $0.id : $0.label } ?? group.story ?? "Claims without a story"
            let heading = block.add("h3", [("class", "story-label")], text: label + " ")
            if let story {
                let documents = story.documents.count == 1 ? "1 document" : "\(story.documents.count) documents"
                heading.add("span", [("class", "count")], text: "(\(documents), story \(story.id))")
            }
            for finding in group.findings { addFinding(finding, heading: "h4", to: block) }
        }
    }

    private func addFinding(_ finding: Finding, heading level: String, to section: HTMLElement) {
        let article = section.add("article", [("class", "finding " + finding.kind.rawValue)])
        let heading = article.add(level)
        Badge.add(finding.kind, to: heading)
        heading.append(" ")
        heading.add("span", [("class", "topic")], text: finding.topic.label)
        let sources = finding.sources == 1 ? "1 independent source" : "\(finding.sources) independent sources"
        let claims = finding.claims.count == 1 ? "1 claim" : "\(finding.claims.count) claims"
        article.add("p", [("class", "finding-meta")], text: "\(sources) · \(claims) · finding \(finding.id)")
        article.add("p", [("class", "explanation")], text: finding.explanation)
        let table = ClaimTable(context: context,
                               columns: [.source, .date, .speaker, .stance, .value, .sentence, .verdict],
                               verdict: { _ in finding.kind })
        table.add(to: article, claimIDs: finding.claims)
    }

    private func addAllClaims(to main: HTMLElement) {
        let section = main.add("section", [("id", "all-claims")])
        section.add("h2", text: "All claims ").add("span", [("class", "count")], text: "(\(context.claims.count))")
        guard !context.claims.isEmpty else {
            section.add("p", [("class", "none")], text: "None.")
            return
        }
        let context = context
        let table = ClaimTable(context: context,
                               columns: [.source, .date, .topic, .speaker, .stance, .value, .sentence, .verdict],
                               verdict: { context.verdict(of: $0) })
        table.add(to: section, claims: context.claims)
    }

    private func addSkipped(to main: HTMLElement) {
        let section = main.add("section", [("id", "skipped")])
        section.add("h2", text: "Skipped inputs ").add("span", [("class", "count")], text: "(\(context.skipped.count))")
        guard !context.skipped.isEmpty else {
            section.add("p", [("class", "none")], text: "none")
            return
        }
        let list = section.add("ul", [("class", "skipped")])
        for input in context.skipped {
            let item = list.add("li")
            item.add("code", text: input.path)
            item.append(" — " + input.reason)
        }
    }

    private func addDocuments(to main: HTMLElement) {
        let section = main.add("section", [("id", "documents")])
        section.add("h2", text: "Documents ").add("span", [("class", "count")], text: "(\(context.documents.count))")
        guard !context.documents.isEmpty else {
            section.add("p", [("class", "none")], text: "None.")
            return
        }
        let table = section.add("div", [("class", "table-wrap")]).add("table", [("class", "documents")])
        let head = table.add("thead").add("tr")
        for title in ["Document", "Publisher", "Published", "Claims"] { head.add("th", [("scope", "col")], text: title) }
        let body = table.add("tbody")
        for document in context.documents {
            let row = body.add("tr")
            let link = context.pageName(forDocument: document.id) ?? Self.name
            row.add("td").add("a", [("href", link)], text: document.title ?? document.id)
            row.add("td", text: document.publisher ?? "—")
            row.add("td", text: document.published ?? "—")
            row.add("td", [("class", "num")], text: String(context.claims(inDocument: document.id).count))
        }
    }
}
