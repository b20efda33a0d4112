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

    func resolve(pronoun key: String) -> String? {
        switch key {
        case "he", "she", "him", "her": latestPerson
        case "it", "they", "them": latestOrganization ?? latestGroup
        default: nil
        }
    }

    /// "the company", "the ministry", "the firm": the latest organisation named with that
    /// noun, or for a general organisation noun the latest organisation.
    func resolve(noun lemma: String) -> String? {
        if let named = byNoun[lemma] { return named }
        if ["company", "firm", "group", "organization", "organisation", "government", "agency", "carrier", "retailer", "bank", "maker", "giant"].contains(lemma) {
            return latestOrganization
        }
        return nil
    }
}
