import Foundation

/// Unicode hygiene for article text, on UTF-8 bytes.
///
/// Reads: text from any input. Adds: the same text in NFC, with soft hyphens, zero-width spaces,
/// word joiners and byte order marks removed, no-break and other typographic spaces turned into
/// plain spaces, CR LF and line/paragraph separators turned into "\\n" (paragraph breaks are kept).
/// ASCII text returns untouched, without a copy.
public enum TextCleanup {
    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when both ends
    /// are visible ASCII characters (then there is nothing to trim).
    static func trimmingWhitespaceAndNewlines(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`, answered at the first
    /// visible ASCII byte; through Foundation only when a non-ASCII character comes first.
    static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            if b < 0x80 { return false }
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        return true
    }

    /// `text.trimmingCharacters(in: .whitespaces)`: on bytes when, past ASCII spaces and tabs,
    /// both ends are ASCII (then nothing else is trimmed: the set's other members are not
    /// ASCII); through Foundation otherwise.
    static func trimmingWhitespace(_ text: Substring) -> String {
        let utf8 = text.utf8
        var lo = utf8.startIndex, hi = utf8.endIndex
        while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 { lo = utf8.index(after: lo) }
        while lo < hi, case let b = utf8[utf8.index(before: hi)], b == 0x20 || b == 0x09 { hi = utf8.index(before: hi) }
        if lo == hi { return "" }
        if utf8[lo] < 0x80, utf8[utf8.index(before: hi)] < 0x80 { return String(decoding: utf8[lo..<hi], as: UTF8.self) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether `clean` may change the text: it has a CR or a non-ASCII byte.
    public static func needsCleaning(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in endOfPlainASCII(buffer, from: 0) < buffer.count }
    }

    /// The index of the first CR or non-ASCII byte at or after `start` (the count if none),
    /// reading 8 bytes at a time.
    @inline(__always)
    private static func endOfPlainASCII(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let n = buffer.count
        var i = start
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D  // a zero byte where there is a CR
            let hasCR = (cr &- 0x0101_0101_0101_0101) & ~cr & 0x8080_8080_8080_8080 != 0
            if word & 0x8080_8080_8080_8080 != 0 || hasCR { break }
            i += 8
        }
        while i < n, buffer[i] < 0x80, buffer[i] != 0x0D { i += 1 }
        return i
    }

    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var copy = text
        var maybeDecomposed = false
        let cleaned = copy.withUTF8 { buffer -> String? in
            let n = buffer.count
            // Most texts need no edit: find the first one before copying anything.
            var first = endOfPlainASCII(buffer, from: 0)
            while first < n {
                if case .keep = edit(buffer, first, &maybeDecomposed) {
                    first = endOfPlainASCII(buffer, from: first + 1)
                    continue
                }
                break
            }
            guard first < n else { return nil }
            return String(unsafeUninitializedCapacity: n) { out in
                // Every edit makes the text shorter or leaves its length: `n` bytes are enough.
                _ = out.initialize(from: UnsafeBufferPointer(rebasing: buffer[..<first]))
                var i = first, o = first
                while i < n {
                    let plainEnd = endOfPlainASCII(buffer, from: i)
                    if plainEnd > i {
                        (out.baseAddress! + o).initialize(from: buffer.baseAddress! + i, count: plainEnd - i)
                        o += plainEnd - i
                        i = plainEnd
                        continue
                    }
                    let b = buffer[i]
                    switch edit(buffer, i, &maybeDecomposed) {
                    case .keep:
                        out[o] = b
                        o += 1
                        i += 1
                    case .remove(let width):
                        i += width
                    case .replace(let width, let byte):
                        out[o] = byte
                        o += 1
                        i += width
                    }
                }
                return o
            }
        }
        let result = cleaned ?? text
        return maybeDecomposed ? result.precomposedStringWithCanonicalMapping : result
    }

    private enum Edit {
        /// Keep the byte.
        case keep
        /// Drop `width` bytes.
        case remove(Int)
        /// Put `byte` for `width` bytes.
        case replace(Int, UInt8)
    }

    /// What `clean` does at byte `i`, a CR or a non-ASCII byte; notes bytes that may start a
    /// decomposed sequence (combining marks, Hangul jamo) in `maybeDecomposed`.
    @inline(__always)
    private static func edit(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int, _ maybeDecomposed: inout Bool) -> Edit {
        let n = buffer.count
        let b = buffer[i]
        if b == 0x0D { return i + 1 < n && buffer[i + 1] == 0x0A ? .replace(2, 0x0A) : .replace(1, 0x0A) }
        let b1: UInt8 = i + 1 < n ? buffer[i + 1] : 0
        let b2: UInt8 = i + 2 < n ? buffer[i + 2] : 0
        switch b {
        case 0xC2 where b1 == 0xAD: return .remove(2)                           // soft hyphen
        case 0xC2 where b1 == 0xA0: return .replace(2, 0x20)                    // no-break space
        case 0xCC, 0xCD: maybeDecomposed = true                                  // U+0300-U+037F combining marks
        case 0xE1 where b1 >= 0x84 && b1 <= 0x87: maybeDecomposed = true         // Hangul jamo
        case 0xE2 where b1 == 0x80:
            if b2 == 0x8B { return .remove(3) }                                  // zero-width space
            if (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF { return .replace(3, 0x20) }
            if b2 == 0xA8 || b2 == 0xA9 { return .replace(3, 0x0A) }
        case 0xE2 where b1 == 0x81:
            if b2 == 0xA0 { return .remove(3) }                                  // word joiner
            if b2 == 0x9F { return .replace(3, 0x20) }                           // medium math space
        case 0xE3 where b1 == 0x80 && b2 == 0x80: return .replace(3, 0x20)
        case 0xEF where b1 == 0xBB && b2 == 0xBF: return .remove(3)             // BOM
        default: break
        }
        return .keep
    }
}
