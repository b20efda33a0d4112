/// The cue lexicons of the stance checker, indexed for one pass over a sentence's tokens.
///
/// Reads: the lexicons named in `StanceCue.lexicons`, `check-question-cues`, and the
/// `stop-words-en` list (function words that never align a claim with a sentence).
/// Adds: for a token list, the cues in it, longest form first, never overlapping.
public struct CueIndex: Sendable {
    struct Form: Sendable {
        var keys: [String]
        var kind: StanceCue.Kind
        var canonical: String
    }

    /// Forms by their first token's key, longest first.
    private var forms: [String: [Form]] = [:]
    let questionOpeners: Set<String>
    let stopWords: Set<String>

    public init(lexicons: [String: Lexicon]) {
        var byFirst: [String: [Form]] = [:]
        var seen: Set<[String]> = []
        for (name, kind) in StanceCue.lexicons {
            guard let lexicon = lexicons[name] else { continue }
            for entry in lexicon.entries {
                for form in entry.forms {
                    let keys = Tokenizer.tokens(in: form).map(\.key)
                    guard let first = keys.first, seen.insert(keys).inserted else { continue }
                    byFirst[first, default: []].append(Form(keys: keys, kind: kind, canonical: entry.canonical))
                }
            }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.keys.count > $1.keys.count } }
        forms = byFirst
        questionOpeners = Set((lexicons[StanceCue.questionLexicon]?.allForms ?? []).map { Tokenizer.matchKey($0) })
        stopWords = Set((lexicons["stop-words-en"]?.allForms ?? []).map { Tokenizer.matchKey($0) })
    }

    /// The keys some cue starts with.
    var firstKeys: Dictionary<String, [Form]>.Keys { forms.keys }

    /// Whether some cue starts with this token key.
    func startsCue(_ key: String) -> Bool { forms[key] != nil }

    /// Cues in `tokens` as (token range, kind, canonical form), left to right. `starts`, when
    /// given, says which tokens may start a cue (from one earlier lookup per token).
    func cues(in tokens: [Token], starts: [Bool]? = nil) -> [(range: Range<Int>, kind: StanceCue.Kind, canonical: String)] {
        var out: [(Range<Int>, StanceCue.Kind, String)] = []
        var i = 0
        let n = tokens.count
        while i < n {
            if let starts, !starts[i] { i += 1; continue }
            guard let candidates = forms[tokens[i].key] else { i += 1; continue }
            var matched = false
            for form in candidates {
                let end = i + form.keys.count
                guard end <= n else { continue }
                // "United States" names a country; "Smith States" ... is not a report verb either.
                if form.kind == .report, tokens[i].isCapitalized, i > 0, tokens[i - 1].isWord, tokens[i - 1].isCapitalized { continue }
                var ok = true
                var k = 1
                while k < form.keys.count {
                    if tokens[i + k].key != form.keys[k] { ok = false; break }
                    k += 1
                }
                if ok {
                    out.append((i..<end, form.kind, form.canonical))
                    i = end
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return out
    }

    /// A headline that names its source at a colon: "Analyst: Apple Watch to cost $950" or
    /// "Apple Watch to be shower-proof: reports". The colon, when the side before it (or after
    /// it) is at most `colonSourceWords` words.
    func colonSource(_ tokens: [Token]) -> Int? {
        guard let c = tokens.firstIndex(where: { $0.key == ":" }) else { return nil }
        let before = tokens[..<c].filter(\.isWord).count
        let after = tokens[(c + 1)...].filter(\.isWord).count
        guard before > 0, after > 0, before <= Self.colonSourceWords || after <= Self.colonSourceWords else { return nil }
        return c
    }

    static let colonSourceWords = 3

    /// Whether the token list reads as a question: it ends in "?", or it is a headline (no
    /// final period) that opens with a question word.
    func isQuestion(_ tokens: [Token], headline: Bool) -> Bool {
        guard let last = tokens.last(where: { $0.key != "\"" && $0.key != "'" && $0.key != ")" }) else { return false }
        if last.key == "?" { return true }
        if headline, last.key != ".", let first = tokens.first(where: \.isWord), questionOpeners.contains(first.key),
           tokens.count > 3, tokens[1].isWord, !tokens[1].isCapitalized || first.key == "is" || first.key == "did" || first.key == "does" {
            return true
        }
        return false
    }
}
