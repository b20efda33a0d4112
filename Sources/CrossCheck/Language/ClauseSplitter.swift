/// Cuts a tagged sentence into clauses.
///
/// Reads: tokens, their tags, `rules/language/clause-breaks.yaml`. Adds: the clause of every
/// token. A clause starts after a `punctuation` break (";", ":", a dash), at an `always` word
/// ("while", "but", "although"), at a relative pronoun after a comma ("…, which employs …"),
/// and at a `before-verb` word ("and", "or", ",") when the next word, past adverbs, negations
/// and auxiliaries, is a verb and the clause so far has a verb of its own ("killed 14 rebels
/// and wounded several others", ", killing 5"; not "His rival, Kim, has climbed").
/// "that" does not start a clause: a denial governs its "that …" complement. An aside without a
/// verb between brackets or dashes ("(ISIS)", "— including an aide —") breaks nothing.
public struct ClauseSplitter: Sendable {
    let knowledge: LanguageKnowledge

    public init(knowledge: LanguageKnowledge) {
        self.knowledge = knowledge
    }

    public func clauses(_ tokens: [Token], _ words: [LinguisticLayer.Word]) -> (clauseOf: [Int], clauses: [Range<Int>]) {
        let n = tokens.count
        var starts: [Int] = [0]
        func startAt(_ i: Int) {
            guard i > 0, i < n, i > starts.last! else { return }
            starts.append(i)
        }
        var aside = -1   // the closing mark of an aside that breaks nothing
        for i in 0..<n {
            // One lookup per token: a key in several lists counts as the first of punctuation,
            // always, before-verb.
            let kind = knowledge.clauseBreaks[tokens[i].key]
            if kind == .punctuation {
                if i == aside { continue }
                if let close = verblessAside(at: i, tokens, words) { aside = close; continue }
                startAt(i + 1)
            } else if kind == .always {
                startAt(i)
            } else if words[i].tag == .relative, i > 0, tokens[i - 1].key == "," {
                startAt(i)
            } else if kind == .beforeVerb, verbFollows(i, words),
                      words[starts.last!..<i].contains(where: { $0.tag == .verb }) {
                // Only once the clause has its own verb: "His rival, Kim of the party, has
                // climbed" is one clause; "killed 14 and wounded 30" is two.
                startAt(i)
            }
        }
        var clauseOf = [Int](repeating: 0, count: n)
        var clauses: [Range<Int>] = []
        for (c, start) in starts.enumerated() {
            let end = c + 1 < starts.count ? starts[c + 1] : n
            clauses.append(start..<end)
            for i in start..<end { clauseOf[i] = c }
        }
        if n == 0 { clauses = [0..<0] }
        return (clauseOf, clauses)
    }

    /// An aside without a verb opened at `i` — "(ISIS)", "— including an aide to its leader —" —
    /// is part of its clause: the index of its closing mark (")", or the same dash, at most 12
    /// tokens on), else nil.
    func verblessAside(at i: Int, _ tokens: [Token], _ words: [LinguisticLayer.Word]) -> Int? {
        let key = tokens[i].key
        let closing: String
        switch key {
        case "(": closing = ")"
        case "—", "–", "-": closing = key
        default: return nil
        }
        var j = i + 1
        while j < min(tokens.count, i + 13) {
            if tokens[j].key == closing { return j > i + 1 ? j : nil }
            if words[j].tag == .verb || words[j].tag == .auxiliary || knowledge.clauseBreaks[tokens[j].key] == .punctuation { return nil }
            j += 1
        }
        return nil
    }

    /// The next word after `i`, past adverbs, negations, auxiliaries and modals, is a verb.
    func verbFollows(_ i: Int, _ words: [LinguisticLayer.Word]) -> Bool {
        var j = i + 1
        var skipped = 0
        while j < words.count, skipped < 3, [.adverb, .negation, .auxiliary, .modal].contains(words[j].tag) {
            j += 1
            skipped += 1
        }
        guard j < words.count, words[j].tag == .verb else { return false }
        // "and said" starts a clause too; "and more" does not (no verb).
        return true
    }
}
