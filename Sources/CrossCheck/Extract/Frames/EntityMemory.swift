/// The entities a document has named so far, for the holder slot: "it", "they", "he", "she"
/// and "the company" / "the ministry" stand for the latest fitting one.
///
/// Reads: the entities of each sentence, in order. Adds: answers to "who is meant?". A pronoun
/// reaches back a few sentences only (`reach`): further back, or when the latest name is not of
/// the pronoun's kind ("they" after a place), it names nobody.
struct EntityMemory {
    /// Each name with the number of the sentence (counted by `remember`) it was last seen in.
    private var latestPerson: (name: String, sentence: Int)?
    /// The latest organisation whose name holds a noun ("Acme Corp" for "the company").
    private var byNoun: [String: String] = [:]
    private var latestOrganization: (name: String, sentence: Int)?
    /// Sentences remembered so far.
    private var sentences = 0
    /// How many sentences back a pronoun may point.
    static let reach = 3

    /// Remembers the sentence's names that `antecedents` admits (not "God", "Lebanese", a
    /// name after a preposition or in a title-case headline).
    mutating func remember(_ layer: LinguisticLayer, antecedents: PronounAntecedents) {
        for entity in layer.entities where antecedents.admits(entity, in: layer) {
            switch entity.type {
            case .person: latestPerson = (entity.canonical, sentences)
            case .organization:
                latestOrganization = (entity.canonical, sentences)
                for key in layer.tokens[entity.range].map(\.key) { byNoun[key] = entity.canonical }
            case .place, .other: break
            }
        }
        sentences += 1
    }

    /// `acting`: the pronoun is directly followed by a verb (or an auxiliary or modal and a
    /// verb), so "it" is not the empty "it" of "it is true that".
    func resolve(pronoun key: String, acting: Bool = true) -> String? {
        switch Self.kind(ofPronoun: key, acting: acting) {
        case .person?: recent(latestPerson)
        case .organization?: recent(latestOrganization)
        default: nil
        }
    }

    /// The kind of name a pronoun stands for: "he"/"she" a person, "they" and an acting "it" an
    /// organisation; nil for any other word.
    static func kind(ofPronoun key: String, acting: Bool) -> EntityType? {
        switch key {
        case "he", "she": .person
        case "they": .organization
        case "it": acting ? .organization : nil
        default: nil
        }
    }

    /// The name, when it was seen in this sentence or one of the `reach` before.
    private func recent(_ latest: (name: String, sentence: Int)?) -> String? {
        guard let latest, sentences - latest.sentence <= Self.reach else { return nil }
        return latest.name
    }

    /// "the ministry", "the bank": the latest organisation whose name holds that noun;
    /// "the company" or "the firm": the latest organisation.
    func resolve(noun lemma: String) -> String? {
        if let named = byNoun[lemma] { return named }
        if lemma == "company" || lemma == "firm" {
            return latestOrganization?.name
        }
        return nil
    }
}
