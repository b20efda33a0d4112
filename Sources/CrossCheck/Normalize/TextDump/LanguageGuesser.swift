import Foundation

/// Guesses the language of a text dump's article from its function words, for pages that do
/// not say it (HTML pages usually do, in `lang`).
///
/// Reads: the lexicons `stop-words-XX` (one per language; `XX` is the language code) and the
/// body text. Adds: the code of the language whose function words make up the largest share of
/// the words, when that share is at least `minimumShare` (prose in any language is full of its
/// function words); otherwise nil, rather than a guess. Words are read on bytes: ASCII words of
/// up to 8 bytes are packed into an integer and looked up in one table for all languages,
/// longer ASCII words only when some non-packable function word has their length, others
/// compared as lowercased text.
public struct LanguageGuesser: Sendable {
    private let codes: [String]
    /// Non-packable function words (see `pack`) of each language, as `Tokenizer.matchKey` keys.
    private let other: [Set<String>]
    /// Of `other`, the words equal (canonically) to an ASCII text: that text (their NFC form),
    /// and their lengths in bytes as bits (63 for 63 or more). An ASCII word can only be one of
    /// these, and most long words are told apart by their length alone.
    private let otherASCII: [Set<String>]
    private let otherASCIILengths: UInt64
    /// Open-addressing table of packed function words (0 for an empty slot; no word packs to 0)
    /// and, per slot, the languages that have the word (a range of `slotLanguages`).
    private let slotWords: [UInt64]
    private let slotRanges: [Range<Int>]
    private let slotLanguages: [Int]
    private let slotShift: UInt64
    public static let minimumShare = 0.2
    /// Only the first words are read: enough to tell, and the cost stays flat for long texts.
    public static let sampleWords = 150

    public init(lexicons: [String: Lexicon]) {
        let names = lexicons.keys.filter { $0.hasPrefix("stop-words-") }.sorted()
        codes = names.map { String($0.dropFirst("stop-words-".count)) }
        var languagesOfWord: [UInt64: [Int]] = [:]
        var other: [Set<String>] = []
        for (index, name) in names.enumerated() {
            var nonPacked: Set<String> = []
            for form in lexicons[name]!.allForms {
                let key = Tokenizer.matchKey(form)
                if let packed = Self.pack(Array(key.utf8)[...]) {
                    if packed != 0, languagesOfWord[packed, default: []].last != index { languagesOfWord[packed, default: []].append(index) }
                } else {
                    nonPacked.insert(key)
                }
            }
            other.append(nonPacked)
        }
        self.other = other
        otherASCII = other.map { words in
            Set(words.map(\.precomposedStringWithCanonicalMapping).filter { $0.utf8.allSatisfy { $0 < 0x80 } })
        }
        otherASCIILengths = otherASCII.joined().reduce(0) { $0 | 1 << UInt64(min($1.utf8.count, 63)) }
        var bits: UInt64 = 4
        while 1 << bits < languagesOfWord.count * 4 { bits += 1 }
        var words = [UInt64](repeating: 0, count: 1 << bits)
        var ranges = [Range<Int>](repeating: 0..<0, count: 1 << bits)
        var languages: [Int] = []
        let shift = 64 - bits
        for (word, indices) in languagesOfWord.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(word, shift)
            while words[slot] != 0 { slot = (slot + 1) & (words.count - 1) }
            words[slot] = word
            ranges[slot] = languages.count..<(languages.count + indices.count)
            languages += indices
        }
        slotWords = words
        slotRanges = ranges
        slotLanguages = languages
        slotShift = shift
    }

    @inline(__always)
    private static func slot(_ word: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> shift)
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
        guard !codes.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { language(of: $0) }
    }

    /// `language(of:)` on UTF-8 bytes, in one pass: each word is packed (`pack`) as it is read.
    func language(of text: UnsafeBufferPointer<UInt8>) -> String? {
        guard !codes.isEmpty else { return nil }
        var counts = [Int](repeating: 0, count: codes.count)
        var total = 0
        var packed: UInt64 = 0
        var start = 0, length = 0
        var ascii = true, digit = false
        let n = text.count
        var i = 0
        while true {
            // Letters, digits, apostrophes and any non-ASCII byte make words; the rest ends them.
            if i < n, case let b = text[i],
               b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 {
                if length == 0 { start = i }
                length += 1
                if b >= 0x80 { ascii = false }
                if b >= 0x30 && b <= 0x39 { digit = true }
                packed = packed << 8 | UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            // A word ends at `i` (a separator or the end of the text).
            if length > 0, !digit {
                total += 1
                if ascii && length <= 8 {
                    var slot = Self.slot(packed, slotShift)
                    while slotWords[slot] != 0 {
                        if slotWords[slot] == packed {
                            for language in slotLanguages[slotRanges[slot]] { counts[language] += 1 }
                            break
                        }
                        slot = (slot + 1) & (slotWords.count - 1)
                    }
                } else if ascii {
                    // `matchKey` of a lowercased ASCII word is the word.
                    if otherASCIILengths & (1 << UInt64(min(length, 63))) != 0 {
                        let word = UnsafeBufferPointer(rebasing: text[start..<i]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                        let key = String(decoding: word, as: UTF8.self)
                        for (index, words) in otherASCII.enumerated() where words.contains(key) { counts[index] += 1 }
                    }
                } else {
                    let word = UnsafeBufferPointer(rebasing: text[start..<i]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                    let key = Tokenizer.matchKey(String(decoding: word, as: UTF8.self))
                    for (index, words) in other.enumerated() where words.contains(key) { counts[index] += 1 }
                }
            }
            packed = 0
            length = 0
            ascii = true
            digit = false
            if i >= n || total >= Self.sampleWords { break }
            i += 1
        }
        guard total > 0, let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }) else { return nil }
        return Double(counts[best]) / Double(total) >= Self.minimumShare ? codes[best] : nil
    }
}
