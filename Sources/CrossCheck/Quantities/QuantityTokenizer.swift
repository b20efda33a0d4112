/// Splits UTF-8 bytes into `QuantityToken`s in one pass.
///
/// - A number is digits with thousands separators (`1,000,000`, Indian `1,00,000`, `1.000.000`),
///   one decimal point (`44.39`, or leading: `.05`) and an exponent (`1.5e6`). Letters glued
///   after it become their own glued word token (`5m` → `5` `m`), so suffixes are read by the parser.
/// - A word is letters (ASCII or any non-ASCII letter bytes), then letters, digits and inner
///   apostrophes (`K1E1`, `Korea's`); dotted abbreviations stay whole (`U.S.`, `a.m.`). One to
///   four ASCII letters starting with a capital, glued before a whole number, are a word of their
///   own (`USD2,400` → `USD` `2,400`; `AUD3.2m`, `RM12.80`; `G7` → `G` `7`), so a currency code
///   is read as one; the parser reads a number glued after any other word as part of a name.
/// - A URL (`https://…`, `www.…`, `example.com/…`) and an IPv4 address (`192.168.1.1`) are one
///   opaque punctuation token (`opaqueKey`): nothing in them is a number.
/// - Anything else is one punctuation token; multi-byte symbols and dashes (`€`, `£`, `–`, `−`)
///   are one token each. Non-breaking and thin spaces count as spaces.
enum QuantityTokenizer {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The key of an opaque token (a URL or an IP address), which no phrase can match.
    static let opaqueKey: UInt64 = 0x0f0f_0f0f_0f0f_0f0f

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIILetter(b) ? b | 0x20 : b }

    /// True when the bytes at `i` spell `word` (ASCII letters in any case).
    @inline(__always)
    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let len = word.utf8CodeUnitCount
        guard i + len <= p.count else { return false }
        let w = word.utf8Start
        for k in 0..<len where lower(p[i + k]) != w[k] { return false }
        return true
    }

    /// The end of a URL's run of bytes from `i`: up to whitespace, a quote or an angle bracket,
    /// without the punctuation that ends a sentence or closes a bracket around it.
    static func runEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < p.count {
            let b = p[j]
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E || spaceLength(p, j) > 0 { break }
            if b == 0xE2, j + 1 < p.count, p[j + 1] == 0x80 { break }  // curly quotes, dashes
            j += 1
        }
        while j > i + 1 {
            let b = p[j - 1]
            if b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x29 || b == 0x5D
                || b == 0x27 {
                j -= 1
            } else {
                break
            }
        }
        return j
    }

    /// Length of a URL with a scheme or "www." starting at `i` ("http://", "https://",
    /// "ftp://", "www."), or 0.
    static func schemeURLLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i] | 0x20
        guard b == 0x68 || b == 0x66 || b == 0x77 else { return 0 }  // h f w
        if hasPrefix(p, i, "http://") || hasPrefix(p, i, "https://") || hasPrefix(p, i, "ftp://")
            || (hasPrefix(p, i, "www.") && i + 4 < p.count && isAlnum(p[i + 4])) {
            return runEnd(p, i) - i
        }
        return 0
    }

    /// Length of a URL without a scheme starting at `i`: a domain name followed by a path or a
    /// query ("example.com/2019/05", "site.org?id=5"), or 0.
    static func domainURLLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = p.count
        // A domain: labels of letters, digits and hyphens joined by dots, the last one letters
        // only (two or more), then "/" or "?".
        var j = i
        var labels = 0
        var lastLetters = true
        var lastLength = 0
        while j < n {
            let start = j
            var letters = true
            while j < n, isAlnum(p[j]) || p[j] == 0x2D {
                if !isASCIILetter(p[j]) { letters = false }
                j += 1
            }
            if j == start { return 0 }
            labels += 1
            lastLetters = letters
            lastLength = j - start
            if j + 1 < n, p[j] == 0x2E, isAlnum(p[j + 1]) {
                j += 1
                continue
            }
            break
        }
        guard labels >= 2, lastLetters, lastLength >= 2, j < n, p[j] == 0x2F || p[j] == 0x3F else { return 0 }
        return runEnd(p, i) - i
    }

    /// Length of an IPv4 address at `i` ("192.168.1.1", with ":8080" or "/24"), or 0.
    static func ipLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = p.count
        var j = i
        for group in 0..<4 {
            let start = j
            while j < n, j - start < 4, isDigit(p[j]) { j += 1 }
            let len = j - start
            if len == 0 || len > 3 { return 0 }
            if group < 3 {
                guard j + 1 < n, p[j] == 0x2E, isDigit(p[j + 1]) else { return 0 }
                j += 1
            }
        }
        if j < n, isAlnum(p[j]) || (p[j] == 0x2E && j + 1 < n && isDigit(p[j + 1])) { return 0 }
        if j + 1 < n, p[j] == 0x3A || p[j] == 0x2F, isDigit(p[j + 1]) {
            j += 1
            while j < n, isDigit(p[j]) { j += 1 }
        }
        return j - i
    }

    /// The hash used for token keys, over the bytes of `s` with ASCII letters lowercased unless `exact`.
    static func hash(_ s: String, exact: Bool = false) -> UInt64 {
        var h = offset
        for b in s.utf8 {
            let c = (!exact && b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            h = (h ^ UInt64(c)) &* prime
        }
        return h
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Length of a whitespace sequence at `i`, or 0.
    @inline(__always)
    static func spaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { return 1 }
        if b == 0xC2, i + 1 < p.count, p[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80 {
            let c = p[i + 2]
            if (c >= 0x80 && c <= 0x8B) || c == 0xAF || c == 0xA8 || c == 0xA9 { return 3 }
        }
        if b == 0xE3, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Length of a non-ASCII symbol that is punctuation (dash, quote, currency, bullet...), or 0
    /// when the bytes at `i` are a letter.
    @inline(__always)
    static func symbolLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b == 0xC2, i + 1 < p.count {
            let c = p[i + 1]
            // ¢ £ ¤ ¥ ¦ § © « ¬ ® ° ± ² ³ ´ · ¶ ¹ º » ¼ ½ ¾ ¿
            if c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 { return 2 }
            return 0
        }
        if b == 0xC3, i + 1 < p.count, p[i + 1] == 0x97 || p[i + 1] == 0xB7 { return 2 }  // × ÷
        // ฿ (U+0E3F) and ৳ (U+09F3): currency signs in blocks of letters.
        if b == 0xE0, i + 2 < p.count, (p[i + 1] == 0xB8 && p[i + 2] == 0xBF) || (p[i + 1] == 0xA7 && p[i + 2] == 0xB3) { return 3 }
        if b == 0xE2, i + 2 < p.count {
            let c = p[i + 1]
            // General punctuation, currency symbols, arrows, math operators, box/shapes.
            if c == 0x80 || c == 0x81 || c == 0x82 || c == 0x84 || c == 0x85 || (c >= 0x86 && c <= 0x9F) { return 3 }
        }
        return 0
    }

    /// Appends the tokens of `p` to `tokens` (which it empties first).
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, into tokens: inout [QuantityToken]) {
        tokens.removeAll(keepingCapacity: true)
        let n = p.count
        var i = 0
        var glued = false
        var newline = false
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    glued = false
                    i += 1
                    continue
                }
                if b == 0x0A || b == 0x0C || b == 0x0B {
                    glued = false
                    newline = true
                    i += 1
                    continue
                }
            } else {
                let s = spaceLength(p, i)
                if s > 0 {
                    glued = false
                    i += s
                    continue
                }
            }
            let start = i
            var token = QuantityToken(start: i, end: i, kind: .punct, glued: glued && !tokens.isEmpty,
                                      newlineBefore: newline || tokens.isEmpty)
            var opaque = 0
            if isDigit(b) {
                // An IPv4 address has a dot within its first four bytes.
                if (i + 1 < n && p[i + 1] == 0x2E) || (i + 2 < n && p[i + 2] == 0x2E) || (i + 3 < n && p[i + 3] == 0x2E),
                   !glued || tokens.isEmpty || !isDigit(p[i - 1]) {
                    opaque = ipLength(p, i)
                }
                if opaque == 0 { readNumber(p, &i, &token) }
            } else if b == 0x2E, i + 1 < n, isDigit(p[i + 1]),
                      i == 0 || !(isAlnum(p[i - 1]) || p[i - 1] == 0x2E) {
                readNumber(p, &i, &token)  // ".05"
            } else if isASCIILetter(b) {
                readWord(p, &i, &token)
                // A URL: a word that ends at "://" ("https://") or at a dot ("www.", "example.com/").
                if i + 1 < n, p[i] == 0x2E || p[i] == 0x3A, isAlnum(p[i + 1]) || p[i + 1] == 0x2F,
                   !glued || tokens.isEmpty || !isAlnum(p[start - 1]) {
                    opaque = schemeURLLength(p, start)
                    if opaque == 0, p[i] == 0x2E { opaque = domainURLLength(p, start) }
                }
            } else if b >= 0x80 && symbolLength(p, i) == 0 {
                readWord(p, &i, &token)
            } else {
                var len = 1
                if b >= 0x80 {
                    len = symbolLength(p, i)
                    if len == 0 { len = 1 }
                    if start + len > n { len = n - start }
                }
                var h = offset
                for k in start..<(start + len) { h = (h ^ UInt64(p[k])) &* prime }
                token.key = h
                token.exactKey = h
                i = start + len
            }
            if opaque > 0 {
                token.kind = .punct
                token.caps = 0
                token.key = opaqueKey
                token.exactKey = opaqueKey
                i = start + opaque
            }
            token.end = Int32(truncatingIfNeeded: i)
            tokens.append(token)
            glued = true
            newline = false
        }
    }

    @inline(__always)
    private static func readWord(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ token: inout QuantityToken) {
        let n = p.count
        let start = i
        var h = offset
        var e = offset
        var hasLower = false
        var letters = 0
        let first = p[i]
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if isASCIILetter(b) {
                    if b >= 0x61 { hasLower = true }
                    letters += 1
                    h = (h ^ UInt64(b | 0x20)) &* prime
                    e = (e ^ UInt64(b)) &* prime
                    i += 1
                    continue
                }
                if isDigit(b) {
                    if letters == i - start, letters <= 4, first >= 0x41 && first <= 0x5A, isAmountAhead(p, i) { break }
                    h = (h ^ UInt64(b)) &* prime
                    e = (e ^ UInt64(b)) &* prime
                    i += 1
                    continue
                }
                if b == 0x27, i + 1 < n, isASCIILetter(p[i + 1]) {  // Korea's
                    h = (h ^ UInt64(b)) &* prime
                    e = (e ^ UInt64(b)) &* prime
                    i += 1
                    continue
                }
                if b == 0x2E, i - start == 1, letters == 1, i + 1 < n, isASCIILetter(p[i + 1]),
                   i + 2 >= n || !isASCIILetter(p[i + 2]) {
                    // U.S. / a.m. / e.g.: single letters joined by dots.
                    var j = i
                    while j + 1 < n, p[j] == 0x2E, isASCIILetter(p[j + 1]), j + 2 >= n || !isASCIILetter(p[j + 2]) {
                        j += 2
                    }
                    if j < n, p[j] == 0x2E { j += 1 }
                    for k in i..<j {
                        let c = p[k]
                        if c >= 0x61 { hasLower = true }
                        h = (h ^ UInt64(isASCIILetter(c) ? c | 0x20 : c)) &* prime
                        e = (e ^ UInt64(c)) &* prime
                    }
                    letters += 2
                    i = j
                    break
                }
                break
            }
            // Non-ASCII: a right single quote inside a word is an apostrophe; other symbols end it.
            if b == 0xE2, i + 3 < n, p[i + 1] == 0x80, p[i + 2] == 0x99, isASCIILetter(p[i + 3]) {
                h = (h ^ 0x27) &* prime
                e = (e ^ 0x27) &* prime
                i += 3
                continue
            }
            if symbolLength(p, i) > 0 || spaceLength(p, i) > 0 { break }
            hasLower = true
            letters += 1
            h = (h ^ UInt64(b)) &* prime
            e = (e ^ UInt64(b)) &* prime
            i += 1
        }
        token.kind = .word
        token.key = h
        token.exactKey = e
        if first >= 0x41 && first <= 0x5A {
            token.caps = (!hasLower && letters > 1) ? 2 : 1
        }
    }

    /// True when a whole number in digits starts at `i` and ends the word: digits with separators
    /// or a decimal point, then at most three letters ("2,400", "3.2m", "12.80"), not "1E1".
    static func isAmountAhead(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = p.count
        var j = i
        while j < n {
            if isDigit(p[j]) {
                j += 1
            } else if (p[j] == 0x2C || p[j] == 0x2E), j + 1 < n, isDigit(p[j + 1]) {
                j += 1
            } else {
                break
            }
        }
        var letters = 0
        while j < n, isASCIILetter(p[j]) {
            letters += 1
            j += 1
        }
        if letters > 3 { return false }
        return j >= n || !(isDigit(p[j]) || p[j] == 0x27 || (p[j] >= 0x80 && symbolLength(p, j) == 0 && spaceLength(p, j) == 0))
    }

    /// Exactly three digits at `j` (no fourth).
    @inline(__always)
    static func threeDigits(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        j + 2 < p.count && isDigit(p[j]) && isDigit(p[j + 1]) && isDigit(p[j + 2]) && (j + 3 >= p.count || !isDigit(p[j + 3]))
    }

    /// Groups of three digits from `j`, each after one plain space, that end the number: then
    /// no letter, hyphen or decimal point glued on ("5 100m", "3 100-metre") and no run of
    /// digits of another length after a space ("555 123 4567" is a phone number).
    static func spacedGroupsAhead(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        let n = p.count
        var j = j
        while true {
            guard threeDigits(p, j) else { return false }
            j += 3
            if j >= n { return true }
            let b = p[j]
            if isASCIILetter(b) || b == 0x2D || (b == 0x2E && j + 1 < n && isDigit(p[j + 1])) { return false }
            if b == 0x20, j + 1 < n, isDigit(p[j + 1]) {
                j += 1
                continue
            }
            return true
        }
    }

    @inline(__always)
    private static func readNumber(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ token: inout QuantityToken) {
        let n = p.count
        var intValue: Double = 0
        var digits = 0
        var trailingZeros = 0
        var grouped = false
        token.leadingZero = p[i] == 0x30 && i + 1 < n && isDigit(p[i + 1])
        var dotGrouping = false
        var spaced = false
        var commaSeen: Bool { grouped && !dotGrouping && !spaced }
        while i < n {
            let b = p[i]
            if isDigit(b) {
                intValue = intValue * 10 + Double(b &- 0x30)
                digits += 1
                trailingZeros = b == 0x30 ? trailingZeros + 1 : 0
                i += 1
                continue
            }
            // Thousands separator: ",ddd" not followed by a digit; Indian ",dd," ; "1.000.000".
            if b == 0x2C, !dotGrouping, i + 3 < n + 0, i + 2 < n, isDigit(p[i + 1]), isDigit(p[i + 2]) {
                if i + 3 < n, isDigit(p[i + 3]), i + 4 >= n || !isDigit(p[i + 4]) {
                    grouped = true
                    i += 1
                    continue
                }
                if i + 3 < n, p[i + 3] == 0x2C, i + 6 < n, isDigit(p[i + 4]), isDigit(p[i + 5]) {
                    grouped = true
                    i += 1
                    continue
                }
            }
            if b == 0x2E, digits > 0, !grouped || dotGrouping, i + 4 < n, isDigit(p[i + 1]), isDigit(p[i + 2]), isDigit(p[i + 3]),
               p[i + 4] == 0x2E, i + 5 < n, isDigit(p[i + 5]) {
                // 1.000.000: dots group thousands.
                dotGrouping = true
                grouped = true
                i += 1
                continue
            }
            if dotGrouping, b == 0x2E, i + 3 < n, isDigit(p[i + 1]), isDigit(p[i + 2]), isDigit(p[i + 3]),
               i + 4 >= n || !isDigit(p[i + 4]) {
                i += 1
                continue
            }
            // "2.109,00": one dot group before a decimal comma.
            if b == 0x2E, digits > 0, digits <= 3, !grouped, i + 6 < n, isDigit(p[i + 1]), isDigit(p[i + 2]), isDigit(p[i + 3]),
               p[i + 4] == 0x2C, isDigit(p[i + 5]), isDigit(p[i + 6]), i + 7 >= n || !isDigit(p[i + 7]) {
                dotGrouping = true
                grouped = true
                i += 1
                continue
            }
            // "10 000", "6 300 руб.", "1 298,00": groups of three after a space. A no-break or thin
            // space groups always; a plain one only when the group ends the number ("5 100m",
            // "3 100-metre" are two numbers) and the first group has at most three digits.
            if digits > 0, !dotGrouping, (grouped ? spaced : digits <= 3 && !commaSeen) {
                // Not in a run of numbers split by spaces ("0800 555 111" is a phone number).
                let start = Int(token.start)
                let afterDigits = start >= 2 && p[start - 1] == 0x20 && isDigit(p[start - 2])
                let gap = b == 0x20 ? (afterDigits ? 0 : 1) : spaceLength(p, i) > 1 ? spaceLength(p, i) : 0
                let j = i + gap
                if gap > 0, gap > 1 ? threeDigits(p, j) : spacedGroupsAhead(p, j) {
                    grouped = true
                    spaced = true
                    i = j
                    continue
                }
            }
            break
        }
        // "35,70 €", "1 298,00": a comma and one or two digits that end the number is a decimal
        // comma (a thousands group has three).
        var decimalComma = false
        let start = Int(token.start)
        let afterList = start >= 2 && p[start - 1] == 0x2C && isDigit(p[start - 2])  // "1,2,3"
        if i + 1 < n, p[i] == 0x2C, !commaSeen, !afterList, isDigit(p[i + 1]),
           i + 2 >= n || !isDigit(p[i + 2]) || (i + 3 >= n || !isDigit(p[i + 3])),
           !(i + 3 < n && isDigit(p[i + 2]) && (p[i + 3] == 0x2C || p[i + 3] == 0x2E) && i + 4 < n && isDigit(p[i + 4])),
           !(i + 2 < n && !isDigit(p[i + 2]) && (p[i + 2] == 0x2C || p[i + 2] == 0x2E) && i + 3 < n && isDigit(p[i + 3])) {
            decimalComma = true
        }
        var value = intValue
        var exponent = digits == trailingZeros ? 0 : trailingZeros
        var decimal = false
        if i + 1 < n, (p[i] == 0x2E && !dotGrouping) || decimalComma, isDigit(p[i + 1]) {
            decimal = true
            i += 1
            var frac: Double = 0
            var fracDigits = 0
            while i < n, isDigit(p[i]) {
                frac = frac * 10 + Double(p[i] &- 0x30)
                fracDigits += 1
                digits += 1
                i += 1
            }
            value = intValue + frac / QuantityMath.pow10(fracDigits)
            exponent = -min(fracDigits, 100)
        }
        // "1.5e6", "3E-4": an exponent that ends the number (not "1E1" inside a name).
        if i + 1 < n, p[i] | 0x20 == 0x65, !dotGrouping {
            var j = i + 1
            var negative = false
            if p[j] == 0x2D || p[j] == 0x2B, j + 1 < n {
                negative = p[j] == 0x2D
                j += 1
            }
            var e = 0
            let digitsStart = j
            while j < n, isDigit(p[j]), j - digitsStart < 3 {
                e = e * 10 + Int(p[j] &- 0x30)
                j += 1
            }
            if j > digitsStart, j - digitsStart <= 2, j >= n || !(isAlnum(p[j]) || p[j] == 0x2E && j + 1 < n && isDigit(p[j + 1])) {
                if negative { e = -e }
                value *= QuantityMath.pow10(e)
                exponent += e
                decimal = true
                i = j
            }
        }
        token.kind = .number
        token.value = value
        token.exponent = Int8(clamping: exponent)
        token.digits = UInt8(clamping: digits)
        token.grouped = grouped
        token.decimal = decimal
        var h = offset
        for k in Int(token.start)..<i { h = (h ^ UInt64(p[k])) &* prime }
        token.key = h
        token.exactKey = h
    }
}

/// Small numeric helpers shared by the quantity types.
enum QuantityMath {
    static let powers: [Double] = (0...30).map { e in
        var v = 1.0
        for _ in 0..<e { v *= 10 }
        return v
    }

    @inline(__always)
    static func pow10(_ e: Int) -> Double {
        if e >= 0 { return e <= 30 ? powers[e] : .infinity }
        return -e <= 30 ? 1 / powers[-e] : 0
    }

    /// `x` rounded to 12 significant digits, so that interval ends read as written
    /// (2.1 − 0.05 is 2.05, not 2.0500000000000003).
    static func clean(_ x: Double) -> Double {
        let a = abs(x)
        guard a.isFinite, a > 0, a < 1e15 else { return x }
        var e = 0
        var y = a
        while y >= 10 { y /= 10; e += 1 }
        while y < 1 { y *= 10; e -= 1 }
        let digits = 11 - e
        guard digits > 0 && digits <= 30 else { return x }
        let scale = powers[digits]
        return (x * scale).rounded() / scale
    }

    /// The place of the last significant digit of `v`, as written plainly: 2 for 28,500, -1 for 1.5.
    static func exponent(of v: Double) -> Int {
        let a = abs(v)
        if a == 0 || !a.isFinite { return 0 }
        if a == a.rounded() {
            var e = 0
            var x = a
            while e < 30, x >= 10, (x / 10) == (x / 10).rounded() {
                x /= 10
                e += 1
            }
            return e
        }
        var e = 0
        var x = a
        while e < 6, x != x.rounded() {
            x *= 10
            e += 1
            if abs(x - x.rounded()) < 1e-9 * max(1, x) { break }
        }
        return -e
    }
}
