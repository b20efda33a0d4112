/// The compare stage: decides what holds between the claims of one story, event by event.
///
/// Reads: `Claim`s of one story (`StoryFindings` calls it once per story, so claims of
/// different stories never meet) and the run's near-duplicate copy groups. Adds: one `Finding`
/// per event (`EventGrouper`: claims about the same thing, by topic or by compatible frames),
/// with its verdict (`Verdict`): contradiction, discrepancy, update, agreement or
/// single-source, the independent sources (`SourceCounter`), the slots its claims share and an
/// explanation (`FindingExplainer`). An event claim (`frame.event`) said by one source only
/// gives no finding: a report would drown in them; it stays in claims.jsonl.
/// Design: see README, "How compare works".
public struct ClaimComparator: Sendable {
    /// Document id → near-duplicate copy group (`StoryAssignment.copyOf`); empty: copies are
    /// told by sentences repeated word for word.
    public var copies: [String: String]

    public init(copies: [String: String] = [:]) {
        self.copies = copies
    }

    public func findings(for claims: [Claim]) -> [Finding] {
        EventGrouper().events(claims).compactMap(finding).sorted {
            ($0.kind.rank, $0.topic, $0.id) < ($1.kind.rank, $1.topic, $1.id)
        }
    }

    func finding(_ group: TopicGrouper.Group) -> Finding? {
        let claims = group.claims
        let sources = SourceCounter.independentSources(claims, copies: copies)
        let kind = Verdict.kind(claims, sources: sources, copies: copies)
        if kind == .singleSource, claims.allSatisfy({ $0.rule == EventFrameBuilder.rule }) { return nil }
        let shared = FrameCompatibility.shared(claims)
        let event = shared.isEmpty ? nil : shared.map { "\($0.0) \($0.1)" }.joined(separator: " · ")
        let explanation = FindingExplainer.explain(kind: kind, topic: group.topic, claims: claims, sources: sources, shared: shared)
        let ids = claims.map(\.id)
        return Finding(id: StableID.make("f", [kind.rawValue, group.topic.predicate, group.topic.subject] + ids),
                       kind: kind, event: event, topic: group.topic, claims: ids, sources: sources, explanation: explanation)
    }
}
