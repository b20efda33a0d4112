import CrossCheck

/// Renders the report page by page, so that a run over many documents never holds every
/// document's text at once: the index needs only the documents' metadata (`ReportInput`'s
/// documents may be summaries without bodies), and each document page is rendered from the
/// full document when it is handed over.
public final class ReportRenderer {
    let context: ReportContext

    public init(_ input: ReportInput) {
        context = ReportContext(input)
    }

    /// Ids of the documents with a page, in page order (sorted; the first of duplicate ids wins).
    public var documentIDs: [String] { context.documents.map(\.id) }

    /// Whether `id` gets a page in this report.
    public func hasPage(forDocument id: String) -> Bool { context.pageName(forDocument: id) != nil }

    public func indexPage() throws -> ReportPage {
        try IndexPage(context: context).render()
    }

    /// One page per document of a documents.jsonl file (as `crosscheck run` writes it), read one
    /// record at a time and handed to `write`; documents without a page, and repeated ids, are
    /// passed over.
    public func documentPages(fromJSONLines path: String, _ write: (ReportPage) throws -> Void) throws {
        var rendered: Set<String> = []
        try JSONLinesFileReader.decode(path, ModelDecoding.document) { document in
            guard hasPage(forDocument: document.id), rendered.insert(document.id).inserted else { return }
            try write(try documentPage(document))
        }
    }

    /// The page of one document, from the full document (body and dropped blocks).
    public func documentPage(_ document: Document) throws -> ReportPage {
        try DocumentPage(context: context, document: document).render()
    }
}
