/// A word or punctuation mark of a sentence: a byte range into the text, and its match key.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// Lowercased text with typographic apostrophes straightened: what patterns compare against.
    public var key: String
    /// The original text.
    public var text: String
    public var isWord: Bool
    public var isCapitalized: Bool
    public var hasDigit: Bool

    public var isPunctuation: Bool { !isWord }
}
