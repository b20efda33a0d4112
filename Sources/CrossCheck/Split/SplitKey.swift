/// A word of up to 16 UTF-8 bytes, ASCII-lowercased and packed into two integers: the lookup key
/// for abbreviations and other splitter word lists, built from bytes without allocating.
struct SplitKey: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    static let maxLength = 16

    /// The key of the bytes `[from, to)`, or nil when longer than 16 bytes or empty.
    @inline(__always)
    init?(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) {
        let n = to - from
        guard n > 0, n <= SplitKey.maxLength else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        var k = 0
        while k < n {
            var b = p[from + k]
            if b &- 0x41 < 26 { b |= 0x20 }
            if k < 8 { low |= UInt64(b) << (UInt64(k) * 8) } else { high |= UInt64(b) << (UInt64(k - 8) * 8) }
            k += 1
        }
        self.low = low
        self.high = high
    }

    /// The key of a word given as text (rule files).
    init?(_ text: String) {
        var copy = text
        let key: SplitKey? = copy.withUTF8 { buf in
            guard let base = buf.baseAddress else { return nil }
            return SplitKey(base, 0, buf.count)
        }
        guard let key else { return nil }
        self = key
    }
}
