/// One rendered page of the report: its file name inside the report directory and its HTML.
public struct ReportPage: Sendable, Hashable {
    /// "index.html", or "doc-<sanitized document id>.html".
    public var name: String
    public var html: String

    public init(name: String, html: String) {
        self.name = name
        self.html = html
    }
}
