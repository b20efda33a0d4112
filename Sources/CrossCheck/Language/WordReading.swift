/// One reading of a token: the word class it most likely is and its lemma in that class.
///
/// Reads: nothing (made by `WordTable.reading(of:)`). Adds: the class, the lemma, and the
/// lemma's frequency prior in that class (SemCor tag count; 0 when never tagged).
public struct WordReading: Sendable, Hashable {
    public var wordClass: WordClass
    public var lemma: String
    public var frequency: Int

    public init(wordClass: WordClass, lemma: String, frequency: Int) {
        self.wordClass = wordClass
        self.lemma = lemma
        self.frequency = frequency
    }
}
