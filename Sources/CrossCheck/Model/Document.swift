/// One article after normalization: metadata and the clean body text that every later stage
/// reads. Offsets of sentences and claims are UTF-8 byte offsets into `body`.
public struct Document: Sendable, Hashable {
    public var id: String
    public var path: String
    public var url: String?
    public var title: String?
    public var publisher: String?
    public var author: String?
    /// Original publication date, ISO 8601 (`2025-05-23T18:38:00`, with an offset when known).
    public var published: String?
    public var modified: String?
    public var description: String?
    public var language: String?
    /// Paragraphs separated by a blank line ("\n\n").
    public var body: String
    /// Every block removed as boilerplate, with the reason, in page order.
    public var dropped: [DroppedBlock]
    /// The story (`Story.id`) the document belongs to, once stories are grouped.
    public var story: String?

    public init(
        id: String, path: String, url: String? = nil, title: String? = nil, publisher: String? = nil,
        author: String? = nil, published: String? = nil, modified: String? = nil,
        description: String? = nil, language: String? = nil, body: String, dropped: [DroppedBlock] = [],
        story: String? = nil
    ) {
        self.id = id
        self.path = path
        self.url = url
        self.title = title
        self.publisher = publisher
        self.author = author
        self.published = published
        self.modified = modified
        self.description = description
        self.language = language
        self.body = body
        self.dropped = dropped
        self.story = story
    }

    /// The document without its text: metadata only (body empty, no dropped blocks), what a
    /// report index needs when documents stream past.
    public var summary: Document {
        var copy = self
        copy.body = ""
        copy.dropped = []
        return copy
    }

    /// The publication day (`YYYY-MM-DD`), the reference date of the document's claims.
    public var publishedDay: String? {
        guard let published, published.utf8.count >= 10 else { return nil }
        return String(published.prefix(10))
    }
}

/// A block the normalizer removed, and why (e.g. "menu", "ticker: BREAKING", "caption").
public struct DroppedBlock: Sendable, Hashable {
    public var text: String
    public var reason: String
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}

extension Document: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("path", .string(path)),
            ("url", .optional(url)),
            ("title", .optional(title)),
            ("publisher", .optional(publisher)),
            ("author", .optional(author)),
            ("published", .optional(published)),
            ("modified", .optional(modified)),
            ("description", .optional(description)),
            ("language", .optional(language)),
            ("body", .string(body)),
            ("dropped", .array(dropped.map { .object([("text", .string($0.text)), ("reason", .string($0.reason))]) })),
            ("story", .optional(story)),
        ])
    }
}
