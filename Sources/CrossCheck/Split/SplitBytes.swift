/// Byte-level classification of UTF-8 text for the sentence splitter: whitespace (ASCII, no-break
/// and Unicode spaces), terminal punctuation (`. ? ! … ‼ 。`), closing and opening quotes and
/// brackets, bullets. Every function looks at raw bytes from a contiguous buffer and returns a
/// width in bytes (0 = no match), so the hot loop never builds a `Character` or a `String`.
enum SplitBytes {
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    /// Not a UTF-8 continuation byte: counts scalars.
    @inline(__always) static func isScalarStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// Bytes the scanner must stop at: terminal punctuation, line feeds, the double quote (a
    /// quotation broken off with a dash), round and square brackets (counted to know whether a
    /// stop stands inside one) and the lead bytes of the multi-byte characters it cares
    /// about (… ‼ ⁇ ” U+2029 start with E2; 。 with E3; ！？｡ with EF).
    /// 1 for a stop, 0 otherwise: bytes, so that eight lookups can be or-ed and tested at once.
    static let stopTable: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for b in [0x2E, 0x3F, 0x21, 0x0A, 0x22, 0x28, 0x29, 0x5B, 0x5D, 0xE2, 0xE3, 0xEF] as [UInt8] { t[Int(b)] = 1 }
        return t
    }()

    /// Width of the whitespace character at `i` (space, tab, CR, LF, VT, FF, NEL, no-break space,
    /// U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000, BOM), or 0.
    @inline(__always)
    static func whitespace(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b <= 0x20 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        if b < 0xC2 { return 0 }
        return wideWhitespace(p, i, end)
    }

    static func wideWhitespace(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b == 0xC2 {
            guard i + 1 < end else { return 0 }
            let c = p[i + 1]
            return (c == 0xA0 || c == 0x85) ? 2 : 0
        }
        guard i + 2 < end else { return 0 }
        let c = p[i + 1], d = p[i + 2]
        switch b {
        case 0xE2:
            if c == 0x80 { return (d <= 0x8B || d == 0xA8 || d == 0xA9 || d == 0xAF) ? 3 : 0 }
            if c == 0x81 { return (d == 0x9F || d == 0xA0) ? 3 : 0 }
            return 0
        case 0xE3: return (c == 0x80 && d == 0x80) ? 3 : 0
        case 0xEF: return (c == 0xBB && d == 0xBF) ? 3 : 0
        default: return 0
        }
    }

    /// Width of the whitespace character that ends just before `e` (not before `start`), or 0.
    @inline(__always)
    static func whitespaceBefore(_ p: UnsafePointer<UInt8>, _ e: Int, _ start: Int) -> Int {
        let b = p[e - 1]
        if b <= 0x20 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        if b < 0x80 { return 0 }
        if e - 2 >= start && p[e - 2] == 0xC2 && (b == 0xA0 || b == 0x85) { return 2 }
        if e - 3 >= start, wideWhitespace(p, e - 3, e) == 3 { return 3 }
        return 0
    }

    /// Horizontal whitespace: whitespace that is not a line or paragraph break.
    @inline(__always)
    static func horizontalSpace(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b == 0x0A { return 0 }
        let w = whitespace(p, i, end)
        if w == 3 && b == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) { return 0 }
        return w
    }

    /// A line break: LF, U+2028 or U+2029 (returns its width).
    @inline(__always)
    static func lineBreak(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if p[i] == 0x0A { return 1 }
        if p[i] == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) { return 3 }
        return 0
    }

    /// U+2029 PARAGRAPH SEPARATOR.
    @inline(__always)
    static func isParagraphSeparator(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        p[i] == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && p[i + 2] == 0xA9
    }

    enum Terminal { case none, period, questionOrExclamation, ellipsis, ideographic }

    /// The terminal punctuation at `i` and its width.
    @inline(__always)
    static func terminal(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (Terminal, Int) {
        let b = p[i]
        if b == 0x2E { return (.period, 1) }
        if b == 0x3F || b == 0x21 { return (.questionOrExclamation, 1) }
        guard b >= 0xE2, i + 2 < end else { return (.none, 0) }
        let c = p[i + 1], d = p[i + 2]
        switch b {
        case 0xE2:
            if c == 0x80 && d == 0xA6 { return (.ellipsis, 3) }                  // …
            if c == 0x80 && d == 0xBC { return (.questionOrExclamation, 3) }     // ‼
            if c == 0x81 && d >= 0x87 && d <= 0x89 { return (.questionOrExclamation, 3) } // ⁇ ⁈ ⁉
        case 0xE3:
            if c == 0x80 && d == 0x82 { return (.ideographic, 3) }               // 。
        case 0xEF:
            if c == 0xBC && (d == 0x81 || d == 0x9F || d == 0x8E) { return (.ideographic, 3) } // ！ ？ ．
            if c == 0xBD && d == 0xA1 { return (.ideographic, 3) }               // ｡
        default: break
        }
        return (.none, 0)
    }

    /// The width of a dash that sets off an aside at `i`: "--", an en or an em dash (or 0).
    @inline(__always)
    static func dashWidth(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        if p[i] == 0x2D { return i + 1 < end && p[i + 1] == 0x2D ? 2 : 0 }
        if p[i] == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x93 || p[i + 2] == 0x94 { return 3 }
        return 0
    }

    /// A closing quote or bracket at `i`: `" ' ) ] }` ” ’ » › 」 』 ） (width), and whether it is a quote.
    @inline(__always)
    static func closer(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (width: Int, quote: Bool) {
        let b = p[i]
        switch b {
        case 0x22, 0x27: return (1, true)
        case 0x29, 0x5D, 0x7D: return (1, false)
        case 0xC2: return (i + 1 < end && p[i + 1] == 0xBB) ? (2, true) : (0, false)
        case 0xE2:
            guard i + 2 < end, p[i + 1] == 0x80 else { return (0, false) }
            let d = p[i + 2]
            return (d == 0x9D || d == 0x99 || d == 0xBA) ? (3, true) : (0, false)
        case 0xE3:
            guard i + 2 < end, p[i + 1] == 0x80 else { return (0, false) }
            return (p[i + 2] == 0x8D || p[i + 2] == 0x8F) ? (3, true) : (0, false)
        case 0xEF:
            return (i + 2 < end && p[i + 1] == 0xBC && p[i + 2] == 0x89) ? (3, false) : (0, false)
        default: return (0, false)
        }
    }

    /// An opening quote or bracket at `i`: `" ' ` ( [ {` “ ‘ „ « ‹ ¿ ¡ 「 『 （ (width), else 0.
    @inline(__always)
    static func opener(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        switch b {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x60: return 1
        case 0xC2:
            guard i + 1 < end else { return 0 }
            let c = p[i + 1]
            return (c == 0xAB || c == 0xBF || c == 0xA1) ? 2 : 0
        case 0xE2:
            guard i + 2 < end, p[i + 1] == 0x80 else { return 0 }
            let d = p[i + 2]
            return (d == 0x9C || d == 0x98 || d == 0x9E || d == 0xB9) ? 3 : 0
        case 0xE3:
            guard i + 2 < end, p[i + 1] == 0x80 else { return 0 }
            return (p[i + 2] == 0x8C || p[i + 2] == 0x8E) ? 3 : 0
        case 0xEF:
            return (i + 2 < end && p[i + 1] == 0xBC && p[i + 2] == 0x88) ? 3 : 0
        default: return 0
        }
    }

    /// The width of an HTML tag left in the text at `i` (0 if none): a closing tag `</em>` when
    /// `closing`, else an opening one `<p>`, `<a href="...">` (at most 200 bytes, on one line).
    static func htmlTag(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, closing: Bool) -> Int {
        guard p[i] == 0x3C else { return 0 }
        var k = i + 1
        if closing {
            guard k < end, p[k] == 0x2F else { return 0 }
            k += 1
        }
        let name = k
        while k < end && k - name < 10 && (isLetter(p[k]) || (k > name && isDigit(p[k]))) { k += 1 }
        guard k > name, k < end else { return 0 }
        if p[k] == 0x3E { return k + 1 - i }
        guard !closing, p[k] == 0x20 || p[k] == 0x2F else { return 0 }
        let limit = min(end, i + 200)
        while k < limit {
            let b = p[k]
            if b == 0x3E { return k + 1 - i }
            if b == 0x3C || b == 0x0A { return 0 }
            k += 1
        }
        return 0
    }

    /// A bullet that starts a list item at `i` (width of the bullet alone), else 0:
    /// • ◦ ▪ ‣ ⁃ · ● ■ ► ▸ ✓ ✔ ➢ ➤ anywhere; `- * +` – — only when followed by a space.
    static func bullet(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b == 0x2D || b == 0x2A || b == 0x2B {
            return (i + 1 < end && (p[i + 1] == 0x20 || p[i + 1] == 0x09)) ? 1 : 0
        }
        if b == 0xC2 { return (i + 1 < end && p[i + 1] == 0xB7) ? 2 : 0 }
        guard b >= 0xE2, b <= 0xE2, i + 2 < end else { return 0 }
        let c = p[i + 1], d = p[i + 2]
        switch c {
        case 0x80:
            if d == 0xA2 || d == 0xA3 { return 3 }                        // • ‣
            if d == 0x93 || d == 0x94 {                                    // – — need a space
                return (i + 3 < end && (p[i + 3] == 0x20 || p[i + 3] == 0x09)) ? 3 : 0
            }
        case 0x81: if d == 0x83 { return 3 }                               // ⁃
        case 0x96: if d == 0xAA || d == 0xA0 || d == 0xBA || d == 0xB8 { return 3 } // ▪ ■ ► ▸
        case 0x97: if d == 0xA6 || d == 0x8F { return 3 }                  // ◦ ●
        case 0x9C: if d == 0x93 || d == 0x94 { return 3 }                  // ✓ ✔
        case 0x9E: if d == 0xA2 || d == 0xA4 { return 3 }                  // ➢ ➤
        default: break
        }
        return 0
    }

    /// Uppercase / lowercase for Latin-1 letters encoded as C3 xx (À–Þ upper, ß–ÿ lower).
    @inline(__always)
    static func letterCase(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> LetterCase {
        let b = p[i]
        if isUpper(b) { return .upper }
        if isLower(b) { return .lower }
        if isDigit(b) { return .digit }
        if b == 0xC3 && i + 1 < end {
            let c = p[i + 1]
            if c >= 0x80 && c <= 0x9E && c != 0x97 { return .upper }
            if c >= 0x9F && c <= 0xBF && c != 0xB7 { return .lower }
        }
        if b == 0xC4 || b == 0xC5 { // Latin Extended-A alternates upper/lower on even/odd code points
            if i + 1 < end { return (p[i + 1] & 1 == 0) ? .upper : .lower }
        }
        return .other
    }

    enum LetterCase { case upper, lower, digit, other }

    /// Scalars in `[from, to)`.
    @inline(__always)
    static func scalarCount(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var n = 0
        var k = from
        while k < to {
            if isScalarStart(p[k]) { n &+= 1 }
            k &+= 1
        }
        return n
    }
}
