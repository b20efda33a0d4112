/// Writes JSON straight into a byte buffer: `JSONValue` serialises through it, and outputs with
/// millions of records (a sentence per line of a 1 GB input) use it directly. Strings are
/// escaped on bytes: `"`, `\\`, control characters, U+2028/U+2029, and `<` (as `\u003c`, so
/// JSON embedded in HTML can never close a `<script>` element).
///
/// The bytes live in memory of its own (`Buffer`), written through a pointer: a key, a number
/// or a run of plain text costs one bounds check and one copy, not an `Array.append` each
/// (which cost about a hundred instructions per call, most of `split --jsonl`'s output time).
/// A copy of the writer shares the memory until either writes (then it is copied), like an array.
public struct JSONByteWriter {
    /// The memory: `capacity` bytes at `base`, the first `count` (the writer's) written.
    final class Buffer {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    private var buffer: Buffer
    /// How many bytes are written (since the last hand-over to `sink`, when there is one).
    public private(set) var count = 0
    /// Where the bytes go whenever the buffer is full, for output that need not be held whole
    /// (standard output): then the writer's memory stays at its capacity whatever it writes.
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

    public init(capacity: Int = 1 << 16) {
        buffer = Buffer(capacity: capacity)
        sink = nil
    }

    /// A writer that hands its bytes to `sink` each time `capacity` bytes are written (and on
    /// `flush()`), in order, instead of holding them all.
    public init(capacity: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        buffer = Buffer(capacity: capacity)
        self.sink = sink
    }

    /// Hands what is written to the sink (a writer without one keeps it).
    public mutating func flush() {
        guard let sink, count > 0 else { return }
        withBytes(sink)
        count = 0
    }

    /// The bytes written (a copy; `withBytes` reads them in place).
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer.base, count: count))
    }

    /// Calls `body` with the bytes written, in place.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(buffer) { try body(UnsafeBufferPointer(start: buffer.base, count: count)) }
    }

    public mutating func removeAll() { count = 0 }

    /// Where the next `n` bytes go: room for them, in memory this writer alone holds.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > buffer.capacity || !isKnownUniquelyReferenced(&buffer) { grow(n) }
        return buffer.base + count
    }

    private mutating func grow(_ n: Int) {
        if sink != nil {
            flush()
            if n <= buffer.capacity && isKnownUniquelyReferenced(&buffer) { return }
        }
        let bigger = Buffer(capacity: max(buffer.capacity * 2, count + n))
        bigger.base.update(from: buffer.base, count: count)
        buffer = bigger
    }

    @inline(__always)
    private mutating func put(_ source: UnsafePointer<UInt8>, _ n: Int) {
        guard n > 0 else { return }
        if let sink, n > buffer.capacity {
            // More than the buffer holds, to a sink: straight through, not copied.
            flush()
            sink(UnsafeBufferPointer(start: source, count: n))
            return
        }
        room(n).update(from: source, count: n)
        count += n
    }

    @inline(__always)
    private mutating func put(_ b: UInt8) {
        room(1).pointee = b
        count += 1
    }

    /// A literal written as it is (a key, `null`, punctuation): inlined, one copy of a length
    /// known where it is called (through `withUTF8Buffer`'s closure it cost about 70 instructions).
    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        if s.hasPointerRepresentation {
            put(s.utf8Start, s.utf8CodeUnitCount)
        } else {
            s.withUTF8Buffer { put($0.baseAddress!, $0.count) }
        }
    }

    public mutating func int(_ n: Int) {
        let out = room(Self.maxIntBytes)
        count += Self.write(n, at: out)
    }

    /// The most bytes `int` writes (`-9223372036854775808`).
    public static let maxIntBytes = 20

    /// Writes `n` in decimal at `out` (room for `maxIntBytes`), returns how many bytes: the
    /// digits are counted by comparisons and written backwards two at a time from a table of
    /// "00" to "99" (one division by 100 for two digits, not two divisions per digit).
    @inline(__always)
    public static func write(_ n: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        if n >= 0 && n < 10 {
            out.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: n)
            return 1
        }
        var at = 0
        if n < 0 {
            out.pointee = UInt8(ascii: "-")
            at = 1
        }
        var value = n.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && value >= bound {
            digits += 1
            if digits == 20 { break }
            bound &*= 10
        }
        var end = at + digits
        twoDigits.withUTF8Buffer { pairs in
            while value >= 100 {
                let q = value / 100
                let r = Int(truncatingIfNeeded: value &- q &* 100) &<< 1
                end -= 2
                out[end] = pairs[r]
                out[end + 1] = pairs[r + 1]
                value = q
            }
            if value >= 10 {
                let r = Int(truncatingIfNeeded: value) &<< 1
                end -= 2
                out[end] = pairs[r]
                out[end + 1] = pairs[r + 1]
            } else {
                end -= 1
                out[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
            }
        }
        return at + digits
    }

    /// "00" to "99", two bytes each, for `write(_:at:)` (computed: a literal, no `swift_once`).
    private static var twoDigits: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Writes at most `maxBytes` bytes at once: `body` gets room for them and returns how many
    /// it wrote (for a line's fixed fields, one bounds check instead of one per key and number).
    @inline(__always)
    public mutating func write(maxBytes: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let out = room(maxBytes)
        let written = body(out)
        precondition(written >= 0 && written <= maxBytes, "wrote more than the room asked for")
        count += written
    }

    /// Text written as is, without quotes (numbers formatted elsewhere).
    public mutating func string(unquoted s: String) {
        var s = s
        s.withUTF8 { put($0.baseAddress!, $0.count) }
    }

    /// Bytes written as they are (a serialised record).
    public mutating func append(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { if let base = $0.baseAddress { put(base, $0.count) } }
    }

    /// Bytes written as they are.
    public mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
        if let base = other.baseAddress { put(base, other.count) }
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// A number as `JSONValue.number` writes it: integral values without a fraction, an
    /// infinity or nil as `null`.
    public mutating func number(_ d: Double?) {
        guard let d, d.isFinite else {
            raw("null")
            return
        }
        if d == d.rounded(), abs(d) < 9.0e15 {
            int(Int(d))
        } else {
            let out = room(Self.maxDecimalBytes)
            let written = Self.writeShortDecimal(d, at: out)
            if written > 0 {
                count += written
            } else {
                string(unquoted: "\(d)")
            }
        }
    }

    /// The most bytes `writeShortDecimal` writes.
    static let maxDecimalBytes = 32

    /// Writes `d` as `"\(d)"` writes it, when that is a plain decimal of one to six fraction
    /// digits between 0.001 and 10^15 ("15.5", "-0.25", "44.39"), and returns how many bytes; else
    /// writes nothing and returns 0 (the caller formats it the general way). `"\(d)"` is the
    /// shortest decimal that reads back as `d`; the first number of fraction digits k at which
    /// m = round(d · 10^k) gives m / 10^k == d is that decimal, since m and 10^k are exact
    /// doubles and their quotient is rounded as reading the decimal rounds it.
    static func writeShortDecimal(_ d: Double, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let a = abs(d)
        guard a >= 0.001, a < 1e15 else { return 0 }
        var scale = 1.0
        for k in 1...6 {
            scale *= 10
            let m = (a * scale).rounded()
            // Below 2^50 an integer that reads back as `d` is within 1/8 of d · 10^k, so the
            // rounded product is it.
            guard m < 1_125_899_906_842_624 else { return 0 }
            if m / scale == a {
                var at = 0
                if d < 0 {
                    out.pointee = UInt8(ascii: "-")
                    at = 1
                }
                let digits = UInt64(m)
                var pow: UInt64 = 1
                for _ in 0..<k { pow *= 10 }
                at += write(Int(digits / pow), at: out + at)
                out[at] = UInt8(ascii: ".")
                at += 1
                var fraction = digits % pow
                var end = at + k - 1
                for _ in 0..<k {
                    out[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                    fraction /= 10
                    end -= 1
                }
                return at + k
            }
        }
        return 0
    }

    /// A string, or `null` for nil.
    public mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// A JSON string from UTF-8 bytes (which must be valid UTF-8). Runs of bytes that need no
    /// escape (nearly all text) are found eight bytes at a time and copied at once; a byte that may need an escape
    /// (a curly quote's lead byte 0xE2 is one) is gone to directly and passed in one step.
    public mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        guard let p = text.baseAddress else {
            put(UInt8(ascii: "\""))
            return
        }
        let n = text.count
        var i = 0
        var run = 0
        while i < n {
            if i + 8 <= n {
                let look = Self.lookMask(UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)))
                if look == 0 {
                    i += 8
                    continue
                }
                // Straight to the first byte that may need a look (a curly quote's 0xE2, say):
                // the bytes before it need none, and the search goes on from the byte after it.
                i += look.trailingZeroBitCount &>> 3
            }
            escapeStep(p, n, &i, &run)
        }
        put(p + run, n - run)
        put(UInt8(ascii: "\""))
    }

    /// One byte of a string: past it when it is written as it is (`run` continues), else the
    /// run before it written and the byte's escape after it.
    @inline(__always)
    private mutating func escapeStep(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, _ run: inout Int) {
        let b = p[i]
        if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x3C && b != 0xE2 {
            i += 1
            return
        }
        if b == 0xE2 && !(i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
            i += 1
            return
        }
        put(p + run, i - run)
        switch b {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case UInt8(ascii: "<"): raw("\\u003c")
        case 0xE2:
            raw(p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            i += 2
        default:
            raw("\\u00")
            put(Self.hexDigit(b >> 4))
            put(Self.hexDigit(b & 0x0F))
        }
        i += 1
        run = i
    }

    /// Of eight bytes (the first in the low byte), the high bit of each that may need a look:
    /// `"`, `\\`, `<`, 0xE2 or below 0x20. A byte that needs one always has its bit; a bit may
    /// also be set for a byte just above one that does (a borrow), never below the first, so the
    /// lowest bit set is the first byte to look at and every byte before it is plain.
    @inline(__always)
    static func lookMask(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below = (x &- ones &* 0x20) & ~x & highs
        return below | zeros(x ^ (ones &* 0x22)) | zeros(x ^ (ones &* 0x5C)) | zeros(x ^ (ones &* 0x3C))
            | zeros(x ^ (ones &* 0xE2))
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }
}
