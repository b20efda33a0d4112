/// Documents about the same news event, as `StoryGrouper` found them: an id derived from the
/// sorted member ids, a label of the story's top entities and terms, and its members.
public struct Story: Sendable, Hashable {
    public var id: String
    /// Its top entities and terms, most telling first: "Nicaragua, meteorite, Managua".
    public var label: String
    /// Member document ids, sorted.
    public var documents: [String]
    /// Groups of near-duplicate copies among the members (two or more documents each, sorted).
    public var copies: [[String]]

    public init(id: String, label: String, documents: [String], copies: [[String]] = []) {
        self.id = id
        self.label = label
        self.documents = documents
        self.copies = copies
    }
}

extension Story: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("label", .string(label)),
            ("documents", .array(documents.map(JSONValue.string))),
            ("copies", .array(copies.map { .array($0.map(JSONValue.string)) })),
        ])
    }
}
