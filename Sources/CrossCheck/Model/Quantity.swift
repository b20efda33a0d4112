/// A number read from text, with the interval it stands for.
///
/// `value` is the figure as written ("approximately 4,500" → 4500); `low`/`high` are the honest
/// interval: a hedge widens it, a bound opens one end (`high == .infinity` for "over $1 billion"),
/// and an exact figure keeps the precision it was written with ("28,500" → 28,450...28,550).
public struct Quantity: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case count, money, percent, duration, measure, ordinal, year, date, time, phone, code, number
        /// How old someone or something is: "a 15-year-old", "aged 40", "two months old".
        case age
    }

    /// Which way a figure moved, for a change rather than a level: "rose 3%" is up, "fell by
    /// 20 points" and "a 5% drop" are down; "rose to 5%" is a level (nil).
    public enum Change: String, Sendable, Hashable, CaseIterable {
        case up, down
    }

    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double
    public var low: Double
    public var high: Double
    public var lowClosed: Bool
    public var highClosed: Bool
    /// What is counted or measured: "troops", "USD", "%", "year".
    public var unit: String?
    /// ISO 4217 code for money.
    public var currency: String?
    public var kind: Kind
    /// The hedge or bound word that shaped the interval ("approximately", "over"), if any.
    public var hedge: String?
    /// For "4,500 of the 28,500": the whole this quantity is a part of.
    public var partOf: Double?
    /// The noun the number counts or measures, whatever its kind: "troops" in "28,500 US troops",
    /// "support" in "45% support", "voters" in "45% of voters".
    public var counted: String?
    /// For a change ("rose 3%", "a 5% drop"): its direction; nil for a level.
    public var change: Change?

    public init(
        start: Int, end: Int, text: String, value: Double, low: Double, high: Double,
        lowClosed: Bool = true, highClosed: Bool = true, unit: String? = nil, currency: String? = nil,
        kind: Kind, hedge: String? = nil, partOf: Double? = nil, counted: String? = nil,
        change: Change? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.low = low
        self.high = high
        self.lowClosed = lowClosed
        self.highClosed = highClosed
        self.unit = unit
        self.currency = currency
        self.kind = kind
        self.hedge = hedge
        self.partOf = partOf
        self.counted = counted
        self.change = change
    }

    /// True for kinds that are amounts of something (not years, dates, times, ids).
    public var isAmount: Bool {
        switch kind {
        case .count, .money, .percent, .duration, .measure, .number, .age: return true
        default: return false
        }
    }
}

extension Quantity: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([
            ("text", .string(text)),
            ("start", .int(start)),
            ("end", .int(end)),
            ("value", .number(value)),
            ("low", .number(low)),
            ("high", .number(high)),
            ("low_closed", .bool(lowClosed)),
            ("high_closed", .bool(highClosed)),
            ("unit", .optional(unit)),
            ("currency", .optional(currency)),
            ("kind", .string(kind.rawValue)),
            ("hedge", .optional(hedge)),
            ("part_of", .number(partOf)),
            ("counted", .optional(counted)),
            ("change", .optional(change?.rawValue)),
        ])
    }
}

extension Quantity {
    /// Writes the quantity as `jsonValue` serialises, with `id` first when given (`quantities
    /// --jsonl`), straight into `out`: the same bytes, without building the `JSONValue`.
    public func write(into out: inout JSONByteWriter, id: String? = nil) {
        if let id {
            out.raw("{\"id\":")
            out.string(id)
            out.raw(",\"text\":")
        } else {
            out.raw("{\"text\":")
        }
        out.string(text)
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"end\":")
        out.int(end)
        out.raw(",\"value\":")
        out.number(value)
        out.raw(",\"low\":")
        out.number(low)
        out.raw(",\"high\":")
        out.number(high)
        out.raw(lowClosed ? ",\"low_closed\":true" : ",\"low_closed\":false")
        out.raw(highClosed ? ",\"high_closed\":true" : ",\"high_closed\":false")
        out.raw(",\"unit\":")
        out.optional(unit)
        out.raw(",\"currency\":")
        out.optional(currency)
        out.raw(",\"kind\":")
        out.string(kind.rawValue)
        out.raw(",\"hedge\":")
        out.optional(hedge)
        out.raw(",\"part_of\":")
        out.number(partOf)
        out.raw(",\"counted\":")
        out.optional(counted)
        out.raw(",\"change\":")
        out.optional(change?.rawValue)
        out.raw("}")
    }
}
