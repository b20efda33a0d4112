/// Finds every quantity in a text and reads it into a `Quantity`: a value, an honest interval,
/// what it counts, and its kind.
///
/// It reads numbers in digits ("4,500", "44.39", "1,000,000.5", "-3", "3/4", "1.5 million",
/// "5m", "3bn", "Rs 50 crore"), in words ("four thousand five hundred", "twenty-one",
/// "a dozen", "half a million", "two-thirds", "dozens"), percentages ("45%", "45 per cent",
/// "3 percentage points"), money in any common form ("$1 billion", "US$5m", "USD 5 million",
/// "5 million dollars", "€20", "£3.2bn"), durations and measures ("five-year", "10 km"),
/// ranges ("3,000-4,000", "between 3,000 and 4,000", "from 10 to 20", "$3-4 million"), and
/// hedges and bounds ("approximately", "nearly", "more than", "at least", "up to", "under",
/// "or more").
///
/// It adds to each number: the interval it stands for (a hedge's tolerance, a bound's open
/// end, or an exact figure's implied precision: "28,500" is [28,450, 28,550)), the unit (the
/// counted noun for counts, the ISO 4217 code for money, "%" for percentages, the unit name
/// for durations and measures), the counted noun (`counted`: "support" in "45% support"),
/// the whole it is part of ("4,500 of the 28,500"), and its kind. Years, dates, times,
/// ordinals, phone numbers and ids are marked with their own kind, never as counts.
///
/// Knowledge lives in `rules/quantities/`: the lexicons `quantity-hedges`, `quantity-scales`,
/// `quantity-number-words`, `quantity-currencies`, `quantity-units`, `quantity-nouns`,
/// `quantity-calendar` and `quantity-non-count` (see `QuantityLexicon` for their attributes).
/// Missing lexicons simply read less.
///
/// Works on UTF-8 bytes: a tokenizer pass, then a left-to-right grammar over tokens that
/// probes one hash table per word. Offsets are UTF-8 byte offsets.
public struct QuantityExtractor: Sendable {
    let shared: QuantityLexicon.Shared
    var lexicon: QuantityLexicon { shared.lexicon }

    /// The lexicon names this extractor reads.
    public static let lexiconNames: [String] = QuantityLexicon.names.map(\.0)

    /// Takes all loaded lexicons keyed by name and uses the ones named in `lexiconNames`.
    public init(lexicons: [String: Lexicon]) {
        shared = QuantityLexicon.Shared(QuantityLexicon(lexicons: lexicons))
    }

    /// Problems found in the lexicons' attributes (unknown shape, a scale that is not a number).
    public var diagnostics: [Diagnostic] { lexicon.diagnostics }

    /// Quantities in order of `start`, non-overlapping; offsets are UTF-8 byte offsets into `text`.
    public func quantities(in text: String) -> [Quantity] {
        var text = text
        return text.withUTF8 { quantities(in: $0) }
    }

    /// Quantities in order of `start`, non-overlapping; offsets are byte offsets into `bytes`.
    public func quantities(in bytes: UnsafeBufferPointer<UInt8>) -> [Quantity] {
        var tokens: [QuantityToken] = []
        tokens.reserveCapacity(bytes.count / 3 + 4)  // news text: a token every 4–6 bytes; never grown
        QuantityTokenizer.tokenize(bytes, into: &tokens)
        return tokens.withUnsafeBufferPointer { t in
            QuantityParser(shared: shared, p: bytes, t: t).run()
        }
    }
}
