/// Guesses the language of a text dump's article from its function words, for pages that do
/// not say it (HTML pages usually do, in `lang`).
///
/// Reads: the lexicons `stop-words-XX` (one per language; `XX` is the language code) and the
/// body text. Adds: the code of the language whose function words make up the largest share of
/// the words, when that share is at least `minimumShare` (prose in any language is full of its
/// function words); otherwise nil, rather than a guess.
public struct LanguageGuesser: Sendable {
    private let languages: [(code: String, words: Set<String>)]
    public static let minimumShare = 0.2
    /// Only the first words are read: enough to tell, and the cost stays flat for long texts.
    public static let sampleWords = 400

    public init(lexicons: [String: Lexicon]) {
        languages = lexicons.keys.filter { $0.hasPrefix("stop-words-") }.sorted().map { name in
            (String(name.dropFirst("stop-words-".count)), Set(lexicons[name]!.allForms.map { Tokenizer.matchKey($0) }))
        }
    }

    public func language(of text: String) -> String? {
        guard !languages.isEmpty else { return nil }
        var counts = [Int](repeating: 0, count: languages.count)
        var total = 0
        // A byte prefix (a cut scalar at its end decodes to U+FFFD, which is no word).
        let sample = String(decoding: text.utf8.prefix(Self.sampleWords * 8), as: UTF8.self)
        for token in Tokenizer.tokens(in: sample) where token.isWord && !token.hasDigit {
            total += 1
            for (i, language) in languages.enumerated() where language.words.contains(token.key) { counts[i] += 1 }
            if total >= Self.sampleWords { break }
        }
        guard total > 0, let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }) else { return nil }
        return Double(counts[best]) / Double(total) >= Self.minimumShare ? languages[best].code : nil
    }
}
