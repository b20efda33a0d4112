/// The compare stage: decides what holds between the claims on each topic.
///
/// Reads: `Claim`s from any number of documents. Adds: one `Finding` per topic group
/// (`TopicGrouper`) — contradiction when one claim affirms what another denies; with two or more
/// independent sources (`SourceCounter`), agreement when all values' intervals overlap, update
/// when they differ but were published on different days, discrepancy otherwise; single-source
/// when only one source says it. Each finding explains itself in a sentence.
public struct ClaimComparator: Sendable {
    /// Document id → near-duplicate copy group (`StoryAssignment.copyOf`); empty: copies are
    /// told by sentences repeated word for word.
    public var copies: [String: String]

    public init(copies: [String: String] = [:]) {
        self.copies = copies
    }

    public func findings(for claims: [Claim]) -> [Finding] {
        TopicGrouper().groups(claims).map(finding).sorted {
            ($0.kind.rank, $0.topic, $0.id) < ($1.kind.rank, $1.topic, $1.id)
        }
    }

    func finding(_ group: TopicGrouper.Group) -> Finding {
        let claims = group.claims
        let sources = SourceCounter.independentSources(claims, copies: copies)
        let kind = Self.kind(claims, sources: sources)
        let explanation = FindingExplainer.explain(kind: kind, topic: group.topic, claims: claims, sources: sources)
        let ids = claims.map(\.id)
        return Finding(id: StableID.make("f", [kind.rawValue, group.topic.predicate, group.topic.subject] + ids),
                       kind: kind, topic: group.topic, claims: ids, sources: sources, explanation: explanation)
    }

    static func kind(_ claims: [Claim], sources: Int) -> Finding.Kind {
        let affirming = claims.filter(\.affirms)
        let denying = claims.filter { !$0.affirms }
        if !affirming.isEmpty && !denying.isEmpty { return .contradiction }
        if sources < 2 { return .singleSource }
        let valued = claims.filter { $0.value != nil }
        var conflicts: [(Claim, Claim)] = []
        for (i, a) in valued.enumerated() {
            for b in valued[(i + 1)...] where a.document != b.document && !a.value!.overlaps(b.value!) {
                conflicts.append((a, b))
            }
        }
        if conflicts.isEmpty { return .agreement }
        if conflicts.allSatisfy({ $0.0.date != nil && $0.1.date != nil && $0.0.date != $0.1.date }) { return .update }
        return .discrepancy
    }
}
