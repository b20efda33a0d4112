import CrossCheck

/// Renders the report as static, self-contained HTML5 pages built with libxml2's tree API, so all
/// article text is escaped. The same input always gives byte-identical pages.
public enum HTMLReportWriter {
    /// `index.html` first, then the rest of the story index, the document list and the story
    /// pages (`ReportRenderer.overviewPages`' order), then each document's pages, sorted by id.
    /// (`ReportRenderer` renders page by page, for reports too large to hold.)
    public static func render(_ input: ReportInput) throws -> [ReportPage] {
        let renderer = ReportRenderer(input)
        var pages: [ReportPage] = []
        try renderer.overviewPages { pages.append($0) }
        for document in renderer.context.documents { try renderer.documentPages(document) { pages.append($0) } }
        return pages
    }
}
