/// Finds each negation or denial in a sentence and the tokens it governs.
///
/// Reads: tokens, tags, lemmas, clauses, and `rules/language/negation-cues.yaml`.
/// Adds: negations with their scope, by the cue's kind:
/// - `particle` ("not", "never"): its whole clause ("14 people were not killed"), except a
///   cue before a bare figure or noun phrase with no verb after it ("…, not 20"), which
///   negates that phrase only;
/// - `determiner` ("no"): its whole clause ("there were no casualties");
/// - `verb` ("denied", "rejects", by lemma): from the cue to the end of its clause, which takes
///   in a "that …" or "-ing" complement but stops at "but" ("denied X but confirmed Y");
/// - `predicate` ("false", "a hoax", "not true"): its whole clause, the subject before it
///   included ("Reports that X are false"); a one-word cue right before a noun describes that
///   noun and negates nothing ("false identity papers", "hired 200 workers after a fake report
///   spread") but what the noun reports ("a fake report that Acme closed 3 plants").
///
/// A `neutral` phrase ("cannot confirm or deny", "not only") negates nothing, and a denying verb
/// right before a figure counts what it did ("dismissed 849 cases").
public struct NegationScoper: Sendable {
    let knowledge: LanguageKnowledge

    public init(knowledge: LanguageKnowledge) {
        self.knowledge = knowledge
    }

    public func negations(_ tokens: [Token], _ words: [LinguisticLayer.Word], clauseOf: [Int], clauses: [Range<Int>]) -> [LinguisticLayer.Negation] {
        var out: [LinguisticLayer.Negation] = []
        let n = tokens.count
        var i = 0
        while i < n {
            var kind: LinguisticLayer.Negation.Kind?
            var end = i + 1
            let phrase = knowledge.negationCues.longest(in: tokens, at: i)
            // "cannot confirm or deny", "not only": a phrase that holds a negation word and
            // negates nothing; its words are no cues.
            if let phrase, phrase.canonical == Self.neutral {
                i = phrase.end
                continue
            }
            if let phrase,
               let k = LinguisticLayer.Negation.Kind(rawValue: phrase.canonical) {
                kind = k
                end = phrase.end
                // "no" and "not" before a predicate cue ("not true") belong to the predicate.
                if k != .predicate, let longer = knowledge.negationCues.matches(in: tokens, at: i).first(where: { $0.canonical == "predicate" }) {
                    kind = .predicate
                    end = longer.end
                }
            } else if words[i].tag == .verb || words[i].tag == .noun, knowledge.negationWords[words[i].lemma] == .verb {
                kind = .verb
            }
            guard let kind else { i += 1; continue }
            // A predicate cue in front of a noun describes that noun ("false identity papers",
            // "fake passports"): it denies nothing.
            // "a fake report that Acme closed 3 plants": the cue denies only what the noun reports,
            // the "that …" (or "claiming …") after it; "hired 200 workers after a fake report
            // spread" denies nothing.
            var complement: Range<Int>?
            if kind == .predicate, Self.describesNoun(i, end, tokens, words) {
                guard end + 1 < n, Self.complementOpeners.contains(tokens[end + 1].key) else {
                    i = end
                    continue
                }
                complement = (end + 1)..<clauses[clauseOf[i]].upperBound
            }
            // "no" used as a determiner of a figure question ("no more than 20") is a bound, not a negation.
            if tokens[i].key == "no", i + 1 < n, ["more", "fewer", "less", "later", "longer"].contains(tokens[i + 1].key), kind != .particle {
                i += 1
                continue
            }
            // "dismissed 849 cases", "rejected the two bids": a denying verb before a figure
            // counts what it did; the figure is asserted, not denied.
            if kind == .verb, Self.countsItsObject(after: end, words) {
                i = end
                continue
            }
            let clause = clauses[clauseOf[i]]
            var scope: Range<Int>
            switch kind {
            case .particle:
                scope = clause
                if let phrase = bareComplement(after: end, in: clause, words) { scope = i..<phrase }
            case .determiner, .predicate:
                scope = complement ?? clause
            case .verb:
                scope = i..<clause.upperBound
            }
            out.append(.init(kind: kind, cue: i..<end, scope: scope, text: tokens[i..<end].map(\.key).joined(separator: " ")))
            i = end
        }
        return out
    }

    /// Words after a noun that open what it reports: "a fake report that …", "a hoax claiming …".
    static let complementOpeners: Set<String> = ["that", "claiming", "saying", "alleging", "suggesting"]

    /// A one-word cue at `i` (ending at `end`) that describes the noun after it: before a noun
    /// ("false identity papers"), or after a determiner or possessive and before another word
    /// ("a fake report spread", where the tagger reads "report" as a verb).
    static func describesNoun(_ i: Int, _ end: Int, _ tokens: [Token], _ words: [LinguisticLayer.Word]) -> Bool {
        guard end - i == 1, end < words.count, ![.determiner, .auxiliary].contains(words[i].tag) else { return false }
        if [.noun, .properNoun].contains(words[end].tag) { return true }
        return i > 0 && [.determiner, .possessive].contains(words[i - 1].tag) && tokens[end].isWord
            && [.verb, .adjective].contains(words[end].tag)
    }

    /// Where a `neutral` phrase of `negation-cues` starting at `i` ends, when it is the
    /// longest cue starting there.
    static func neutralPhrase(at i: Int, _ tokens: [Token], _ negationCues: CompiledLexicon) -> Int? {
        guard let longest = negationCues.longest(in: tokens, at: i), longest.canonical == neutral else { return nil }
        return longest.end
    }

    /// The kind of `negation-cues` entry that negates nothing.
    static let neutral = "neutral"

    /// The lexicon of negation cues, and the kinds its entries may name (`rules lint` checks).
    static let lexiconName = "negation-cues"
    static let kinds = LinguisticLayer.Negation.Kind.allCases.map(\.rawValue) + [neutral]

    /// A figure right after the verb, or after one determiner ("denied 1,200 applications",
    /// "rejected the 3 bids").
    static func countsItsObject(after end: Int, _ words: [LinguisticLayer.Word]) -> Bool {
        var j = end
        if j < words.count, words[j].tag == .determiner { j += 1 }
        return j < words.count && words[j].tag == .number
    }

    /// After "not": a figure or noun phrase with no verb after it in the clause ("…, not 20"):
    /// where that phrase ends.
    func bareComplement(after start: Int, in clause: Range<Int>, _ words: [LinguisticLayer.Word]) -> Int? {
        guard start < clause.upperBound, [.number, .determiner].contains(words[start].tag) else { return nil }
        var j = start
        while j < clause.upperBound, [.number, .determiner, .adjective, .noun, .properNoun].contains(words[j].tag) { j += 1 }
        for k in j..<clause.upperBound where words[k].tag == .verb || words[k].tag == .auxiliary { return nil }
        return j
    }
}
