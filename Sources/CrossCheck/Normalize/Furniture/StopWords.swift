import Foundation

/// Counts function words ("the", "of", "said") in a text, from the lexicons `stop-words-*` (one
/// per language: `stop-words-en`, `stop-words-fr`, ...). Prose has many, menus and teasers few.
///
/// Reads: a block's text. Adds: its word count and stop-word count, scanning UTF-8 bytes.
///
/// Words are split at ASCII spaces and `,.;:"()`, lowercased for ASCII letters only, and only words
/// of at most 8 bytes can match. An ASCII word is looked up as its bytes packed in a `UInt64` in a
/// small open-addressing table (no `String`, no hashing through `Hasher`); a word with other bytes
/// is looked up as a `String` (canonical equivalence, as `Set<String>` compares).
struct StopWords: Sendable {
    private let words: Set<String>
    /// Packed ASCII stop words (see `pack`), 0 for an empty slot; the table size is a power of 2.
    private let asciiTable: [UInt64]
    private let asciiShift: UInt64

    init(lexicons: [String: Lexicon]) {
        words = Set(lexicons.filter { $0.key.hasPrefix("stop-words") }.values.flatMap(\.allForms).map { $0.lowercased() })
        // A stop word equal (canonically) to an ASCII word is that word in NFC ("\u{212A}" is "K").
        var packed: Set<UInt64> = []
        for word in words {
            let nfc = Array(word.precomposedStringWithCanonicalMapping.utf8)
            guard !nfc.isEmpty, nfc.count <= 8, nfc.allSatisfy({ $0 > 0 && $0 < 0x80 }) else { continue }
            packed.insert(Self.pack(nfc))
        }
        var bits: UInt64 = 4
        while 1 << bits < packed.count * 4 { bits += 1 }
        var table = [UInt64](repeating: 0, count: 1 << bits)
        let shift = 64 - bits
        for key in packed {
            var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
            while table[slot] != 0 { slot = (slot + 1) & (table.count - 1) }
            table[slot] = key
        }
        asciiTable = table
        asciiShift = shift
    }

    var isEmpty: Bool { words.isEmpty }

    func count(_ text: String) -> (words: Int, stopWords: Int) {
        var text = text
        return text.withUTF8 { count($0) }
    }

    /// `count` on the UTF-8 bytes of a text: one pass, each word packed as it is read.
    func count(_ text: UnsafeBufferPointer<UInt8>) -> (words: Int, stopWords: Int) {
        var total = 0, stop = 0
        var key: UInt64 = 0
        var length = 0
        var plain = true  // ASCII without NUL so far
        var start = 0
        for i in 0..<text.count {
            let b = text[i]
            if b < 0x40, Self.separators & (1 << UInt64(b)) != 0 {
                if length > 0 {
                    total += 1
                    if length <= 8, plain ? isStopWord(packed: key) : isStopWord(UnsafeBufferPointer(rebasing: text[start..<i])) {
                        stop += 1
                    }
                }
                key = 0
                length = 0
                plain = true
                start = i + 1
            } else {
                if length < 8 { key |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << (8 * UInt64(length)) }
                if b >= 0x80 || b == 0 { plain = false }
                length += 1
            }
        }
        if length > 0 {
            total += 1
            if length <= 8, plain ? isStopWord(packed: key) : isStopWord(UnsafeBufferPointer(rebasing: text[start...])) {
                stop += 1
            }
        }
        return (total, stop)
    }

    /// Word separators: space, tab, newline and `,.;:"()`, as bits (all are below 0x40).
    private static let separators: UInt64 = 0x0C00_5305_0000_0600  // bits 0x09 0x0A 0x20 0x22 0x28 0x29 0x2C 0x2E 0x3A 0x3B

    /// A word of 1 to 8 ASCII bytes without NUL, packed by `pack` (ASCII letters lowercased).
    @inline(__always)
    private func isStopWord(packed key: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: (key &* Self.multiplier) >> asciiShift)
        while true {
            let entry = asciiTable[slot]
            if entry == key { return true }
            if entry == 0 { return false }
            slot = (slot + 1) & (asciiTable.count - 1)
        }
    }

    /// A word of 1 to 8 bytes with non-ASCII or NUL bytes, looked up as a `String` (ASCII letters lowercased).
    private func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains(String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Bytes of a word of 1 to 8 bytes without NUL, little-endian: distinct words give distinct keys.
    private static func pack(_ bytes: [UInt8]) -> UInt64 {
        var key: UInt64 = 0
        for (k, b) in bytes.enumerated() { key |= UInt64(b) << (8 * UInt64(k)) }
        return key
    }
}
