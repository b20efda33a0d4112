/// Claims held in memory, as a `ClaimSource`.
public struct ClaimList: ClaimSource, Sendable {
    private let byDocument: [String: [Claim]]
    private let byID: [String: Claim]
    public let claimCount: Int
    public let documentIDs: [String]

    public init(_ claims: [Claim]) {
        byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byDocument = Dictionary(grouping: claims.sorted(by: Claim.documentOrder), by: \.document)
        claimCount = claims.count
        documentIDs = byDocument.keys.sorted()
    }

    public func claimCount(ofDocument id: String) -> Int { byDocument[id]?.count ?? 0 }

    public func claims(ofDocument id: String) -> [Claim] { byDocument[id] ?? [] }

    public func brief(_ id: String) -> ClaimBrief? { byID[id].map(ClaimBrief.init) }
}
