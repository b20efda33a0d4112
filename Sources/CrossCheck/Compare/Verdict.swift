/// What holds between the claims of one event.
///
/// - contradiction: one speaker affirms what another denies (a story's claim is affirmed only by
///   a document that vouches for it, not by one that reports it) — a denial of a figure counts when
///   its interval holds the affirmed figure ("reports of more than 8,000 cuts are absurd"
///   against "will cut about 9,000 jobs") and both are about one event or holder, and a denial
///   without a figure denies them all;
/// - with two or more independent sources: discrepancy when two sources' intervals do not
///   overlap, update when every such pair was published on different days, agreement
///   otherwise. A part and its whole ("4,500 of the 28,500") and an increment and a total
///   ("5 more", "another 20") are not compared;
/// - single-source when only one source says it (however often).
public enum Verdict {
    public static func kind(_ claims: [Claim], sources: Int, copies: [String: String] = [:]) -> Finding.Kind {
        let affirming = claims.filter(\.affirms)
        let denying = claims.filter { !$0.affirms }
        let vouching = affirming.filter(vouches)
        if !vouching.isEmpty, denying.contains(where: { denial in vouching.contains { contradicts(denial, $0) } }) {
            return .contradiction
        }
        if sources < 2 { return .singleSource }
        let valued = affirming.filter { $0.value != nil }
        var conflicts: [(Claim, Claim)] = []
        for (i, a) in valued.enumerated() {
            for b in valued[(i + 1)...] where differ(a, b, copies: copies) {
                conflicts.append((a, b))
            }
        }
        if conflicts.isEmpty { return .agreement }
        if conflicts.allSatisfy({ $0.0.date != nil && $0.1.date != nil && $0.0.date != $0.1.date }) { return .update }
        return .discrepancy
    }

    /// Whether an affirming claim can stand against a denial. A story's claim is affirmed by a
    /// document that vouches for it (asserted); one that only reports it ("observing") takes no
    /// side. Any other affirming claim has its speaker, who stands by it.
    static func vouches(_ claim: Claim) -> Bool {
        claim.rule != StoryClaimCheck.rule || claim.modality == .asserted
    }

    /// `denial` denies what `affirmation` says: no figure in the denial, or one whose interval
    /// holds the affirmed figure. Two voices are needed: one speaker of one document restating
    /// what it denies (a debunk repeating the hoax) contradicts nobody. A denied figure of a
    /// frame claim contradicts an affirmed one only when they are about the same happening —
    /// the same event or the same holder — not merely the same measure ("certainly not $2,000"
    /// says nothing against "gold sells for $1,250 an ounce").
    static func contradicts(_ denial: Claim, _ affirmation: Claim) -> Bool {
        if denial.document == affirmation.document, denial.attribution.speaker == affirmation.attribution.speaker { return false }
        if denial.rule == QuantityFrameBuilder.rule, affirmation.rule == QuantityFrameBuilder.rule,
           let d = denial.frame, let a = affirmation.frame {
            let sameEvent = d.event != nil && d.event == a.event
            let sameHolder = d.holder.map { h in a.holder.map { $0.lowercased() == h.lowercased() } ?? false } ?? false
            guard sameEvent || sameHolder else { return false }
        }
        guard let denied = denial.value, let affirmed = affirmation.value else { return true }
        return denied.overlaps(affirmed)
    }

    /// Two affirmed figures from different sources whose intervals do not overlap, neither a
    /// part of the other nor an increment.
    static func differ(_ a: Claim, _ b: Claim, copies: [String: String]) -> Bool {
        guard let va = a.value, let vb = b.value, a.document != b.document else { return false }
        if let ca = copies[a.document], ca == copies[b.document] { return false }
        if va.increment != vb.increment || va.isPart(of: vb) || vb.isPart(of: va) { return false }
        return !va.overlaps(vb)
    }
}
