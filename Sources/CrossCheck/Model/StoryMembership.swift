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
