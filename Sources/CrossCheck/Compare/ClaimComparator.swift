/// The compare stage: decides what holds between the claims of one story, event by event.
///
/// Reads: `Claim`s of one story (`StoryFindings` calls it once per story, so claims of
/// different stories never meet) and the run's near-duplicate copy groups. Adds: one `Finding`
/// per event (`EventGrouper`: claims about the same thing, by topic or by compatible frames),
/// with its verdict (`Verdict`): contradiction, discrepancy, update, agreement or
/// single-source, the independent sources (`SourceCounter`), the slots its claims share and an
/// explanation (`FindingExplainer`). An event claim (`frame.event`) said by one source only
/// gives no finding: a report would drown in them; it stays in claims.jsonl. A story's claim
/// that nobody denies is held only by the documents that stand by it (`takingSides`).
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
        let claims = Self.takingSides(group.claims)
        if claims.isEmpty { return nil }
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

    /// The claims a finding holds. A story's claim that nobody denies is held by the documents
    /// that stand by it: one that only reports it (observing) takes no side, and an agreement
    /// of forty documents of which thirty-five merely mention the claim would say more than
    /// the texts do. When someone denies it, those that report it stay, as the denial's context.
    /// With only reporters left there is no finding (their claims stay in claims.jsonl).
    static func takingSides(_ claims: [Claim]) -> [Claim] {
        guard claims.allSatisfy({ $0.rule == StoryClaimCheck.rule }), claims.allSatisfy(\.affirms) else { return claims }
        return claims.filter { $0.modality != .reported }
    }
}
