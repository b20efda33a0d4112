/// Which names a pronoun may stand for, when a frame's holder is a pronoun ("he", "she",
/// "they", an acting "it"): the subjects a reader would take it for, never a word that only
/// looks like a name. When unsure, a name is not an antecedent and the holder stays empty
/// rather than wrong.
///
/// Reads: a sentence's `LinguisticLayer`, the lexicons `frame-pronoun-antecedents` (deities),
/// `countries` (nationalities: "Lebanese", "North Korean") and `entity-cues` (person titles),
/// and the word table (a word that is also an adjective: a demonym). Adds nothing: it answers,
/// entity by entity, "may a pronoun name this?".
struct PronounAntecedents: Sendable {
    let lexicons: CompiledLexicons
    let words: WordTable?

    /// The entity may be what a later (or later in the sentence) pronoun stands for: not a
    /// deity, not a nationality, not an untitled one-word person, not after a preposition, not
    /// in a title-case headline.
    func admits(_ entity: LinguisticLayer.Entity, in layer: LinguisticLayer) -> Bool {
        let range = entity.range
        let keys = layer.tokens[range].map(\.key)
        if keys.allSatisfy({ lexicons.contains("frame-pronoun-antecedents", $0) }) { return false }
        if holdsNationality(range, in: layer) { return false }
        let titled = range.lowerBound > 0 && lexicons.canonical("entity-cues", ofWord: layer.tokens[range.lowerBound - 1].key) == "person-title"
        if entity.type == .person, keys.count == 1, !titled { return false }
        if keys.count == 1, let table = words, table.readings(of: keys[0]).contains(.adjective) { return false }
        if isAfterPreposition(range.lowerBound, in: layer) { return false }
        return !isTitleCase(layer)
    }

    /// A country's name in the range that ends on an adjective ("North Korean", "Lebanese"): a
    /// nationality, not a person ("ABSENCE North Korean"); "Michael Jordan" holds a country's
    /// name that is no adjective.
    func holdsNationality(_ range: Range<Int>, in layer: LinguisticLayer) -> Bool {
        var from = range.lowerBound
        while from < range.upperBound, let found = lexicons.find("countries", in: layer.tokens, from: from, to: range.upperBound) {
            if words?.readings(of: layer.tokens[found.end - 1].key).contains(.adjective) == true { return true }
            from = found.end
        }
        return false
    }

    /// "at Westgate Mall", "at the Westgate Mall".
    func isAfterPreposition(_ i: Int, in layer: LinguisticLayer) -> Bool {
        var j = i - 1
        if j >= 0, layer.tokens[j].key == "the" { j -= 1 }
        return j >= 0 && layer.words[j].tag == .preposition
    }

    /// A headline or page line in title case ("Holiday Turkeys Infected With Ebola", "Watch
    /// Next"): at least two open-class words, each capitalized.
    func isTitleCase(_ layer: LinguisticLayer) -> Bool {
        var open = 0
        for (i, token) in layer.tokens.enumerated() where token.isWord && !token.hasDigit {
            switch layer.words[i].tag {
            case .noun, .verb, .adjective, .adverb, .properNoun:
                guard token.isCapitalized else { return false }
                open += 1
            default: continue
            }
        }
        return open >= 2
    }
}
