/// What the word table says of one form (`WordTable.readings(of:)`): the classes it can be, most
/// likely first, and its best lemma in each, as indices into the table.
public struct FormReadings: Sendable {
    /// The classes the form can be, most likely first; empty for a word the table does not know.
    public var classes: [WordClass] = []
    /// Per class (`WordClass.index`), the best lemma's number in the table, or -1.
    var lemmaIndex: SIMD4<Int32> = SIMD4(repeating: -1)

    public init() {}

    public func contains(_ wordClass: WordClass) -> Bool { lemmaIndex[wordClass.index] >= 0 }
}
