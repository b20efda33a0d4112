/// One claim a document makes, found by a claim rule in one sentence.
public struct Claim: Sendable, Hashable {
    public enum Modality: String, Sendable, Hashable, CaseIterable {
        /// The outlet (or the speaker) states it as fact.
        case asserted
        /// Attributed to a third party that reported it ("the WSJ reported that ...").
        case reported
        /// Hedged: "considering", "reportedly", "possibly".
        case speculative
        /// Someone denies it ("denied reports that ...", "... are not true").
        case denied
    }

    public enum Polarity: String, Sendable, Hashable {
        case positive, negative
    }

    /// Where the claim was found: offsets are into the document's body, or into its title.
    public enum Field: String, Sendable, Hashable {
        case body, title
    }

    public var id: String
    public var document: String
    /// Index of the sentence in the document.
    public var sentence: Int
    /// Byte span of the claim in the document body.
    public var start: Int
    public var end: Int
    public var rule: String
    public var topic: Topic
    /// What the claim is about, slot by slot (measure, event, holder, object, place, time).
    public var frame: ClaimFrame?
    public var value: ClaimValue?
    public var polarity: Polarity
    public var modality: Modality
    public var attribution: Attribution
    /// Reference date (`YYYY-MM-DD`): the document's publication day.
    public var date: String?
    /// The claim span's text.
    public var text: String
    /// The whole sentence, and the claim's byte span inside it, for highlighting.
    public var sentenceText: String
    public var sentenceStart: Int
    /// Outlet that published the document.
    public var source: String?
    /// Body or headline; a headline claim's `sentence` is -1.
    public var field: Field

    public init(
        id: String, document: String, sentence: Int, start: Int, end: Int, rule: String, topic: Topic,
        value: ClaimValue?, polarity: Polarity, modality: Modality, attribution: Attribution,
        date: String?, text: String, sentenceText: String, sentenceStart: Int, source: String?,
        field: Field = .body
    ) {
        self.id = id
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
        self.topic = topic
        self.value = value
        self.polarity = polarity
        self.modality = modality
        self.attribution = attribution
        self.date = date
        self.text = text
        self.sentenceText = sentenceText
        self.sentenceStart = sentenceStart
        self.source = source
        self.field = field
    }

    /// Affirms the topic (asserted, reported or speculated), as opposed to denying it.
    public var affirms: Bool { modality != .denied && polarity == .positive }
}

/// What a claim is about: a canonical subject and predicate ("US troops in South Korea" / "count"),
/// plus the named slots they were built from. A slot a sentence left unsaid is absent, and the
/// comparator may fill it from a claim on the same predicate that has it.
public struct Topic: Sendable, Hashable, Comparable {
    public var subject: String
    public var predicate: String
    public var slots: [String: String]

    public init(subject: String, predicate: String, slots: [String: String] = [:]) {
        self.subject = subject
        self.predicate = predicate
        self.slots = slots
    }

    /// By predicate, subject, then slots (by name, then value): of two topics that differ, one
    /// comes first. (Ordering by predicate and subject alone left topics that differ only in
    /// their slots unordered, so findings sorted by topic came out in the order they were made:
    /// a run's and the Spark job's findings.jsonl differed in order.)
    public static func < (a: Topic, b: Topic) -> Bool {
        if a.predicate != b.predicate { return a.predicate < b.predicate }
        if a.subject != b.subject { return a.subject < b.subject }
        return a.sortedSlots.lexicographicallyPrecedes(b.sortedSlots) { ($0.key, $0.value) < ($1.key, $1.value) }
    }

    private var sortedSlots: [(key: String, value: String)] { slots.sorted { $0.key < $1.key } }

    public var label: String { "\(subject) / \(predicate)" }

    public var jsonValue: JSONValue {
        .object([
            ("subject", .string(subject)),
            ("predicate", .string(predicate)),
            ("slots", .object(sortedSlots.map { ($0.key, .string($0.value)) })),
        ])
    }
}

/// The value of a claim: the figure, the interval it stands for, and its unit.
public struct ClaimValue: Sendable, Hashable {
    public var value: Double
    public var low: Double
    public var high: Double
    public var unit: String?
    public var text: String
    /// For "4,500 of the 28,500": the whole the value is a part of.
    public var partOf: Double?
    /// "5 more", "another 20": the value adds to an earlier figure instead of stating a total.
    public var increment: Bool

    public init(value: Double, low: Double, high: Double, unit: String?, text: String, partOf: Double? = nil,
                increment: Bool = false) {
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.text = text
        self.partOf = partOf
        self.increment = increment
    }

    public init(_ q: Quantity) {
        self.init(value: q.value, low: q.low, high: q.high, unit: q.unit ?? q.currency, text: q.text, partOf: q.partOf)
    }

    /// A one-sided bound that a plain negation governs is the opposite bound, affirmed: "did not
    /// kill more than 12" is at most 12, "will not cost anything less than $5,000" at least
    /// $5,000 (its text gets "not " in front). Nil for any other value: an exact figure (whose
    /// implied precision gives it two sides), a range, an approximation, zero.
    public func negatedBound() -> ClaimValue? {
        guard value.isFinite, value != 0 else { return nil }
        var flipped = self
        flipped.text = "not " + text
        if high == .infinity, low == value {
            // More than / at least X → at most X (from 0 for a figure that cannot go below it).
            flipped.low = value > 0 ? 0 : -.infinity
            flipped.high = value
        } else if high == value, low <= 0, low < value, value > 0 {
            // Less than / up to X → at least X.
            flipped.low = value
            flipped.high = .infinity
        } else {
            return nil
        }
        return flipped
    }

    /// One value is the part the other is the whole of ("4,500 of the 28,500" and "28,500").
    public func isPart(of other: ClaimValue) -> Bool {
        guard let whole = partOf else { return false }
        return whole >= other.low && whole <= other.high
    }

    /// The intervals share at least one point.
    public func overlaps(_ other: ClaimValue) -> Bool {
        low <= other.high && other.low <= high
    }

    public var jsonValue: JSONValue {
        .object([
            ("value", .number(value)), ("low", .number(low)), ("high", .number(high)),
            ("unit", .optional(unit)), ("text", .string(text)), ("part_of", .number(partOf)), ("increment", .bool(increment)),
        ])
    }
}

/// Who says it (`speaker`), and through whom the reader learns it (`via`, the publishing outlet,
/// when that is not the speaker): "the Wall Street Journal, via Al Mayadeen English".
public struct Attribution: Sendable, Hashable {
    public var speaker: String?
    public var via: String?
    public init(speaker: String?, via: String?) {
        self.speaker = speaker
        self.via = via
    }

    public var label: String {
        switch (speaker, via) {
        case let (s?, v?): return "\(s), via \(v)"
        case let (s?, nil): return s
        case let (nil, v?): return v
        default: return "unattributed"
        }
    }
}

extension Claim: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("document", .string(document)),
            ("sentence", .int(sentence)),
            ("start", .int(start)),
            ("end", .int(end)),
            ("rule", .string(rule)),
            ("topic", topic.jsonValue),
            ("frame", frame?.jsonValue ?? .null),
            ("value", value?.jsonValue ?? .null),
            ("polarity", .string(polarity.rawValue)),
            ("modality", .string(modality.rawValue)),
            ("attribution", .object([("speaker", .optional(attribution.speaker)), ("via", .optional(attribution.via))])),
            ("date", .optional(date)),
            ("text", .string(text)),
            ("sentence_text", .string(sentenceText)),
            ("sentence_start", .int(sentenceStart)),
            ("source", .optional(source)),
            ("field", .string(field.rawValue)),
        ])
    }
}

extension Claim {
    /// Document, then start, then end, then id: a total order, so output never depends on input order.
    public static func documentOrder(_ a: Claim, _ b: Claim) -> Bool {
        (a.document, a.start, a.end, a.id) < (b.document, b.start, b.end, b.id)
    }
}
