/// Writes JSON straight into a byte buffer: `JSONValue` serialises through it, and outputs with
/// millions of records (a sentence per line of a 1 GB input) use it directly. Strings are
/// escaped on bytes: `"`, `\\`, control characters, U+2028/U+2029, and `<` (as `\u003c`, so
/// JSON embedded in HTML can never close a `<script>` element).
public struct JSONByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ n: Int) {
        if n < 0 {
            bytes.append(UInt8(ascii: "-"))
            int(-n)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var value = n
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                count += 1
            } while value > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    /// Text written as is, without quotes (numbers formatted elsewhere).
    public mutating func string(unquoted s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// Bytes written as they are (a serialised record).
    public mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A JSON string from UTF-8 bytes (which must be valid UTF-8). Runs of bytes that need no
    /// escape (nearly all text) are found with a table and copied at once.
    public mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var i = 0
        let n = text.count
        let plain = Self.plain
        while i < n {
            var run = i
            while run < n, plain[Int(text[run])] { run += 1 }
            if run > i {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<run]))
                i = run
                if i == n { break }
            }
            let b = text[i]
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case UInt8(ascii: "<"): raw("\\u003c")
            case 0xE2 where i + 2 < n && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9):
                raw(text[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                if b < 0x20 {
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0x0F)])
                } else {
                    bytes.append(b)
                }
            }
            i += 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes written as they are: not a quote, backslash, control byte or `<`, and not 0xE2
    /// (which may start U+2028 or U+2029).
    private static let plain: [Bool] = (0...255).map { b in
        b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x3C && b != 0xE2
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
