import CrossCheck

/// The per-claim table: one row per claim, with the columns a view asks for.
struct ClaimTable {
    enum Column: String, CaseIterable {
        case source = "Source", date = "Date", topic = "Topic", speaker = "Speaker",
             stance = "Stance", value = "Value", sentence = "Sentence", verdict = "Verdict"

        /// "col-source", ...: made once, not per cell.
        var className: String { Self.classNames[self]! }
        private static let classNames = Dictionary(uniqueKeysWithValues: allCases.map { ($0, "col-" + $0.rawValue.lowercased()) })
    }

    let context: ReportContext
    let columns: [Column]
    /// Verdict shown for a claim (a finding's table shows that finding's kind).
    var verdict: (Claim) -> Finding.Kind?
    /// The source cell links to the claim's row on its document page, not to the page's top.
    var linkToClaim = false
    /// Rows carry their source, speaker and stance as `data-` attributes, for the filter script.
    var facets = false
    /// Rows carry `id="claim-<id>"`, so other pages can link to them.
    var rowIDs = false

    /// Adds the table; ids that name no claim get a row saying so, so nothing disappears silently.
    func add(to parent: HTMLElement, claimIDs: [String]) {
        let table = header(in: parent)
        for id in claimIDs {
            if let claim = context.claim(id) {
                addRow(claim, to: table)
            } else {
                let row = table.add("tr")
                row.add("td", [("colspan", String(columns.count)), ("class", "missing")],
                        text: "Claim \(id) is not among the report's claims.")
            }
        }
    }

    func add(to parent: HTMLElement, claims: [Claim]) {
        let table = header(in: parent)
        for claim in claims { addRow(claim, to: table) }
    }

    private func header(in parent: HTMLElement) -> HTMLElement {
        let table = parent.add("div", [("class", "table-wrap")]).add("table", [("class", "claims")])
        let row = table.add("thead").add("tr")
        for column in columns {
            row.add("th", [("scope", "col"), ("class", column.className)], text: column.rawValue)
        }
        return table.add("tbody")
    }

    private func addRow(_ claim: Claim, to body: HTMLElement) {
        var attributes: [(String, String)] = []
        if rowIDs { attributes.append(("id", ClaimAnchor.id(claim.id))) }
        if facets {
            attributes += [("data-source", context.sourceLabel(of: claim)), ("data-speaker", claim.attribution.label),
                           ("data-stance", ClaimLabels.stance(claim))]
        }
        let row = body.add("tr", attributes)
        for column in columns {
            let cell = row.add("td", [("class", column.className)])
            fill(cell, column, claim)
        }
    }

    private func fill(_ cell: HTMLElement, _ column: Column, _ claim: Claim) {
        switch column {
        case .source: addSource(claim, to: cell)
        case .date: cell.append(claim.date ?? "—")
        case .topic: cell.append(claim.topic.label)
        case .speaker: cell.append(claim.attribution.label)
        case .stance: cell.append(ClaimLabels.stance(claim))
        case .value: addValue(claim.value, to: cell)
        case .sentence: addSentence(claim, to: cell)
        case .verdict: Self.addVerdict(verdict(claim), to: cell)
        }
    }

    private func addSource(_ claim: Claim, to cell: HTMLElement) {
        let label = context.sourceLabel(of: claim)
        if let page = context.pageName(forDocument: claim.document) {
            let href = linkToClaim ? (context.pageName(forClaim: claim) ?? page) + "#" + ClaimAnchor.id(claim.id) : page
            cell.add("a", [("href", href), ("title", "document " + claim.document)], text: label)
        } else {
            cell.append(label)
        }
    }

    private func addValue(_ value: ClaimValue?, to cell: HTMLElement) {
        guard let value else { return cell.append("—") }
        cell.add("span", [("class", "value-text")], text: value.text)
        cell.add("span", [("class", "interval")], text: ClaimLabels.interval(value))
    }

    /// The sentence, with the claim's byte span (relative to the sentence) in a `<mark>`.
    /// A sentence longer than `ReportLimits.sentenceBytes` is cut to the claim and some words either
    /// side, marked with "…", so no row outgrows a page.
    private func addSentence(_ claim: Claim, to cell: HTMLElement) {
        let excerpt = SentenceExcerpt(claim.sentenceText, start: claim.start - claim.sentenceStart,
                                      end: claim.end - claim.sentenceStart, limit: ReportLimits.sentenceBytes)
        let span = Highlight(start: excerpt.start, end: excerpt.end, label: claim.rule)
        if excerpt.cutBefore { cell.append("… ") }
        HighlightedTextView.add(SpanHighlighter.pieces(of: excerpt.text, highlights: [span]), to: cell)
        if excerpt.cutAfter { cell.append(" …") }
    }

    static func addVerdict(_ kind: Finding.Kind?, to cell: HTMLElement) {
        if let kind {
            Badge.add(kind, to: cell)
        } else {
            cell.add("span", [("class", "no-finding")], text: "no finding")
        }
    }
}
