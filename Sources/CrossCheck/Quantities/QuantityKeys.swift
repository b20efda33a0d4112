/// Token keys of the few punctuation marks and words the quantity grammar itself relies on
/// (everything an editor may want to change is in `rules/quantities/`).
enum QuantityKeys {
    static let hyphen = QuantityTokenizer.hash("-")
    static let enDash = QuantityTokenizer.hash("\u{2013}")
    static let emDash = QuantityTokenizer.hash("\u{2014}")
    static let minus = QuantityTokenizer.hash("\u{2212}")
    static let plus = QuantityTokenizer.hash("+")
    static let slash = QuantityTokenizer.hash("/")
    static let colon = QuantityTokenizer.hash(":")
    static let comma = QuantityTokenizer.hash(",")
    static let dot = QuantityTokenizer.hash(".")
    static let hash = QuantityTokenizer.hash("#")
    static let openParen = QuantityTokenizer.hash("(")
    static let closeParen = QuantityTokenizer.hash(")")
    static let question = QuantityTokenizer.hash("?")
    static let bang = QuantityTokenizer.hash("!")
    static let semicolon = QuantityTokenizer.hash(";")
    static let quote = QuantityTokenizer.hash("\"")
    static let leftQuote = QuantityTokenizer.hash("\u{201C}")
    static let to = QuantityTokenizer.hash("to")
    static let and = QuantityTokenizer.hash("and")
    static let or = QuantityTokenizer.hash("or")
    static let by = QuantityTokenizer.hash("by")
    static let from = QuantityTokenizer.hash("from")
    static let equals = QuantityTokenizer.hash("=")
    static let of = QuantityTokenizer.hash("of")
    static let per = QuantityTokenizer.hash("per")
    static let caret = QuantityTokenizer.hash("^")
    static let squared = QuantityTokenizer.hash("squared")
    static let cubed = QuantityTokenizer.hash("cubed")
    static let out = QuantityTokenizer.hash("out")
    static let the = QuantityTokenizer.hash("the")
    static let s = QuantityTokenizer.hash("s")
    static let second = QuantityTokenizer.hash("second")
    static let strong = QuantityTokenizer.hash("strong")
    static let old = QuantityTokenizer.hash("old")
    /// Words allowed between a part and its whole: "4,500 of the 28,500", "one out of every five".
    static let partWords: Set<UInt64> = Set(["of", "out", "the", "its", "their", "his", "her", "our", "these",
                                             "those", "all", "every", "total", "a"].map { QuantityTokenizer.hash($0) })
    /// Words that may stand before "second" when it is an ordinal ("the second round").
    static let determiners: Set<UInt64> = Set(["the", "its", "their", "his", "her", "our", "a", "for", "every",
                                               "each"].map { QuantityTokenizer.hash($0) })
}
