import Testing
@testable import CrossCheck

/// The tokenizer's word keys: the lowercase key and the exact-case key are the FNV-1a hashes of
/// the word's bytes (lowercased, and as written), whatever the place of its capitals; a right
/// single quote inside a word counts as an apostrophe.
@Suite("Quantity tokenizer keys")
struct QuantityTokenizerTests {
    static func words(_ text: String) -> [QuantityToken] {
        var tokens: [QuantityToken] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { QuantityTokenizer.tokenize($0, into: &tokens) }
        bytes.removeAll()
        return tokens.filter(\.isWord)
    }

    @Test(arguments: ["troops", "Troops", "TROOPS", "eBay", "iPhone", "McDonald", "a", "A", "mRNA", "K1E1", "x2",
                      "Korea's", "KOREA's", "U.S.", "u.s.", "a.m.", "A.M.", "e.g.", "U.s.", "café", "CAFÉ", "Ωmega", "naïve",
                      "Zürich", "ZZ", "zZ", "Zz", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"])
    func keysAreTheHashesOfTheWord(_ word: String) {
        let tokens = Self.words(word)
        #expect(tokens.count == 1)
        guard let token = tokens.first else { return }
        #expect(token.key == QuantityTokenizer.hash(word))
        #expect(token.exactKey == QuantityTokenizer.hash(word, exact: true))
        let hasCapital = word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
        #expect((token.key == token.exactKey) == !hasCapital)
    }

    @Test(arguments: [("Korea’s", "Korea's"), ("KOREA’S", "KOREA'S"), ("don’t", "don't")])
    func aRightQuoteInsideAWordIsAnApostrophe(_ word: String, _ plain: String) {
        let tokens = Self.words(word)
        #expect(tokens.count == 1)
        #expect(tokens.first?.key == QuantityTokenizer.hash(plain))
        #expect(tokens.first?.exactKey == QuantityTokenizer.hash(plain, exact: true))
    }
}
