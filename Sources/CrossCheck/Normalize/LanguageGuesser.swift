/// Guesses the language of a text dump's article from its function words, for pages that do
/// not say it (HTML pages usually do, in `lang`).
///
/// Reads: the lexicons `stop-words-XX` (one per language; `XX` is the language code) and the
/// body text. Adds: the code of the language whose function words make up the largest share of
/// the words, when that share is at least `minimumShare` (prose in any language is full of its
/// function words); otherwise nil, rather than a guess. Words are read on bytes: ASCII words of
/// up to 8 bytes are packed into an integer, others compared as lowercased text.
public struct LanguageGuesser: Sendable {
    private struct Language: Sendable {
        var code: String
        var packed: Set<UInt64>
        var other: Set<String>
    }

    private let languages: [Language]
    public static let minimumShare = 0.2
    /// Only the first words are read: enough to tell, and the cost stays flat for long texts.
    public static let sampleWords = 150

    public init(lexicons: [String: Lexicon]) {
        languages = lexicons.keys.filter { $0.hasPrefix("stop-words-") }.sorted().map { name in
            var language = Language(code: String(name.dropFirst("stop-words-".count)), packed: [], other: [])
            for form in lexicons[name]!.allForms {
                let key = Tokenizer.matchKey(form)
                if let packed = Self.pack(Array(key.utf8)[...]) { language.packed.insert(packed) } else { language.other.insert(key) }
            }
            return language
        }
    }

    /// An ASCII word of 1 to 8 bytes as one integer (already lowercase), or nil.
    static func pack(_ word: ArraySlice<UInt8>) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var value: UInt64 = 0
        for b in word {
            guard b < 0x80 else { return nil }
            value = value << 8 | UInt64(b)
        }
        return value
    }

    public func language(of text: String) -> String? {
        guard !languages.isEmpty else { return nil }
        var counts = [Int](repeating: 0, count: languages.count)
        var total = 0
        var word: [UInt8] = []
        func count() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty, !word.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
            total += 1
            if let packed = Self.pack(word[...]) {
                for (i, language) in languages.enumerated() where language.packed.contains(packed) { counts[i] += 1 }
            } else {
                let key = Tokenizer.matchKey(String(decoding: word, as: UTF8.self))
                for (i, language) in languages.enumerated() where language.other.contains(key) { counts[i] += 1 }
            }
        }
        for b in text.utf8 {
            // Letters, digits, apostrophes and any non-ASCII byte make words; the rest ends them.
            if b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 {
                word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                count()
                if total >= Self.sampleWords { break }
            }
        }
        count()
        guard total > 0, let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }) else { return nil }
        return Double(counts[best]) / Double(total) >= Self.minimumShare ? languages[best].code : nil
    }
}
