/// What the linguistic layer knows about words, compiled once per rule set: the closed word
/// classes, clause breaks, negation cues, entity cues (all from `rules/language/`), the
/// countries lexicon, and the WordNet word table (`rules/language/words.tsv`).
public struct LanguageKnowledge: Sendable {
    public let words: WordTable?
    let lexicons: CompiledLexicons
    /// `negation-cues` and `countries`, read token after token, each looked up once.
    let negationCues: CompiledLexicon
    let countries: CompiledLexicon
    /// Clause breaks by key: punctuation, else always, else before-verb (see `ClauseSplitter`).
    let clauseBreaks: KeyFilteredDictionary<ClauseBreak>
    /// Closed-class words by key.
    let closed: KeyFilteredDictionary<WordTag>
    let breakAlways: Set<String>
    let breakBeforeVerb: Set<String>
    let breakPunctuation: Set<String>
    /// One-word negation cues by key (lemmas for verbs), with their kind.
    let negationWords: [String: LinguisticLayer.Negation.Kind]
    let organizationWords: Set<String>
    let personTitles: Set<String>
    let placeWords: Set<String>

    /// The lexicons this layer reads, for `rules lint`.
    public static let lexiconNames = ["word-classes", "clause-breaks", "negation-cues", "entity-cues"]

    public init(lexicons: [String: Lexicon], compiled: CompiledLexicons, words: WordTable?) {
        self.words = words
        self.lexicons = compiled
        negationCues = compiled.lexicon("negation-cues")
        countries = compiled.lexicon("countries")
        func entries(_ name: String) -> [String: [String]] {
            var out: [String: [String]] = [:]
            for entry in lexicons[name]?.entries ?? [] {
                out[entry.canonical, default: []] += entry.forms.dropFirst().map { Tokenizer.matchKey($0) }
            }
            return out
        }
        var closed: [String: WordTag] = [:]
        for (name, forms) in entries("word-classes") {
            guard let tag = WordTag.closed[name] else { continue }
            for form in forms where closed[form] == nil { closed[form] = tag }
        }
        self.closed = KeyFilteredDictionary(closed)
        let breaks = entries("clause-breaks")
        breakAlways = Set(breaks["always"] ?? [])
        breakBeforeVerb = Set(breaks["before-verb"] ?? [])
        breakPunctuation = Set(breaks["punctuation"] ?? [])
        var clauseBreaks: [String: ClauseBreak] = [:]
        for key in breakBeforeVerb { clauseBreaks[key] = .beforeVerb }
        for key in breakAlways { clauseBreaks[key] = .always }
        for key in breakPunctuation { clauseBreaks[key] = .punctuation }
        self.clauseBreaks = KeyFilteredDictionary(clauseBreaks)
        var negation: [String: LinguisticLayer.Negation.Kind] = [:]
        for (name, forms) in entries("negation-cues") {
            guard let kind = LinguisticLayer.Negation.Kind(rawValue: name) else { continue }
            for form in forms where !form.contains(" ") { negation[form] = kind }
        }
        negationWords = negation
        let cues = entries("entity-cues")
        organizationWords = Set(cues["organization"] ?? [])
        personTitles = Set(cues["person-title"] ?? [])
        placeWords = Set(cues["place-word"] ?? [])
    }
}

/// How a word breaks a clause (`rules/language/clause-breaks.yaml`): after it (`punctuation`),
/// before it (`always`), or before it when a verb follows (`before-verb`).
enum ClauseBreak: Sendable {
    case punctuation, always, beforeVerb
}
