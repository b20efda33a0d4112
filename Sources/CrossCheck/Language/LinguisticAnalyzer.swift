/// Builds the `LinguisticLayer` of a sentence: tags and lemmas, clauses, noun phrases,
/// entities and negation scopes, in that order (each step reads the ones before it).
public struct LinguisticAnalyzer: Sendable {
    public let knowledge: LanguageKnowledge
    let tagger: Tagger
    let clauseSplitter: ClauseSplitter
    let entityFinder: EntityFinder
    let negationScoper: NegationScoper

    public init(knowledge: LanguageKnowledge) {
        self.knowledge = knowledge
        tagger = Tagger(knowledge: knowledge)
        clauseSplitter = ClauseSplitter(knowledge: knowledge)
        entityFinder = EntityFinder(knowledge: knowledge)
        negationScoper = NegationScoper(knowledge: knowledge)
    }

    /// `quantities` are token ranges of the numbers the quantity stage read.
    /// `names`: the words the document capitalizes inside sentences (names at a sentence's start too).
    public func analyze(_ tokens: [Token], sentence: [UInt8], sentenceStart: Int, quantities: [Range<Int>] = [],
                        names: DocumentNames = DocumentNames()) -> LinguisticLayer {
        let words = tagger.words(tokens, quantitySpans: quantities, names: names)
        let (clauseOf, clauses) = clauseSplitter.clauses(tokens, words)
        let phrases = PhraseChunker.phrases(tokens, words)
        let entities = entityFinder.entities(tokens, words, sentence: sentence, sentenceStart: sentenceStart)
        let negations = negationScoper.negations(tokens, words, clauseOf: clauseOf, clauses: clauses)
        return LinguisticLayer(tokens: tokens, words: words, clauseOf: clauseOf, clauses: clauses, phrases: phrases,
                               entities: entities, negations: negations)
    }
}
