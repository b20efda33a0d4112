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

/// One document's place in the stories of a run: what `crosscheck stories` prints, one line per
/// document. `copy` names the document's near-duplicate copy group (its own id when it has none).
public struct StoryMembership: Sendable, Hashable {
    public var document: String
    public var story: String
    public var label: String
    public var copy: String

    public init(document: String, story: String, label: String, copy: String) {
        self.document = document
        self.story = story
        self.label = label
        self.copy = copy
    }
}

extension StoryMembership: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([("document", .string(document)), ("story", .string(story)), ("label", .string(label)), ("copy", .string(copy))])
    }
}
