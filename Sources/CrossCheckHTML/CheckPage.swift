import CrossCheck

/// `check.html`: the stance of every source toward every claim checked, as a claim × source
/// table (a row per document, a column per claim), each cell the stance, its score, the cue that
/// decided, the speaker and the evidence sentences with the cue marked. All text is added as
/// text nodes, so article text is escaped.
struct CheckPage {
    static let name = "check.html"
    static let css = ReportStyle.css + """

    .badge.stance-for { background: #2e7d32; }
    .badge.stance-against { background: #c62828; }
    .badge.stance-observing { background: #1565c0; }
    .badge.stance-unrelated { background: #9e9e9e; }
    td.stance { min-width: 16em; }
    td.stance .score { color: #666; font-size: 12px; margin-left: 6px; }
    td.stance .cue, td.stance .speaker { display: block; color: #555; font-size: 13px; }
    td.stance ul.evidence { margin: 6px 0 0; padding-left: 18px; }
    td.stance ul.evidence li { margin: 2px 0; }
    ol.claims li { margin: 4px 0; }
    """

    let claims: [String]
    let documents: [Document]
    let results: [StanceResult]
    let skipped: [SkippedInput]

    func render() throws -> ReportPage {
        let title = "crosscheck: who says what about " + (claims.count == 1 ? "one claim" : "\(claims.count) claims")
        let tree = try HTMLTree(title: title, stylesheet: Self.css)
        let header = tree.body.add("header")
        header.add("h1", text: "Stance of each source")
        header.add("p", [("class", "lede")],
                   text: "For each claim: which sources state it (for), deny or refute it (against), only report it (observing), or are not about it.")
        let main = tree.body.add("main")
        addClaims(to: main)
        addSummary(to: main)
        addTable(to: main)
        addSkipped(to: main)
        return ReportPage(name: Self.name, html: try tree.serialized())
    }

    private func addClaims(to main: HTMLElement) {
        let section = main.add("section", [("id", "claims")])
        section.add("h2", text: "Claims")
        let list = section.add("ol", [("class", "claims")])
        for claim in claims { list.add("li", text: claim) }
    }

    private func addSummary(to main: HTMLElement) {
        let section = main.add("section", [("id", "summary")])
        section.add("h2", text: "Summary")
        let list = section.add("ul", [("class", "counts")])
        for stance in Stance.allCases {
            let item = list.add("li").add("a", [("href", "#stances")])
            item.add("strong", text: String(results.filter { $0.stance == stance }.count))
            item.append(" ")
            Self.addBadge(stance, to: item)
        }
        list.add("li").add("a", [("href", "#stances")]).append("\(documents.count) documents")
    }

    private func addTable(to main: HTMLElement) {
        let section = main.add("section", [("id", "stances")])
        section.add("h2", text: "Claim × source")
        guard !documents.isEmpty else {
            section.add("p", [("class", "none")], text: "No documents.")
            return
        }
        let table = section.add("div", [("class", "table-wrap")]).add("table", [("class", "stances")])
        let head = table.add("thead").add("tr")
        head.add("th", [("scope", "col")], text: "Source")
        head.add("th", [("scope", "col"), ("class", "col-date")], text: "Date")
        for (i, claim) in claims.enumerated() { head.add("th", [("scope", "col"), ("title", claim)], text: "Claim \(i + 1)") }
        let body = table.add("tbody")
        var byKey: [String: StanceResult] = [:]
        for r in results { byKey[r.claim + "\u{1F}" + r.document] = r }
        for document in documents {
            let row = body.add("tr")
            let source = row.add("th", [("scope", "row")])
            source.append(document.publisher ?? document.title ?? document.id)
            if document.publisher != nil, let title = document.title {
                source.add("span", [("class", "interval")], text: title)
            }
            source.add("code", text: document.id)
            row.add("td", [("class", "col-date")], text: document.publishedDay ?? "—")
            for claim in claims {
                let cell = row.add("td", [("class", "stance")])
                if let result = byKey[claim + "\u{1F}" + document.id] { addResult(result, to: cell) } else { cell.append("—") }
            }
        }
    }

    private func addResult(_ result: StanceResult, to cell: HTMLElement) {
        Self.addBadge(result.stance, to: cell)
        cell.add("span", [("class", "score")], text: String(format3(result.score)))
        if let cue = result.cue { cell.add("span", [("class", "cue")], text: "cue: \(cue.kind.rawValue) “\(cue.text)”") }
        if let speaker = result.speaker { cell.add("span", [("class", "speaker")], text: "speaker: " + speaker) }
        guard result.stance != .unrelated, !result.evidence.isEmpty else { return }
        let list = cell.add("ul", [("class", "evidence")])
        for evidence in result.evidence {
            let item = list.add("li")
            var marks: [Highlight] = []
            if let cue = result.cue, cue.sentence == evidence.sentence, cue.start >= evidence.start, cue.end <= evidence.end {
                marks.append(Highlight(start: cue.start - evidence.start, end: cue.end - evidence.start, label: cue.kind.rawValue))
            }
            HighlightedTextView.add(SpanHighlighter.pieces(of: evidence.text, highlights: marks), to: item)
        }
    }

    private func format3(_ d: Double) -> String {
        let thousandths = Int((d * 1000).rounded())
        let frac = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    static func addBadge(_ stance: Stance, to parent: HTMLElement) {
        parent.add("span", [("class", "badge stance-" + stance.rawValue)], text: stance.rawValue)
    }

    private func addSkipped(to main: HTMLElement) {
        guard !skipped.isEmpty else { return }
        let section = main.add("section", [("id", "skipped")])
        section.add("h2", text: "Skipped inputs ").add("span", [("class", "count")], text: "(\(skipped.count))")
        let list = section.add("ul", [("class", "skipped")])
        for input in skipped {
            let item = list.add("li")
            item.add("code", text: input.path)
            item.append(" — " + input.reason)
        }
    }
}

/// Renders `check.html` (see `CheckPage`): the claims checked, counts per stance, and the claim ×
/// source table. Same input, byte-identical page.
public enum CheckPageWriter {
    public static func render(claims: [String], documents: [Document], results: [StanceResult],
                              skipped: [SkippedInput] = []) throws -> ReportPage {
        try CheckPage(claims: claims, documents: documents.sorted { $0.id < $1.id }, results: results, skipped: skipped).render()
    }
}
