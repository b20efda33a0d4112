/// The linguistic layer of one sentence, built once and read by every claim rule and frame.
///
/// Reads: the sentence's tokens (`Tokenizer`) and quantities (`QuantityExtractor`).
/// Adds, token by token: a word tag and a lemma (`Tagger`, from `rules/language/` and the
/// WordNet word table) and the WordNet category of its lemma; clause boundaries
/// (`ClauseSplitter`); noun phrases with their heads (`PhraseChunker`); named-entity spans
/// with a type (`EntityFinder`); and the scope of every negation or denial (`NegationScoper`).
public struct LinguisticLayer: Sendable {
    public struct Word: Sendable, Hashable {
        public var tag: WordTag
        /// The base form: "killed" → "kill", "children" → "child"; a proper noun keeps its key.
        public var lemma: String
        /// WordNet's category of the lemma's most frequent sense in its class ("person", "contact").
        public var category: String?
    }

    public struct NounPhrase: Sendable, Hashable {
        /// Token range of the phrase and the index of its head (its last noun).
        public var range: Range<Int>
        public var head: Int
    }

    public struct Entity: Sendable, Hashable {
        public var range: Range<Int>
        public var type: EntityType
        /// The name as written, without a leading "the".
        public var text: String
        /// The lexicon's canonical name where one matched ("Washington" → "US").
        public var canonical: String
    }

    public struct Negation: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case particle, determiner, verb, predicate
        }
        public var kind: Kind
        /// The cue's tokens and the tokens it governs.
        public var cue: Range<Int>
        public var scope: Range<Int>
        public var text: String
    }

    public var tokens: [Token]
    public var words: [Word]
    /// The clause of each token: clauses are numbered from 0, left to right.
    public var clauseOf: [Int]
    /// Token ranges of the clauses, by number.
    public var clauses: [Range<Int>]
    public var phrases: [NounPhrase]
    public var entities: [Entity]
    public var negations: [Negation]

    public var count: Int { tokens.count }

    public func sameClause(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < clauseOf.count && b < clauseOf.count && clauseOf[a] == clauseOf[b]
    }

    public func clause(of token: Int) -> Range<Int> { clauses[clauseOf[token]] }

    /// The negation whose scope holds any token of `range`, if any.
    public func negation(covering range: Range<Int>) -> Negation? {
        negations.first { $0.scope.overlaps(range) }
    }

    /// The entity that holds token `index`.
    public func entity(at index: Int) -> Entity? {
        entities.first { $0.range.contains(index) }
    }

    /// The noun phrase that holds token `index`.
    public func phrase(at index: Int) -> NounPhrase? {
        phrases.first { $0.range.contains(index) }
    }

    /// The sentence ends with a question mark (before any closing quote or parenthesis).
    public var isQuestion: Bool {
        tokens.last { !$0.key.hasPrefix("\"") && $0.key != "'" && $0.key != ")" }?.key == "?"
    }
}
