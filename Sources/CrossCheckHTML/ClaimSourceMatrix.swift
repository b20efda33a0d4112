import CrossCheck

/// A story page's claim × source table: a row per finding on the page (a proposition or a
/// measure), a column per outlet (those with the most claims on the page; the rest share an
/// "other outlets" column), and in each cell what the outlet said: its value, or its stance when
/// the claim has no value, each linking to the claim's row on its document page.
struct ClaimSourceMatrix {
    let context: ReportContext
    let parts: [StoryPage.Part]

    func add(to main: HTMLElement) {
        let claims = parts.map { $0.claims.compactMap(context.claim) }
        var counts: [String: Int] = [:]
        for row in claims { for claim in row { counts[context.sourceLabel(of: claim), default: 0] += 1 } }
        let ordered = counts.keys.sorted { (counts[$1]!, $0) < (counts[$0]!, $1) }
        let columns = Array(ordered.prefix(context.limits.matrixColumns))
        let shown = Set(columns)
        let others = ordered.count > columns.count

        let section = main.add("section", [("id", "matrix"), ("data-filters", "kind")])
        section.add("h2", text: "Who said what")
        section.add("p", [("class", "note")],
                    text: "A row per finding, a column per outlet: the figure each outlet gave, or its stance where it gave none. Each entry links to the sentence in the document.")
        let table = section.add("div", [("class", "table-wrap")]).add("table", [("class", "matrix"), ("data-sortable", "")])
        let head = table.add("thead").add("tr")
        head.add("th", [("scope", "col")], text: "Finding")
        for outlet in columns { head.add("th", [("scope", "col")], text: outlet) }
        if others { head.add("th", [("scope", "col")], text: "Other outlets (\(ordered.count - columns.count))") }
        let body = table.add("tbody")
        for (part, row) in zip(parts, claims) {
            let tr = body.add("tr", [("data-kind", part.finding.kind.rawValue)])
            let header = tr.add("th", [("scope", "row")])
            Badge.add(part.finding.kind, to: header)
            header.append(" ")
            header.add("a", [("href", "#finding-" + part.finding.id)], text: part.finding.topic.label)
            var byOutlet: [String: [Claim]] = [:]
            for claim in row { byOutlet[context.sourceLabel(of: claim), default: []].append(claim) }
            for outlet in columns {
                let cell = tr.add("td")
                guard let said = byOutlet[outlet] else {
                    cell.add("span", [("class", "absent"), ("title", "\(outlet) has no claim in this finding")], text: "·")
                    continue
                }
                addEntries(said, named: false, to: cell)
            }
            if others {
                let cell = tr.add("td")
                let rest = row.filter { !shown.contains(context.sourceLabel(of: $0)) }
                if rest.isEmpty { cell.add("span", [("class", "absent")], text: "·") } else { addEntries(rest, named: true, to: cell) }
            }
        }
    }

    /// More entries than this in one cell are folded under a summary that tallies them.
    static let unfolded = 5

    private func addEntries(_ claims: [Claim], named: Bool, to cell: HTMLElement) {
        var parent = cell
        if claims.count > Self.unfolded {
            var tally: [String: Int] = [:]
            for claim in claims { tally[claim.value?.text ?? ClaimLabels.stance(claim), default: 0] += 1 }
            let counts = tally.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let shown = counts.prefix(3).map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
            let details = cell.add("details")
            details.add("summary", text: "\(claims.count) claims: " + shown + (counts.count > 3 ? ", …" : ""))
            parent = details
        }
        let list = parent.add("ul", [("class", "said")])
        for claim in claims {
            let item = list.add("li")
            if named { item.append(context.sourceLabel(of: claim) + ": ") }
            let text = claim.value?.text ?? ClaimLabels.stance(claim)
            let title = [claim.date ?? "no date", claim.attribution.label, ClaimLabels.stance(claim)].joined(separator: " · ")
            if let page = context.pageName(forClaim: claim) {
                item.add("a", [("href", page + "#" + ClaimAnchor.id(claim.id)), ("title", title)], text: text)
            } else {
                item.add("span", [("title", title)], text: text)
            }
            if claim.value != nil, claim.modality != .asserted || claim.polarity != .positive {
                item.add("span", [("class", "stance-note")], text: " (" + ClaimLabels.stance(claim) + ")")
            }
        }
    }
}
