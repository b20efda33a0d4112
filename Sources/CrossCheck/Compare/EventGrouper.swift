/// Groups a story's claims into events: sets of claims about the same thing.
///
/// Reads: the claims of one story, and the groups `TopicGrouper` made of the topic rules'
/// claims. Adds: events — each topic group, split by place and explicit day (`subEvents`), is
/// an event, and a frame claim (`frame.quantity`,
/// `frame.event`) joins the first event all of whose claims it is compatible with
/// (`FrameCompatibility`), else starts its own. Claims are taken in a fixed order (measure,
/// document, position), so grouping is deterministic; only claims of one block (the same kind
/// of amount and measure class, or the same predicate) are ever compared, and a claim is
/// compared with one claim per distinct frame of an event (claims with the same slots are
/// compatible with the same claims), which keeps the work near-linear in the number of claims.
public struct EventGrouper: Sendable {
    public init() {}

    /// Everything `FrameCompatibility.conflict` reads of a claim: two claims with one signature
    /// conflict with the same claims.
    static func signature(_ claim: Claim) -> String {
        let kind = FrameCompatibility.amountKind(claim)
        guard let f = claim.frame else { return "t\u{1F}\(kind)\u{1F}\(claim.topic.predicate)\u{1F}\(claim.topic.subject)" }
        let explicitTime = f.time == claim.date ? "" : (f.time ?? "")
        return [kind, f.measure ?? "", f.measureClass ?? "", f.event ?? "", f.lemma ?? "", f.holder?.lowercased() ?? "",
                f.object?.lowercased() ?? "", f.place?.lowercased() ?? "", explicitTime].joined(separator: "\u{1F}")
    }

    /// A topic group split into its sub-events: a topic rule's claims about another place or
    /// another explicit day ("six killed in Homs", "forty killed in Hama") are kept apart, as
    /// frame claims are (`FrameCompatibility.subEventConflict`). In the group's order, a claim
    /// joins the first part none of whose claims is about another place or day; a claim that
    /// names neither joins the first part.
    static func subEvents(_ group: TopicGrouper.Group) -> [TopicGrouper.Group] {
        var parts: [[Claim]] = []
        var representatives: [[String: Claim]] = []
        for claim in group.claims {
            let key = [claim.frame?.place?.lowercased() ?? "", claim.frame?.time == claim.date ? "" : (claim.frame?.time ?? "")]
                .joined(separator: "\u{1F}")
            if let index = representatives.indices.first(where: { i in
                representatives[i][key] != nil || representatives[i].values.allSatisfy { FrameCompatibility.subEventConflict($0, claim) == nil }
            }) {
                parts[index].append(claim)
                if representatives[index][key] == nil { representatives[index][key] = claim }
            } else {
                parts.append([claim])
                representatives.append([key: claim])
            }
        }
        return parts.map { TopicGrouper.Group(topic: group.topic, claims: $0) }
    }

    public func events(_ claims: [Claim]) -> [TopicGrouper.Group] {
        let framed = claims.filter { $0.rule.hasPrefix("frame.") }
        let topical = claims.filter { !$0.rule.hasPrefix("frame.") }
        var groups = TopicGrouper().groups(topical).flatMap(Self.subEvents)
        // One claim per distinct frame of each event: what a new claim is checked against.
        var representatives: [[String: Claim]] = groups.map { group in
            Dictionary(group.claims.map { (Self.signature($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        // Blocks of candidate events, by the key compatible claims share.
        var blocks: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for key in Set(group.claims.filter { $0.frame != nil }.map(FrameCompatibility.block)) { blocks[key, default: []].append(index) }
        }
        let ordered = framed.sorted { ($0.frame?.measure ?? "", $0.document, $0.start, $0.rule) < ($1.frame?.measure ?? "", $1.document, $1.start, $1.rule) }
        for claim in ordered {
            let key = FrameCompatibility.block(claim)
            let candidates = blocks[key] ?? []
            let signature = Self.signature(claim)
            if let index = candidates.first(where: { i in
                representatives[i][signature] != nil || representatives[i].values.allSatisfy { FrameCompatibility.conflict($0, claim) == nil }
            }) {
                groups[index].claims.append(claim)
                if representatives[index][signature] == nil { representatives[index][signature] = claim }
            } else {
                groups.append(TopicGrouper.Group(topic: claim.topic, claims: [claim]))
                representatives.append([signature: claim])
                blocks[key, default: []].append(groups.count - 1)
            }
        }
        return groups.map { group in
            var g = group
            g.claims.sort { ($0.document, $0.start, $0.rule) < ($1.document, $1.start, $1.rule) }
            return g
        }
    }
}
