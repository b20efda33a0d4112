/// How much one page of the report may hold, so that no page grows with the size of the run:
/// the story index, the document list and each story's pages are cut into pages of at most
/// these many rows, linked by "previous" and "next".
public struct ReportLimits: Sendable, Hashable {
    /// Rows of the story index per page.
    public var storiesPerPage: Int
    /// Rows of the document list per page.
    public var documentsPerPage: Int
    /// Claim rows of a story page (its findings are cut into pages of at most this many claims;
    /// a finding with more continues on the next page). Also bounds its table and charts.
    public var claimsPerPage: Int
    /// Documents of a story listed on one of its pages.
    public var storyDocumentsPerPage: Int
    /// Skipped inputs listed on the index (all of them are in skipped.jsonl).
    public var skippedShown: Int
    /// Blocks a document's first page lists of those the normalizer dropped (all of them are in
    /// documents.jsonl); each is cut to `sentenceBytes`.
    public var droppedShown: Int
    /// Bytes of a document's text on one page; a page's longer share of the text continues on
    /// text pages of this size.
    public var bodyBytesPerPage: Int
    /// Outlets given their own column of a story page's claim × source table; the others share
    /// one "other outlets" column.
    public var matrixColumns: Int

    public init(storiesPerPage: Int = 100, documentsPerPage: Int = 500, claimsPerPage: Int = 200,
                storyDocumentsPerPage: Int = 200, skippedShown: Int = 200, matrixColumns: Int = 12,
                bodyBytesPerPage: Int = 250_000, droppedShown: Int = 200) {
        self.droppedShown = max(0, droppedShown)
        self.bodyBytesPerPage = max(1_000, bodyBytesPerPage)
        self.storiesPerPage = max(1, storiesPerPage)
        self.documentsPerPage = max(1, documentsPerPage)
        self.claimsPerPage = max(1, claimsPerPage)
        self.storyDocumentsPerPage = max(1, storyDocumentsPerPage)
        self.skippedShown = max(0, skippedShown)
        self.matrixColumns = max(1, matrixColumns)
    }

    /// Longest sentence shown whole in a claim row; longer ones are cut to the claim and some
    /// words either side.
    static let sentenceBytes = 600
}
