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
        (name == "joiner" && key == "'s") || role(key) == name
    }

    /// The speaker of a sentence, or nil when the outlet itself states it.
    public mutating func speaker(in tokens: [Token], sentence: String, sentenceStart: Int) -> String? {
        guard let raw = findSpeaker(tokens, sentence: sentence, sentenceStart: sentenceStart) else { return nil }
        let resolved = resolve(raw)
        history.append(resolved)
        let lower = resolved.lowercased()
        comparisons += byHead.count
        for head in byHead.keys where lower.hasSuffix(head) { byHead[head]!.add(resolved, lower: lower) }
        return resolved
    }

    private func findSpeaker(_ tokens: [Token], sentence: String, sentenceStart: Int) -> String? {
        // "according to X"
        if let cue = reportVerbs.find(in: tokens), tokens[cue.start].key == "according" {
            let np = nounPhrase(tokens, from: cue.end)
            if let np { return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart) }
        }
        var position = 0
        while let cue = nextCue(tokens, from: position) {
            if let np = nounPhraseBefore(tokens, cue.start) {
                return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
            }
            position = cue.end
        }
        // A cue whose subject is not next to it ("X echoed that stance on Y, writing: ...").
        if nextCue(tokens, from: 0) != nil, let np = nounPhrase(tokens, from: 0), np.upperBound < tokens.count,
           isSpeakerLike(tokens, np) {
            return slice(tokens, np, sentence: sentence, sentenceStart: sentenceStart)
        }
        return nil
    }

    /// The next attribution verb ("said", "noted", "denied", "alleging").
    private func nextCue(_ tokens: [Token], from: Int) -> (start: Int, end: Int)? {
        reportVerbs.find(in: tokens, from: from).map { ($0.start, $0.end) }
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
        while r.lowerBound < r.upperBound, isRole(tokens[r.lowerBound].key, "joiner") {
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
