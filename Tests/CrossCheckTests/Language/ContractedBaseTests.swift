import Testing
@testable import CrossCheck

/// The word before a glued auxiliary, read on bytes for ASCII keys: the same answers as the
/// suffix test on characters.
@Suite("Contracted base")
struct ContractedBaseTests {
    @Test(arguments: [
        ("we've", "we"), ("he'd", "he"), ("they'll", "they"), ("you're", "you"), ("i'm", "i"), ("o'neill'd", "o'neill"),
        ("'ve", nil), ("'d", nil), ("ve", nil), ("don't", nil), ("rock'n'roll", nil), ("we'v", nil), ("we'ree", nil),
        ("", nil), ("'", nil), ("x'm", "x"), ("café'd", "café"), ("naïve", nil),
    ] as [(String, String?)])
    func baseOfAContraction(key: String, base: String?) {
        #expect(Tagger.contractedBase(key) == base)
    }
}
