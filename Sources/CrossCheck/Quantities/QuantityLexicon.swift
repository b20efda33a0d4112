/// The quantity lexicons from `rules/quantities/`, compiled into typed tables and one phrase
/// index keyed by token hashes, so that the extractor looks a word up with one probe.
///
/// Lexicons read (by name) and the attributes each term may carry:
/// - `quantity-hedges`: `shape` (approximate, below, just-above, above, at-least, at-most, under,
///   exact, range, implied), `tolerance` (relative, "0.1" = ±10%), `role: after` for hedges written
///   after the number ("or more"), `connector` for range openers ("between" … "and").
///   The term with `shape: implied` sets the cap on an exact figure's implied precision.
/// - `quantity-scales`: `scale` (a factor: "1e6"), `role`: word (default), suffix (only glued to
///   digits: "5m"), plural ("thousands": an interval from 2× to 10×).
/// - `quantity-number-words`: `value` and `role`: number (default), article (a, an), fraction
///   (half, quarter), fractions (thirds, quarters: after a count), multiplier (dozen, also after
///   digits: "3 dozen"), plural (dozens, tens: 2× to 10×), ordinal (first, fifth), ordinal-suffix
///   (st, nd, rd, th), sign (minus, negative: `value` -1, before a number), point (the decimal
///   point in words: "two point five"), vague (after "a": "a few", "a couple"; `low` and `high`
///   give the interval; `connector`: a word that must follow unless a unit or a scale does).
/// - `quantity-currencies`: the canonical form is the ISO 4217 code (or `currency`); forms are
///   symbols, codes and names, read before or after the number. `subunit` (a factor: "0.01")
///   marks a coin read after the number ("60 cents", "20p", "$5 and 20c"). `decimals: 0` marks
///   a currency written without decimals, so a point before three digits groups thousands
///   ("Rp 31.500" is 31,500 rupiah).
/// - `quantity-units`: `kind` (percent, duration, measure) and `unit` (the name written out;
///   default the canonical form).
/// - `quantity-nouns`: `role`: noun (a counted noun, default), modifier (skipped before the noun:
///   "eligible"), stop (a function word that ends the search for the noun).
/// - `quantity-calendar`: `role`: month (`value` 1-12), weekday, time (am, pm, time zones),
///   year-cue (before a four-digit year that a name follows: "in", "since").
/// - `quantity-non-count`: cue words that make a number an id: `kind` (code, ...) and `role`
///   before (page, section, No.) or after (Max: "737 Max").
/// - `quantity-changes`: words before a number that make it a change, not a level ("rose 3%",
///   "fell by 20 points"), with their `direction` (up, down) and `role`: verb (default), adverb
///   ("up", "down": only at a clause start or after a `link` word such as "were");
///   `quantity-change-nouns`: nouns
///   right after the number or before "of" ("a 5% drop", "an increase of 10%"), the same way.
/// - `quantity-senses`: cue words that choose between the two readings of a form that is both a
///   unit and a scale or a currency ("12m": metres or millions; "5 pounds": weight or money):
///   `reads` (unit, or other for the scale or currency), `role` before or after the number,
///   `unit` (only for that unit; default any).
/// Any term may carry `case: exact`: its lowercase forms then match only as written ("c", "p").
struct QuantityLexicon: Sendable {
    /// One shared, immutable copy: the parser borrows the tables through it instead of copying
    /// (and retaining) every array of the struct on each call.
    final class Shared: Sendable {
        let lexicon: QuantityLexicon
        init(_ lexicon: QuantityLexicon) { self.lexicon = lexicon }
    }

    enum Category: UInt8, Sendable {
        case hedge, scale, numberWord, currency, unit, noun, calendar, nonCount, change, changeNoun, sense
    }

    static let names: [(String, Category)] = [
        ("quantity-hedges", .hedge), ("quantity-scales", .scale), ("quantity-number-words", .numberWord),
        ("quantity-currencies", .currency), ("quantity-units", .unit), ("quantity-nouns", .noun),
        ("quantity-calendar", .calendar), ("quantity-non-count", .nonCount), ("quantity-changes", .change),
        ("quantity-change-nouns", .changeNoun), ("quantity-senses", .sense),
    ]

    struct Phrase: Sendable {
        var keys: [UInt64]
        var exact: Bool
        var category: Category
        var entry: Int
    }

    enum Shape: String, Sendable, CaseIterable {
        case approximate, below, justAbove = "just-above", above, atLeast = "at-least", atMost = "at-most",
             under, exact, range, implied
    }

    struct Hedge: Sendable {
        var canonical: String
        var shape: Shape
        var tolerance: Double
        var after: Bool
        var connector: UInt64?
    }

    struct Scale: Sendable {
        var factor: Double
        var suffixOnly: Bool
        var plural: Bool
    }

    enum NumberRole: String, Sendable, CaseIterable {
        case number, article, fraction, fractions, multiplier, plural, ordinal, ordinalSuffix = "ordinal-suffix",
             sign, point, vague
    }

    struct NumberWord: Sendable {
        var value: Double
        var role: NumberRole
        /// Vague words: the interval ("a few": 2...5).
        var low: Double = 0
        var high: Double = 0
        /// Vague words: the word that must follow unless a unit or a scale does ("a couple of").
        var connector: UInt64?
        /// `pronoun-after`: words after which the number word is a pronoun ("no one", "that one").
        var pronounAfter: Set<UInt64> = []
    }

    struct Currency: Sendable {
        var code: String
        /// 1 for the currency itself; for a coin, its worth ("cents": 0.01).
        var factor: Double
        var subunit: Bool { factor != 1 }
    }


    struct ChangeCue: Sendable {
        /// nil for a linking word ("were" in "shares were up 3%").
        var direction: Quantity.Change?
        /// "up", "down": a cue only at a clause start or after a linking word (not "gunned down 25").
        var adverb: Bool
    }

    struct SenseCue: Sendable {
        /// The cue chooses the unit reading (else the scale or currency).
        var unit: Bool
        var after: Bool
        /// The units it applies to (names), or nil for any.
        var only: [String]?
    }

    struct Unit: Sendable {
        var name: String
        var kind: Quantity.Kind
        /// `role: cued`: a form that is mostly another word ("in"), read as the unit only when
        /// glued to the digits, before a cue of `quantity-senses` for it ("2 in thick"), or at the
        /// end of a clause ("my pencil is 2 in.").
        var cued = false
        /// `article: one`: "a" or "an" before the unit is one of it ("a gallon of beer").
        var afterArticle = false
    }

    enum NounRole: String, Sendable, CaseIterable { case noun, modifier, stop }
    enum CalendarRole: String, Sendable, CaseIterable {
        case month, weekday, time
        case yearCue = "year-cue"
    }

    struct CalendarTerm: Sendable {
        var role: CalendarRole
        var value: Int
    }

    struct NonCountCue: Sendable {
        var kind: Quantity.Kind
        var after: Bool
    }

    var phrases: [Phrase] = []
    /// The phrases indexed by first token, for the grammar's lookups (read in place by reference).
    private(set) var index = QuantityPhraseIndex([])
    var hedges: [Hedge] = []
    var scales: [Scale] = []
    var numberWords: [NumberWord] = []
    var currencies: [Currency] = []
    /// Codes of the currencies written without decimals (`decimals: 0`).
    var wholeCurrencies: Set<String> = []
    var changes: [ChangeCue] = []
    /// Keys of the sign words ("minus", "negative"), asked of every word that may start a number.
    var signKeys: [UInt64] = []
    var senses: [SenseCue] = []
    var units: [Unit] = []
    var nouns: [NounRole] = []
    var calendar: [CalendarTerm] = []
    var nonCount: [NonCountCue] = []
    /// Largest half-width of an exact figure's implied precision, relative to its value.
    var impliedCap: Double = 0.05
    /// Problems with attribute values, with the term's position.
    var diagnostics: [Diagnostic] = []

    init(lexicons: [String: Lexicon]) {
        for (name, category) in Self.names {
            guard let lexicon = lexicons[name] else { continue }
            for entry in lexicon.entries { add(entry, category: category, file: lexicon.file) }
        }
        index = QuantityPhraseIndex(phrases)
    }

    private mutating func problem(_ message: String, _ entry: Lexicon.Entry, _ file: String) {
        diagnostics.append(Diagnostic(id: "bad-attribute", message, file: file, line: entry.line, column: 1))
    }

    private mutating func number(_ entry: Lexicon.Entry, _ key: String, _ file: String) -> Double? {
        guard let text = entry.attributes[key] else { return nil }
        if let v = Double(text) { return v }
        problem("'\(key)' of '\(entry.canonical)' must be a number, found '\(text)'", entry, file)
        return nil
    }

    private mutating func role<R: RawRepresentable & CaseIterable>(_ entry: Lexicon.Entry, _ file: String,
                                                                    default value: R) -> R where R.RawValue == String {
        guard let text = entry.attributes["role"] else { return value }
        if let r = R(rawValue: text) { return r }
        problem("unknown role '\(text)' of '\(entry.canonical)'; expected one of: "
                + R.allCases.map(\.rawValue).joined(separator: ", "), entry, file)
        return value
    }

    private mutating func kind(_ entry: Lexicon.Entry, _ file: String, default value: Quantity.Kind) -> Quantity.Kind {
        guard let text = entry.attributes["kind"] else { return value }
        if let k = Quantity.Kind(rawValue: text) { return k }
        problem("unknown kind '\(text)' of '\(entry.canonical)'; expected one of: "
                + Quantity.Kind.allCases.map(\.rawValue).joined(separator: ", "), entry, file)
        return value
    }

    private mutating func add(_ entry: Lexicon.Entry, category: Category, file: String) {
        let index: Int
        var forms = entry.forms
        switch category {
        case .hedge:
            let shapeText = entry.attributes["shape"] ?? "approximate"
            guard let shape = Shape(rawValue: shapeText) else {
                problem("unknown shape '\(shapeText)' of '\(entry.canonical)'; expected one of: "
                        + Shape.allCases.map(\.rawValue).joined(separator: ", "), entry, file)
                return
            }
            let tolerance = number(entry, "tolerance", file) ?? 0
            if shape == .implied {
                impliedCap = tolerance
                return
            }
            let after = entry.attributes["role"] == "after"
            if let r = entry.attributes["role"], r != "after", r != "before" {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected before or after", entry, file)
            }
            let connector = entry.attributes["connector"].map { QuantityTokenizer.hash($0) }
            if shape == .range && connector == nil {
                problem("range opener '\(entry.canonical)' needs a 'connector' (such as \"and\")", entry, file)
            }
            index = hedges.count
            hedges.append(Hedge(canonical: entry.canonical, shape: shape, tolerance: tolerance, after: after,
                                connector: connector))
        case .scale:
            guard let factor = number(entry, "scale", file) else {
                problem("scale word '\(entry.canonical)' needs a 'scale' (such as \"1e6\")", entry, file)
                return
            }
            let r = entry.attributes["role"] ?? "word"
            if !["word", "suffix", "plural"].contains(r) {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected word, suffix or plural", entry, file)
            }
            index = scales.count
            scales.append(Scale(factor: factor, suffixOnly: r == "suffix", plural: r == "plural"))
        case .numberWord:
            let r: NumberRole = role(entry, file, default: .number)
            let value = number(entry, "value", file) ?? 0
            if entry.attributes["value"] == nil, r != .article, r != .ordinalSuffix, r != .point {
                problem("number word '\(entry.canonical)' needs a 'value'", entry, file)
            }
            if entry.attributes["value"] == nil, r == .sign {
                problem("sign word '\(entry.canonical)' needs a 'value' (-1 or 1)", entry, file)
            }
            if r == .sign { signKeys += ([entry.canonical] + entry.forms).map { QuantityTokenizer.hash($0) } }
            var word = NumberWord(value: r == .article ? 1 : value, role: r)
            if r == .vague {
                guard let low = number(entry, "low", file), let high = number(entry, "high", file), low <= high else {
                    problem("vague number '\(entry.canonical)' needs 'low' and 'high' (low ≤ high)", entry, file)
                    return
                }
                word.low = low
                word.high = high
                word.connector = entry.attributes["connector"].map { QuantityTokenizer.hash($0) }
            }
            if let after = entry.attributes["pronoun-after"] {
                word.pronounAfter = Set(after.split(separator: ",").map {
                    QuantityTokenizer.hash($0.split(separator: " ").joined(separator: " "))
                })
            }
            index = numberWords.count
            numberWords.append(word)
        case .currency:
            index = currencies.count
            currencies.append(Currency(code: entry.attributes["currency"] ?? entry.canonical,
                                       factor: number(entry, "subunit", file) ?? 1))
            if let d = entry.attributes["decimals"] {
                if d == "0" { wholeCurrencies.insert(entry.attributes["currency"] ?? entry.canonical) } else {
                    problem("decimals of '\(entry.canonical)' must be 0 (or left out)", entry, file)
                }
            }
        case .change, .changeNoun:
            let r = entry.attributes["role"] ?? "verb"
            if category == .change, !["verb", "adverb", "link"].contains(r) {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected verb, adverb or link", entry, file)
            }
            let d = entry.attributes["direction"] ?? ""
            let direction = Quantity.Change(rawValue: d)
            if direction == nil, !(category == .change && r == "link") {
                problem("change cue '\(entry.canonical)' needs a 'direction': up or down", entry, file)
                return
            }
            index = changes.count
            changes.append(ChangeCue(direction: r == "link" ? nil : direction, adverb: r == "adverb"))
        case .sense:
            let reads = entry.attributes["reads"] ?? ""
            if reads != "unit" && reads != "other" {
                problem("sense cue '\(entry.canonical)' needs 'reads': unit or other", entry, file)
                return
            }
            let r = entry.attributes["role"] ?? "after"
            if r != "before" && r != "after" {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected before or after", entry, file)
            }
            index = senses.count
            let only = entry.attributes["unit"].map { $0.split(separator: ",").map { $0.split(separator: " ").joined(separator: " ") } }
            senses.append(SenseCue(unit: reads == "unit", after: r == "after", only: only))
        case .unit:
            let k = kind(entry, file, default: .measure)
            index = units.count
            let r = entry.attributes["role"] ?? "plain"
            if r != "plain" && r != "cued" {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected plain or cued", entry, file)
            }
            let article = entry.attributes["article"]
            if let article, article != "one" {
                problem("article of '\(entry.canonical)' must be one (or left out)", entry, file)
            }
            units.append(Unit(name: entry.attributes["unit"] ?? entry.canonical, kind: k, cued: r == "cued",
                              afterArticle: article == "one"))
        case .noun:
            index = nouns.count
            nouns.append(role(entry, file, default: NounRole.noun))
        case .calendar:
            let r: CalendarRole = role(entry, file, default: .month)
            let v = number(entry, "value", file) ?? 0
            if r == .month && !(1...12).contains(v) {
                problem("month '\(entry.canonical)' needs a 'value' from 1 to 12", entry, file)
            }
            index = calendar.count
            calendar.append(CalendarTerm(role: r, value: Int(v)))
        case .nonCount:
            let k = kind(entry, file, default: .code)
            let r = entry.attributes["role"] ?? "before"
            if r != "before" && r != "after" {
                problem("unknown role '\(r)' of '\(entry.canonical)'; expected before or after", entry, file)
            }
            index = nonCount.count
            nonCount.append(NonCountCue(kind: k, after: r == "after"))
        }
        if forms.isEmpty { forms = [entry.canonical] }
        if let c = entry.attributes["case"], c != "exact" {
            problem("unknown case '\(c)' of '\(entry.canonical)'; expected exact", entry, file)
        }
        let exactCase = entry.attributes["case"] == "exact"
        var tokens: [QuantityToken] = []
        for form in forms {
            var bytes = Array(form.utf8)
            bytes.withUnsafeBufferPointer { QuantityTokenizer.tokenize($0, into: &tokens) }
            bytes.removeAll()
            guard !tokens.isEmpty else { continue }
            let exact = exactCase || form.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
            phrases.append(Phrase(keys: tokens.map { exact ? $0.exactKey : $0.key }, exact: exact,
                                  category: category, entry: index))
        }
    }

    /// True when a phrase that can start a quantity starts with this token.
    func triggers(_ token: QuantityToken) -> Bool { index.triggers(token) }

    /// True when a phrase of a quantity's own (not a mere cue) starts with this token.
    func starts(_ token: QuantityToken) -> Bool { index.starts(token) }

    /// The longest phrase of `category` starting at token `i`: its entry index and the token after it.
    func match(_ category: Category, at i: Int, in t: UnsafeBufferPointer<QuantityToken>) -> (entry: Int, next: Int)? {
        index.match(category, at: i, in: t)
    }
}
