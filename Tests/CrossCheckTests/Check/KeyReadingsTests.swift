import Foundation
import Synchronization
import Testing
@testable import CrossCheck

/// The stance checker reads each distinct word of a document once: the lemma source is asked
/// once per key, however often the document repeats it, and the readings are those of asking
/// per token.
@Suite("KeyReadings")
struct KeyReadingsTests {
    /// `SuffixLemmas`, counting the keys it is asked for.
    final class CountingLemmas: LemmaSource {
        let asked = Mutex<[String: Int]>([:])
        func lemma(of key: String) -> String {
            asked.withLock { $0[key, default: 0] += 1 }
            return SuffixLemmas().lemma(of: key)
        }
        var calls: Int { asked.withLock { $0.values.reduce(0, +) } }
        var keys: Int { asked.withLock { $0.count } }
    }

    static let paragraph = """
        Riverton police said on Tuesday that the council had approved new water rates. \
        The mayor denied reports that the rates would double, police said. \
        Officials in Riverton said 4,500 households were affected by the approved rates.
        """

    @Test func eachKeyIsLemmatizedOncePerDocument() {
        let once = CountingLemmas(), many = CountingLemmas()
        let onceChecker = StanceChecker(rules: Repository.rules, lemmas: once)
        let manyChecker = StanceChecker(rules: Repository.rules, lemmas: many)
        _ = onceChecker.prepare(Document(id: "a", path: "", title: "Riverton approves water rates", body: Self.paragraph))
        let repeated = Array(repeating: Self.paragraph, count: 40).joined(separator: " ")
        let prepared = manyChecker.prepare(Document(id: "b", path: "", title: "Riverton approves water rates", body: repeated))
        #expect(once.calls > 10)
        #expect(once.calls == once.keys)
        // Forty times the words, the same questions.
        #expect(many.calls == once.calls)
        #expect(prepared.units.count > 100)
    }

    @Test func readingsAreThoseOfAskingPerToken() {
        let counting = CountingLemmas()
        let memo = StanceChecker(rules: Repository.rules, lemmas: counting)
        let plain = StanceChecker(rules: Repository.rules)
        let body = Array(repeating: Self.paragraph, count: 5).joined(separator: " ")
        let document = Document(id: "d", path: "", title: "Riverton council approves new water rates", body: body)
        let a = memo.prepare(document), b = plain.prepare(document)
        #expect(a.units.map(\.lemmas) == b.units.map(\.lemmas))
        // Every token that has a lemma got the one its own key gives (or an alias's "@" form).
        for unit in a.units {
            for (token, lemma) in zip(unit.tokens, unit.lemmas) {
                if let lemma, !lemma.hasPrefix("@") { #expect(lemma == SuffixLemmas().lemma(of: token.key)) }
            }
        }
        for claim in ["The Riverton council approved new water rates", "Rates in Riverton will double"] {
            let r = memo.check(claim: claim, in: document), s = plain.check(claim: claim, in: document)
            #expect(r.stance == s.stance)
            #expect(r.score == s.score)
            #expect(r.evidence.map(\.start) == s.evidence.map(\.start))
        }
    }

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
