/// The word table's readings of the forms one document has asked for so far: a document
/// repeats its words ("said", "the", its names), and `WordTable.readings(of:)` runs WordNet's
/// morphology each time. Kept for one document on one thread, so it needs no lock; the answers
/// are the table's own, so the tags and lemmas are the same with or without it.
public final class WordReadingsCache {
    private var readings: [String: FormReadings] = [:]

    public init() {}

    func readings(of key: String, in table: WordTable) -> FormReadings {
        if let known = readings[key] { return known }
        let found = table.readings(of: key)
        readings[key] = found
        return found
    }
}
