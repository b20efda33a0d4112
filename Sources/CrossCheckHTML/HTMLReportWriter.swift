import CrossCheck

/// Renders the report as static, self-contained HTML5 pages built with libxml2's tree API, so all
/// article text is escaped. The same input always gives byte-identical pages.
public enum HTMLReportWriter {
    /// `index.html` first, then one page per document, sorted by document id.
    public static func render(_ input: ReportInput) throws -> [ReportPage] {
        let context = ReportContext(input)
        var pages = [try IndexPage(context: context).render()]
        for document in context.documents {
            pages.append(try DocumentPage(context: context, document: document).render())
        }
        return pages
    }
}
