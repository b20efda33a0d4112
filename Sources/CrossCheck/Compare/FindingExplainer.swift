/// Writes the sentences that explain a finding, naming who said what, so a reviewer can check
/// it: what holds, and — for claims grouped by their frames — why they were judged to be about
/// the same thing (the slots they share).
public enum FindingExplainer {
    public static func explain(kind: Finding.Kind, topic: Topic, claims: [Claim], sources: Int,
                               shared: [(String, String)] = []) -> String {
        let verdict = explainVerdict(kind: kind, topic: topic, claims: claims, sources: sources)
        guard !shared.isEmpty, Set(claims.map(\.document)).count > 1 || claims.count > 1 else { return verdict }
        return verdict + " Compared because they share " + list(shared.map { "\($0.0) '\($0.1)'" }) + "."
    }

    static func explainVerdict(kind: Finding.Kind, topic: Topic, claims: [Claim], sources: Int) -> String {
        let about = "\(topic.subject) (\(topic.predicate))"
        switch kind {
        case .contradiction:
            let affirming = claims.filter(\.affirms)
            let denying = claims.filter { !$0.affirms }
            return "Contradiction on \(about): affirmed by \(list(bySpeaker(affirming))); denied by \(list(bySpeaker(denying)))."
        case .agreement:
            let values = claims.compactMap(\.value)
            let detail = values.isEmpty ? "" : "; their values overlap (\(list(unique(values.map(\.text)))))"
            let denying = claims.filter { !$0.affirms }
            if denying.count == claims.count {
                return "\(sources) independent sources agree in denying \(about): \(list(unique(claims.map(sourceAndDate))))\(detail)."
            }
            if !denying.isEmpty {
                // No contradiction although some deny: the others only report it, or speak of
                // another figure.
                let affirming = claims.filter(\.affirms)
                return "\(sources) independent sources speak of \(about), and no source that denies it meets one that stands by it: "
                    + "reported or affirmed by \(list(bySpeaker(affirming))); denied by \(list(bySpeaker(denying)))."
            }
            return "\(sources) independent sources agree on \(about): \(list(unique(claims.map(sourceAndDate))))\(detail)."
        case .discrepancy:
            return "Sources differ on \(about): \(list(claims.map(says))); their intervals do not overlap."
        case .update:
            let ordered = claims.sorted { ($0.date ?? "") < ($1.date ?? "") }
            return "The figure for \(about) changed over time: \(list(ordered.map(says)))."
        case .singleSource:
            let origin = claims.first.map(sourceAndDate) ?? "one source"
            let repeatNote = claims.count > 1 ? "; said \(claims.count) times in one source, counted once" : ""
            return "Only \(origin) says this about \(about)\(valueNote(claims))\(repeatNote)."
        }
    }

    /// Who said it: the attribution, or, for a claim with neither speaker nor outlet, its document.
    static func who(_ claim: Claim) -> String {
        claim.attribution.speaker == nil && claim.attribution.via == nil ? (claim.source ?? claim.document) : claim.attribution.label
    }

    static func says(_ claim: Claim) -> String {
        var text = who(claim)
        if let date = claim.date { text += " (\(date))" }
        if let value = claim.value { text += ": \(value.text)" }
        return text
    }

    /// One entry per speaker, with the date and every value they gave:
    /// "Wall Street Journal, via Al Mayadeen English (2025-05-23): approximately 4,500".
    static func bySpeaker(_ claims: [Claim]) -> [String] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for claim in claims {
            var key = who(claim)
            if let date = claim.date { key += " (\(date))" }
            if values[key] == nil { order.append(key); values[key] = [] }
            if let value = claim.value?.text, !values[key]!.contains(value) { values[key]!.append(value) }
        }
        return order.map { key in values[key]!.isEmpty ? key : "\(key): \(values[key]!.joined(separator: ", "))" }
    }

    static func sourceAndDate(_ claim: Claim) -> String {
        let source = claim.source ?? claim.document
        return claim.date.map { "\(source) (\($0))" } ?? source
    }

    static func valueNote(_ claims: [Claim]) -> String {
        let values = unique(claims.compactMap(\.value?.text))
        return values.isEmpty ? "" : ": \(list(values))"
    }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "nobody"
        case 1: return items[0]
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
