/// The entities a document has named so far, for the holder slot: "it", "they", "he", "she"
/// and "the company" / "the ministry" stand for the latest fitting one.
///
/// Reads: the entities of each sentence, in order. Adds: answers to "who is meant?".
struct EntityMemory {
    private var latestPerson: String?
    private var latestGroup: String?
    /// The latest organisation whose name holds a noun ("Acme Corp" for "the company").
    private var byNoun: [String: String] = [:]
    private var latestOrganization: String?

    mutating func remember(_ layer: LinguisticLayer) {
        for entity in layer.entities {
            switch entity.type {
            case .person: latestPerson = entity.canonical
            case .organization:
                latestOrganization = entity.canonical
                latestGroup = entity.canonical
                for key in layer.tokens[entity.range].map(\.key) { byNoun[key] = entity.canonical }
            case .place: latestGroup = entity.canonical
            case .other: break
            }
        }
    }

    /// `acting`: the pronoun is directly followed by a verb (or an auxiliary or modal and a
    /// verb), so "it" is not the empty "it" of "it is true that".
    func resolve(pronoun key: String, acting: Bool = true) -> String? {
        switch key {
        case "he", "she": latestPerson
        case "they": latestOrganization ?? latestGroup
        case "it": acting ? latestOrganization : nil
        default: nil
        }
    }

    /// "the ministry", "the bank": the latest organisation whose name holds that noun;
    /// "the company" or "the firm": the latest organisation.
    func resolve(noun lemma: String) -> String? {
        if let named = byNoun[lemma] { return named }
        if lemma == "company" || lemma == "firm" {
            return latestOrganization
        }
        return nil
    }
}
