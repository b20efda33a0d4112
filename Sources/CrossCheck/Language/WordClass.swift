/// The four open word classes WordNet knows: what `WordTable` answers about a word.
///
/// Reads: nothing. Adds: the class names used by the word table and its callers; in the table
/// files a class is one letter (`n`, `v`, `a` with WordNet's satellite adjectives, `r`).
public enum WordClass: String, Sendable, Hashable, CaseIterable {
    case noun, verb, adjective, adverb

    /// The letter of the class in `words.tsv` and `word-exceptions.tsv` (WordNet's own letters).
    public var letter: Character {
        switch self {
        case .noun: "n"
        case .verb: "v"
        case .adjective: "a"
        case .adverb: "r"
        }
    }

    /// 0 to 3, in declaration order.
    var index: Int {
        switch self {
        case .noun: 0
        case .verb: 1
        case .adjective: 2
        case .adverb: 3
        }
    }

    init?(index: Int) {
        switch index {
        case 0: self = .noun
        case 1: self = .verb
        case 2: self = .adjective
        case 3: self = .adverb
        default: return nil
        }
    }

    /// The class of a table letter (`s`, WordNet's satellite adjective, counts as `a`).
    init?(letter byte: UInt8) {
        switch byte {
        case UInt8(ascii: "n"): self = .noun
        case UInt8(ascii: "v"): self = .verb
        case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
        case UInt8(ascii: "r"): self = .adverb
        default: return nil
        }
    }
}
