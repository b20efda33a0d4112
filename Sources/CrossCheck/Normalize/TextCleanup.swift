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

    /// Whether `clean` may change the text: it has a CR or a non-ASCII byte.
    public static func needsCleaning(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer in buffer.contains { $0 >= 0x80 || $0 == 0x0D } }
    }

    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var copy = text
        return copy.withUTF8 { buffer -> String in
            var maybeDecomposed = false
            var out: [UInt8] = []
            out.reserveCapacity(buffer.count)
            var i = 0
            let n = buffer.count
            while i < n {
                let b = buffer[i]
                if b < 0x80 {
                    if b == 0x0D {
                        out.append(0x0A)
                        if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    } else {
                        out.append(b)
                    }
                    i += 1
                    continue
                }
                let b1: UInt8 = i + 1 < n ? buffer[i + 1] : 0
                let b2: UInt8 = i + 2 < n ? buffer[i + 2] : 0
                switch b {
                case 0xC2 where b1 == 0xAD: i += 2; continue                   // soft hyphen
                case 0xC2 where b1 == 0xA0: out.append(0x20); i += 2; continue // no-break space
                case 0xCC, 0xCD: maybeDecomposed = true                          // U+0300-U+037F combining marks
                case 0xE1 where b1 >= 0x84 && b1 <= 0x87: maybeDecomposed = true // Hangul jamo
                case 0xE2 where b1 == 0x80:
                    if b2 == 0x8B { i += 3; continue }                           // zero-width space
                    if (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF { out.append(0x20); i += 3; continue }
                    if b2 == 0xA8 || b2 == 0xA9 { out.append(0x0A); i += 3; continue }
                case 0xE2 where b1 == 0x81:
                    if b2 == 0xA0 { i += 3; continue }                           // word joiner
                    if b2 == 0x9F { out.append(0x20); i += 3; continue }         // medium math space
                case 0xE3 where b1 == 0x80 && b2 == 0x80: out.append(0x20); i += 3; continue
                case 0xEF where b1 == 0xBB && b2 == 0xBF: i += 3; continue     // BOM
                default: break
                }
                out.append(b)
                i += 1
            }
            let cleaned = String(decoding: out, as: UTF8.self)
            return maybeDecomposed ? cleaned.precomposedStringWithCanonicalMapping : cleaned
        }
    }
}
