/// The report's files for other tools, beside its HTML: `claims.csv` (one row per claim),
/// `findings.csv` (one row per finding) and `findings.jsonld` (a schema.org `ClaimReview` per
/// finding that compares sources). Reads the documents' metadata (summaries will do), claims,
/// findings and stories; adds nothing to them. Output is deterministic: claims in document and
/// position order, findings in report order (kind rank, then input order). Claims are read from
/// a `ClaimSource` a document at a time, and `claims.csv` is handed out in pieces, so that a
/// large run's exports never hold its claims.
public struct ReportExports: Sendable {
    let documents: [String: Document]
    let claims: any ClaimSource
    let findings: [Finding]
    let stories: [String: Story]
    let storyOfDocument: [String: String]
    let verdicts: [String: Finding.Kind]

    public init(documents: [Document], claims: [Claim], findings: [Finding], stories: [Story]) {
        self.init(documents: documents, claimSource: ClaimList(claims), findings: findings, stories: stories)
    }

    /// `claimSource` must keep a brief of every claim the findings name.
    public init(documents: [Document], claimSource: any ClaimSource, findings: [Finding], stories: [Story]) {
        self.documents = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        claims = claimSource
        self.findings = Finding.reportOrder(findings)
        self.stories = Dictionary(stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var storyOfDocument: [String: String] = [:]
        for story in stories.sorted(by: { $0.id < $1.id }) {
            for id in story.documents where storyOfDocument[id] == nil { storyOfDocument[id] = story.id }
        }
        for document in documents { if let story = document.story, storyOfDocument[document.id] == nil { storyOfDocument[document.id] = story } }
        self.storyOfDocument = storyOfDocument
        verdicts = Finding.verdicts(ofRanked: self.findings)
    }

    public static let claimColumns = [
        "claim", "document", "story", "source", "date", "speaker", "via", "subject", "predicate",
        "measure", "event", "holder", "place", "time", "value_text", "value", "low", "high", "unit",
        "modality", "polarity", "verdict", "field", "start", "end", "claim_text", "sentence",
    ]

    /// `claims.csv` whole (see `writeClaimsCSV`).
    public func claimsCSV() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try writeClaimsCSV { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// `claims.csv`: RFC 4180, a header row, then one row per claim, handed to `emit` in pieces
    /// of about a megabyte (the concatenation is the file). `high` is empty for an open-ended
    /// interval; `verdict` is the kind of the highest-ranked finding that includes the claim.
    public func writeClaimsCSV(_ emit: ([UInt8]) throws -> Void) throws {
        var csv = CSVWriter()
        csv.record(Self.claimColumns)
        for document in claims.documentIDs {
            for claim in try claims.claims(ofDocument: document) { addRow(claim, to: &csv) }
            if csv.bytes.count >= 1 << 20 {
                try emit(csv.bytes)
                csv = CSVWriter()
            }
        }
        try emit(csv.bytes)
    }

    private func addRow(_ claim: Claim, to csv: inout CSVWriter) {
        let frame = claim.frame
        for value in [claim.id, claim.document, storyOfDocument[claim.document] ?? "", source(claim), claim.date ?? "",
                      claim.attribution.speaker ?? "", claim.attribution.via ?? "", claim.topic.subject, claim.topic.predicate,
                      frame?.measure ?? "", frame?.event ?? "", frame?.holder ?? "", frame?.place ?? "", frame?.time ?? "",
                      claim.value?.text ?? ""] { csv.field(value) }
        csv.field(claim.value?.value)
        csv.field(claim.value?.low)
        csv.field(claim.value?.high)
        csv.field(claim.value?.unit ?? "")
        for value in [claim.modality.rawValue, claim.polarity.rawValue, verdicts[claim.id]?.rawValue ?? "",
                      claim.field.rawValue] { csv.field(value) }
        csv.field(claim.start)
        csv.field(claim.end)
        csv.field(claim.text)
        csv.field(claim.sentenceText)
        csv.endRecord()
    }

    public static let findingColumns = [
        "finding", "kind", "story", "story_label", "subject", "predicate", "shared", "independent_sources",
        "claims", "outlets", "first_day", "last_day", "claim_ids", "explanation",
    ]

    /// `findings.csv`: RFC 4180, a header row, then one row per finding; `outlets` are the
    /// distinct sources of its claims joined by "; ", `claim_ids` its claims joined by spaces.
    public func findingsCSV() -> [UInt8] {
        var csv = CSVWriter()
        csv.record(Self.findingColumns)
        for finding in findings {
            let found = finding.claims.compactMap { claims.brief($0) }
            let days = found.compactMap(\.date)
            csv.field(finding.id)
            csv.field(finding.kind.rawValue)
            csv.field(finding.story ?? "")
            csv.field(finding.story.flatMap { stories[$0]?.label } ?? "")
            csv.field(finding.topic.subject)
            csv.field(finding.topic.predicate)
            csv.field(finding.event ?? "")
            csv.field(finding.sources)
            csv.field(finding.claims.count)
            csv.field(outlets(found).joined(separator: "; "))
            csv.field(days.min() ?? "")
            csv.field(days.max() ?? "")
            csv.field(finding.claims.joined(separator: " "))
            csv.field(finding.explanation)
            csv.endRecord()
        }
        return csv.bytes
    }

    /// The rating's wording for each kind of finding that compares sources; single-source
    /// findings compare nothing and get no review. No numeric rating is ever given: the verdict
    /// is what the texts say about each other, not a judgement of truth.
    public static func ratingName(_ kind: Finding.Kind) -> String? {
        switch kind {
        case .contradiction: "Contradicted by another source"
        case .discrepancy: "Figures differ between sources"
        case .update: "Figure changed in a later report"
        case .agreement: "Sources agree"
        case .singleSource: nil
        }
    }

    /// `findings.jsonld`: one JSON-LD document, `{"@context": "https://schema.org", "@graph": [...]}`,
    /// a `ClaimReview` per finding with a rating name: what was compared (`claimReviewed`), the
    /// explanation (`reviewBody`), the verdict as `reviewRating.alternateName`, and the claim's
    /// appearances, one per document, each naming its outlet, headline, date and address.
    public func findingsJSONLD() -> [UInt8] {
        var writer = JSONByteWriter()
        writer.raw("{\"@context\":\"https://schema.org\",\"@graph\":[")
        var first = true
        for finding in findings {
            guard let rating = Self.ratingName(finding.kind) else { continue }
            writer.raw(first ? "\n" : ",\n")
            first = false
            review(finding, rating: rating).write(into: &writer)
        }
        writer.raw(first ? "]}\n" : "\n]}\n")
        return writer.bytes
    }

    private func review(_ finding: Finding, rating: String) -> JSONValue {
        let found = finding.claims.compactMap { claims.brief($0) }
        var seen: Set<String> = []
        let appearances: [JSONValue] = found.compactMap { claim in
            guard seen.insert(claim.document).inserted else { return nil }
            let document = documents[claim.document]
            var fields: [(String, JSONValue)] = [("@type", .string("NewsArticle"))]
            if let url = document?.url { fields.append(("url", .string(url))) }
            if let title = document?.title { fields.append(("headline", .string(title))) }
            if let day = document?.publishedDay ?? claim.date { fields.append(("datePublished", .string(day))) }
            fields.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(source(claim)))])))
            fields.append(("identifier", .string(claim.document)))
            return .object(fields)
        }
        var reviewed = finding.topic.label
        if let event = finding.event, !event.isEmpty { reviewed += " (" + event + ")" }
        return .object([
            ("@type", .string("ClaimReview")),
            ("identifier", .string(finding.id)),
            ("claimReviewed", .string(reviewed)),
            ("reviewBody", .string(finding.explanation)),
            ("reviewRating", .object([("@type", .string("Rating")), ("alternateName", .string(rating))])),
            ("author", .object([("@type", .string("Organization")), ("name", .string("crosscheck"))])),
            ("itemReviewed", .object([
                ("@type", .string("Claim")),
                ("text", .optional(found.first?.text)),
                ("appearance", .array(appearances)),
            ])),
        ])
    }

    private func source(_ claim: Claim) -> String { outlet(claim.source, of: claim.document) }

    private func source(_ claim: ClaimBrief) -> String { outlet(claim.source, of: claim.document) }

    /// A claim's source, else its document's publisher, else the document id.
    private func outlet(_ source: String?, of document: String) -> String {
        source ?? documents[document]?.publisher ?? document
    }

    private func outlets(_ claims: [ClaimBrief]) -> [String] {
        var seen: Set<String> = []
        return claims.map(source).filter { seen.insert($0).inserted }
    }
}
