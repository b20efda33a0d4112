/// Decides how a sentence holds each of its claims.
///
/// Reads: a sentence's tokens and the cue lexicons `denial-cues` and `hedge-cues` (and the
/// `neutral` phrases of `negation-cues`, inside which a denial word denies nothing: "cannot
/// confirm or deny"). Adds: the denial and hedge cues with their positions. A denial denies the claims in its
/// scope ("denied reports that ...", "Reports that ... are not true"); a hedge cue
/// hedges a claim only when it is inside the claim or at most `hedgeReach` tokens before it
/// ("is considering withdrawing ..."), so a "could" in another clause does not.
public struct StanceDetector: Sendable {
    public struct Cue: Sendable, Hashable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct Stance: Sendable, Hashable {
        public var denial: Cue?
        public var hedges: [Cue]

        public var denialCue: String? { denial?.text }
        public var hedgeCue: String? { hedges.first?.text }

        /// The hedge that reaches a claim spanning tokens `claim`, if any.
        public func hedge(for claim: Range<Int>) -> Cue? {
            hedges.first { $0.start < claim.upperBound && $0.end >= claim.lowerBound - StanceDetector.hedgeReach }
        }
    }

    /// How many tokens before a claim a hedge still reaches.
    public static let hedgeReach = 6

    let denialCues: CompiledLexicon
    let hedgeCues: CompiledLexicon
    let negationCues: CompiledLexicon

    public init(lexicons: CompiledLexicons) {
        denialCues = lexicons.lexicon("denial-cues")
        hedgeCues = lexicons.lexicon("hedge-cues")
        negationCues = lexicons.lexicon("negation-cues")
    }

    public func stance(of tokens: [Token]) -> Stance {
        // A denial word inside a neutral phrase ("cannot confirm or deny") denies nothing.
        var denial: Cue?
        var from = 0
        while let found = denialCues.find(in: tokens, from: from) {
            if !Self.insideNeutralPhrase(found.start, tokens, negationCues) {
                denial = cue(found.start, found.end, tokens)
                break
            }
            from = found.end
        }
        var hedges: [Cue] = []
        var position = 0
        while let found = hedgeCues.find(in: tokens, from: position) {
            hedges.append(cue(found.start, found.end, tokens))
            position = found.end
        }
        return Stance(denial: denial, hedges: hedges)
    }

    /// Whether token `k` is inside a `neutral` phrase of `negation-cues` (`NegationScoper`).
    static func insideNeutralPhrase(_ k: Int, _ tokens: [Token], _ negationCues: CompiledLexicon) -> Bool {
        var i = 0
        while i <= k {
            if let end = NegationScoper.neutralPhrase(at: i, tokens, negationCues) {
                if k < end { return true }
                i = end
            } else {
                i += 1
            }
        }
        return false
    }

    func cue(_ start: Int, _ end: Int, _ tokens: [Token]) -> Cue {
        Cue(text: tokens[start..<end].map(\.key).joined(separator: " "), start: start, end: end)
    }

    /// "3 May 2025": a month name is not the modal "may".
    static func isDate(_ cue: Cue, _ layer: LinguisticLayer) -> Bool {
        guard cue.start < layer.count, cue.end - cue.start == 1 else { return false }
        let token = layer.tokens[cue.start]
        let nextIsNumber = cue.start + 1 < layer.count && layer.tokens[cue.start + 1].hasDigit
        let previousIsNumber = cue.start > 0 && layer.tokens[cue.start - 1].hasDigit
        return (token.isCapitalized && cue.start > 0) || nextIsNumber || previousIsNumber
    }

    /// A claim's modality and polarity, given the sentence's stance, its linguistic layer, the
    /// claim's tokens and whether its speaker is someone other than the publishing outlet.
    ///
    /// A denial governs a claim only inside its scope (`NegationScoper`): "denied X but
    /// confirmed Y" denies X, not Y. A denying verb or predicate ("denied", "not true") makes
    /// the claim denied; a plain negation ("were not killed", "no jobs") makes it negative
    /// while it stays asserted, reported or speculative, when it stands inside the claim or
    /// at most three words before it.
    ///
    /// `holder`: the tokens of an event frame's holder before its predicate ("no newborn" of
    /// "no newborn could be given the name"); a "no" that opens it negates the frame however
    /// far it stands from the verb.
    public static func modality(for stance: Stance, layer: LinguisticLayer, claim: Range<Int>,
                                thirdParty: Bool, holder: Range<Int>? = nil) -> (Claim.Modality, Claim.Polarity) {
        // A plain negation ("not", "no", "never") counts only inside the claim or just before
        // it ("were not killed", "did not cut 900 jobs"); "…, did not report injuries" says
        // nothing against an earlier figure.
        let negation = layer.negations.first { n in
            guard n.scope.overlaps(claim) else { return false }
            if n.kind == .verb || n.kind == .predicate { return true }
            if n.kind == .determiner, let holder, holder.contains(n.cue.lowerBound) { return true }
            return n.cue.lowerBound < claim.upperBound && n.cue.upperBound + 3 > claim.lowerBound
        }
        if let negation, negation.kind == .verb || negation.kind == .predicate { return (.denied, .negative) }
        // A denial cue ("no discussions whatsoever", "not true") denies the claims of its clause.
        if let denial = stance.denial, denial.start < layer.count, !describesNoun(denial, layer),
           !NegationScoper.countsItsObject(after: denial.end, layer.words),
           claim.contains(where: { layer.sameClause($0, denial.start) }) || layer.sameClause(claim.lowerBound, denial.start) {
            return (.denied, .negative)
        }
        let polarity: Claim.Polarity = negation == nil ? .positive : .negative
        if thirdParty { return (.reported, polarity) }
        if let hedge = stance.hedge(for: claim), !isDate(hedge, layer) { return (.speculative, polarity) }
        return (.asserted, polarity)
    }

    /// A one-word cue right before a noun describes that noun ("false identity papers"), as the
    /// negation scoper reads it: it denies nothing.
    static func describesNoun(_ cue: Cue, _ layer: LinguisticLayer) -> Bool {
        NegationScoper.describesNoun(cue.start, cue.end, layer.tokens, layer.words)
    }
}
