/// The stories of a run: each story with its members, and for each document its story and its
/// near-duplicate copy group.
public struct StoryAssignment: Sendable {
    /// Sorted by id.
    public var stories: [Story]
    /// Document id → story id.
    public var storyOf: [String: String]
    /// Document id → copy group id (a StableID over the group's members; the document's own id
    /// when it has no copy).
    public var copyOf: [String: String]
    /// Work done: document pairs whose similarity was computed, and signature pairs compared.
    public var candidatePairs: Int
    public var copyComparisons: Int

    public init(stories: [Story], storyOf: [String: String], copyOf: [String: String], candidatePairs: Int = 0, copyComparisons: Int = 0) {
        self.stories = stories
        self.storyOf = storyOf
        self.copyOf = copyOf
        self.candidatePairs = candidatePairs
        self.copyComparisons = copyComparisons
    }

    /// From stories read back (stories.jsonl): members and copy groups.
    public init(stories: [Story]) {
        var storyOf: [String: String] = [:]
        var copyOf: [String: String] = [:]
        for story in stories {
            for document in story.documents {
                storyOf[document] = story.id
                copyOf[document] = document
            }
            for group in story.copies {
                let id = StableID.make("c", group)
                for document in group { copyOf[document] = id }
            }
        }
        self.init(stories: stories.sorted { $0.id < $1.id }, storyOf: storyOf, copyOf: copyOf)
    }

    /// One line per document, sorted by document id.
    public var memberships: [StoryMembership] {
        var out: [StoryMembership] = []
        for story in stories {
            for document in story.documents {
                out.append(StoryMembership(document: document, story: story.id, label: story.label, copy: copyOf[document] ?? document))
            }
        }
        return out.sorted { $0.document < $1.document }
    }
}
