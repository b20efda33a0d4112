/// Finds noun phrases and their heads.
///
/// Reads: tokens and their tags. Adds: noun phrases — an optional determiner, possessive or
/// number, then adjectives, numbers and nouns, ending on a noun or proper noun, which is the
/// head ("the five-year cost-sharing agreement" → agreement; a plural noun ends its phrase:
/// "9,000 jobs next year" → jobs; "South Korea's defense
/// ministry" is two phrases, "South Korea" and "defense ministry"). A pronoun is a phrase
/// of its own.
public enum PhraseChunker {
    public static func phrases(_ tokens: [Token], _ words: [LinguisticLayer.Word]) -> [LinguisticLayer.NounPhrase] {
        var out: [LinguisticLayer.NounPhrase] = []
        let n = tokens.count
        var i = 0
        while i < n {
            let tag = words[i].tag
            if tag == .pronoun {
                out.append(.init(range: i..<(i + 1), head: i))
                i += 1
                continue
            }
            guard [.determiner, .possessive, .number, .adjective, .noun, .properNoun].contains(tag) else {
                i += 1
                continue
            }
            let start = i
            var j = i
            if tag == .determiner || tag == .possessive { j += 1 }
            var lastNoun: Int?
            while j < n {
                let t = words[j].tag
                if t == .number || t == .adjective || t.isNominal || (t == .adverb && j + 1 < n && words[j + 1].tag == .adjective) {
                    if t.isNominal { lastNoun = j }
                    // A plural noun ends its phrase: "9,000 jobs | next year", "job cuts".
                    if t == .noun, words[j].lemma != tokens[j].key, tokens[j].key.hasSuffix("s") { j += 1; break }
                    // A proper noun after a common noun starts a new phrase ("defense ministry Seoul").
                    if t == .properNoun, let l = lastNoun, l < j, words[l].tag == .noun { lastNoun = l; break }
                    j += 1
                } else {
                    break
                }
            }
            if let head = lastNoun {
                out.append(.init(range: start..<(head + 1), head: head))
                i = head + 1
            } else {
                i = max(j, i + 1)
            }
        }
        return out
    }
}
