import Foundation

/// Turns an input's raw bytes into text, the way a browser would.
///
/// Reads: bytes, the charset an HTTP header declared (WARC records), and for HTML the page's own
/// `<meta charset>` / `http-equiv` declaration. Adds: UTF-8 text and, when the bytes were not
/// UTF-8, a note naming the encoding they were transcoded from. Order: a byte order mark (UTF-8,
/// UTF-16) wins; valid UTF-8 is taken as UTF-8 whatever the page claims (pages lie); otherwise
/// the declared charset, and Windows-1252 when none is declared or it is unknown. Empty and
/// binary inputs are refused with a one-line reason; a text with a few stray control bytes
/// (NUL and the other C0 controls but tab, line breaks and form feed) is kept with them removed
/// and counted in `controlBytes` (JSON Lines skip both: their reader drops control bytes line
/// by line, so that one bad line does not cost the file).
public enum InputDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// "transcoded from windows-1252 (...)" when the bytes were not UTF-8; nil otherwise.
        public var note: String?
        /// How many control bytes were removed.
        public var controlBytes = 0
    }

    /// The note `dropped` gets when control bytes were removed from an input.
    public static func controlBytesNote(_ count: Int) -> DroppedBlock {
        DroppedBlock(text: "(control bytes)", reason: "note: \(count) control byte\(count == 1 ? "" : "s") (NUL or other C0 controls) removed")
    }

    /// A control byte that has no place in text: C0 but tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always) static func isStrayControl(_ b: UInt8) -> Bool { b < 0x09 || (b > 0x0D && b < 0x20) }

    public static func decode(_ data: ArraySlice<UInt8>, declaredCharset: String? = nil,
                              sniffMarkup: Bool = false, refuseBinary: Bool = true) throws(InputError) -> Decoded {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = utf16(bytes.dropFirst(2), bigEndian: bytes.first == 0xFE)
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw InputError("the file is empty") }
            return Decoded(text: text, note: "transcoded from UTF-16\(bytes.first == 0xFE ? "BE" : "LE") (byte order mark)")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw InputError("the file is empty")
        }
        if refuseBinary {
            // Binary: control bytes in more than 5% of the first 8 KB, or more than 8 NULs making
            // more than 1%. A few stray ones (four NULs in an article) are removed instead: they
            // cost the article nothing.
            let sample = bytes.prefix(8192)
            var controls = 0, nuls = 0
            for b in sample where isStrayControl(b) {
                if b == 0 { nuls += 1 }
                controls += 1
            }
            if (nuls > 8 && nuls * 100 > sample.count) || controls * 20 > sample.count { throw InputError("the file is binary, not text") }
            // Control bytes are ASCII, never part of a multi-byte sequence in UTF-8 or the legacy
            // charsets read here, so removing them bytewise is safe before decoding.
            let removed = bytes.reduce(0) { $0 + (isStrayControl($1) ? 1 : 0) }
            if removed > 0 {
                var decoded = try decode(bytes.filter { !isStrayControl($0) }[...], declaredCharset: declaredCharset, sniffMarkup: sniffMarkup)
                decoded.controlBytes += removed
                return decoded
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, note: nil) }

        let declared = declaredCharset.map(normalizedLabel) ?? (sniffMarkup ? metaCharset(bytes).map(normalizedLabel) : nil)
        let offset = InputFile.firstInvalidUTF8(bytes)
        let why = "not valid UTF-8 from byte \(offset)"
        if let declared, declared != "windows-1252" {
            if declared == "utf-8" {
                // Declared UTF-8 with a few bad bytes: a browser shows U+FFFD for them.
                return Decoded(text: String(decoding: bytes, as: UTF8.self),
                               note: "invalid UTF-8 bytes replaced with U+FFFD (\(why))")
            }
            if let encoding = foundationEncoding(declared),
               let text = String(data: Data(bytes), encoding: encoding) {
                return Decoded(text: text, note: "transcoded from \(declared) (declared; \(why))")
            }
        }
        let source = declared == "windows-1252" ? "declared" : declared.map { "declared \($0) is not supported" } ?? "no charset declared"
        return Decoded(text: Windows1252.decode(bytes), note: "transcoded from windows-1252 (\(source); \(why))")
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// WHATWG-style label folding for the labels pages use.
    static func normalizedLabel(_ label: String) -> String {
        let l = label.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
             "us-ascii", "ascii", "iso_8859-1", "iso-ir-100", "cp819", "ibm819": return "windows-1252"
        default: return l
        }
    }

    static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254", "iso-8859-9": return .windowsCP1254
        case "iso-8859-2", "latin2": return .isoLatin2
        case "shift_jis", "shift-jis", "sjis", "windows-31j": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "utf-16", "utf-16le": return .utf16LittleEndian
        case "utf-16be": return .utf16BigEndian
        default: return nil
        }
    }

    /// The charset a page declares in its first 4 KB: `<meta charset=x>`, `content="...; charset=x"`
    /// or `<?xml ... encoding="x"?>`.
    static func metaCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        for key in [Array("charset".utf8), Array("encoding".utf8)] {
            var i = 0
            while i + key.count < head.count {
                guard head[i] == key[0], head[i..<(i + key.count)].elementsEqual(key) else { i += 1; continue }
                var j = i + key.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == UInt8(ascii: "=") else { i += 1; continue }
                j += 1
                while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                let start = j
                while j < head.count, head[j] == 0x2D || head[j] == 0x5F || head[j] == 0x2E || head[j] == 0x3A
                        || (head[j] >= 0x30 && head[j] <= 0x39) || (head[j] >= 0x61 && head[j] <= 0x7A) { j += 1 }
                if j > start { return String(decoding: head[start..<j], as: UTF8.self) }
                i += 1
            }
        }
        return nil
    }
}
