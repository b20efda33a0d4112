/// Where the stance checker gets a word's lemma from: the one seam between alignment and the
/// linguistic layer. `SuffixLemmas` is a light stand-in (plural and verb endings stripped);
/// a dictionary-backed source (a WordNet table) can take its place without touching the checker.
public protocol LemmaSource: Sendable {
    /// The lemma of a lowercased token key ("arrested" → "arrest"), used only to compare words:
    /// it need not be a real word, only the same for a word's forms.
    func lemma(of key: String) -> String
}

/// Strips English inflection from a token key by rule: "stories" → "story", "watches" →
/// "watch", "arrested" / "arresting" / "arrests" → "arrest", "leaving" / "leaves" → "leav".
/// A final "e" is dropped so that "leave" and "leaving" meet. Short words (3 letters or fewer)
/// and words with non-letters are kept as they are.
public struct SuffixLemmas: LemmaSource {
    public init() {}

    public func lemma(of key: String) -> String {
        var key = key
        return key.withUTF8 { Self.strip($0) } ?? key
    }

    /// nil when the key is kept as it is. The endings are read as the last four bytes, each
    /// compared once (the checker asks this of every word of every document it checks).
    static func strip(_ w: UnsafeBufferPointer<UInt8>) -> String? {
        var n = w.count
        guard n > 3 else { return nil }
        for b in w where b < 0x61 || b > 0x7A { if b != 0x2D { return nil } }
        let l1 = w[n - 1], l2 = w[n - 2], l3 = w[n - 3], l4 = w[n - 4]
        let e = UInt8(ascii: "e"), s = UInt8(ascii: "s"), i = UInt8(ascii: "i")
        var tail: UInt8? = nil   // a letter to append ("ies" → "y")
        if n > 4, l3 == i, l2 == e, l1 == s || l1 == UInt8(ascii: "d") { n -= 3; tail = UInt8(ascii: "y") }      // -ies, -ied
        else if l4 == s, l3 == s, l2 == e, l1 == s { n -= 2 }                                                   // -sses
        else if n > 4, l1 == s, l2 == e,
                (l3 == UInt8(ascii: "h") && (l4 == UInt8(ascii: "c") || l4 == s)) || l3 == UInt8(ascii: "x") || l3 == UInt8(ascii: "z") {
            n -= 2                                                                                              // -ches, -shes, -xes, -zes
        }
        else if l1 == s, l2 != s, l2 != UInt8(ascii: "u"), l2 != i { n -= 1 }
        else if n > 5, l3 == i, l2 == UInt8(ascii: "n"), l1 == UInt8(ascii: "g") { n -= 3; n = undouble(w, n) }  // -ing
        else if n > 4, l2 == e, l1 == UInt8(ascii: "d"), l3 != e { n -= 2; n = undouble(w, n) }                 // -ed
        if tail == nil, n > 3, w[n - 1] == e { n -= 1 }
        if n == w.count && tail == nil { return nil }
        let kept = n
        return String(unsafeUninitializedCapacity: kept + (tail == nil ? 0 : 1)) { out in
            for k in 0..<kept { out[k] = w[k] }
            guard let tail else { return kept }
            out[kept] = tail
            return kept + 1
        }
    }

    /// "stopp" → "stop", but "fall" and "miss" keep their double letter.
    private static func undouble(_ w: UnsafeBufferPointer<UInt8>, _ n: Int) -> Int {
        guard n > 3, w[n - 1] == w[n - 2] else { return n }
        let b = w[n - 1]
        if b == UInt8(ascii: "l") || b == UInt8(ascii: "s") || b == UInt8(ascii: "z") || b == UInt8(ascii: "f") { return n }
        return n - 1
    }
}
