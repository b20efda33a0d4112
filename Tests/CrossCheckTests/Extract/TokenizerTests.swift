import Testing
@testable import CrossCheck

@Test(arguments: [
    ("U.S. Troops", "u.s. troops"), ("Korea’s “Defense”", "korea's \"defense\""), ("ÉLODIE Ñandú", "élodie ñandú"),
    ("• Menu – ITEM…", "• menu – item…"), ("Ünïcode ÀÞ ×", "ünïcode àþ ×"), ("МОСКВА", "москва"), ("한국 KOREA", "한국 korea"),
])
func matchKeysAreLowercasedWithStraightQuotes(text: String, key: String) {
    #expect(Tokenizer.matchKey(text) == key)
}

@Test(arguments: [
    ("South Korea's defense ministry", ["south", "korea", "'s", "defense", "ministry"]),
    ("the U.S. troops", ["the", "u.s.", "troops"]),
    ("a five-year cost-sharing deal", ["a", "five-year", "cost-sharing", "deal"]),
    ("4,500 of the 28,500", ["4,500", "of", "the", "28,500"]),
    ("44.39 million", ["44.39", "million"]),
    ("Korea’s “no”", ["korea", "'s", "\"", "no", "\""]),
    ("S. Korea", ["s", ".", "korea"]),
    ("'s", ["'s"]),
    ("the 'sandbox'", ["the", "'", "sandbox", "'"]),
])
func sentencesAreTokenized(text: String, keys: [String]) {
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map(\.key) == keys)
    // Every token's range maps back to its text.
    let bytes = Array(text.utf8)
    for token in tokens {
        #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self) == token.text)
    }
}
