/// The quantity lexicons' phrases, indexed by the key of their first token, for the lookups the
/// grammar makes at nearly every token (`match`, `triggers`, `starts`).
///
/// Reads: the phrases `QuantityLexicon` compiled (token keys, exact case or not, category, entry).
/// Adds: an open-addressing table from a first-token key to the phrase ids that start with it
/// (longest first) and the categories among them, so that a word no phrase of the category asked
/// for starts with is answered with one probe.
///
/// A final class of constants: the parser and `NumberWords` hold it by reference, so a lookup
/// reads the tables in place. (When the tables were fields of the `QuantityLexicon` struct, each
/// call on `shared.lexicon` copied the whole struct first: 44 M instructions of `memcpy` and
/// most of the 160 a lookup cost on the FNC-1 bodies.)
final class QuantityPhraseIndex: Sendable {
    // Phrase p's keys are phraseKeys[keyStart[p] ..< keyStart[p] + keyCount[p]].
    private let phraseKeys: [UInt64]
    private let keyStart: [Int32]
    private let keyCount: [Int32]
    private let phraseExact: [Bool]
    private let phraseCategory: [QuantityLexicon.Category]
    private let phraseEntry: [Int32]
    // Open-addressing index: first-token key → phrase ids (in `flat`, longest phrase first).
    private let slotKeys: [UInt64]
    private let slotStart: [Int32]
    private let slotCount: [Int32]
    private let slotMask: [UInt16]
    private let flat: [Int32]
    private let mask: Int

    init(_ phrases: [QuantityLexicon.Phrase]) {
        var groups: [UInt64: [Int32]] = [:]
        var phraseKeys: [UInt64] = [], keyStart: [Int32] = [], keyCount: [Int32] = []
        var phraseExact: [Bool] = [], phraseCategory: [QuantityLexicon.Category] = [], phraseEntry: [Int32] = []
        for (i, phrase) in phrases.enumerated() {
            groups[phrase.keys[0], default: []].append(Int32(i))
            keyStart.append(Int32(phraseKeys.count))
            keyCount.append(Int32(phrase.keys.count))
            phraseKeys.append(contentsOf: phrase.keys)
            phraseExact.append(phrase.exact)
            phraseCategory.append(phrase.category)
            phraseEntry.append(Int32(phrase.entry))
        }
        var capacity = 16
        while capacity < groups.count * 4 { capacity *= 2 }
        let mask = capacity - 1
        var slotKeys = Array(repeating: UInt64(0), count: capacity)
        var slotStart = Array(repeating: Int32(0), count: capacity)
        var slotCount = Array(repeating: Int32(0), count: capacity)
        var slotMask = Array(repeating: UInt16(0), count: capacity)
        var flat: [Int32] = []
        for key in groups.keys.sorted() {
            let ids = groups[key]!.sorted { phrases[Int($0)].keys.count > phrases[Int($1)].keys.count }
            var s = Self.slot(key, mask)
            while slotCount[s] != 0 { s = (s + 1) & mask }
            slotKeys[s] = key
            slotStart[s] = Int32(flat.count)
            slotCount[s] = Int32(ids.count)
            slotMask[s] = ids.reduce(0) { $0 | Self.bit(phrases[Int($1)].category) }
            flat.append(contentsOf: ids)
        }
        self.phraseKeys = phraseKeys
        self.keyStart = keyStart
        self.keyCount = keyCount
        self.phraseExact = phraseExact
        self.phraseCategory = phraseCategory
        self.phraseEntry = phraseEntry
        self.slotKeys = slotKeys
        self.slotStart = slotStart
        self.slotCount = slotCount
        self.slotMask = slotMask
        self.flat = flat
        self.mask = mask
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always) static func bit(_ c: QuantityLexicon.Category) -> UInt16 { 1 << UInt16(c.rawValue) }

    /// The phrase ids whose first token has `key`, when one of them is of `category` (the
    /// slot's mask says so without reading them); else none.
    @inline(__always)
    private func bucket(_ key: UInt64, _ category: QuantityLexicon.Category) -> Range<Int> {
        var s = Self.slot(key, mask)
        while true {
            let c = slotCount[s]
            if c == 0 { return 0..<0 }
            if slotKeys[s] == key {
                guard slotMask[s] & Self.bit(category) != 0 else { return 0..<0 }
                let start = Int(slotStart[s])
                return start..<(start + Int(c))
            }
            s = (s + 1) & mask
        }
    }

    /// Categories whose phrases can start a quantity: hedges, currencies, number words, plural
    /// scales ("thousands"), months.
    /// (Computed, so that it folds to a constant: a `static let` was a `swift_once` check at every
    /// token.)
    static var triggers: UInt16 { bit(.hedge) | bit(.currency) | bit(.numberWord) | bit(.scale) | bit(.calendar) }

    /// The categories of the phrases that start with key `key`.
    @inline(__always)
    func mask(_ key: UInt64) -> UInt16 {
        var s = Self.slot(key, mask)
        while true {
            let c = slotCount[s]
            if c == 0 { return 0 }
            if slotKeys[s] == key { return slotMask[s] }
            s = (s + 1) & mask
        }
    }

    /// True when a phrase that can start a quantity starts with this token.
    @inline(__always)
    func triggers(_ token: QuantityToken) -> Bool {
        (mask(token.key) | (token.exactKey != token.key ? mask(token.exactKey) : 0)) & Self.triggers != 0
    }

    /// Categories of cue words that only shape a quantity next to them (changes, senses): they
    /// can still be what a number counts ("a 12% increase", "12 boats").
    static var cues: UInt16 { bit(.change) | bit(.changeNoun) | bit(.sense) }

    /// True when a phrase of a quantity's own (not a mere cue) starts with this token.
    @inline(__always)
    func starts(_ token: QuantityToken) -> Bool {
        (mask(token.key) | (token.exactKey != token.key ? mask(token.exactKey) : 0)) & ~Self.cues != 0
    }

    /// The longest phrase of `category` starting at token `i`: its entry index and the token after it.
    func match(_ category: QuantityLexicon.Category, at i: Int, in t: UnsafeBufferPointer<QuantityToken>) -> (entry: Int, next: Int)? {
        guard i < t.count else { return nil }
        let first = t[i]
        var best: (entry: Int, next: Int)?
        for pass in 0..<2 {
            let key: UInt64
            if pass == 0 {
                key = first.key
            } else {
                guard first.exactKey != first.key else { break }
                key = first.exactKey
            }
            for f in bucket(key, category) {
                let id = Int(flat[f])
                guard phraseCategory[id] == category else { continue }
                let exact = phraseExact[id]
                guard pass == 0 ? (!exact || first.key == first.exactKey) : exact else { continue }
                let len = Int(keyCount[id])
                if let b = best, b.next - i >= len { continue }
                guard i + len <= t.count else { continue }
                let ks = Int(keyStart[id])
                var ok = true
                var m = 1
                while m < len {
                    let tok = t[i + m]
                    if (exact ? tok.exactKey : tok.key) != phraseKeys[ks + m] || (tok.newlineBefore && tok.kind == .word) {
                        ok = false
                        break
                    }
                    m += 1
                }
                if ok { best = (Int(phraseEntry[id]), i + len) }
            }
        }
        return best
    }
}
