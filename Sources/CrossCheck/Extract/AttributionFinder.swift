/// Finds who a sentence's claims come from.
///
/// Reads: a sentence's tokens, the lexicons `report-verbs` ("said", "according to", "denied"),
/// `speaker-nouns` ("ministry", "spokesperson"), `source-nouns` ("article") and
/// `speaker-grammar` (determiners, pronouns, joiners, skipped words, days), and the speakers of
/// earlier sentences of the same document.
/// Adds: the speaker, as written in the text ("South Korea's defense ministry"), with
/// "the ministry" and pronouns resolved to the latest earlier speaker they can stand for.
/// A sentence with no attribution cue is the outlet's own: it gets no speaker.
public struct AttributionFinder {
    let lexicons: CompiledLexicons
    /// Speakers found so far in this document, latest last.
    public private(set) var history: [String] = []
    /// For each head word "the <head>" has been resolved with: the latest speaker whose
    /// lowercased form ends in it, and the latest one that differs from that (lowercased). They
    /// answer `resolve` without a scan of the whole history, which made a long document
    /// quadratic (a 1 MB paragraph spent most of its time here).
    private var byHead: [String: HeadMatches] = [:]
    /// Speakers compared with a head word so far (the work `resolve` did), for tests.
    private(set) var comparisons = 0

    private struct HeadMatches {
        var latest: (speaker: String, lower: String)?
        var other: (speaker: String, lower: String)?

        mutating func add(_ speaker: String, lower: String) {
            if let latest, latest.lower != lower { other = latest }
            latest = (speaker, lower)
        }

        /// The latest speaker whose lowercased form is not `lower`.
        func latest(notEqualTo lower: String) -> String? {
            if let latest, latest.lower != lower { return latest.speaker }
            return other?.speaker
        }
    }

    /// The lexicons read token after token, each looked up once.
    private let reportVerbs: CompiledLexicon
    private let speakerGrammar: CompiledLexicon
    private let speakerNouns: CompiledLexicon
    private let sourceNouns: CompiledLexicon

    public init(lexicons: CompiledLexicons) {
        self.lexicons = lexicons
        reportVerbs = lexicons.lexicon("report-verbs")
        speakerGrammar = lexicons.lexicon("speaker-grammar")
        speakerNouns = lexicons.lexicon("speaker-nouns")
        sourceNouns = lexicons.lexicon("source-nouns")
    }

    /// The `speaker-grammar` role of a word: determiner, pronoun, joiner, skip or day.
    private func role(_ key: String) -> String? {
        speakerGrammar.canonical(ofWord: key)
    }

    /// The tokenizer's possessive token ("'s") always joins a name ("South Korea's defense ministry").
    private func isRole(_ key: String, _ name: String) -> Bool {
        (name == "joiner" && (key == "'s" || key == "’s")) || role(key) == name
    }

    /// The speaker of a sentence, or nil when the outlet itself states it. With the sentence's
    /// `layer` (its tokens must be `tokens`), a cue must be a verb ("the Islamic State group",
    /// "Morelos states" name no speaker) and a speaker may be any noun phrase: "…, police said",
    /// "…, said Kirby", "according to a new report", "The source, who …, said".
    public mutating func speaker(in tokens: [Token], sentence: String, sentenceStart: Int, layer: LinguisticLayer? = nil) -> String? {
        guard let raw = findSpeaker(tokens, sentence: sentence, sentenceStart: sentenceStart, layer: layer) else { return nil }
        let resolved = resolve(raw)
        history.append(resolved)
        let lower = resolved.lowercased()
        comparisons += byHead.count
        for head in byHead.keys where lower.hasSuffix(head) { byHead[head]!.add(resolved, lower: lower) }
        return resolved
    }

    private func findSpeaker(_ tokens: [Token], sentence: String, sentenceStart: Int, layer: LinguisticLayer?) -> String? {
        // "according to X"
        if let cue = reportVerbs.find(in: tokens), tokens[cue.start].key == "according" {
            // "according to European tabloid lore": a capitalised run that a lower-case noun
            // continues is only the start of the layer's phrase.
            var np = nounPhrase(tokens, from: cue.end)
            if let run = np, let layer, run.upperBound < tokens.count, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
               [.noun, .adjective].contains(layer.words[run.upperBound].tag), let whole = phrase(in: layer, at: cue.end),
               whole.upperBound > run.upperBound {
                np = whole
            }
            // "according to publicly available German government documents": past the adverbs
            // before the phrase.
            var from = cue.end
            while let layer, from < layer.count, layer.words[from].tag == .adverb { from += 1 }
            if var np = np ?? layer.flatMap({ phrase(in: $0, at: from) }).map({ cue.end..<$0.upperBound }) {
                // "according to estimates of the Johns Hopkins School": the phrase on it after "of".
                if let layer, np.upperBound + 1 < tokens.count, ["of", "by", "from"].contains(tokens[np.upperBound].key),
                   !tokens[np].contains(where: \.isCapitalized),
                   let on = nounPhrase(tokens, from: np.upperBound + 1) ?? phrase(in: layer, at: np.upperBound + 1) {
                    np = np.lowerBound..<on.upperBound
                }
                return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
            }
        }
        var position = 0
        while let cue = nextCue(tokens, from: position, layer: layer) {
            if let layer, let np = subjectOfVerbBefore(and: cue.start, in: layer) {
                return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
            }
            if let np = nounPhraseBefore(tokens, cue.start) {
                // "Yasir Abdulla from Yorkshire said": the name before the place speaks.
                guard isPlaceAfterPreposition(tokens, np, layer: layer) else { return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart) }
                var p = np.lowerBound - 1
                while p > 0, !isRole(tokens[p].key, "place-preposition") { p -= 1 }
                if let speaker = nounPhraseBefore(tokens, p) {
                    return slice(tokens, speaker, sentence: sentence, sentenceStart: sentenceStart)
                }
            }
            if let layer, let np = speakerPhrase(in: layer, around: cue) {
                return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
            }
            position = cue.end
        }
        // A cue whose subject is not next to it ("X echoed that stance on Y, writing: ..."); not a
        // dateline ("LAS VEGAS -- The person behind … has been revealed").
        if nextCue(tokens, from: 0, layer: layer) != nil, let np = nounPhrase(tokens, from: 0), np.upperBound < tokens.count,
           isSpeakerLike(tokens, np), !Self.datelineDashes.contains(tokens[np.upperBound].key),
           // "On Thursday, people familiar with …": a time or a preposition opening the sentence is no speaker.
           !(layer.map { [.preposition, .subordinator, .adverb].contains($0.words[np.lowerBound].tag) } ?? false),
           !tokens[np].contains(where: { isRole($0.key, "day") }) {
            return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
        }
        return nil
    }

    static let datelineDashes: Set<String> = ["-", "--", "—", "–"]

    /// The next attribution verb ("said", "noted", "denied", "alleging"); with a layer, only a
    /// word tagged as a verb ("according to" always).
    private func nextCue(_ tokens: [Token], from: Int, layer: LinguisticLayer? = nil) -> (start: Int, end: Int)? {
        var position = from
        while let found = reportVerbs.find(in: tokens, from: position) {
            if let layer, found.end - found.start == 1, isNounCue(layer, found.start) {
                position = found.end
                continue
            }
            return (found.start, found.end)
        }
        return nil
    }

    /// A cue word that is part of a name or a noun phrase begun before it: "the Islamic State
    /// group", "Guerrero and Morelos states" ("U.S. officials say", a phrase of its own, stays a cue).
    private func isNounCue(_ layer: LinguisticLayer, _ i: Int) -> Bool {
        if i > 0, layer.tokens[i].isCapitalized, layer.words[i - 1].tag != .punctuation { return true }
        guard layer.words[i].tag != .verb else { return false }
        if closesTrailingSpeaker(layer, i) { return false }
        return layer.phrases.contains { $0.range.contains(i) && $0.range.lowerBound < i }
    }

    /// "a hooded militant blames Cameron for joining forces with the United States and says …": a
    /// cue right after "and" shares the subject of the verb before it (not the name before "and").
    private func subjectOfVerbBefore(and cue: Int, in layer: LinguisticLayer) -> Range<Int>? {
        guard cue >= 3, layer.tokens[cue - 1].key == "and", layer.words[cue].tag == .verb else { return nil }
        // The latest verb before "and" in the sentence, with no punctuation between it and "and"
        // but for the phrases of its object.
        guard let verb = (0..<(cue - 1)).last(where: { layer.words[$0].tag == .verb && !layer.tokens[$0].key.hasSuffix("ing") }), verb > 0,
              !layer.tokens[(verb + 1)..<(cue - 1)].contains(where: { [",", ";", ":", "\"", "“", "”"].contains($0.key) }),
              let np = layer.phrases.last(where: { $0.range.upperBound == verb }), isSpeakerHead(layer, np.head) else { return nil }
        // A present verb ("blames … and says"), or a past one whose subject opens the sentence:
        // "a man born in Liverpool and says" is a participle on "a man", who says nothing.
        let present = layer.tokens[verb].key.hasSuffix("s") && layer.tokens[cue].key.hasSuffix("s")
        guard present || np.range.lowerBound == 0 || layer.words[np.range.lowerBound - 1].tag == .conjunction else { return nil }
        return Self.withOwner(np.range, in: layer)
    }

    /// "…, The Wall Street Journal reports.": a cue that ends the sentence right after the phrase
    /// a comma opens is that phrase's verb, though the tagger reads "reports" as the phrase's
    /// head ("the company's reports." stays a noun: no comma opens the phrase).
    private func closesTrailingSpeaker(_ layer: LinguisticLayer, _ i: Int) -> Bool {
        guard i >= 2, i + 1 == layer.count || [".", "!"].contains(layer.tokens[i + 1].key),
              layer.tokens[i].key.hasSuffix("s"), [.noun, .properNoun].contains(layer.words[i - 1].tag) else { return false }
        var k = i - 1
        while k > 0, [.noun, .properNoun, .adjective, .determiner, .possessive].contains(layer.words[k].tag), i - k < 8 { k -= 1 }
        return k < i - 1 && [",", "-", "—", "–"].contains(layer.tokens[k].key)
            && layer.tokens[(k + 1)..<i].contains(where: \.isCapitalized)
    }

    /// "born in Liverpool and says": a name after a preposition of place, with no speaker noun
    /// in it, is not who speaks.
    private func isPlaceAfterPreposition(_ tokens: [Token], _ np: Range<Int>, layer: LinguisticLayer? = nil) -> Bool {
        var before = np.lowerBound - 1
        // "sources in neighbouring Chad": past the adjectives before the name.
        while let layer, before > 0, [.adjective, .determiner].contains(layer.words[before].tag)
            || (layer.words[before].tag == .verb && tokens[before].key.hasSuffix("ing")) { before -= 1 }
        guard before >= 0, isRole(tokens[before].key, "place-preposition") else { return false }
        return !tokens[np].contains { speakerNouns.contains($0.key) }
    }

    /// The speaker of a cue as the layer reads it, for speakers the capitalised run misses:
    /// "…, police said" / "…, U.S. officials say" (the phrase between a comma and the cue);
    /// "…, said Kirby" / "…, said the ministry" (a cue after a comma or quote, its speaker after
    /// it); "The source, who has close ties to Pyongyang, said:" (the phrase before a relative
    /// clause between commas).
    private func speakerPhrase(in layer: LinguisticLayer, around cue: (start: Int, end: Int)) -> Range<Int>? {
        speakerPhraseParts(in: layer, around: cue).map { Self.withOwner($0, in: layer) }
    }

    /// A phrase that opens with a possessive joined to its owner: "Morgan Stanley ’s Katy
    /// Huberty", not "’s Katy Huberty".
    static func withOwner(_ range: Range<Int>, in layer: LinguisticLayer) -> Range<Int> {
        guard layer.words[range.lowerBound].tag == .possessive,
              let owner = layer.phrases.last(where: { $0.range.upperBound == range.lowerBound }) else { return range }
        return owner.range.lowerBound..<range.upperBound
    }

    private func speakerPhraseParts(in layer: LinguisticLayer, around cue: (start: Int, end: Int)) -> Range<Int>? {
        let tokens = layer.tokens
        var end = cue.start
        while end > 0, isRole(tokens[end - 1].key, "skip") || layer.words[end - 1].tag == .adverb { end -= 1 }
        // "Thirty soldiers were reported killed", "is said to": a passive cue names no speaker.
        if (end..<cue.start).contains(where: { ["is", "are", "was", "were", "been", "be"].contains(tokens[$0].key) }) { return nil }
        // "al-Fadjr on Aug. 6 said": a date after "on" stands between the speaker and the cue.
        if let on = (max(0, end - 5)..<end).last(where: { tokens[$0].key == "on" }),
           ((on + 1)..<end).allSatisfy({ [.number, .punctuation, .properNoun].contains(layer.words[$0].tag) }),
           ((on + 1)..<end).contains(where: { tokens[$0].hasDigit }) {
            end = on
        }
        // An aside between commas or dashes that is a relative clause or a name ("The website –
        // which calls itself … – said", "the plumber from Texas City, Texas, says"): the speaker
        // is before it. "Turkey, who says": the phrase before ", who".
        var aside = false
        // "Sorkin, who also penned “The Social Network,” has said": the quote closing the aside.
        if end >= 3, Self.quotes.contains(tokens[end - 1].key), tokens[end - 2].key == ",",
           (max(0, end - 16)..<(end - 2)).contains(where: { tokens[$0].key == "," && layer.words[$0 + 1].tag == .relative }) {
            end -= 1
        }
        if end >= 2, layer.words[end - 1].tag == .relative, tokens[end - 2].key == "," {
            end -= 2
            aside = true
        } else if end >= 3, [",", "-", "—", "–"].contains(tokens[end - 1].key),
                  let k = (max(0, end - 16)..<(end - 1)).last(where: { [",", "-", "—", "–"].contains(tokens[$0].key) }), k + 1 < end - 1,
                  layer.words[k + 1].tag == .relative || ((k + 1)..<(end - 1)).allSatisfy({ layer.words[$0].tag == .properNoun })
                    || Self.opensAside(layer, k + 1) {
            end = k
            aside = true
        }
        // The phrase right before the cue, opening the sentence or after a comma, a quote or a
        // conjunction, with the phrases after a preposition that hang on it ("two people with
        // knowledge of the matter said", "Security sources in neighbouring Chad said").
        if var np = layer.phrases.last(where: { $0.range.upperBound == end }), isSpeakerHead(layer, np.head) {
            var lower = np.range.lowerBound
            for _ in 0..<3 {
                guard lower >= 2, layer.words[lower - 1].tag == .preposition else { break }
                // "people familiar with the plans": an adjective after its noun, before the preposition.
                let joint = layer.words[lower - 2].tag == .adjective ? lower - 2 : lower - 1
                guard let outer = layer.phrases.last(where: { $0.range.upperBound == joint }), isSpeakerHead(layer, outer.head) else { break }
                lower = outer.range.lowerBound
                np = outer
            }
            // "Heavily outgunned Kurdish defenders said": adverbs, adjectives and participles
            // opening the sentence describe the speaker.
            var opening = lower
            while opening > 0, [.adverb, .adjective].contains(layer.words[opening - 1].tag)
                || (layer.words[opening - 1].tag == .verb && layer.tokens[opening - 1].key.hasSuffix("ed")) { opening -= 1 }
            if opening == 0 { lower = 0 }
            let before = lower - 1
            if before < 0 || aside || [.punctuation, .conjunction].contains(layer.words[before].tag) { return lower..<end }
        }
        guard !aside else { return nil }
        guard end > 0, tokens[end - 1].key == "," || Self.quotes.contains(tokens[end - 1].key) else { return nil }
        // "…, said Kirby.": the phrase after the cue, then the sentence's end or a comma.
        // The capitalised run first, then the layer's phrase ("said MP Ali al-Badri, at …": the run
        // stops before "al-Badri").
        for candidate in [nounPhrase(tokens, from: cue.end), phrase(in: layer, at: cue.end)] {
            guard var np = candidate else { continue }
            // "said a spokesman for the ministry": the phrase on it after "for", "of" or "at".
            if np.upperBound + 1 < tokens.count, ["for", "of", "at"].contains(tokens[np.upperBound].key),
               let on = nounPhrase(tokens, from: np.upperBound + 1) ?? phrase(in: layer, at: np.upperBound + 1) {
                np = np.lowerBound..<on.upperBound
            }
            if np.upperBound == tokens.count || layer.words[np.upperBound].tag == .punctuation || tokens[np.upperBound].key == "on" {
                return np
            }
        }
        // "The source, who …, said": back over the relative clause to the phrase before it.
        guard tokens[end - 1].key == "," else { return nil }
        var k = end - 2
        while k > 0, tokens[k].key != "," { k -= 1 }
        guard k > 0, k + 1 < end, layer.words[k + 1].tag == .relative,
              let np = layer.phrases.last(where: { $0.range.upperBound == k }), isSpeakerHead(layer, np.head) else { return nil }
        return np.range
    }

    static let quotes: Set<String> = ["\"", "”", "’", "'", "“"]

    /// An aside between commas opened by a participle or a preposition, after a phrase that
    /// can speak: "the Iraqi ministry, citing a source in an intelligence cell, said"; "the
    /// ministry, in a statement, said"; or an apposition on a name ("Donald Yeomans, the author
    /// of a book, said").
    static func opensAside(_ layer: LinguisticLayer, _ k: Int) -> Bool {
        guard k >= 2, layer.words[k - 2].tag == .noun || layer.words[k - 2].tag == .properNoun else { return false }
        let key = layer.tokens[k].key
        return (layer.words[k].tag == .verb && (key.hasSuffix("ing") || key.hasSuffix("ed")))
            || (layer.words[k].tag == .preposition && key != "of")
            // "Donald Yeomans, the author of a book on asteroids, said": an apposition on a name.
            || (layer.words[k].tag == .determiner && ["the", "a", "an"].contains(key) && layer.words[k - 2].tag == .properNoun)
    }

    /// The noun phrase the layer finds starting at `index` (after its determiner), when its head is a noun.
    private func phrase(in layer: LinguisticLayer, at index: Int) -> Range<Int>? {
        guard index < layer.count, let np = layer.phrase(at: index), np.range.lowerBound == index, isSpeakerHead(layer, np.head) else { return nil }
        return np.range
    }

    /// A head that can speak: a noun or a name, not a pronoun or a word of quantity.
    private func isSpeakerHead(_ layer: LinguisticLayer, _ head: Int) -> Bool {
        [.noun, .properNoun].contains(layer.words[head].tag) && !layer.tokens[head].hasDigit
    }

    /// The noun phrase that ends right before `index`, skipping adverbs, auxiliaries, "on Friday"
    /// and source nouns ("a Wall Street Journal article alleging ...").
    private func nounPhraseBefore(_ tokens: [Token], _ index: Int) -> Range<Int>? {
        var end = index
        while end > 0 {
            let t = tokens[end - 1]
            let previous = end >= 2 ? tokens[end - 2].key : ""
            if t.isWord, !t.isCapitalized, t.key.hasSuffix("ly"), t.key.count > 3 { end -= 1; continue }
            if isRole(t.key, "skip") { end -= 1; continue }
            if isRole(t.key, "day"), previous == "on" { end -= 2; continue }
            if sourceNouns.contains(t.key) { end -= 1; continue }
            break
        }
        var start = end
        while start > 0 {
            let t = tokens[start - 1]
            if t.isWord && (t.isCapitalized || speakerNouns.contains(t.key)) { start -= 1; continue }
            if isRole(t.key, "joiner") {
                if start - 1 > 0, tokens[start - 2].isWord { start -= 1; continue }
            }
            // The period of an initial: "S. Korea".
            if t.key == ".", start - 1 > 0, Self.isInitial(tokens[start - 2]) { start -= 1; continue }
            if isRole(t.key, "determiner"), start < end { start -= 1; break }
            if isRole(t.key, "pronoun"), start == end { start -= 1; break }
            break
        }
        return trimmed(tokens, start..<end)
    }

    /// The noun phrase starting at `index` (for "according to X" and sentence subjects).
    private func nounPhrase(_ tokens: [Token], from index: Int) -> Range<Int>? {
        var start = index
        while start < tokens.count, isRole(tokens[start].key, "determiner") { start += 1 }
        var end = start
        while end < tokens.count {
            let t = tokens[end]
            if t.isWord && (t.isCapitalized || speakerNouns.contains(t.key)) { end += 1; continue }
            if isRole(t.key, "joiner"), end > start, end + 1 < tokens.count, tokens[end + 1].isWord {
                end += 1
                continue
            }
            if t.key == ".", end > start, Self.isInitial(tokens[end - 1]), end + 1 < tokens.count, tokens[end + 1].isCapitalized {
                end += 1
                continue
            }
            break
        }
        return trimmed(tokens, start..<end)
    }

    private func trimmed(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        var r = range
        while r.lowerBound < r.upperBound, isRole(tokens[r.upperBound - 1].key, "joiner") || isRole(tokens[r.upperBound - 1].key, "determiner") {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        while r.lowerBound < r.upperBound, isRole(tokens[r.lowerBound].key, "joiner")
            || (r.lowerBound == 0 && isRole(tokens[r.lowerBound].key, "opener")) {
            // "and" never starts a name, nor does a sentence's opening "But" ("But Shekau said").
            r = (r.lowerBound + 1)..<r.upperBound
        }
        guard !r.isEmpty else { return nil }
        let words = tokens[r]
        if words.count == 1, isRole(words.first!.key, "pronoun") { return r }
        guard words.contains(where: { $0.isCapitalized || speakerNouns.contains($0.key) }) else { return nil }
        // A lone capitalized word at the sentence start that is a plain word ("Although") is no speaker.
        if words.count == 1, r.lowerBound == 0, !speakerNouns.contains(words.first!.key),
           words.first!.key.count < 3 { return nil }
        return r
    }

    /// A single capital letter: the first part of "S. Korea" or "J. Smith".
    static func isInitial(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && token.text.utf8.count == 1
    }

    private func isSpeakerLike(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        tokens[range].contains { speakerNouns.contains($0.key) } || tokens[range].filter(\.isCapitalized).count >= 2
    }

    private func slice(_ tokens: [Token], _ range: Range<Int>, sentence: String, sentenceStart: Int) -> String {
        let bytes = Array(sentence.utf8)
        let a = tokens[range.lowerBound].start - sentenceStart
        let b = tokens[range.upperBound - 1].end - sentenceStart
        // "The Wall Street Journal" → "Wall Street Journal"; "the ministry" stays, to be resolved.
        if range.count > 1, isRole(tokens[range.lowerBound].key, "determiner"), tokens[range.lowerBound + 1].isCapitalized {
            let c = tokens[range.lowerBound + 1].start - sentenceStart
            return String(decoding: bytes[c..<b], as: UTF8.self)
        }
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// "the ministry" → the latest speaker ending in "ministry"; "he" → the latest speaker.
    private mutating func resolve(_ speaker: String) -> String {
        let lower = speaker.lowercased()
        if isRole(lower, "pronoun") { return history.last ?? speaker }
        let words = lower.split(separator: " ")
        if let first = words.first, isRole(String(first), "determiner"), speaker.dropFirst(first.count + 1).first?.isLowercase == true,
           let head = words.last {
            let key = String(head)
            if byHead[key] == nil {
                // First time this head is asked for: one pass over the history so far.
                var matches = HeadMatches()
                comparisons += history.count
                for earlier in history {
                    let earlierLower = earlier.lowercased()
                    if earlierLower.hasSuffix(key) { matches.add(earlier, lower: earlierLower) }
                }
                byHead[key] = matches
            }
            if let earlier = byHead[key]!.latest(notEqualTo: lower) { return earlier }
        }
        return speaker
    }
}
