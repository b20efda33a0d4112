/// Splits a sentence into `Token`s by scanning its UTF-8 bytes.
///
/// Reads: text. Adds: tokens with byte ranges. Words keep internal hyphens ("cost-sharing"),
/// apostrophes ("don't"), digit groups ("4,500", "44.39") and dotted initialisms ("U.S.");
/// a possessive "'s" is a token of its own, and every other punctuation mark is one token.
/// Rule patterns and lexicon terms are tokenized the same way, so they match consistently.
public enum Tokenizer {
    public static func tokens(in text: String, offset: Int = 0) -> [Token] {
        var bytes = Array(text.utf8)
        bytes.append(0)
        var tokens: [Token] = []
        var i = 0
        let n = bytes.count - 1
        // About one token per four bytes of news text: one allocation instead of a doubling run.
        tokens.reserveCapacity(n / 4 + 4)
        while i < n {
            let b = bytes[i]
            if isSpace(bytes, i) {
                i += spaceWidth(bytes, i)
                continue
            }
            if isWordByte(bytes, i) {
                let start = i
                i = wordEnd(bytes, from: i, count: n)
                // Split a trailing possessive 's / ’s into its own token.
                var wordEndIndex = i
                if i - start > 2, bytes[i - 1] == UInt8(ascii: "s") || bytes[i - 1] == UInt8(ascii: "S") {
                    if bytes[i - 2] == UInt8(ascii: "'") { wordEndIndex = i - 2 }
                    else if i - start > 4, bytes[i - 4] == 0xE2, bytes[i - 3] == 0x80, bytes[i - 2] == 0x99 { wordEndIndex = i - 4 }
                }
                tokens.append(make(bytes, start, wordEndIndex, offset: offset, word: true))
                if wordEndIndex < i { tokens.append(make(bytes, wordEndIndex, i, offset: offset, word: true)) }
                continue
            }
            // A possessive standing alone ("'s" written in a pattern) is one token, as after a word.
            let apostrophe = b == UInt8(ascii: "'") ? 1 : (b == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 ? 3 : 0)
            if apostrophe > 0, i + apostrophe < n, bytes[i + apostrophe] | 0x20 == UInt8(ascii: "s"),
               i + apostrophe + 1 >= n || !isWordByte(bytes, i + apostrophe + 1) {
                tokens.append(make(bytes, i, i + apostrophe + 1, offset: offset, word: true))
                i += apostrophe + 1
                continue
            }
            // One punctuation mark: a whole UTF-8 scalar.
            let width = scalarWidth(b)
            let end = min(n, i + width)
            tokens.append(make(bytes, i, end, offset: offset, word: false))
            i = end
        }
        return tokens
    }

    private static func make(_ bytes: [UInt8], _ start: Int, _ end: Int, offset: Int, word: Bool) -> Token {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let first = bytes[start]
        let capitalized = (first >= 0x41 && first <= 0x5A) || (first >= 0xC3 && first <= 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
        let hasDigit = bytes[start..<end].contains { $0 >= 0x30 && $0 <= 0x39 }
        return Token(start: start + offset, end: end + offset, key: matchKey(text), text: text,
                     isWord: word, isCapitalized: capitalized, hasDigit: hasDigit)
    }

    /// Lowercased, typographic apostrophes and quotes straightened. One pass over the bytes
    /// for ASCII and Latin-1 letters and General Punctuation (quotes, dashes, bullets); text
    /// with other scripts is lowercased by the standard library first.
    public static func matchKey(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            let n = bytes.count
            // Most keys are their text (lowercase ASCII): the same string, not a new one.
            if !bytes.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) { return text }
            var simple = true
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                if b == 0xC2 || b == 0xC3 { i += 2; continue }
                if b == 0xE2 { i += 3; continue }
                simple = false
                break
            }
            guard simple else { return straightenQuotes(String(decoding: bytes, as: UTF8.self).lowercased()) }
            return String(unsafeUninitializedCapacity: n) { out in
                var i = 0, o = 0
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[o] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                        i += 1; o += 1
                    } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80,
                              bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 || bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                        out[o] = bytes[i + 2] <= 0x99 ? UInt8(ascii: "'") : UInt8(ascii: "\"")
                        i += 3; o += 1
                    } else if b == 0xC3, i + 1 < n, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                        out[o] = 0xC3; out[o + 1] = bytes[i + 1] + 0x20   // À-Þ → à-þ
                        i += 2; o += 2
                    } else {
                        out[o] = b
                        i += 1; o += 1
                    }
                }
                return o
            }
        }
    }

    /// ‘ ’ → ' and “ ” → ", on bytes.
    static func straightenQuotes(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: out.append(UInt8(ascii: "'")); i += 3; continue
                case 0x9C, 0x9D: out.append(UInt8(ascii: "\"")); i += 3; continue
                default: break
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isSpace(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { return true }
        if b == 0xC2 && bytes[i + 1] == 0xA0 { return true }  // no-break space
        if b == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xAF) { return true }
        return false
    }

    static func spaceWidth(_ bytes: [UInt8], _ i: Int) -> Int {
        bytes[i] < 0x80 ? 1 : scalarWidth(bytes[i])
    }

    static func scalarWidth(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1
    }

    /// Letters, digits, and non-ASCII scalars that are not punctuation or spaces.
    static func isWordByte(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if isLetter(b) || isDigit(b) { return true }
        if b < 0x80 { return false }
        if b == 0xE2 { return false }       // General Punctuation block: quotes, dashes, ellipsis
        if b == 0xC2 && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB || bytes[i + 1] == 0xA3 || bytes[i + 1] == 0xA5 || bytes[i + 1] == 0xA9) { return false }
        if b == 0xE3 && bytes[i + 1] == 0x80 { return false }  // CJK punctuation
        return b >= 0xC0
    }

    private static func wordEnd(_ bytes: [UInt8], from start: Int, count n: Int) -> Int {
        var i = start
        // Dotted initialism: U.S. / U.K. / a.m.
        if isLetter(bytes[i]), bytes[i + 1] == UInt8(ascii: "."), isLetter(bytes[i + 2]), bytes[i + 3] == UInt8(ascii: ".") {
            while i + 1 < n, isLetter(bytes[i]), bytes[i + 1] == UInt8(ascii: ".") {
                i += 2
            }
            return i
        }
        while i < n {
            let b = bytes[i]
            if isWordByte(bytes, i) {
                i += b < 0x80 ? 1 : scalarWidth(b)
                continue
            }
            // Joiners inside a word: hyphen, apostrophe, digit-group separators.
            if i > start, i + 1 < n {
                let prev = bytes[i - 1]
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && isWordByte(bytes, i + 1) && (isLetter(prev) || isDigit(prev) || prev >= 0x80) {
                    i += 1
                    continue
                }
                if b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99, i + 3 < n, isLetter(bytes[i + 3]), isLetter(prev) {
                    i += 3  // ’ inside a word
                    continue
                }
                if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".")) && isDigit(prev) && isDigit(bytes[i + 1]) {
                    i += 1
                    continue
                }
            }
            break
        }
        return i
    }
}
