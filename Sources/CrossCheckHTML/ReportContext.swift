import CrossCheck

/// The report's input, indexed for rendering: documents by id (first of duplicates wins),
/// findings in report order, each named claim's verdict, stories and page file names. Claims
/// are read from the `ClaimSource` a few documents at a time: `loading(_:)` gives a context
/// holding the claims of one story's documents (or one document's), by id and by document, and
/// the pages ask that context for them; a context that has loaded nothing knows only counts.
struct ReportContext {
    let title: String
    let skipped: [SkippedInput]
    /// One per distinct id, sorted by id.
    let documents: [Document]
    /// Sorted by kind rank; input order within a kind.
    let findings: [Finding]
    private let documentsByID: [String: Document]
    private let source: any ClaimSource
    /// The claims loaded by `loading(_:)`.
    private var loaded = Loaded()
    private let verdicts: [String: Finding.Kind]
    private let fileNames: DocumentFileNames
    /// Story id → story, and the report's story order (most documents first, then label, then id).
    private let storiesByID: [String: Story]
    private let storyRank: [String: Int]
    let limits: ReportLimits
    /// One per story, in the story index's order (contradictions first).
    let storyEntries: [StoryEntry]
    private let entryOfDocument: [String: Int]

    /// Claims of some documents, by id (first in document order wins), by document, and each
    /// one's place among its document's claims (which gives its document page).
    private struct Loaded {
        var byID: [String: Claim] = [:]
        var byDocument: [String: [Claim]] = [:]
        var place: [String: Int] = [:]
        var count = 0
    }

    init(_ input: ReportInput) {
        title = input.title
        skipped = input.skipped
        source = input.claimSource ?? ClaimList(input.claims)
        documentsByID = Dictionary(input.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        documents = documentsByID.values.sorted { $0.id < $1.id }
        findings = Finding.reportOrder(input.findings)
        verdicts = Finding.verdicts(ofRanked: findings)
        fileNames = DocumentFileNames(ids: documentsByID.keys)
        storiesByID = Dictionary(input.stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = storiesByID.values.sorted {
            ($1.documents.count, $0.label, $0.id) < ($0.documents.count, $1.label, $1.id)
        }
        storyRank = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.id, $0.offset) })
        limits = input.limits
        storyEntries = Self.entries(stories: storiesByID, findings: findings, claims: source, documents: documentsByID)
        var entryOfDocument: [String: Int] = [:]
        for (index, entry) in storyEntries.enumerated() {
            for id in entry.documents where entryOfDocument[id] == nil { entryOfDocument[id] = index }
        }
        self.entryOfDocument = entryOfDocument
    }

    /// This context with the claims of these documents loaded (and nothing else).
    func loading(_ documentIDs: some Sequence<String>) throws -> ReportContext {
        var copy = self
        copy.loaded = Loaded()
        for id in Set(documentIDs).sorted() {
            let list = try source.claims(ofDocument: id)
            guard !list.isEmpty else { continue }
            copy.loaded.byDocument[id] = list
            copy.loaded.count += list.count
            for (place, claim) in list.enumerated() {
                if copy.loaded.place[claim.id] == nil { copy.loaded.place[claim.id] = place }
                if copy.loaded.byID[claim.id] == nil { copy.loaded.byID[claim.id] = claim }
            }
        }
        return copy
    }

    /// This context with the claims a story page shows loaded: those of the story's documents,
    /// and of any other document its findings' claims are in.
    func loading(_ entry: StoryEntry) throws -> ReportContext {
        try loading(entry.documents + entry.findings.flatMap { $0.claims.compactMap { source.brief($0)?.document } })
    }

    /// Claims held now (by the last `loading`).
    var loadedClaimCount: Int { loaded.count }

    /// Claims in the report.
    var claimCount: Int { source.claimCount }

    /// Claims of a document, loaded or not.
    func claimCount(ofDocument id: String) -> Int { source.claimCount(ofDocument: id) }

    /// The story a document belongs to, when it has a story page.
    func storyEntry(ofDocument id: String) -> StoryEntry? { entryOfDocument[id].map { storyEntries[$0] } }

    /// Every story of the input, and every story id findings name: the findings of each, its
    /// documents (for an id no story lists: those of its findings' claims) and days.
    private static func entries(stories: [String: Story], findings: [Finding], claims: any ClaimSource,
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
                ?? Array(Set(found.flatMap { $0.claims.compactMap { claims.brief($0)?.document } })).sorted()
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

    /// A loaded claim.
    func claim(_ id: String) -> Claim? { loaded.byID[id] }

    /// The document's claims, by position, when loaded.
    func claims(inDocument id: String) -> [Claim] { loaded.byDocument[id] ?? [] }

    /// The kind of the highest-ranked finding that includes the claim.
    func verdict(of claim: Claim) -> Finding.Kind? { verdicts[claim.id] }

    /// File name of the document's (first) page, or nil when the document is not in the report.
    func pageName(forDocument id: String) -> String? { fileNames.name(for: id) }

    /// The page (1-based) of a document that holds the (loaded) claim's row.
    func documentPage(ofClaim claim: Claim) -> Int {
        (loaded.place[claim.id] ?? 0) / limits.claimsPerPage + 1
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

    /// Text part `part` (2 or more) of page `page` of a view whose first page is `first`:
    /// "x+1-2.html", "x+3-2.html", ... (never a page's name, nor another view's).
    static func textPartName(_ first: String, page: Int, part: Int) -> String {
        String(first.dropLast(5)) + "+\(page)-\(part).html"
    }

    /// Outlet shown for a claim: its source, else its document's publisher, else the document id.
    func sourceLabel(of claim: Claim) -> String {
        claim.source ?? document(claim.document)?.publisher ?? claim.document
    }

    func findings(of kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }
}
