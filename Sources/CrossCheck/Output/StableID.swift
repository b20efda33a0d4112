/// Content-derived identifiers: the same content always gets the same id, so two runs over the
/// same inputs can be diffed. FNV-1a, 64 bits, printed as 16 hex digits.
public enum StableID {
    public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// A short id for the given parts (joined with a separator that cannot occur in text).
    public static func make(_ prefix: String, _ parts: [String]) -> String {
        let joined = parts.joined(separator: "\u{1F}")
        let hex = String(hash(joined.utf8), radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
