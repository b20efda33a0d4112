/// Groups claims by topic. Claims with the same predicate and subject form a group; a claim
/// that leaves a slot unsaid ("any troop withdrawal", no place) joins the one group on the
/// same predicate whose slots agree with everything it does say, when exactly one such most
/// specific group exists. Otherwise it stays on its own.
public struct TopicGrouper: Sendable {
    public struct Group: Sendable {
        public var topic: Topic
        public var claims: [Claim]
    }

    public init() {}

    public func groups(_ claims: [Claim]) -> [Group] {
        var byKey: [String: Group] = [:]
        for claim in claims {
            let key = claim.topic.predicate + "\u{1F}" + claim.topic.subject
            byKey[key, default: Group(topic: claim.topic, claims: [])].claims.append(claim)
        }
        var groups = byKey.values.sorted { ($0.topic.slots.count, $0.topic) < ($1.topic.slots.count, $1.topic) }
        // Least specific first: each may merge into a more specific compatible group.
        var index = 0
        while index < groups.count {
            let group = groups[index]
            let candidates = groups.indices.filter { other in
                other != index && Self.refines(groups[other].topic, group.topic)
            }
            let maxSlots = candidates.map { groups[$0].topic.slots.count }.max()
            let best = candidates.filter { groups[$0].topic.slots.count == maxSlots }
            if best.count == 1 {
                groups[best[0]].claims += group.claims
                groups.remove(at: index)
            } else {
                index += 1
            }
        }
        return groups.map { group in
            var g = group
            g.claims.sort { ($0.document, $0.start, $0.rule) < ($1.document, $1.start, $1.rule) }
            return g
        }.sorted { $0.topic < $1.topic }
    }

    /// `specific` says everything `general` says, and more: same predicate, every slot of
    /// `general` (which must have one) has the same value, and every word of its subject is in
    /// `specific`'s subject.
    static func refines(_ specific: Topic, _ general: Topic) -> Bool {
        guard specific.predicate == general.predicate, !general.slots.isEmpty,
              specific.slots.count > general.slots.count else { return false }
        for (slot, value) in general.slots where specific.slots[slot] != value { return false }
        let words = Set(specific.subject.split(separator: " "))
        return general.subject.split(separator: " ").allSatisfy(words.contains)
    }
}
