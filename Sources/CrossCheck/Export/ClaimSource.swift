/// Where a report reads its claims from, one document at a time, so that rendering a run holds
/// the claims of one story rather than of the run (`ClaimFileIndex` reads them from a run's
/// claims.jsonl by byte range; `ClaimList` holds them in memory, for small reports and tests).
/// Both give the same claims in the same order for the same lines.
public protocol ClaimSource: Sendable {
    /// Claims in all (every line, repeated ids included).
    var claimCount: Int { get }
    /// Ids of the documents that have claims, sorted.
    var documentIDs: [String] { get }
    func claimCount(ofDocument id: String) -> Int
    /// A document's claims in document order: start, end, then id.
    func claims(ofDocument id: String) throws -> [Claim]
    /// What the report's exports need of a claim that a finding names (the first line with the
    /// id wins); nil for an id no line has, or one the source was not asked to keep.
    func brief(_ id: String) -> ClaimBrief?
}

/// The few fields of a claim that the findings' exports and the story index read (its
/// document, outlet, day and text), kept for every claim a finding names.
public struct ClaimBrief: Sendable, Hashable {
    public let id: String
    public let document: String
    public let source: String?
    public let date: String?
    public let text: String

    public init(_ claim: Claim) {
        id = claim.id
        document = claim.document
        source = claim.source
        date = claim.date
        text = claim.text
    }
}
