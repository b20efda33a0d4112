import CrossCheck
import Foundation
import Testing
@testable import CrossCheckHTML

/// A report whose claims are read from claims.jsonl a story at a time (as `run` and `report`
/// render) is the report rendered from the same claims in memory, page for page and export for
/// export, and never holds more claims at once than its largest story has.
@Suite struct ReportFromClaimFileTests {
    /// Three stories of 2, 4 and 6 documents, three claims a document, and in each story a
    /// finding over one claim of every document and a single-source finding; one document
    /// belongs to no story and has claims but no finding.
    static let input: ReportInput = {
        var documents: [Document] = [], claims: [Claim] = [], findings: [Finding] = [], stories: [Story] = []
        for (s, size) in [2, 4, 6].enumerated() {
            let ids = (0..<size).map { "s\(s)-d\($0)" }
            var first: [String] = []
            for (i, id) in ids.enumerated() {
                let body = "Police said \(i + 3) people died in Town \(s). Officials said \(i + 10) were hurt. Later \(i) left."
                documents.append(Document(id: id, path: id + ".txt", title: "Report \(i) of story \(s)", publisher: "Outlet \(i)",
                                          published: "2025-04-0\(i + 1)T08:00:00", body: body, story: "s\(s)"))
                for k in 0..<3 {
                    let start = 12 + k * 30
                    claims.append(Claim(
                        id: "c-\(id)-\(k)", document: id, sentence: k, start: start, end: start + 8, rule: "count",
                        topic: Topic(subject: "people in town \(s)", predicate: k == 0 ? "deaths" : "injuries"),
                        value: ClaimValue(value: Double(i + k), low: Double(i + k), high: Double(i + k), unit: "people", text: "\(i + k)"),
                        polarity: .positive, modality: .asserted, attribution: Attribution(speaker: "Police", via: nil),
                        date: "2025-04-0\(i + 1)", text: "\(i + k) people", sentenceText: "Police said \(i + k) people died.",
                        sentenceStart: start - 12, source: "Outlet \(i)"))
                }
                first.append("c-\(id)-0")
            }
            stories.append(Story(id: "s\(s)", label: "Town \(s), police", documents: ids))
            findings.append(Finding(id: "f\(s)", kind: .discrepancy, story: "s\(s)", topic: Topic(subject: "people in town \(s)", predicate: "deaths"),
                                    claims: first, sources: first.count, explanation: "The sources give different tolls."))
            findings.append(Finding(id: "g\(s)", kind: .singleSource, story: "s\(s)", topic: Topic(subject: "people in town \(s)", predicate: "injuries"),
                                    claims: ["c-\(ids[0])-1"], sources: 1, explanation: "One source."))
        }
        documents.append(Document(id: "alone", path: "alone.txt", title: "Alone", publisher: "Elsewhere",
                                  published: "2025-05-01T08:00:00", body: "Nothing else said 2 people came."))
        claims.append(Claim(id: "c-alone", document: "alone", sentence: 0, start: 20, end: 28, rule: "count",
                            topic: Topic(subject: "people", predicate: "arrivals"),
                            value: ClaimValue(value: 2, low: 2, high: 2, unit: "people", text: "2"),
                            polarity: .positive, modality: .asserted, attribution: Attribution(speaker: nil, via: nil),
                            date: "2025-05-01", text: "2 people", sentenceText: "Nothing else said 2 people came.", sentenceStart: 0,
                            source: nil))
        // Written in an order unlike document order, as a run's claims.jsonl is.
        return ReportInput(documents: documents, claims: claims.reversed(), findings: findings, stories: stories)
    }()

    static func pages(_ input: ReportInput) throws -> (pages: [ReportPage], mostLoaded: Int) {
        let renderer = ReportRenderer(input)
        var pages: [ReportPage] = []
        try renderer.overviewPages { pages.append($0) }
        for document in input.documents { try renderer.documentPages(document) { pages.append($0) } }
        return (pages, renderer.mostClaimsLoaded)
    }

    @Test func pagesAndExportsFromTheFileAreThoseFromMemoryWithOneStorysClaimsHeldAtATime() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-claims-\(UUID().uuidString).jsonl").path
        try #require(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try JSONLines.write(Self.input.claims, to: handle)
        try handle.close()
        let index = try ClaimFileIndex(path: path, keeping: Set(Self.input.findings.flatMap(\.claims)))
        var fromFile = Self.input
        fromFile.claims = []
        fromFile.claimSource = index

        let memory = try Self.pages(Self.input)
        let file = try Self.pages(fromFile)
        #expect(file.pages.map(\.name) == memory.pages.map(\.name))
        for (a, b) in zip(file.pages, memory.pages) { #expect(a == b, "\(a.name) differs") }
        #expect(memory.pages.contains { $0.name == "story-s2.html" && $0.html.contains("c-s2-d5-0") })
        // The largest story's 18 claims, of 37.
        #expect(file.mostLoaded == 18)
        #expect(memory.mostLoaded == 18)

        let exportsFromFile = ReportExports(documents: Self.input.documents, claimSource: index, findings: Self.input.findings,
                                            stories: Self.input.stories)
        let exports = ReportExports(documents: Self.input.documents, claims: Self.input.claims, findings: Self.input.findings,
                                    stories: Self.input.stories)
        #expect(try exportsFromFile.claimsCSV() == exports.claimsCSV())
        #expect(exportsFromFile.findingsCSV() == exports.findingsCSV())
        #expect(exportsFromFile.findingsJSONLD() == exports.findingsJSONLD())
        #expect(String(decoding: exports.findingsCSV(), as: UTF8.self).contains("Outlet 0; Outlet 1"))
    }
}
