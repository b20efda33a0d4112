/// A word or phrase that bears on a text's stance toward a claim, found in a sentence.
public struct StanceCue: Sendable, Hashable {
    /// What a cue says about the claim.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Calls it untrue: hoax, fake, debunked (`check-refuting-cues`).
        case refuting
        /// Denies it: denied, dismissed, not true, no plans (`denial-cues`).
        case denial
        /// Doubts it: skeptical, questioned (`check-doubt-cues`).
        case doubt
        /// Reports it without endorsing it: reportedly, claims, rumour, may (`hedge-cues`, `check-hedge-cues`).
        case hedge
        /// Forecasts or estimates it: predicts, analyst, survey (`check-forecast-cues`).
        case forecast
        /// Negates the clause: not, never, hasn't (`check-negation-cues`).
        case negation
        /// Vouches for it: confirmed, officially, proof (`check-support-cues`).
        case support
        /// Attributes it to someone: said, told (`report-verbs`).
        case report
        /// The sentence is a question ("?", or a headline opening with "Did", "Is" ...).
        case question
    }

    public var kind: Kind
    /// The cue's canonical form ("hoax" for "hoaxes").
    public var canonical: String
    /// The words as written.
    public var text: String
    /// Index of the sentence in the document (-1 for the title).
    public var sentence: Int
    /// Byte range in the document's body (in the title, for sentence -1).
    public var start: Int
    public var end: Int

    public init(kind: Kind, canonical: String, text: String, sentence: Int, start: Int, end: Int) {
        self.kind = kind
        self.canonical = canonical
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// The lexicons each kind is read from; a form listed under two kinds belongs to the first.
    public static let lexicons: [(name: String, kind: Kind)] = [
        ("check-refuting-cues", .refuting), ("denial-cues", .denial), ("check-doubt-cues", .doubt),
        ("hedge-cues", .hedge), ("check-hedge-cues", .hedge), ("check-forecast-cues", .forecast), ("check-negation-cues", .negation),
        ("check-support-cues", .support), ("report-verbs", .report),
    ]

    /// Words that open a question (`check-question-cues`).
    public static let questionLexicon = "check-question-cues"
}

extension StanceCue: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([("kind", .string(kind.rawValue)), ("text", .string(text)), ("canonical", .string(canonical)),
                 ("sentence", .int(sentence)), ("start", .int(start)), ("end", .int(end))])
    }
}
