/// A set of phrases to look for anywhere inside a text, in one pass over its UTF-8 bytes:
/// phrases are indexed by their first two bytes, so each position of the text costs one table
/// look-up instead of one comparison per phrase.
public struct PhraseSet: Sendable {
    /// Phrases by their first two bytes (as a 16-bit key); one-byte phrases apart.
    private let byPrefix: [UInt16: [[UInt8]]]
    private let singleBytes: Set<UInt8>
    /// One bit per two-byte prefix that starts some phrase: most positions are ruled out here.
    private let prefixBits: [UInt64]
    public let isEmpty: Bool

    public init(_ phrases: [String]) {
        var byPrefix: [UInt16: [[UInt8]]] = [:]
        var singles: Set<UInt8> = []
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            if bytes.count == 1 { singles.insert(bytes[0]) }
            guard bytes.count >= 2 else { continue }
            byPrefix[UInt16(bytes[0]) << 8 | UInt16(bytes[1]), default: []].append(bytes)
        }
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in byPrefix.keys { bits[Int(key >> 6)] |= 1 << UInt64(key & 63) }
        self.byPrefix = byPrefix
        self.prefixBits = bits
        self.singleBytes = singles
        self.isEmpty = phrases.isEmpty
    }

    /// Whether any phrase occurs in `text`.
    public func occurs(in text: String) -> Bool {
        var text = text
        let hasSingles = !singleBytes.isEmpty
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                if hasSingles, singleBytes.contains(bytes[i]) { return true }
                let key = i + 1 < n ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : 0
                if i + 1 < n, prefixBits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0, let candidates = byPrefix[key] {
                    for phrase in candidates where i + phrase.count <= n {
                        var k = 2
                        while k < phrase.count, bytes[i + k] == phrase[k] { k += 1 }
                        if k == phrase.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }
}
