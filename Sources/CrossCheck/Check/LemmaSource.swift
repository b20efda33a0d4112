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

    /// nil when the key is kept as it is.
    static func strip(_ w: UnsafeBufferPointer<UInt8>) -> String? {
        var n = w.count
        guard n > 3 else { return nil }
        for b in w where b < 0x61 || b > 0x7A { if b != 0x2D { return nil } }
        func ends(_ s: StaticString) -> Bool {
            let m = s.utf8CodeUnitCount
            guard n >= m else { return false }
            let p = s.utf8Start
            for i in 0..<m where w[n - m + i] != p[i] { return false }
            return true
        }
        var tail: UInt8? = nil   // a letter to append ("ies" → "y")
        let e = UInt8(ascii: "e"), s = UInt8(ascii: "s")
        if n > 4, ends("ies") || ends("ied") { n -= 3; tail = UInt8(ascii: "y") }
        else if ends("sses") { n -= 2 }
        else if n > 4, ends("ches") || ends("shes") || ends("xes") || ends("zes") { n -= 2 }
        else if w[n - 1] == s, w[n - 2] != s, w[n - 2] != UInt8(ascii: "u"), w[n - 2] != UInt8(ascii: "i") { n -= 1 }
        else if n > 5, ends("ing") { n -= 3; n = undouble(w, n) }
        else if n > 4, ends("ed"), w[n - 3] != e { n -= 2; n = undouble(w, n) }
        if tail == nil, n > 3, w[n - 1] == e { n -= 1 }
        if n == w.count && tail == nil { return nil }
        var out = [UInt8](w[0..<n])
        if let tail { out.append(tail) }
        return String(decoding: out, as: UTF8.self)
    }

    /// "stopp" → "stop", but "fall" and "miss" keep their double letter.
    private static func undouble(_ w: UnsafeBufferPointer<UInt8>, _ n: Int) -> Int {
        guard n > 3, w[n - 1] == w[n - 2] else { return n }
        let b = w[n - 1]
        if b == UInt8(ascii: "l") || b == UInt8(ascii: "s") || b == UInt8(ascii: "z") || b == UInt8(ascii: "f") { return n }
        return n - 1
    }
}
