import Testing
@testable import CrossCheck

/// `SuffixLemmas` reads a word's endings byte-wise; it gives the lemma of the rule as first
/// written (one suffix test per ending) for every ending it knows.
@Suite("SuffixLemmas")
struct SuffixLemmasTests {
    /// `SuffixLemmas.strip` as first written (one `hasSuffix`-like test per ending): the
    /// byte-wise version gives the same lemma for every form.
    static func referenceStrip(_ word: String) -> String {
        let w = Array(word.utf8)
        var n = w.count
        guard n > 3, w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }) else { return word }
        func ends(_ s: String) -> Bool { word.hasSuffix(s) }
        var tail: String? = nil
        if n > 4, ends("ies") || ends("ied") { n -= 3; tail = "y" }
        else if ends("sses") { n -= 2 }
        else if n > 4, ends("ches") || ends("shes") || ends("xes") || ends("zes") { n -= 2 }
        else if w[n - 1] == 0x73, w[n - 2] != 0x73, w[n - 2] != 0x75, w[n - 2] != 0x69 { n -= 1 }
        else if n > 5, ends("ing") { n -= 3; n = undouble(w, n) }
        else if n > 4, ends("ed"), w[n - 3] != 0x65 { n -= 2; n = undouble(w, n) }
        if tail == nil, n > 3, w[n - 1] == 0x65 { n -= 1 }
        return String(decoding: w[0..<n], as: UTF8.self) + (tail ?? "")
    }

    static func undouble(_ w: [UInt8], _ n: Int) -> Int {
        guard n > 3, w[n - 1] == w[n - 2] else { return n }
        return "lszf".utf8.contains(w[n - 1]) ? n : n - 1
    }

    @Test func suffixLemmasMatchTheRuleOnEveryEnding() {
        let stems = ["a", "ab", "bus", "stop", "tax", "buzz", "church", "wish", "kiss", "fall", "stor", "arrest", "leav",
                     "die", "tie", "ski", "gas", "x-ray", "re-e", "ee", "cross", "us", "ii"]
        let endings = ["", "s", "es", "ies", "ied", "ses", "sses", "ches", "shes", "xes", "zes", "ing", "ping", "ed", "ped",
                       "eed", "e", "us", "is", "ss", "d", "g", "ng", "ied", "ches"]
        var checked = 0
        for stem in stems {
            for ending in endings {
                let word = stem + ending
                #expect(SuffixLemmas().lemma(of: word) == Self.referenceStrip(word), "\(word)")
                checked += 1
            }
        }
        #expect(checked == stems.count * endings.count)
        #expect(SuffixLemmas().lemma(of: "Stories") == "Stories")
        #expect(SuffixLemmas().lemma(of: "stories") == "story")
    }
}
