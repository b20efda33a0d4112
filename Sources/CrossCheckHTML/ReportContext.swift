import CrossCheck

/// The report's input, indexed for rendering: documents by id (first of duplicates wins), claims by
/// id and by document, each claim's verdict, findings in report order, and page file names.
struct ReportContext {
    let title: String
    let skipped: [SkippedInput]
    /// One per distinct id, sorted by id.
    let documents: [Document]
    let claims: [Claim]
    /// Sorted by kind rank; input order within a kind.
    let findings: [Finding]
    private let documentsByID: [String: Document]
    private let claimsByID: [String: Claim]
    private let claimsByDocument: [String: [Claim]]
    /// A claim's place among its document's claims (document order), which gives its document page.
    private let claimPlace: [String: Int]
    private let verdicts: [String: Finding.Kind]
    private let fileNames: DocumentFileNames
    /// Story id → story, and the report's story order (most documents first, then label, then id).
    private let storiesByID: [String: Story]
    private let storyRank: [String: Int]
    let limits: ReportLimits
    /// One per story, in the story index's order (contradictions first).
    let storyEntries: [StoryEntry]
    private let entryOfDocument: [String: Int]

    init(_ input: ReportInput) {
        title = input.title
        skipped = input.skipped
        documentsByID = Dictionary(input.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        documents = documentsByID.values.sorted { $0.id < $1.id }
        claimsByID = Dictionary(input.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        claims = input.claims.sorted(by: Self.documentOrder)
        claimsByDocument = Dictionary(grouping: claims, by: \.document)
        var claimPlace: [String: Int] = [:]
        for list in claimsByDocument.values {
            for (place, claim) in list.enumerated() where claimPlace[claim.id] == nil { claimPlace[claim.id] = place }
        }
        self.claimPlace = claimPlace
        findings = input.findings.enumerated()
            .sorted { ($0.element.kind.rank, $0.offset) < ($1.element.kind.rank, $1.offset) }
            .map(\.element)
        verdicts = Self.verdicts(of: findings)
        fileNames = DocumentFileNames(ids: documentsByID.keys)
        storiesByID = Dictionary(input.stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = storiesByID.values.sorted {
            ($1.documents.count, $0.label, $0.id) < ($0.documents.count, $1.label, $1.id)
        }
        storyRank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.id, $0.offset) })
        limits = input.limits
        storyEntries = Self.entries(stories: storiesByID, findings: findings, claims: claimsByID, documents: documentsByID)
        var entryOfDocument: [String: Int] = [:]
        for (index, entry) in storyEntries.enumerated() {
            for id in entry.documents where entryOfDocument[id] == nil { entryOfDocument[id] = index }
        }
        self.entryOfDocument = entryOfDocument
    }

    /// The story a document belongs to, when it has a story page.
    func storyEntry(ofDocument id: String) -> StoryEntry? { entryOfDocument[id].map { storyEntries[$0] } }

    /// Every story of the input, and every story id findings name: the findings of each, its
    /// documents (for an id no story lists: those of its findings' claims) and days.
    private static func entries(stories: [String: Story], findings: [Finding], claims: [String: Claim],
                                documents: [String: Document]) -> [StoryEntry] {
        var byStory: [String?: [Finding]] = [:]
        for finding in findings { byStory[finding.story, default: []].append(finding) }
        var keys = Set<String?>(stories.keys.map { Optional($0) })
        keys.formUnion(byStory.keys)
        let names = DocumentFileNames(ids: keys.map { $0 ?? "" }, prefix: "story-")
        let entries = keys.map { key -> StoryEntry in
            let story = key.flatMap { stories[$0] }
            let found = byStory[key] ?? []
            let members = story?.documents
                ?? Array(Set(found.flatMap { $0.claims.compactMap { claims[$0]?.document } })).sorted()
            let reprints = story?.copies.reduce(0) { $0 + max(0, $1.count - 1) } ?? 0
            let days = members.compactMap { documents[$0]?.publishedDay }
            let label = story.map { $0.label.isEmpty ? $0.id : $0.label } ?? key ?? "Claims without a story"
            return StoryEntry(id: key, label: label, documents: members,
                              independentSources: max(members.count - reprints, members.isEmpty ? 0 : 1),
                              findings: found, firstDay: days.min(), lastDay: days.max(),
                              pageName: names.name(for: key ?? "")!)
        }
        return entries.sorted(by: StoryEntry.reportOrder)
    }

    func story(_ id: String) -> Story? { storiesByID[id] }

    /// Findings in groups by story, in story order (stories not in the input by id, then findings
    /// without a story); each group keeps the findings' order.
    func byStory(_ findings: [Finding]) -> [(story: String?, findings: [Finding])] {
        var groups: [String?: [Finding]] = [:]
        for finding in findings { groups[finding.story, default: []].append(finding) }
        let unknown = storiesByID.count
        return groups.keys.sorted { a, b in
            let ra = a.map { storyRank[$0] ?? unknown } ?? unknown + 1
            let rb = b.map { storyRank[$0] ?? unknown } ?? unknown + 1
            return ra != rb ? ra < rb : (a ?? "") < (b ?? "")
        }.map { ($0, groups[$0]!) }
    }

    func document(_ id: String) -> Document? { documentsByID[id] }

    func claim(_ id: String) -> Claim? { claimsByID[id] }

    /// The document's claims, by position.
    func claims(inDocument id: String) -> [Claim] { claimsByDocument[id] ?? [] }

    /// The kind of the highest-ranked finding that includes the claim.
    func verdict(of claim: Claim) -> Finding.Kind? { verdicts[claim.id] }

    /// File name of the document's (first) page, or nil when the document is not in the report.
    func pageName(forDocument id: String) -> String? { fileNames.name(for: id) }

    /// Pages of a document: its claims cut into pages of `limits.claimsPerPage` (at least one page).
    func documentPageCount(_ id: String) -> Int {
        PageNavigation.count(claims(inDocument: id).count, perPage: limits.claimsPerPage)
    }

    /// The page (1-based) of a document that holds the claim's row.
    func documentPage(ofClaim claim: Claim) -> Int {
        (claimPlace[claim.id] ?? 0) / limits.claimsPerPage + 1
    }

    /// File name of the document page holding the claim's row ("doc-<id>.html", "doc-<id>+2.html",
    /// ...), or nil when the claim's document is not in the report.
    func pageName(forClaim claim: Claim) -> String? {
        pageName(forDocument: claim.document).map { Self.pageName($0, number: documentPage(ofClaim: claim)) }
    }

    /// Page `number` (1-based) of a view whose first page is `first`: "x.html", then "x+2.html", ...
    /// ("+" never appears in a sanitized id, so no two views' pages share a name).
    static func pageName(_ first: String, number: Int) -> String {
        number <= 1 ? first : String(first.dropLast(5)) + "+\(number).html"
    }

    /// Outlet shown for a claim: its source, else its document's publisher, else the document id.
    func sourceLabel(of claim: Claim) -> String {
        claim.source ?? document(claim.document)?.publisher ?? claim.document
    }

    func findings(of kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    private static func verdicts(of rankedFindings: [Finding]) -> [String: Finding.Kind] {
        var result: [String: Finding.Kind] = [:]
        for finding in rankedFindings {
            for id in finding.claims where result[id] == nil { result[id] = finding.kind }
        }
        return result
    }

    /// Document, then start, then end, then id: a total order, so output never depends on input order.
    static func documentOrder(_ a: Claim, _ b: Claim) -> Bool {
        (a.document, a.start, a.end, a.id) < (b.document, b.start, b.end, b.id)
    }
}
