/// One token of text as the quantity extractor sees it: a word, a number written in digits, or
/// one punctuation mark or symbol. Tokens hold byte offsets and hashes, never strings, so that
/// tokenizing allocates nothing per token beyond the array slot.
struct QuantityToken {
    enum Kind: UInt8 { case word, number, punct }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// No whitespace between the previous token and this one ("5m", "3,000-4,000", "U.S.-made").
    var glued: Bool
    /// A line break lies between the previous token and this one.
    var newlineBefore: Bool
    /// Words: 0 starts lowercase (or not a letter), 1 Capitalized, 2 ALL CAPS (two letters or more).
    var caps: UInt8
    /// Words: FNV-1a hash of the bytes with ASCII letters lowercased. Punctuation: hash of its bytes.
    var key: UInt64
    /// Hash of the bytes as written (case kept).
    var exactKey: UInt64
    /// Numbers: the value written ("28,500" → 28500, "44.39" → 44.39).
    var value: Double
    /// Numbers: the place of the last significant digit: 2 for "28,500", 0 for "45", -2 for "44.39".
    var exponent: Int8
    /// Numbers: how many digits were written.
    var digits: UInt8
    /// Numbers: written with thousands separators.
    var grouped: Bool
    /// Numbers: written with a decimal point.
    var decimal: Bool
    /// Numbers: starts with 0 and has more digits ("08").
    var leadingZero: Bool

    init(start: Int, end: Int, kind: Kind, glued: Bool, newlineBefore: Bool) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.glued = glued
        self.newlineBefore = newlineBefore
        self.caps = 0
        self.key = 0
        self.exactKey = 0
        self.value = 0
        self.exponent = 0
        self.digits = 0
        self.grouped = false
        self.decimal = false
        self.leadingZero = false
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunct: Bool { kind == .punct }
    /// A plain integer as written: digits only, no separators or decimals.
    var isPlainInteger: Bool { kind == .number && !grouped && !decimal }
    var length: Int { Int(end - start) }
}
