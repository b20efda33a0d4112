/// Decides how a sentence holds each of its claims.
///
/// Reads: a sentence's tokens and the cue lexicons `denial-cues` and `hedge-cues`.
/// Adds: the denial and hedge cues with their positions. A denial cue anywhere in the sentence
/// denies its claims ("denied reports that ...", "Reports that ... are not true"); a hedge cue
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

    let lexicons: CompiledLexicons

    public init(lexicons: CompiledLexicons) {
        self.lexicons = lexicons
    }

    public func stance(of tokens: [Token]) -> Stance {
        let denial = lexicons.find("denial-cues", in: tokens).map { cue($0.start, $0.end, tokens) }
        var hedges: [Cue] = []
        var position = 0
        while let found = lexicons.find("hedge-cues", in: tokens, from: position) {
            hedges.append(cue(found.start, found.end, tokens))
            position = found.end
        }
        return Stance(denial: denial, hedges: hedges)
    }

    func cue(_ start: Int, _ end: Int, _ tokens: [Token]) -> Cue {
        Cue(text: tokens[start..<end].map(\.key).joined(separator: " "), start: start, end: end)
    }

    /// A claim's modality and polarity, given the sentence's stance, the claim's tokens and
    /// whether its speaker is someone other than the publishing outlet.
    public static func modality(for stance: Stance, claim: Range<Int>, thirdParty: Bool) -> (Claim.Modality, Claim.Polarity) {
        if stance.denial != nil { return (.denied, .negative) }
        if thirdParty { return (.reported, .positive) }
        if stance.hedge(for: claim) != nil { return (.speculative, .positive) }
        return (.asserted, .positive)
    }
}
