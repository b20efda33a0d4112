import CrossCheck

/// Renders the report as static, self-contained HTML5 pages built with libxml2's tree API, so all
/// article text is escaped. The same input always gives byte-identical pages.
public enum HTMLReportWriter {
    /// `index.html` first, then one page per document, sorted by document id.
    public static func render(_ input: ReportInput) throws -> [ReportPage] {
        var pages: [ReportPage] = []
        try render(input) { pages.append($0) }
        return pages
    }

    /// The same pages, handed over one at a time as they are rendered, so that a large report is
    /// written page by page instead of held in memory whole.
    public static func render(_ input: ReportInput, each: (ReportPage) throws -> Void) throws {
        let renderer = ReportRenderer(input)
        try each(try renderer.indexPage())
        for document in renderer.context.documents {
            try each(try renderer.documentPage(document))
        }
    }
}
