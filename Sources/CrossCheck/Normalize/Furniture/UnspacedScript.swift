/// Text in scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
/// Myanmar), measured on UTF-8 bytes: a block of such text has few space-separated "words" and
/// no stop words from the lexicons, so the normalizer counts its letters instead and knows its
/// full-width sentence punctuation (。！？，、).
enum UnspacedScript {
    /// Letters per word, roughly, for these scripts (a Chinese word is one to three characters,
    /// a Thai word three to six).
    static let lettersPerWord = 3

    /// Whether a scalar is a letter of one of these scripts (the definition; `count` reads the
    /// same blocks from UTF-8 lead bytes).
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF: true // Hiragana, Katakana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true // Han
        case 0x0E00...0x0E7F, 0x0E80...0x0EFF: true // Thai, Lao
        case 0x1000...0x109F, 0x1780...0x17FF: true // Myanmar, Khmer
        default: false
        }
    }

    struct Counts {
        /// Scalars in an unspaced script.
        var letters = 0
        /// Sentence punctuation of these scripts: 。！？，、；： and Myanmar ၊ ။
        var punctuation = 0
    }

    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Counts {
        var counts = Counts()
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0xE0 { i += 1; continue }
            guard b < 0xF0, i + 2 < n else { i += b < 0xF0 ? 1 : 4; continue }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            switch b {
            case 0xE3:
                if b1 == 0x80 {
                    // U+3000–U+303F: 、(81) 。(82) are punctuation; the rest of the block is not a letter.
                    if b2 == 0x81 || b2 == 0x82 { counts.punctuation += 1 }
                } else {
                    counts.letters += 1  // kana, CJK extension A ...
                }
            case 0xE4...0xE9:
                counts.letters += 1  // CJK unified ideographs
            case 0xE0:
                if b1 >= 0xB8 && b1 <= 0xBB { counts.letters += 1 }  // Thai, Lao
            case 0xE1:
                if b1 == 0x81 && (b2 == 0x8A || b2 == 0x8B) {
                    counts.punctuation += 1  // Myanmar ၊ ။
                } else if (b1 >= 0x80 && b1 <= 0x82) || b1 == 0x9E || b1 == 0x9F {
                    counts.letters += 1  // Myanmar, Khmer
                }
            case 0xEF:
                // Full-width ！(BC 81) ，(BC 8C) ：(BC 9A) ；(BC 9B) ？(BC 9F)
                if b1 == 0xBC, [0x81, 0x8C, 0x9A, 0x9B, 0x9F].contains(b2) { counts.punctuation += 1 }
            default:
                break
            }
            i += 3
        }
        return counts
    }

    /// The text ends with 。！？, Myanmar ။, or a closing corner bracket 」』 (after a quoted sentence).
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        let a = bytes[bytes.count - 3], b = bytes[bytes.count - 2], c = bytes[bytes.count - 1]
        if a == 0xE1 && b == 0x81 && c == 0x8B { return true }
        if a == 0xE3 && b == 0x80 { return c == 0x82 || c == 0x8D || c == 0x8F }
        if a == 0xEF && b == 0xBC { return c == 0x81 || c == 0x9F }
        return false
    }
}
