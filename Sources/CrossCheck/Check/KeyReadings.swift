/// What the stance checker reads of a token key — its flags (stop word, clause break, cue,
/// alias, figure word) and its lemma — looked up once per distinct key of a document instead of
/// once per token: an article says "police", "said" and its names over and over, and a lemma
/// costs more than a dictionary look-up. The lemma source is asked only for keys of tokens that
/// need one (a word, not a stop word, with no digit, not "'s"), at most once per key; a
/// `LemmaSource` is a function of the key, so the readings are those of asking per token.
struct KeyReadings {
    private struct Reading {
        var flags: UInt8
        /// nil until a token of this key has needed its lemma.
        var lemma: String?
    }

    private let wordFlags: [String: UInt8]
    private let lemmas: any LemmaSource
    private var known: [String: Reading] = [:]

    init(flags: [String: UInt8], lemmas: any LemmaSource) {
        wordFlags = flags
        self.lemmas = lemmas
    }

    /// The flags of each token, and the lemma of each token that needs one (nil for the others).
    mutating func read(_ tokens: [Token]) -> (flags: [UInt8], lemmas: [String?]) {
        var flags = [UInt8](repeating: 0, count: tokens.count)
        var lemmaList = [String?](repeating: nil, count: tokens.count)
        for k in tokens.indices {
            let key = tokens[k].key
            let index: Dictionary<String, Reading>.Index
            if let found = known.index(forKey: key) { index = found } else {
                known[key] = Reading(flags: wordFlags[key] ?? 0, lemma: nil)
                index = known.index(forKey: key)!
            }
            let f = known.values[index].flags
            flags[k] = f
            guard f & StanceChecker.stopFlag == 0, tokens[k].isWord, !tokens[k].hasDigit, key != "'s" else { continue }
            if let lemma = known.values[index].lemma { lemmaList[k] = lemma; continue }
            let lemma = lemmas.lemma(of: key)
            known.values[index].lemma = lemma
            lemmaList[k] = lemma
        }
        return (flags, lemmaList)
    }
}
