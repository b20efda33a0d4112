import Testing
@testable import CrossCheck

/// The first-key filter of a compiled lexicon never says no to a key the lexicon's dictionary
/// holds (it only spares the lookup of keys it does not), canonical equivalence included.
@Suite("First-key filter")
struct FirstKeyFilterTests {
    static let keys = ["said", "according", "u.s.", "a", "côte", "naïve", "officials'", String(repeating: "x", count: 70)]
    static let asked = keys + [
        "say", "sai", "saids", "b", "", "cote", "co\u{0302}te", "nai\u{0308}ve", "officials", "x",
        String(repeating: "x", count: 64), String(repeating: "x", count: 71), "according\u{0301}", "é", "\u{212A}", "k",
    ]

    @Test func saysNoOnlyToKeysTheLexiconDoesNotHold() throws {
        let filter = try #require(FirstKeyFilter(Self.keys))
        let set = Set(Self.keys)
        for key in Self.asked where set.contains(key) {
            #expect(filter.mayHold(key), "\(key)")
        }
        // And it does spare lookups: ASCII keys of other first bytes or lengths.
        #expect(!filter.mayHold("say"))
        #expect(!filter.mayHold("b"))
        #expect(!filter.mayHold("officials"))
    }

    @Test func aKeyThatDecomposesToASCIITurnsTheFilterOff() {
        // U+212A KELVIN SIGN is canonically "K": an ASCII token key could equal it.
        #expect(FirstKeyFilter(["\u{212A}elvin", "said"]) == nil)
        #expect(FirstKeyFilter(["said", ""]) == nil)
        #expect("\u{212A}elvin" == "Kelvin")
    }

    @Test func lexiconAnswersAreTheDictionarysOwn() {
        let entries = Self.keys.map { Lexicon.Entry(canonical: $0, forms: [$0]) }
        let lexicon = CompiledLexicons(["cues": Lexicon(name: "cues", entries: entries)]).lexicon("cues")
        for key in Self.asked {
            #expect(lexicon.mayStart(with: key) == (lexicon.forms[key] != nil), "\(key)")
        }
        #expect(lexicon.mayStart(with: "co\u{0302}te"))
    }
}
