import CrossCheck

/// Renders the report page by page, so that a run over many documents never holds every
/// document's text or every claim at once: the index needs only the documents' metadata
/// (`ReportInput`'s documents may be summaries without bodies) and claim counts; each story's
/// pages are rendered with the claims of its documents loaded, and each document's pages with
/// its own, from the full document when it is handed over.
public final class ReportRenderer {
    let context: ReportContext
    /// The most claims loaded at once so far (a story's, or a document's).
    public private(set) var mostClaimsLoaded = 0

    public init(_ input: ReportInput) {
        context = ReportContext(input)
    }

    /// Ids of the documents with a page, in page order (sorted; the first of duplicate ids wins).
    public var documentIDs: [String] { context.documents.map(\.id) }

    /// Whether `id` gets a page in this report.
    public func hasPage(forDocument id: String) -> Bool { context.pageName(forDocument: id) != nil }

    /// The first page of the story index.
    public func indexPage() throws -> ReportPage {
        try IndexPage(context: context, page: 1).render()
    }

    /// Every page but the documents' own, one at a time: the story index (`index.html`,
    /// `index-2.html`, ...), the document list (`documents.html`, ...) and each story's pages
    /// (`story-<id>.html`, `story-<id>+2.html`, ...), in that order.
    public func overviewPages(_ write: (ReportPage) throws -> Void) throws {
        for page in 1...IndexPage.pageCount(context) {
            try write(try IndexPage(context: context, page: page).render())
        }
        for page in 1...DocumentListPage.pageCount(context) {
            try write(try DocumentListPage(context: context, page: page).render())
        }
        for entry in context.storyEntries {
            let story = try loaded(try context.loading(entry))
            for page in 1...StoryPage.pageCount(entry, story) {
                try write(try StoryPage(context: story, entry: entry, page: page).render())
            }
        }
    }

    /// The pages of each document of a documents.jsonl file (as `crosscheck run` writes it), read one
    /// record at a time and handed to `write`; documents without a page, and repeated ids, are
    /// passed over.
    public func documentPages(fromJSONLines path: String, _ write: (ReportPage) throws -> Void) throws {
        var rendered: Set<String> = []
        try JSONLinesFileReader.decode(path, ModelDecoding.document) { document in
            guard hasPage(forDocument: document.id), rendered.insert(document.id).inserted else { return }
            try documentPages(document, write)
        }
    }

    /// The pages of one document (one, or more when its claims fill more than a page), from the
    /// full document (body and dropped blocks), first to last.
    public func documentPages(_ document: Document, _ write: (ReportPage) throws -> Void) throws {
        try DocumentPage(context: try loaded(try context.loading([document.id])), document: document).render(write)
    }

    private func loaded(_ context: ReportContext) -> ReportContext {
        mostClaimsLoaded = max(mostClaimsLoaded, context.loadedClaimCount)
        return context
    }
}
