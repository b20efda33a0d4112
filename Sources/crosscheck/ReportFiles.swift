import CrossCheck
import CrossCheckHTML
import Foundation

/// The HTML report and its exports (claims.csv, findings.csv, findings.jsonld), written into a
/// report folder being staged, from a run's files: every finding is read; claims are read back
/// from claims.jsonl a story at a time (`ClaimFileIndex`, which keeps briefs of the claims the
/// findings name), and documents from documents.jsonl one at a time. `run` and `report` both
/// write their reports through it; the claims and findings are read (and a bad line reported)
/// before anything is written.
struct ReportFiles {
    let claims: ClaimFileIndex
    let findings: [Finding]

    init(claimsPath: String, findingsPath: String) throws {
        var findings: [Finding] = []
        try JSONLinesFileReader.decode(findingsPath, ModelDecoding.finding) { findings.append($0) }
        claims = try ClaimFileIndex(path: claimsPath, keeping: Set(findings.flatMap(\.claims)))
        self.findings = findings
    }

    func write(documents: [Document], skipped: [SkippedInput], stories: [Story], documentsPath: String,
               to output: AtomicOutput) throws {
        let exports = ReportExports(documents: documents, claimSource: claims, findings: findings, stories: stories)
        let csv = try output.create("claims.csv")
        try exports.writeClaimsCSV { try csv.write(contentsOf: $0) }
        try csv.close()
        try output.write("findings.csv", bytes: exports.findingsCSV())
        try output.write("findings.jsonld", bytes: exports.findingsJSONLD())
        let renderer = ReportRenderer(ReportInput(documents: documents, claimSource: claims, findings: findings,
                                                  skipped: skipped, stories: stories, title: "crosscheck report"))
        try renderer.overviewPages { try output.write($0.name, $0.html) }
        try renderer.documentPages(fromJSONLines: documentsPath) { try output.write($0.name, $0.html) }
    }
}
