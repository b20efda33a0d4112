import Foundation

/// A set of phrases to look for anywhere inside a text, in one pass over its UTF-8 bytes.
///
/// Phrases of four bytes or more are indexed by their first four bytes: at each position of
/// the text, one bit test on a hash of the next four bytes rules out almost every phrase, and
/// only the rare positions that pass look up their candidates and compare bytes. Shorter phrases
/// ("©") start with one of a few bytes, found with `memchr`, and are indexed by their first two.
///
/// Each phrase belongs to one or more kinds (up to 8, as bits of a `UInt8`), so that one scan can
/// answer several questions at once ("is this a caption cue, a credit cue, or both?").
public struct PhraseSet: Sendable {
    /// The phrases' bytes, one after another, grouped by prefix.
    private let bytes: [UInt8]
    /// Per phrase: where it starts in `bytes`, its length and its kinds.
    private let phrases: [(start: Int, count: Int, kinds: UInt8)]
    /// Phrases of 4 bytes or more, by their first four bytes.
    private let long: PrefixIndex
    /// Phrases of 2 or 3 bytes, by their first two bytes.
    private let short: PrefixIndex
    /// One-byte phrases: their kinds by byte (0 for none).
    private let singleKinds: [UInt8]
    /// The bytes that are a one-byte phrase or start a phrase of 2 or 3 bytes.
    private let shortStarts: [UInt8]
    /// 65,536 bits, one per hash of a four-byte prefix (`longBit`), set when a phrase of 4 bytes
    /// or more may start with a prefix of that hash.
    private let filter: [UInt64]
    /// Every kind some phrase has.
    private let allKinds: UInt8
    public let isEmpty: Bool

    /// Phrases of one kind.
    public init(_ phrases: [String]) {
        self.init(kinds: [phrases])
    }

    /// `kinds[i]` are the phrases of kind `1 << i` (a phrase listed under two kinds has both).
    init(kinds: [[String]]) {
        precondition(kinds.count <= 8, "a PhraseSet has at most 8 kinds")
        var longGroups: [UInt32: [([UInt8], UInt8)]] = [:]
        var shortGroups: [UInt32: [([UInt8], UInt8)]] = [:]
        var singles = [UInt8](repeating: 0, count: 256)
        var shortStarts: Set<UInt8> = []
        var filter = [UInt64](repeating: 0, count: 1024)
        var all: UInt8 = 0
        for (k, list) in kinds.enumerated() {
            let kind = UInt8(1) << UInt8(k)
            for phrase in list {
                let utf8 = Array(phrase.utf8)
                guard !utf8.isEmpty else { continue }
                all |= kind
                if utf8.count < 4 { shortStarts.insert(utf8[0]) }
                switch utf8.count {
                case 1: singles[Int(utf8[0])] |= kind
                case 2, 3: shortGroups[Self.key2(utf8), default: []].append((utf8, kind))
                default:
                    let key = Self.key4(utf8)
                    longGroups[key, default: []].append((utf8, kind))
                    let (word, bit) = Self.longBit(key)
                    filter[word] |= bit
                }
            }
        }
        var bytes: [UInt8] = []
        var entries: [(start: Int, count: Int, kinds: UInt8)] = []
        func add(_ groups: [UInt32: [([UInt8], UInt8)]]) -> [(key: UInt32, range: Range<Int>)] {
            groups.keys.sorted().map { key in
                let first = entries.count
                for (utf8, kind) in groups[key]! {
                    entries.append((bytes.count, utf8.count, kind))
                    bytes += utf8
                }
                return (key, first..<entries.count)
            }
        }
        self.long = PrefixIndex(add(longGroups))
        self.short = PrefixIndex(add(shortGroups))
        self.bytes = bytes
        self.phrases = entries
        self.singleKinds = singles
        self.shortStarts = shortStarts.sorted()
        self.filter = filter
        self.allKinds = all
        self.isEmpty = kinds.allSatisfy(\.isEmpty)
    }

    /// The first two bytes at `p` as a key.
    @inline(__always)
    private static func key2(_ p: UnsafeRawPointer) -> UInt32 {
        UInt32(p.loadUnaligned(as: UInt16.self))
    }

    /// The first four bytes at `p` as a key.
    @inline(__always)
    private static func key4(_ p: UnsafeRawPointer) -> UInt32 {
        p.loadUnaligned(as: UInt32.self)
    }

    private static func key2(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { key2($0.baseAddress!) } }
    private static func key4(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBytes { key4($0.baseAddress!) } }

    /// The bit of a four-byte prefix in `filter`: a word and a mask.
    @inline(__always)
    private static func longBit(_ key: UInt32) -> (word: Int, bit: UInt64) {
        let h = UInt64(key) &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: h >> 54), 1 << ((h >> 48) & 63))
    }

    /// Whether any phrase occurs in `text`.
    public func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { kinds(in: $0) } != 0
    }

    /// Which of the `wanted` kinds (bits, as given to `init(kinds:)`; all by default) have a
    /// phrase that occurs in `text`. The scan stops as soon as every wanted kind is found.
    func kinds(in text: UnsafeBufferPointer<UInt8>, among wanted: UInt8 = .max) -> UInt8 {
        let wanted = wanted & allKinds
        guard wanted != 0, let base = text.baseAddress else { return 0 }
        var found: UInt8 = 0
        let n = text.count
        filter.withUnsafeBufferPointer { filter in
            bytes.withUnsafeBufferPointer { phraseBytes in
                /// Compares the phrases in `candidates` at position `i` (their first `known`
                /// bytes are already equal); false when every wanted kind is found.
                func match(_ candidates: Range<Int>, at i: Int, known: Int) -> Bool {
                    for p in phrases[candidates] where p.kinds & wanted & ~found != 0 && i + p.count <= n {
                        var k = known
                        while k < p.count, text[i + k] == phraseBytes[p.start + k] { k += 1 }
                        if k == p.count {
                            found |= p.kinds & wanted
                            if found == wanted { return false }
                        }
                    }
                    return true
                }
                /// One-byte phrases and phrases of 2 or 3 bytes at `i`; false when every wanted
                /// kind is found.
                func matchShort(at i: Int) -> Bool {
                    let b = text[i]
                    if singleKinds[Int(b)] & wanted != 0 {
                        found |= singleKinds[Int(b)] & wanted
                        if found == wanted { return false }
                    }
                    if i + 1 < n, let candidates = short.candidates(Self.key2(base + i)) {
                        return match(candidates, at: i, known: 2)
                    }
                    return true
                }
                for first in shortStarts {
                    var from = 0
                    while from < n, let hit = memchr(base + from, Int32(first), n - from) {
                        let i = base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
                        if !matchShort(at: i) { return }
                        from = i + 1
                    }
                }
                guard n >= 4 else { return }
                for i in 0..<(n - 3) {
                    let key = Self.key4(base + i)
                    let (word, bit) = Self.longBit(key)
                    if filter[word] & bit != 0, let candidates = long.candidates(key), !match(candidates, at: i, known: 4) { return }
                }
            }
        }
        return found
    }

    /// The phrases of a `PhraseSet` by prefix: an open-addressing table from prefix to phrases.
    private struct PrefixIndex: Sendable {
        private let keys: [UInt32]
        /// The phrases (indices into `PhraseSet.phrases`) of each slot of `keys`; empty: no key.
        private let ranges: [Range<Int>]
        private let shift: UInt64

        init(_ groups: [(key: UInt32, range: Range<Int>)]) {
            var size = 16
            while size < groups.count * 4 { size *= 2 }
            var keys = [UInt32](repeating: 0, count: size)
            var ranges = [Range<Int>](repeating: 0..<0, count: size)
            let shift = UInt64(64 - size.trailingZeroBitCount)
            for (key, range) in groups {
                var slot = Self.slot(key, shift)
                while !ranges[slot].isEmpty { slot = (slot + 1) & (size - 1) }
                keys[slot] = key
                ranges[slot] = range
            }
            self.keys = keys
            self.ranges = ranges
            self.shift = shift
        }

        @inline(__always)
        private static func slot(_ key: UInt32, _ shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (UInt64(key) &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
        }

        /// The phrases that start with `key`, if any.
        @inline(__always)
        func candidates(_ key: UInt32) -> Range<Int>? {
            var slot = Self.slot(key, shift)
            while !ranges[slot].isEmpty {
                if keys[slot] == key { return ranges[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
    }
}
