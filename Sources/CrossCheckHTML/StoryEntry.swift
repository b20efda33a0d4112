import CrossCheck

/// One row of the story index: a story (or the findings of a story id the run did not list, or
/// those without a story), its documents, its findings in report order, and its page names.
struct StoryEntry {
    /// The story id; nil for findings compared without stories.
    let id: String?
    let label: String
    /// Member document ids, sorted.
    let documents: [String]
    /// Documents with reprints of the same copy counted once.
    let independentSources: Int
    /// Sorted by kind rank; input order within a kind.
    let findings: [Finding]
    let firstDay: String?
    let lastDay: String?
    /// The name of the story's first page ("story-<id>.html").
    let pageName: String

    func count(_ kind: Finding.Kind) -> Int { findings.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) } }

    /// The name of the story's page `number` (1-based): "story-<id>.html", then "story-<id>+2.html"
    /// ("+" never appears in a sanitized id, so no two stories' pages share a name).
    func pageName(_ number: Int) -> String {
        ReportContext.pageName(pageName, number: number)
    }

    /// Contradictions first: more contradictions, then more discrepancies, updates and
    /// agreements, then more documents, then label and id.
    static func reportOrder(_ a: StoryEntry, _ b: StoryEntry) -> Bool {
        for kind in [Finding.Kind.contradiction, .discrepancy, .update, .agreement] {
            let (x, y) = (a.count(kind), b.count(kind))
            if x != y { return x > y }
        }
        if a.documents.count != b.documents.count { return a.documents.count > b.documents.count }
        if a.label != b.label { return a.label < b.label }
        return (a.id ?? "") < (b.id ?? "")
    }
}
