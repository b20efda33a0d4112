/// Finds named entities: people, organisations and places.
/// A country's name followed by capitalized words that hold an organisation word is part of
/// that organisation's name ("the U.S. Congress", "The UK Times").
///
/// Reads: tokens, their tags, `rules/language/entity-cues.yaml`, the `countries` lexicon and
/// the word table's location nouns. Adds: entity spans with a type and a canonical name.
/// A name is a run of proper nouns, which may hold "of", "the", "de", "al", "bin" and "&"
/// between capitalized words ("Ministry of Defence", "Bank of America"); a title in front is
/// not part of it ("President Lee" → person "Lee"), nor is one inside it or the words before
/// such a title ("Defence Secretary Michael Fallon" → person "Michael Fallon"). Its type: a country's name → place (its
/// canonical name); an organisation word, or "of"/"&" inside the name ("House of Commons") →
/// organisation; after a title → person; a place word
/// or a WordNet location → place; two to four words → person, unless shouted (all capitals with a
/// closed-class word: "WHERE YOU WORK"); else other.
public struct EntityFinder: Sendable {
    let knowledge: LanguageKnowledge

    public init(knowledge: LanguageKnowledge) {
        self.knowledge = knowledge
    }

    static let joiners: Set<String> = ["of", "the", "de", "al", "bin", "&", "van", "von", "du", "la", "le", "del", "da"]

    public func entities(_ tokens: [Token], _ words: [LinguisticLayer.Word], sentence: [UInt8], sentenceStart: Int) -> [LinguisticLayer.Entity] {
        var out: [LinguisticLayer.Entity] = []
        let n = tokens.count
        var i = 0
        while i < n {
            // A country name the lexicon knows, even in lower case words ("the United States").
            if tokens[i].isCapitalized || tokens[i].key == "the" && i + 1 < n && tokens[i + 1].isCapitalized,
               let country = knowledge.countries.longest(in: tokens, at: i) {
                var start = i
                if tokens[start].key == "the" { start += 1 }
                // A country's name that opens an organisation's ("the U.S. Congress", "The UK
                // Times") is part of that name, not a place.
                if start < country.end, let end = organizationRun(after: country.end, tokens, words) {
                    out.append(.init(range: start..<end, type: .organization, text: text(tokens, start, end, sentence, sentenceStart),
                                     canonical: text(tokens, start, end, sentence, sentenceStart)))
                    i = end
                    continue
                }
                if start < country.end {
                    out.append(.init(range: start..<country.end, type: .place, text: text(tokens, start, country.end, sentence, sentenceStart),
                                     canonical: country.canonical))
                }
                i = country.end
                continue
            }
            guard words[i].tag == .properNoun else { i += 1; continue }
            var end = i + 1
            while end < n {
                if words[end].tag == .properNoun { end += 1; continue }
                if Self.joiners.contains(tokens[end].key), end + 1 < n, words[end + 1].tag == .properNoun,
                   !(tokens[end].key == "the" && end == i) { end += 2; continue }
                if tokens[end].key == "-", end + 1 < n, words[end + 1].tag == .properNoun { end += 2; continue }
                break
            }
            // Days and months are dates, not names.
            if end == i + 1, ReferenceDay.weekdays.contains(tokens[i].key) || knowledge.lexicons.contains("months", tokens[i].key) {
                i = end
                continue
            }
            var start = i
            var titled = i > 0 && knowledge.personTitles.contains(tokens[i - 1].key)
            // A title written as part of the run: "President Lee".
            while start < end - 1, knowledge.personTitles.contains(tokens[start].key) {
                start += 1
                titled = true
            }
            // A title inside the run: "Defence Secretary Michael Fallon", "Apple CEO Tim Cook",
            // "Prime Minister David Cameron" — the person is the name after the last title word
            // (one to four plain capitalized words with no organisation word: "Secretary of State
            // John Kerry" and "General Motors" stay as they are).
            if let t = (start..<(end - 1)).last(where: { knowledge.personTitles.contains(tokens[$0].key) }), t > start || titled,
               (1...4).contains(end - t - 1),
               ((t + 1)..<end).allSatisfy({ words[$0].tag == .properNoun && !knowledge.organizationWords.contains(tokens[$0].key)
                   && !knowledge.personTitles.contains(tokens[$0].key) }) {
                start = t + 1
                titled = true
            }
            let keys = tokens[start..<end].map(\.key)
            let type: EntityType
            var canonical: String?
            if let country = knowledge.countries.longest(in: tokens, at: start), country.end == end {
                type = .place
                canonical = country.canonical
            } else if keys.contains(where: knowledge.organizationWords.contains) {
                type = .organization
            } else if !titled, keys.count > 2, keys.dropFirst().dropLast().contains(where: { ["of", "&", "for"].contains($0) }) {
                type = .organization   // "House of Commons", "Department of Justice": an institution
            } else if titled {
                type = .person
            } else if let last = keys.last, knowledge.placeWords.contains(last) {
                type = .place
            } else if keys.count == 1, knowledge.words?.category(of: keys[0], as: .noun) == "location" {
                type = .place
            } else if keys.count == 1, knowledge.words?.category(of: keys[0], as: .noun) == "person" {
                type = .person
            } else if (2...4).contains(keys.count), !isShouted(tokens[start..<end]) {
                type = .person
            } else {
                type = .other
            }
            let name = text(tokens, start, end, sentence, sentenceStart)
            out.append(.init(range: start..<end, type: type, text: name, canonical: canonical ?? name))
            i = end
        }
        return out
    }

    /// The end of a run of proper nouns right after token `from - 1` that holds an organisation
    /// word ("Congress", "Times", "Ministry"); nil when none does.
    func organizationRun(after from: Int, _ tokens: [Token], _ words: [LinguisticLayer.Word]) -> Int? {
        var end = from
        while end < tokens.count, words[end].tag == .properNoun, knowledge.countries.longest(in: tokens, at: end) == nil { end += 1 }
        guard end > from, tokens[from..<end].contains(where: { knowledge.organizationWords.contains($0.key) }) else { return nil }
        return end
    }

    /// Capitals written for emphasis, not a name: every word upper case, one of them a closed-class
    /// word ("WHERE YOU WORK").
    func isShouted(_ run: ArraySlice<Token>) -> Bool {
        run.allSatisfy { !$0.text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } } && run.contains { knowledge.closed[$0.key] != nil }
    }

    func text(_ tokens: [Token], _ from: Int, _ to: Int, _ sentence: [UInt8], _ sentenceStart: Int) -> String {
        let a = tokens[from].start - sentenceStart, b = tokens[to - 1].end - sentenceStart
        guard a >= 0, b <= sentence.count, a < b else { return tokens[from..<to].map(\.text).joined(separator: " ") }
        return String(decoding: sentence[a..<b], as: UTF8.self)
    }
}
