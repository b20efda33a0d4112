/// Groups a story's claims into events: sets of claims about the same thing.
///
/// Reads: the claims of one story, and the groups `TopicGrouper` made of the topic rules'
/// claims. Adds: events — each topic group is an event, and a frame claim (`frame.quantity`,
/// `frame.event`) joins the first event all of whose claims it is compatible with
/// (`FrameCompatibility`), else starts its own. Claims are taken in a fixed order (measure,
/// document, position), so grouping is deterministic; only claims of one block (the same kind
/// of amount and measure class, or the same predicate) are ever compared, which keeps the work
/// near-linear in the number of claims.
public struct EventGrouper: Sendable {
    public init() {}

    public func events(_ claims: [Claim]) -> [TopicGrouper.Group] {
        let framed = claims.filter { $0.rule.hasPrefix("frame.") }
        let topical = claims.filter { !$0.rule.hasPrefix("frame.") }
        var groups = TopicGrouper().groups(topical)
        // Blocks of candidate events, by the key compatible claims share.
        var blocks: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for key in Set(group.claims.filter { $0.frame != nil }.map(FrameCompatibility.block)) { blocks[key, default: []].append(index) }
        }
        let ordered = framed.sorted { ($0.frame?.measure ?? "", $0.document, $0.start, $0.rule) < ($1.frame?.measure ?? "", $1.document, $1.start, $1.rule) }
        for claim in ordered {
            let key = FrameCompatibility.block(claim)
            let candidates = blocks[key] ?? []
            if let index = candidates.first(where: { i in
                groups[i].claims.allSatisfy { FrameCompatibility.conflict($0, claim) == nil }
            }) {
                groups[index].claims.append(claim)
            } else {
                groups.append(TopicGrouper.Group(topic: claim.topic, claims: [claim]))
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
