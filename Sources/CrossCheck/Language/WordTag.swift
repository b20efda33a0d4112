/// A word's class in its sentence, as the tagger decides it: the open classes from the word
/// table (WordNet), the closed ones from `rules/language/word-classes.yaml`.
public enum WordTag: String, Sendable, Hashable, CaseIterable {
    case noun, verb, adjective, adverb
    case properNoun = "proper-noun"
    case number, punctuation
    case determiner, pronoun, possessive, preposition, conjunction, subordinator, relative
    case auxiliary, modal, negation, particle, wh

    /// Classes a noun phrase is built of.
    var isNominal: Bool { self == .noun || self == .properNoun }

    /// The closed classes read from the `word-classes` lexicon, by entry name.
    static let closed: [String: WordTag] = [
        "determiner": .determiner, "pronoun": .pronoun, "possessive": .possessive, "preposition": .preposition,
        "conjunction": .conjunction, "subordinator": .subordinator, "relative": .relative, "auxiliary": .auxiliary,
        "modal": .modal, "negation": .negation, "particle": .particle, "wh": .wh,
    ]

    /// The word-table class for an open tag.
    var wordClass: WordClass? {
        switch self {
        case .noun: .noun
        case .verb: .verb
        case .adjective: .adjective
        case .adverb: .adverb
        default: nil
        }
    }

    init(_ wordClass: WordClass) {
        switch wordClass {
        case .noun: self = .noun
        case .verb: self = .verb
        case .adjective: self = .adjective
        case .adverb: self = .adverb
        }
    }
}

/// The type of a named entity.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person, organization, place, other
}
