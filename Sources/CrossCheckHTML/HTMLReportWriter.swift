import CrossCheck

/// Renders the report as static, self-contained HTML5 pages built with libxml2's tree API, so all
/// article text is escaped. The same input always gives byte-identical pages.
public enum HTMLReportWriter {
    /// `index.html` first, then one page per document, sorted by document id.
    /// (`ReportRenderer` renders page by page, for reports too large to hold.)
    public static func render(_ input: ReportInput) throws -> [ReportPage] {
        let renderer = ReportRenderer(input)
        return try [renderer.indexPage()] + renderer.context.documents.map(renderer.documentPage)
    }
}
