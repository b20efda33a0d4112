/// What a text says about a claim.
public enum Stance: String, Sendable, Hashable, CaseIterable {
    /// It states the claim as true.
    case `for`
    /// It denies or refutes it.
    case against
    /// It reports the claim without endorsing it (reportedly, claims, a question).
    case observing
    /// It is not about the claim.
    case unrelated

    /// The FNC-1 benchmark's names: agree, disagree, discuss, unrelated.
    public var fncLabel: String {
        switch self {
        case .for: return "agree"
        case .against: return "disagree"
        case .observing: return "discuss"
        case .unrelated: return "unrelated"
        }
    }
}

/// A sentence that aligns with the claim, as evidence for a stance.
public struct StanceEvidence: Sendable, Hashable {
    /// Index of the sentence in the body (-1 for the title).
    public var sentence: Int
    /// Byte range in the body (in the title, for sentence -1).
    public var start: Int
    public var end: Int
    public var text: String
    /// Share of the claim's weight (words, names, figures) the sentence holds, 0...1.
    public var alignment: Double
    /// How many of the claim's words that are not names the sentence holds, and whether it holds
    /// one of the claim's figures: what the claim says happened, beyond whom it is about.
    public var words: Int
    public var figures: Bool

    public init(sentence: Int, start: Int, end: Int, text: String, alignment: Double, words: Int = 0, figures: Bool = false) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.alignment = alignment
        self.words = words
        self.figures = figures
    }

    public var jsonValue: JSONValue {
        .object([("sentence", .int(sentence)), ("start", .int(start)), ("end", .int(end)), ("text", .string(text))])
    }
}

/// The stance of one document toward one claim, with what decided it.
public struct StanceResult: Sendable, Hashable {
    public var document: String
    public var claim: String
    public var stance: Stance
    /// The best of for / against / observing, even when `stance` is unrelated (benchmarks
    /// whose pairs are all related ask for it).
    public var relatedStance: Stance
    /// The probability of `stance` under the weights, 0...1, rounded to 3 decimals.
    public var score: Double
    /// The cue that weighed most toward the stance (nil when no cue did: a plain statement).
    public var cue: StanceCue?
    /// Who says it in the deciding sentence (nil: the outlet itself).
    public var speaker: String?
    /// The sentences about the claim, in text order.
    public var evidence: [StanceEvidence]
    public var features: StanceFeatures
    /// How many of the claim's words are not names ("resigned", "budget"), and its figures.
    public var claimWords: Int
    public var claimFigures: Int

    /// Whether some evidence sentence holds what the claim says happened — one of its words that
    /// is not a name, or one of its figures — and not only whom it is about. A claim of names
    /// alone (a headline in title case) is held by any sentence that holds it.
    public var evidenceStatesWhatHappened: Bool {
        if claimWords == 0, claimFigures == 0 { return !evidence.isEmpty }
        return evidence.contains { $0.words > 0 || $0.figures }
    }

    public init(document: String, claim: String, stance: Stance, relatedStance: Stance, score: Double, cue: StanceCue?,
                speaker: String?, evidence: [StanceEvidence], features: StanceFeatures, claimWords: Int = 0, claimFigures: Int = 0) {
        self.claimWords = claimWords
        self.claimFigures = claimFigures
        self.document = document
        self.claim = claim
        self.stance = stance
        self.relatedStance = relatedStance
        self.score = score
        self.cue = cue
        self.speaker = speaker
        self.evidence = evidence
        self.features = features
    }
}

extension StanceResult: JSONLineRepresentable {
    /// `document, claim, stance, score, cue, speaker, evidence`.
    public var jsonValue: JSONValue {
        .object([("document", .string(document)), ("claim", .string(claim)), ("stance", .string(stance.rawValue)),
                 ("score", .number(score)), ("cue", cue?.jsonValue ?? .null), ("speaker", .optional(speaker)),
                 ("evidence", .array(evidence.map(\.jsonValue)))])
    }
}
