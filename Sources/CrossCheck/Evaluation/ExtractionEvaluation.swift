import Foundation

/// Scores the normalize stage on an evaluation set (`GoldPageSet`): body tokens against the gold
/// body (`TokenOverlap`), the publication day, and title, author and publisher as given.
///
/// Reads: `GoldPage`s and, for each, the `Document` the normalizer made of it (or why it made
/// none). Adds: a `PageResult` per page and a `Summary`: mean precision and recall over the pages
/// with a gold body and their F1 (as the public extraction benchmarks report it), and for each
/// metadata field the share of pages where it is right.
public struct ExtractionEvaluation: Sendable {
    public struct PageResult: Sendable {
        public var page: String
        /// nil when the set gives no body for the page.
        public var body: TokenOverlap?
        /// Why the normalizer made no document, if it made none.
        public var failure: String?
        /// Field name → (expected, found), for each scored field that is wrong.
        public var misses: [(field: String, expected: String, found: String)] = []
        /// Field name → right or not, for each scored field.
        public var fields: [String: Bool] = [:]
    }

    public struct Summary: Sendable {
        public var pages: Int
        public var bodyPages: Int
        public var precision: Double
        public var recall: Double
        public var meanF1: Double
        /// F1 of mean precision and mean recall.
        public var f1: Double { TokenOverlap.harmonicMean(precision, recall) }
        /// Field name → (right, scored).
        public var fields: [String: (right: Int, scored: Int)]

        public func accuracy(_ field: String) -> Double? {
            guard let counts = fields[field], counts.scored > 0 else { return nil }
            return Double(counts.right) / Double(counts.scored)
        }
    }

    public private(set) var results: [PageResult] = []

    public init() {}

    /// Scores one page: `document` is what the normalizer made of it, or nil with `failure`.
    public mutating func add(_ gold: GoldPage, document: Document?, failure: String? = nil) {
        var result = PageResult(page: gold.page, failure: failure)
        if let body = gold.body {
            result.body = TokenOverlap(extracted: document?.body ?? "", gold: body)
        }
        func score(_ field: String, _ expected: GoldPage.Expected<String>, _ found: String?, same: (String, String) -> Bool) {
            let right: Bool
            let shown: String
            switch expected {
            case .unscored: return
            case .none: right = found == nil; shown = "none"
            case .value(let value): right = found.map { same(value, $0) } ?? false; shown = value
            }
            result.fields[field] = right
            if !right { result.misses.append((field, shown, found ?? "none")) }
        }
        score("published day", gold.published, document?.published) { Self.day($0) == Self.day($1) }
        score("title", gold.title, document?.title) { Self.squeezed($0) == Self.squeezed($1) }
        score("author", gold.author, document?.author) { Self.squeezed($0) == Self.squeezed($1) }
        score("publisher", gold.publisher, document?.publisher) { Self.squeezed($0) == Self.squeezed($1) }
        results.append(result)
    }

    /// Normalizes each page with `pipeline` (as `crosscheck normalize` would) and scores it.
    public mutating func add(_ pages: [GoldPage], normalizingWith pipeline: Pipeline) {
        for gold in pages {
            let (documents, skipped) = pipeline.documents([gold.page])
            add(gold, document: documents.first, failure: documents.isEmpty ? skipped.first?.reason ?? "no document" : nil)
        }
    }

    public var summary: Summary {
        let scored = results.compactMap(\.body)
        let n = Double(max(1, scored.count))
        var fields: [String: (right: Int, scored: Int)] = [:]
        for result in results {
            for (field, right) in result.fields {
                var counts = fields[field] ?? (0, 0)
                counts.scored += 1
                if right { counts.right += 1 }
                fields[field] = counts
            }
        }
        return Summary(pages: results.count, bodyPages: scored.count,
                       precision: scored.reduce(0) { $0 + $1.precision } / n,
                       recall: scored.reduce(0) { $0 + $1.recall } / n,
                       meanF1: scored.reduce(0) { $0 + $1.f1 } / n,
                       fields: fields)
    }

    /// The calendar day an ISO 8601 date names, as written ("2025-08-23T06:18:00+05:30" is
    /// 2025-08-23: the page's own day, not converted to another zone).
    static func day(_ date: String) -> Substring {
        date.prefix(10)
    }

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A plain-text table: one line per page (worst body first), its misses, then the summary.
    public func report(showAll: Bool) -> String {
        var lines: [String] = []
        let ordered = results.enumerated().sorted {
            ($0.element.body?.f1 ?? 2, $0.offset) < ($1.element.body?.f1 ?? 2, $1.offset)
        }
        for (_, result) in ordered {
            let good = (result.body?.f1 ?? 1) >= 0.9 && result.misses.isEmpty && result.failure == nil
            if good && !showAll { continue }
            var line = result.page
            if let body = result.body {
                line += String(format: "  P %.3f  R %.3f  F1 %.3f", body.precision, body.recall, body.f1)
            }
            lines.append(line)
            if let failure = result.failure { lines.append("    no document: \(failure)") }
            for miss in result.misses {
                lines.append("    \(miss.field): expected \(miss.expected), found \(miss.found)")
            }
        }
        let s = summary
        if !lines.isEmpty { lines.append("") }
        lines.append("pages: \(s.pages), with a gold body: \(s.bodyPages)")
        if s.bodyPages > 0 {
            lines.append(String(format: "body: precision %.3f, recall %.3f, F1 %.3f (mean of page F1s %.3f)",
                                s.precision, s.recall, s.f1, s.meanF1))
        }
        for field in s.fields.keys.sorted() {
            let counts = s.fields[field]!
            lines.append(String(format: "%@: %d of %d right (%.1f%%)", field, counts.right, counts.scored,
                                100 * Double(counts.right) / Double(counts.scored)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
