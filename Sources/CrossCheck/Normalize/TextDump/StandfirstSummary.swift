/// Answers "does a block after position `p` start with this text and go on past it?" — the
/// standfirst test (a lead paragraph repeated as the start of a later, longer one) — from a
/// summary made in one pass over the blocks, which keeps no block's text.
///
/// Reads: in page order, every block's text (`observe`), and the texts of the paragraphs that
/// may ask (`ask`, each after its own block is observed). Adds: for each asking text, a key
/// (its length and two 64-bit hashes of its bytes) and the last position of a block that starts
/// with it and is longer: each observed block's first `headBytes` bytes are hashed, and past
/// them only when an asking text begins the same way, up to the lengths such texts have.
/// Memory: one entry per distinct asking text (about 60 bytes), never the texts; work: at most
/// `headBytes` bytes a block, and the bytes and look-ups of the asked lengths that share its
/// head, one look-up per question.
///
/// The hashes are polynomials modulo 2^61−1 and modulo 2^64, with different bases: two texts of
/// one length that agree on both differ with a chance of about 2^-120 a pair, far below anything
/// a page can show; the answers are the exact prefix test's (`StandfirstSummaryTests` holds
/// them to a scan of the later blocks).
struct StandfirstSummary {
    struct Key: Hashable {
        var length: Int
        var modPrime: UInt64
        var modWord: UInt64
    }

    /// The last position of a longer block starting with the key's text (-1: none yet).
    private var lastExtender: [Key: Int] = [:]
    /// Bit `n` is set when some asking text of `n <= headBytes` bytes exists.
    private var shortLengths: UInt64 = 0
    /// Asking texts longer than `headBytes`, by the hash of their first `headBytes` bytes: their
    /// lengths, ascending. A block is hashed past its head only when some asking text shares it.
    private var byHead: [UInt64: [Int]] = [:]
    /// Bytes hashed, look-ups and questions (the work measure the tests bound).
    private(set) var steps = 0

    static let headBytes = 32

    var entries: Int { lastExtender.count }

    static let prime: UInt64 = (1 << 61) - 1
    static let basePrime: UInt64 = 1_000_003
    static let baseWord: UInt64 = 0x100_0000_01B3

    @inline(__always)
    static func mulMod(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        // a·b = high·2^64 + low; 2^64 ≡ 8 (mod 2^61−1).
        let folded = (low & prime) &+ (low >> 61) &+ (high << 3)
        var r = (folded & prime) &+ (folded >> 61)
        if r >= prime { r -= prime }
        return r
    }

    @inline(__always)
    static func step(_ key: inout Key, _ byte: UInt8) {
        var p = mulMod(key.modPrime, basePrime) &+ UInt64(byte) &+ 1
        if p >= prime { p -= prime }
        key.modPrime = p
        key.modWord = key.modWord &* baseWord &+ UInt64(byte) &+ 1
        key.length += 1
    }

    /// The key of `text` and the `modWord` hash of its first `headBytes` bytes.
    static func key(_ text: String) -> (key: Key, head: UInt64) {
        var key = Key(length: 0, modPrime: 0, modWord: 0)
        var head: UInt64 = 0
        var text = text
        text.withUTF8 { bytes in
            // The head's bytes, then the rest: no test per byte of where the head ends.
            let cut = min(bytes.count, headBytes)
            for i in 0..<cut { step(&key, bytes[i]) }
            if cut == headBytes { head = key.modWord }
            for i in cut..<bytes.count { step(&key, bytes[i]) }
        }
        return (key, head)
    }

    /// A block at `position`: every asking text it starts with and goes past now has a longer
    /// block at `position`.
    mutating func observe(_ text: String, at position: Int) {
        guard !lastExtender.isEmpty else { return }
        var text = text
        text.withUTF8 { bytes in
            // Prefixes of 1 to count − 1 bytes (the block must go past the asking text).
            let limit = bytes.count - 1
            var key = Key(length: 0, modPrime: 0, modWord: 0)
            var i = 0
            while i < min(limit, Self.headBytes) {
                Self.step(&key, bytes[i])
                i += 1
                if shortLengths & (1 << UInt64(i)) != 0, lastExtender[key] != nil {
                    lastExtender[key] = position
                    steps += 1
                }
            }
            steps += i
            guard limit > Self.headBytes, let asked = byHead[key.modWord] else { return }
            steps += 1
            for length in asked {
                guard length <= limit else { break }
                while i < length {
                    Self.step(&key, bytes[i])
                    i += 1
                }
                steps += 1
                if lastExtender[key] != nil { lastExtender[key] = position }
            }
            steps += i - Self.headBytes
        }
    }

    /// A paragraph that may ask the question: its text is looked for in the blocks observed
    /// after it.
    mutating func ask(_ text: String) {
        let (key, head) = Self.key(text)
        steps += 1
        guard key.length > 0, lastExtender[key] == nil else { return }
        lastExtender[key] = -1
        if key.length <= Self.headBytes {
            shortLengths |= 1 << UInt64(key.length)
        } else {
            var lengths = byHead[head, default: []]
            let at = lengths.firstIndex { $0 >= key.length } ?? lengths.count
            if at == lengths.count || lengths[at] != key.length { lengths.insert(key.length, at: at) }
            byHead[head] = lengths
        }
    }

    /// Whether a block after `position` starts with `text` and is longer (`text` was `ask`ed).
    mutating func laterBlockExtends(_ text: String, after position: Int) -> Bool {
        steps += 1
        return (lastExtender[Self.key(text).key] ?? -1) > position
    }
}
