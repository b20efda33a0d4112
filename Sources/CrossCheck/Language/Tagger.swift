/// Gives each token of a sentence a word tag and a lemma.
///
/// Reads: tokens, the token ranges of the sentence's quantities, and `LanguageKnowledge`.
/// Adds: a `LinguisticLayer.Word` per token. Steps, left to right: punctuation and numbers;
/// the closed classes (`rules/language/word-classes.yaml`), with "to", "that", "'s", and
/// "be"/"have"/"do" told apart by their neighbours; capitalized words inside a sentence are
/// proper nouns, and so is a sentence's first word when the document capitalizes it elsewhere
/// (`DocumentNames`); the open classes come from the word table, ordered by WordNet's sense counts,
/// and one context rule picks among them (after a determiner a noun, after "to" or a modal a
/// verb, after a noun or pronoun a verb unless a verb follows; the second noun of a compound in
/// a phrase — "eight air strikes", "the pumpkin spice condoms" — is a noun); unknown words are guessed from
/// their endings. Lemmas come from the word table's morphology (WordNet's morphy).
public struct Tagger: Sendable {
    let knowledge: LanguageKnowledge

    public init(knowledge: LanguageKnowledge) {
        self.knowledge = knowledge
    }

    public func words(_ tokens: [Token], quantitySpans: [Range<Int>] = [], names: DocumentNames = DocumentNames()) -> [LinguisticLayer.Word] {
        let n = tokens.count
        // Each token's possible classes, looked up once: the tagger asks of a word and of its
        // neighbours. (A per-document cache of these cost more in hashing than it saved: half
        // the words of a document repeat, and a dictionary lookup of a key is about a quarter
        // of a table walk.)
        let readings = tokens.map { $0.isWord ? (knowledge.words?.readings(of: $0.key) ?? FormReadings()) : FormReadings() }
        // And each token's closed class, looked up once.
        let closed = tokens.map { knowledge.closed[$0.key] }
        var inQuantity = [Bool](repeating: false, count: n)
        for span in quantitySpans {
            for i in span where i < n {
                // The counted noun after a number is a word of its own ("4,500 troops").
                if i == span.upperBound - 1, i > span.lowerBound, !tokens[i].hasDigit,
                   readings[i].contains(.noun) { continue }
                inQuantity[i] = true
            }
        }
        var out: [LinguisticLayer.Word] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let token = tokens[i]
            let tag = self.tag(i, tokens, readings, closed, inQuantity: inQuantity, previous: out, names: names)
            out.append(word(token, readings[i], tag: tag))
        }
        // Second look at "be"/"have"/"do": a main verb unless a verb follows.
        for i in 0..<n where out[i].tag == .auxiliary {
            var j = i + 1
            while j < n, [.adverb, .negation, .auxiliary].contains(out[j].tag) { j += 1 }
            if j < n, out[j].tag == .verb { continue }
            if j < n, out[j].tag == .noun || out[j].tag == .adjective, tokens[j].key.hasSuffix("ed") || tokens[j].key.hasSuffix("ing"),
               readings[j].contains(.verb) {
                out[j] = word(tokens[j], readings[j], tag: .verb)
                continue
            }
            out[i].tag = .verb
        }
        return out
    }

    func word(_ token: Token, _ readings: FormReadings, tag: WordTag) -> LinguisticLayer.Word {
        var lemma = token.key
        var category: String?
        if let wordClass = tag.wordClass, let table = knowledge.words {
            lemma = table.lemma(readings, as: wordClass) ?? token.key
            category = table.category(readings, as: wordClass)
        } else if tag == .auxiliary || tag == .verb, let be = Self.auxiliaryLemma[token.key] {
            lemma = be
        }
        return LinguisticLayer.Word(tag: tag, lemma: lemma, category: category)
    }

    static let auxiliaryLemma: [String: String] = [
        "is": "be", "are": "be", "was": "be", "were": "be", "am": "be", "been": "be", "being": "be", "'m": "be", "'re": "be",
        "has": "have", "had": "have", "having": "have", "'ve": "have", "does": "do", "did": "do", "'d": "would", "'s": "be",
        "isn't": "be", "aren't": "be", "wasn't": "be", "weren't": "be", "don't": "do", "doesn't": "do", "didn't": "do",
        "hasn't": "have", "haven't": "have", "hadn't": "have", "ain't": "be",
    ]

    func tag(_ i: Int, _ tokens: [Token], _ readings: [FormReadings], _ closedTags: [WordTag?], inQuantity: [Bool],
             previous: [LinguisticLayer.Word], names: DocumentNames) -> WordTag {
        let token = tokens[i]
        let key = token.key
        if !token.isWord { return .punctuation }
        if inQuantity[i] || (token.hasDigit && Self.isNumeric(key)) { return .number }
        let prev = previous.last?.tag
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let startsSentence = i == 0 || (i > 0 && Self.opensSentence(tokens[i - 1].key))
        // "we've", "he'd", "they'll": a pronoun with its auxiliary glued on.
        if let base = Self.contractedBase(key), closedTags[i] == nil, knowledge.closed[base] == .pronoun { return .pronoun }
        if let closed = closedTags[i] {
            switch key {
            case "to":
                if let next, let table = knowledge.words, readings[i + 1].contains(.verb),
                   table.lemma(readings[i + 1], as: .verb) == next.key, !next.isCapitalized || i == 0 { return .particle }
                return .preposition
            case "'s", "'":
                if prev == .pronoun || prev == .wh || (i > 0 && tokens[i - 1].key == "that") || (i > 0 && tokens[i - 1].key == "there") {
                    return .auxiliary
                }
                return .possessive
            case "that":
                if next != nil, prev == .preposition || prev == .verb, closedTags[i + 1] == nil,
                   readings[i + 1].classes.first == .noun { return .determiner }
                return .subordinator
            case "her":
                if let next, closedTags[i + 1] == nil, next.isWord, readings[i + 1].classes.first != .verb {
                    return .possessive
                }
                return .pronoun
            default:
                if !startsSentence, token.isCapitalized, closed == .determiner || closed == .pronoun,
                   token.text.utf8.count > 1, token.text == token.text.uppercased() { return .properNoun } // "US", "IT"
                return closed
            }
        }
        if token.isCapitalized {
            if !startsSentence { return .properNoun }
            // A capitalized first word is a proper noun unless the table knows it lowercased, no
            // capitalized word follows and the document never capitalizes it inside a sentence.
            let known = !readings[i].classes.isEmpty
            // "Instead Ilic was …": a word the table knows only as an adverb opens the sentence.
            let onlyAdverb = readings[i].classes == [.adverb]
            if !known || (next?.isCapitalized == true && next?.isWord == true && !onlyAdverb) || Self.isAcronym(token.text)
                || names.contains(key) { return .properNoun }
        } else if Self.isAcronym(token.text) {
            return .properNoun
        }
        if compoundHead(i, tokens, readings, closedTags, previous: previous) { return .noun }
        return openClass(i, tokens, readings, closedTags, previous: prev, next: next)
    }

    /// Token `i` is the second noun of a compound inside a noun phrase, not a verb: after a
    /// singular noun (not a group or person: "the police arrest" stays a verb) in a phrase a
    /// determiner, possessive or number opens, either a plural "-s" form after a number ("eight
    /// air strikes", "three suicide attacks") or before a preposition, a conjunction or
    /// punctuation ("our security forces for"), or a bare form of a verb SemCor rarely tags, with
    /// no object after it ("the pumpkin spice condoms", "the first hip hop track", "its air
    /// campaign to Iraq"): a singular subject's verb would end in -s.
    func compoundHead(_ i: Int, _ tokens: [Token], _ readings: [FormReadings], _ closedTags: [WordTag?],
                      previous: [LinguisticLayer.Word]) -> Bool {
        guard i >= 2, readings[i].contains(.noun), readings[i].contains(.verb), let table = knowledge.words,
              let n1 = previous.last, n1.tag == .noun, n1.lemma == tokens[i - 1].key,
              n1.category != "group", n1.category != "person" else { return false }
        let key = tokens[i].key
        // "the impact even at sea": a word more often an adverb than a noun is no compound's noun.
        guard !Self.verbalEnding(key), table.frequency(readings[i], as: .adverb) <= table.frequency(readings[i], as: .noun) else { return false }
        // What opens the phrase: the first word before the noun that is no adjective or noun.
        var j = i - 2
        while j >= 0, [.adjective, .noun].contains(previous[j].tag) { j -= 1 }
        guard j >= 0 else { return false }
        let opener = previous[j].tag
        guard opener == .determiner || opener == .number || opener == .possessive else { return false }
        let nextClosed = i + 1 < tokens.count ? closedTags[i + 1] : nil
        let plural = key.hasSuffix("s") && table.lemma(readings[i], as: .noun) != key
        if plural {
            // After a number always; after "the", "our" when no object can follow ("our security
            // forces for their help").
            if opener == .number { return true }
            return i + 1 >= tokens.count || !tokens[i + 1].isWord || [.preposition, .conjunction].contains(nextClosed)
        }
        // A bare form: only a verb SemCor rarely tags as one ("spice", "hop", "campaign"; not "hit",
        // "cut", whose past is their bare form: "the storm hit homes"), and no object after it.
        guard table.lemma(readings[i], as: .verb) == key, table.frequency(readings[i], as: .verb) < Self.rareVerbCount,
              !key.hasSuffix("s") else { return false }
        guard i + 1 < tokens.count else { return true }
        return ![.determiner, .possessive, .pronoun].contains(nextClosed) && !(tokens[i + 1].hasDigit)
    }

    func openClass(_ i: Int, _ tokens: [Token], _ readings: [FormReadings], _ closedTags: [WordTag?], previous prev: WordTag?,
                   next: Token?) -> WordTag {
        let key = tokens[i].key
        let candidates = readings[i].classes
        guard !candidates.isEmpty else { return Self.guess(key) }
        if candidates.count == 1 { return WordTag(candidates[0]) }
        let has = { (c: WordClass) in candidates.contains(c) }
        let nextClosed = next == nil ? nil : closedTags[i + 1]
        let nextClasses = next == nil || nextClosed != nil ? [] : readings[i + 1].classes
        // "Banksy is still a mystery", "is still working": after an auxiliary, a word far more
        // often an adverb than a verb, before a determiner or a verb's "-ing" form, is the adverb.
        if prev == .auxiliary, has(.adverb), let next, let table = knowledge.words,
           table.frequency(readings[i], as: .adverb) > 10 * max(1, table.frequency(readings[i], as: .verb)),
           nextClosed == .determiner || nextClosed == .possessive || (next.key.hasSuffix("ing") && readings[i + 1].contains(.verb)) {
            return .adverb
        }
        // A verb takes an object: before a determiner, a number or a possessive, a word that can
        // be a verb is one ("wounded several others", "cut 9,000 jobs") unless it is far more
        // often a noun ("Extremist group the Islamic State").
        if has(.verb), prev != .determiner, prev != .possessive, prev != .adjective, prev != .preposition,
           let next, nextClosed == .determiner || nextClosed == .possessive || Self.isNumeric(next.key) && next.hasDigit,
           !mostlyNoun(key, readings[i]) {
            return .verb
        }
        // "Josh Paler Lin gives $100 to": an "-s" form after a name, before a sum, is the name's verb.
        if has(.verb), prev == .properNoun, key.hasSuffix("s"), let next, Self.currencySymbols.contains(next.key),
           i + 2 < tokens.count, tokens[i + 2].hasDigit {
            return .verb
        }
        // "the mum then visited": a word far more often an adverb than a noun or adjective is an
        // adverb, unless a determiner or possessive opens a phrase with it ("the then president").
        if has(.adverb), prev != .determiner, prev != .possessive, let table = knowledge.words,
           table.frequency(readings[i], as: .adverb) > 10 * max(1, table.frequency(readings[i], as: .noun), table.frequency(readings[i], as: .adjective),
                                                               table.frequency(readings[i], as: .verb)) { return .adverb }
        // "will no longer serve": after "no", an adverb before a verb.
        if i > 0, tokens[i - 1].key == "no", has(.adverb), nextClasses.contains(.verb) { return .adverb }
        switch prev {
        case .determiner?, .possessive?, .number?, .adjective?:
            if has(.adjective), nextClasses.first == .noun || nextClasses.contains(.noun) && !nextClasses.contains(.verb) { return .adjective }
            if has(.noun) { return .noun }
        case .preposition?:
            if key.hasSuffix("ing"), has(.verb) { return .verb }
            if has(.adjective), nextClasses.contains(.noun) { return .adjective }
            if has(.noun) { return .noun }
        case .modal?, .particle?:
            if has(.verb) { return .verb }
        case .auxiliary?:
            // A participle: "-ed", "-en", "-ing", or an irregular form ("had gone"), never an "-s" form ("had ties").
            if has(.verb), key.hasSuffix("ed") || key.hasSuffix("en") || key.hasSuffix("ing")
                || (knowledge.words?.lemma(readings[i], as: .verb) != key && !key.hasSuffix("s")) { return .verb }
            if has(.adjective) { return .adjective }
        case .negation?:
            if has(.verb) { return .verb }
        case .pronoun?, .relative?:
            // "He further states": a word that can be an adverb, before an inflected verb (after "he",
            // "she", "it" an "-s" form is one), is the adverb.
            if has(.adverb), i > 0, let next, nextClosed == nil, next.key.hasSuffix("s") || next.key.hasSuffix("ed"),
               readings[i + 1].contains(.verb),
               !readings[i + 1].contains(.noun) || next.key.hasSuffix("ed") || ["he", "she", "it"].contains(tokens[i - 1].key) {
                return .adverb
            }
            if has(.verb) { return .verb }
        case .noun?, .properNoun?:
            if has(.verb) {
                // "the job cuts were": a noun when a verb or auxiliary follows; so in "the gossip mill
                // started", before a word that can only be a verb.
                if nextClosed == .auxiliary || nextClosed == .modal { return .noun }
                // "some news sites reported": a plural before a past verb is the subject's head.
                if has(.noun), key.hasSuffix("s"), knowledge.words?.lemma(readings[i], as: .noun) != key, let next,
                   next.key.hasSuffix("ed"), readings[i + 1].contains(.verb), nextClosed == nil { return .noun }
                // "strands get caught": a word far more often a verb stays one before another verb.
                if has(.noun), nextClosed == nil, let next, !next.isCapitalized, nextClasses == [.verb], !mostlyVerb(readings[i]) { return .noun }
                // "an official cause of death": a bare form before "of" is a noun.
                if has(.noun), !Self.verbalEnding(key), next?.key == "of" { return .noun }
                // After a noun a verb, unless the word is far more often a noun and is not
                // inflected as a verb ("defence staff", "a St Louis church", but "Police killed").
                if has(.noun) {
                    if mostlyNoun(key, readings[i]) { return .noun }
                    if !Self.verbalEnding(key), nextClosed == nil, next?.isWord == false { return .noun }
                }
                return .verb
            }
        case .adverb?:
            if has(.verb), key.hasSuffix("ed") || key.hasSuffix("s") { return .verb }
        case .verb?:
            // A gerund after a verb is its complement: "denied offering", "stopped paying".
            if has(.verb), key.hasSuffix("ing") { return .verb }
        default:
            break
        }
        return WordTag(candidates[0])
    }

    /// WordNet counts the word ten times more often as a verb than as a noun ("get").
    func mostlyVerb(_ readings: FormReadings) -> Bool {
        guard let table = knowledge.words else { return false }
        return table.frequency(readings, as: .verb) > 10 * max(1, table.frequency(readings, as: .noun))
    }

    /// Fewer SemCor tags as a verb than this: a verb reading that rarely is the one meant.
    static let rareVerbCount = 20

    /// The word is not "-ed"/"-ing" and WordNet counts it far more often as a noun than as a
    /// verb ("staff", "sources", "church"; not "cuts", "kills").
    func mostlyNoun(_ key: String, _ readings: FormReadings) -> Bool {
        guard !Self.verbalEnding(key), let table = knowledge.words else { return false }
        let verb = table.frequency(readings, as: .verb)
        let noun = table.frequency(readings, as: .noun)
        return verb * 2 < noun
    }

    /// Currency signs the tokenizer keeps apart from their figure ("$100").
    static let currencySymbols: Set<String> = ["$", "€", "£", "¥"]

    static func verbalEnding(_ key: String) -> Bool { key.hasSuffix("ed") || key.hasSuffix("ing") }

    /// An unknown word's class from its ending.
    static func guess(_ key: String) -> WordTag {
        if key.hasSuffix("ly") { return .adverb }
        if key.hasSuffix("ed") || key.hasSuffix("ing") { return .verb }
        if key.hasSuffix("ous") || key.hasSuffix("ful") || key.hasSuffix("ive") || key.hasSuffix("able") { return .adjective }
        return .noun
    }

    static func isNumeric(_ key: String) -> Bool {
        key.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }
    }

    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { letters += 1 } else if b != 0x2E { return false }
        }
        return letters >= 2
    }

    /// Tokens after which a word starts a sentence (or a quoted one).
    /// The word before a glued auxiliary: "we've" → "we", "he'd" → "he"; nil for other words.
    static func contractedBase(_ key: String) -> String? {
        // On ASCII keys (nearly all), on bytes: the suffix runs from the last apostrophe.
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let apostrophe = key.utf8.lastIndex(of: UInt8(ascii: "'")), apostrophe != key.utf8.startIndex else { return nil }
            let tail = key.utf8[key.utf8.index(after: apostrophe)...]
            guard tail.elementsEqual("ve".utf8) || tail.elementsEqual("d".utf8) || tail.elementsEqual("ll".utf8)
                    || tail.elementsEqual("re".utf8) || tail.elementsEqual("m".utf8) else { return nil }
            return String(key[..<apostrophe])
        }
        for suffix in ["'ve", "'d", "'ll", "'re", "'m"] where key.hasSuffix(suffix) && key.count > suffix.count {
            return String(key.dropLast(suffix.count))
        }
        return nil
    }

    static func opensSentence(_ key: String) -> Bool {
        var utf8 = key.utf8.makeIterator()
        guard let first = utf8.next() else { return false }
        if first == 0x22 || first == 0x3A || first == 0x28 || first == 0x27 || first == 0x2D { return key.utf8.count == 1 }
        return first == 0xE2 && (key == "—" || key == "–")
    }
}
