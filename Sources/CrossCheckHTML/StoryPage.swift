import CrossCheck

/// `story-<id>.html` (and `story-<id>+2.html`, ... for a story larger than one page holds): one
/// story's findings, contradictions first, each with its claims side by side (source, date,
/// speaker, stance, value, the sentence with the claim marked) and what the claims share that
/// made them comparable; a claim × source table (a row per finding, a column per outlet, each
/// cell the outlet's value or stance linking to the sentence); a chart of each measure's figures
/// over publication days; and the story's documents.
struct StoryPage {
    let context: ReportContext
    let entry: StoryEntry
    /// 1-based.
    let page: Int

    /// One finding's claims shown on one page: all of them, or a run of a finding larger than a page.
    struct Part {
        let finding: Finding
        let claims: ArraySlice<String>
        var isWhole: Bool { claims.count == finding.claims.count }
    }

    /// The findings cut into pages of at most `perPage` claims: a finding goes whole onto the
    /// next page when it does not fit the current one, and only a finding larger than a page is cut.
    static func parts(_ findings: [Finding], perPage: Int) -> [[Part]] {
        var pages: [[Part]] = []
        var current: [Part] = []
        var used = 0
        for finding in findings {
            let n = finding.claims.count
            if used > 0, used + n > perPage, n <= perPage {
                pages.append(current)
                current = []
                used = 0
            }
            var start = 0
            repeat {
                if used >= perPage {
                    pages.append(current)
                    current = []
                    used = 0
                }
                let take = min(n - start, perPage - used)
                current.append(Part(finding: finding, claims: finding.claims[start..<(start + take)]))
                used += max(take, 1)
                start += take
            } while start < n
        }
        if !current.isEmpty { pages.append(current) }
        return pages
    }

    static func pageCount(_ entry: StoryEntry, _ context: ReportContext) -> Int {
        let findingPages = parts(entry.findings, perPage: context.limits.claimsPerPage).count
        let documentPages = PageNavigation.count(entry.documents.count, perPage: context.limits.storyDocumentsPerPage)
        return max(1, findingPages, documentPages)
    }

    func render() throws -> ReportPage {
        let pages = Self.parts(entry.findings, perPage: context.limits.claimsPerPage)
        let count = Self.pageCount(entry, context)
        let partsHere = page <= pages.count ? pages[page - 1] : []
        let suffix = count > 1 ? " (page \(page) of \(count))" : ""
        let tree = try HTMLTree(title: entry.label + suffix + " — " + context.title, stylesheet: ReportStyle.reportCSS)
        let header = tree.body.add("header")
        header.add("nav").add("a", [("href", IndexPage.name)], text: "← All stories")
        header.add("h1", text: entry.label)
        header.add("p", [("class", "lede")], text: lede)
        let main = tree.body.add("main")
        addTally(to: main)
        PageNavigation.add(page: page, of: count, name: entry.pageName, to: main)
        let figures = partsHere.filter { FigureChart.canDraw($0, context: context) }
        if !figures.isEmpty {
            let section = main.add("section", [("id", "figures")])
            section.add("h2", text: "Figures over time")
            section.add("p", [("class", "note")],
                        text: "Each source's figure (marker) and the interval it stands for (bar), by publication day. Each source has its own marker shape, named in the legend.")
            for part in figures { FigureChart.add(part, context: context, to: section) }
        }
        if !partsHere.isEmpty {
            ClaimSourceMatrix(context: context, parts: partsHere).add(to: main)
        }
        addFindings(partsHere, to: main)
        addDocuments(to: main)
        PageNavigation.add(page: page, of: count, name: entry.pageName, to: main)
        TableScript.add(to: tree.body)
        return ReportPage(name: entry.pageName(page), html: try tree.serialized())
    }

    private var lede: String {
        var parts = [entry.documents.count == 1 ? "1 document" : "\(entry.documents.count) documents",
                     entry.independentSources == 1 ? "1 independent source" : "\(entry.independentSources) independent sources"]
        if let first = entry.firstDay, let last = entry.lastDay {
            parts.append(first == last ? "published \(first)" : "published \(first) to \(last)")
        }
        if let id = entry.id { parts.append("story \(id)") }
        return parts.joined(separator: " · ")
    }

    private func addTally(to main: HTMLElement) {
        let list = main.add("ul", [("class", "counts")])
        for kind in IndexPage.kindsInReportOrder {
            let item = list.add("li").add("span", [("class", "tally")])
            item.add("strong", text: String(entry.count(kind)))
            item.append(" ")
            Badge.add(kind, to: item)
        }
    }

    private func addFindings(_ parts: [Part], to main: HTMLElement) {
        let section = main.add("section", [("id", "findings"), ("data-filters", "kind source speaker stance")])
        section.add("h2", text: "Findings ").add("span", [("class", "count")], text: "(\(entry.findings.count))")
        guard !parts.isEmpty else {
            section.add("p", [("class", "none")], text: page == 1 ? "None." : "None on this page.")
            return
        }
        for part in parts { addFinding(part, to: section) }
    }

    private func addFinding(_ part: Part, to section: HTMLElement) {
        let finding = part.finding
        let article = section.add("article", [("class", "finding " + finding.kind.rawValue),
                                              ("id", "finding-" + finding.id), ("data-kind", finding.kind.rawValue)])
        let heading = article.add("h3")
        Badge.add(finding.kind, to: heading)
        heading.append(" ")
        heading.add("span", [("class", "topic")], text: finding.topic.label)
        let sources = finding.sources == 1 ? "1 independent source" : "\(finding.sources) independent sources"
        let claims = finding.claims.count == 1 ? "1 claim" : "\(finding.claims.count) claims"
        var meta = "\(sources) · \(claims) · finding \(finding.id)"
        if !part.isWhole {
            meta += " · claims \(part.claims.startIndex + 1)–\(part.claims.endIndex) of \(finding.claims.count) on this page"
        }
        article.add("p", [("class", "finding-meta")], text: meta)
        let why = article.add("p", [("class", "shared")])
        why.add("span", [("class", "shared-label")], text: "Compared because they share: ")
        why.append(SharedSlots.describe(finding, context: context))
        article.add("p", [("class", "explanation")], text: finding.explanation)
        let table = ClaimTable(context: context, columns: [.source, .date, .speaker, .stance, .value, .sentence],
                               verdict: { _ in finding.kind }, linkToClaim: true, facets: true)
        table.add(to: article, claimIDs: Array(part.claims))
    }

    private func addDocuments(to main: HTMLElement) {
        let perPage = context.limits.storyDocumentsPerPage
        let ids = entry.documents.dropFirst((page - 1) * perPage).prefix(perPage)
        let section = main.add("section", [("id", "documents"), ("data-filters", "")])
        section.add("h2", text: "Documents ").add("span", [("class", "count")], text: "(\(entry.documents.count))")
        let documents = ids.compactMap(context.document)
        guard !documents.isEmpty else {
            section.add("p", [("class", "none")], text: entry.documents.isEmpty || page == 1 ? "None." : "None on this page.")
            return
        }
        DocumentListTable.add(documents, context: context, showStory: false, to: section)
    }
}

/// Why a finding's claims were compared: the frame slots they share ("measure troop · event
/// deploy · place South Korea"), as the comparator recorded them, else those all its claims'
/// frames have in common, else the topic.
enum SharedSlots {
    static func describe(_ finding: Finding, context: ReportContext) -> String {
        if let event = finding.event, !event.isEmpty { return event }
        let frames = finding.claims.compactMap { context.claim($0)?.frame }
        if frames.count == finding.claims.count, let first = frames.first {
            let slots: [(String, (ClaimFrame) -> String?)] = [
                ("measure", \.measure), ("event", \.event), ("holder", \.holder), ("place", \.place), ("time", \.time),
            ]
            let shared = slots.compactMap { name, get -> String? in
                guard let value = get(first), frames.allSatisfy({ get($0) == value }) else { return nil }
                return "\(name) \(value)"
            }
            if !shared.isEmpty { return shared.joined(separator: " · ") }
        }
        return "topic " + finding.topic.label
    }
}
