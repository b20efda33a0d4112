/// The splitter's word lists, compiled from rule files into byte-keyed tables.
///
/// Reads these lexicons (a missing one is an empty list):
/// - `split-titles`: abbreviations written before a name (Mr., Dr., Gen., Sen., Lt., Col., St.);
///   they never end a sentence.
/// - `split-number-prefixes`: abbreviations written before a number (No., p., pp., vol., Fig.,
///   N°); they do not end a sentence when a number follows.
/// - `split-abbreviations`: every other abbreviation. Each term may carry `kind:`
///   - `ending` (the default: Inc., Corp., Jan., U.S., etc.): ends a sentence only when the next
///     word is in `split-sentence-starters` or is an opening quote;
///   - `inline` (e.g., i.e., vs., cf.): never ends a sentence;
///   - `time` (a.m., p.m.): ends a sentence before a capitalized word unless that word is in
///     `split-time-words` (Monday, GMT) or the sentence so far is only "At 5";
///   - `title`, `number`: as if listed in the two lexicons above.
/// - `split-sentence-starters`: words that begin a new sentence after an ambiguous abbreviation or
///   an initial ("The", "He", "However").
/// - `split-time-words`: capitalized words that may follow a.m./p.m. inside a sentence.
/// - `split-attribution-verbs`: "said", "asked": after `?"` or `!"`, a capitalized name and one
///   of these verbs stay in the quote's sentence ("Why?" Smith asked.).
///
/// Forms are matched case-insensitively, without their final period ("Mr." = "Mr" = "mr"); a
/// form with several words ("Lt. Col.") registers each word that ends in a period. Forms longer
/// than 16 bytes are ignored (`SplitterExamples.check` reports them).
public struct SplitterLexicon: Sendable {
    public enum AbbreviationKind: String, Sendable, CaseIterable {
        case title, number, inline, time, ending
    }

    public static let titlesName = "split-titles"
    public static let numberPrefixesName = "split-number-prefixes"
    public static let abbreviationsName = "split-abbreviations"
    public static let startersName = "split-sentence-starters"
    public static let timeWordsName = "split-time-words"
    public static let attributionVerbsName = "split-attribution-verbs"

    /// Every lexicon the splitter reads.
    public static let names = [titlesName, numberPrefixesName, abbreviationsName, startersName,
                               timeWordsName, attributionVerbsName]

    var abbreviations: [SplitKey: AbbreviationKind] = [:]
    var starters: Set<SplitKey> = []
    var timeWords: Set<SplitKey> = []
    var attributionVerbs: Set<SplitKey> = []

    public init(lexicons: [String: Lexicon]) {
        let defaults: [(String, AbbreviationKind)] = [
            (Self.abbreviationsName, .ending), (Self.numberPrefixesName, .number), (Self.titlesName, .title),
        ]
        for (name, kind) in defaults {
            for entry in lexicons[name]?.entries ?? [] {
                let entryKind = entry.attributes["kind"].flatMap(AbbreviationKind.init(rawValue:)) ?? kind
                for form in entry.forms {
                    for word in Self.abbreviationWords(form) {
                        if let key = SplitKey(word) { abbreviations[key] = entryKind }
                    }
                }
            }
        }
        starters = Self.wordSet(lexicons[Self.startersName])
        timeWords = Self.wordSet(lexicons[Self.timeWordsName])
        attributionVerbs = Self.wordSet(lexicons[Self.attributionVerbsName])
    }

    /// The kind of the abbreviation spelled by `[from, to)` (no final period), if listed.
    @inline(__always)
    func abbreviation(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> AbbreviationKind? {
        guard !abbreviations.isEmpty, let key = SplitKey(p, from, to) else { return nil }
        return abbreviations[key]
    }

    /// The words of a form that are abbreviations, without their final period: "Lt. Col." gives
    /// "Lt", "Col"; "Mr" gives "Mr".
    static func abbreviationWords(_ form: String) -> [String] {
        let words = form.split(separator: " ", omittingEmptySubsequences: true)
        if words.count <= 1 {
            var w = Substring(form)
            while w.hasSuffix(".") { w = w.dropLast() }
            return w.isEmpty ? [] : [String(w)]
        }
        return words.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) }.filter { !$0.isEmpty }
    }

    private static func wordSet(_ lexicon: Lexicon?) -> Set<SplitKey> {
        var set: Set<SplitKey> = []
        for form in lexicon?.allForms ?? [] {
            if let key = SplitKey(form) { set.insert(key) }
        }
        return set
    }

    /// Problems with the splitter lexicons that make a term useless: unknown `kind`, forms too
    /// long to match, multi-word forms in word lists.
    public static func diagnostics(_ lexicons: [String: Lexicon]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for name in names {
            guard let lexicon = lexicons[name] else { continue }
            for entry in lexicon.entries {
                if let kind = entry.attributes["kind"], AbbreviationKind(rawValue: kind) == nil {
                    out.append(Diagnostic(id: "bad-kind",
                                          "unknown kind '\(kind)' for '\(entry.canonical)'",
                                          file: lexicon.file, line: entry.line, column: 1,
                                          notes: ["kinds: " + AbbreviationKind.allCases.map(\.rawValue).joined(separator: ", ")]))
                }
                let isAbbreviationList = [titlesName, numberPrefixesName, abbreviationsName].contains(name)
                for form in entry.forms {
                    let words = isAbbreviationList ? abbreviationWords(form) : [form]
                    if words.isEmpty || words.contains(where: { $0.utf8.count > SplitKey.maxLength }) {
                        out.append(Diagnostic(.warning, id: "unusable-form",
                                              "form '\(form)' is empty or longer than \(SplitKey.maxLength) bytes and never matches",
                                              file: lexicon.file, line: entry.line, column: 1))
                    } else if !isAbbreviationList && form.contains(" ") {
                        out.append(Diagnostic(.warning, id: "unusable-form",
                                              "form '\(form)' has several words; this list matches single words",
                                              file: lexicon.file, line: entry.line, column: 1))
                    }
                }
            }
        }
        return out
    }
}
