import CrossCheck

/// `doc-<id>.html`: one document's metadata, its body with every claim highlighted, its claims,
/// and what the normalizer dropped as boilerplate.
struct DocumentPage {
    let context: ReportContext
    let document: Document

    func render() throws -> ReportPage {
        let heading = document.title ?? document.id
        let tree = try HTMLTree(title: heading + " — " + context.title, stylesheet: ReportStyle.documentCSS)
        let header = tree.body.add("header")
        let nav = header.add("nav")
        nav.add("a", [("href", IndexPage.name)], text: "← Back to the report")
        if let story = context.storyEntry(ofDocument: document.id) {
            nav.append(" · story: ")
            nav.add("a", [("href", story.pageName)], text: story.label)
        }
        header.add("h1", text: heading)
        let main = tree.body.add("main")
        addMetadata(to: main)
        addBody(to: main)
        addClaims(to: main)
        addDropped(to: main)
        TableScript.add(to: tree.body)
        let name = context.pageName(forDocument: document.id) ?? DocumentFileNames.candidate(for: document.id)
        return ReportPage(name: name, html: try tree.serialized())
    }

    private func addMetadata(to main: HTMLElement) {
        let section = main.add("section", [("id", "metadata")])
        section.add("h2", text: "Document")
        let list = section.add("dl", [("class", "metadata")])
        let fields: [(String, String?)] = [
            ("Title", document.title), ("Publisher", document.publisher), ("Author", document.author),
            ("Published", document.published), ("Modified", document.modified), ("Language", document.language),
            ("Path", document.path), ("URL", document.url), ("Document id", document.id),
        ]
        for (name, value) in fields {
            list.add("dt", text: name)
            list.add("dd", text: value ?? "—")
        }
    }

    private func addBody(to main: HTMLElement) {
        let section = main.add("section", [("id", "text")])
        section.add("h2", text: "Text")
        let container = section.add("div", [("class", "body-text")])
        let claims = context.claims(inDocument: document.id).filter { $0.field == .body }
        let bytes = Array(document.body.utf8)
        // Claims are sorted by start: each paragraph looks only at those from the first that
        // may still reach it, so the body costs its paragraphs plus its claims, not their product.
        var first = 0
        for range in Self.paragraphs(in: bytes) {
            let text = String(decoding: bytes[range], as: UTF8.self)
            while first < claims.count, claims[first].end <= range.lowerBound { first += 1 }
            var here: [Claim] = []
            var next = first
            while next < claims.count, claims[next].start < range.upperBound {
                if claims[next].end > range.lowerBound { here.append(claims[next]) }
                next += 1
            }
            let spans = here.map {
                Highlight(start: $0.start - range.lowerBound, end: $0.end - range.lowerBound,
                          label: "\($0.rule) — \($0.topic.label)")
            }
            HighlightedTextView.add(SpanHighlighter.pieces(of: text, highlights: spans), to: container.add("p"))
        }
        if container.node.pointee.children == nil {
            container.add("p", [("class", "none")], text: "(empty body)")
        }
    }

    /// Byte ranges of the paragraphs: the body split on "\n\n", blank paragraphs left out.
    static func paragraphs(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if bytes[start..<end].contains(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }) {
                ranges.append(start..<end)
            }
        }
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A, bytes[i + 1] == 0x0A {
                close(i)
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { close(bytes.count) }
        return ranges
    }

    private func addClaims(to main: HTMLElement) {
        let claims = context.claims(inDocument: document.id)
        let section = main.add("section", [("id", "claims"), ("data-filters", "")])
        section.add("h2", text: "Claims in this document ").add("span", [("class", "count")], text: "(\(claims.count))")
        guard !claims.isEmpty else {
            section.add("p", [("class", "none")], text: "None.")
            return
        }
        let context = context
        let table = ClaimTable(context: context, columns: [.topic, .speaker, .stance, .value, .sentence, .verdict],
                               verdict: { context.verdict(of: $0) }, rowIDs: true)
        table.add(to: section, claims: claims)
    }

    private func addDropped(to main: HTMLElement) {
        let section = main.add("section", [("id", "dropped")])
        section.add("h2", text: "Dropped as boilerplate ").add("span", [("class", "count")], text: "(\(document.dropped.count))")
        guard !document.dropped.isEmpty else {
            section.add("p", [("class", "none")], text: "none")
            return
        }
        let table = section.add("div", [("class", "table-wrap")]).add("table", [("class", "dropped")])
        let head = table.add("thead").add("tr")
        head.add("th", [("scope", "col")], text: "Text")
        head.add("th", [("scope", "col")], text: "Reason")
        let body = table.add("tbody")
        for block in document.dropped {
            let row = body.add("tr")
            row.add("td", text: block.text)
            row.add("td", [("class", "reason")], text: block.reason)
        }
    }
}
