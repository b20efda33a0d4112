/// A claim prepared for alignment: its content words by lemma (names weigh more), its figures
/// as intervals, and whether the claim is itself negated ("X is not a hoax"), in which case the
/// negation and refutation in a text no longer count against it.
public struct ClaimProfile: Sendable {
    public struct Term: Sendable, Hashable {
        public var lemma: String
        public var text: String
        public var weight: Double
        public var isName: Bool
    }

    public var text: String
    public var terms: [Term]
    /// Figures of the claim (amounts, years), each weighing `StanceChecker.figureWeight`.
    public var quantities: [Quantity]
    public var negated: Bool
    /// The claim hedges itself or asks ("X reportedly ...", "Did X ...?").
    public var hedged: Bool
    /// Sum of the terms' and figures' weights.
    public var totalWeight: Double
    var termIndex: [String: Int]

    /// Up to this many distinct terms are aligned (a claim is a sentence, not an article).
    public static let maxTerms = 64
}

/// A text cut into sentences (the title first, as sentence -1), each tokenized once with its
/// lemmas, clauses and cues: what every claim is aligned against. Prepare a document once and
/// check many claims against it.
public struct PreparedText: Sendable {
    struct Unit: Sendable {
        var index: Int
        var start: Int
        var end: Int
        var text: String
        var tokens: [Token]
        /// Lemma per token; nil for punctuation, function words and figures.
        var lemmas: [String?]
        /// Clause number per token.
        var clause: [Int]
        /// Content words per clause that are not part of a cue.
        var clauseContent: [Int]
        var cues: [(range: Range<Int>, kind: StanceCue.Kind, canonical: String)]
        var isQuestion: Bool
        var mayHoldFigures: Bool
    }

    public var id: String
    var units: [Unit]
    /// One or two sentences: weighed as a headline.
    public var isHeadline: Bool
}

/// How one sentence lines up with a claim.
public struct ClaimAlignment: Sendable, Hashable {
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// Share of the claim's weight found in the sentence, 0...1.
    public var score: Double
    /// The claim's terms found (their text in the claim).
    public var matched: [String]
    /// Claim figures the sentence agrees with / contradicts (their text in the claim).
    public var figuresAgreeing: [String]
    public var figuresConflicting: [String]
    /// Every cue in the sentence, and whether it is in a clause about the claim.
    public var cues: [(cue: StanceCue, inScope: Bool)]
    public var isQuestion: Bool

    public static func == (a: ClaimAlignment, b: ClaimAlignment) -> Bool {
        a.sentence == b.sentence && a.start == b.start && a.score == b.score && a.matched == b.matched
            && a.cues.map(\.cue) == b.cues.map(\.cue) && a.cues.map(\.inScope) == b.cues.map(\.inScope)
    }

    public func hash(into h: inout Hasher) {
        h.combine(sentence)
        h.combine(start)
        h.combine(matched)
    }
}
