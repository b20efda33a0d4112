import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the whole pipeline on folders or files and write the report.",
        discussion: """
            Writes documents.jsonl, claims.jsonl, findings.jsonl, skipped.jsonl and the HTML report
            (index.html and one page per document) into the output folder, atomically. Inputs that
            cannot be used are listed on standard error and in the report; the run goes on.
            """
    )

    @Argument(help: "Folders or files of articles (.txt text dumps, .html pages, .jsonl records).")
    var inputs: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String = "reports"

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        let result: Pipeline.Result
        do {
            let output = try AtomicOutput(directory: out)
            // Documents stream to documents.jsonl as they are read; only claims and metadata stay.
            let documentsFile = try output.create("documents.jsonl")
            var writer = JSONByteWriter(capacity: 1 << 16)
            result = try pipeline.run(inputs) { document in
                writer.removeAll()
                document.jsonValue.write(into: &writer)
                writer.raw("\n")
                try documentsFile.write(contentsOf: writer.bytes)
            }
            try documentsFile.close()
            Console.skipped(result.skipped)
            try output.write("claims.jsonl", JSONLines.encode(result.claims))
            try output.write("findings.jsonl", JSONLines.encode(result.findings))
            try output.write("skipped.jsonl", JSONLines.encode(result.skipped))
            let renderer = ReportRenderer(ReportInput(documents: result.documents, claims: result.claims,
                                                      findings: result.findings, skipped: result.skipped,
                                                      title: "crosscheck report"))
            let index = try renderer.indexPage()
            try output.write(index.name, index.html)
            // Document pages, reading the documents back one at a time.
            try renderer.documentPages(fromJSONLines: output.stagedPath("documents.jsonl")) { page in
                try output.write(page.name, page.html)
            }
            try output.commit()
        } catch {
            throw Console.failure(error)
        }
        let counts = Dictionary(grouping: result.findings, by: \.kind).mapValues(\.count)
        let summary = Finding.Kind.allCases.sorted { $0.rank < $1.rank }.map { "\(counts[$0] ?? 0) \($0.rawValue)" }
        Console.error("""
            crosscheck: \(result.documents.count) documents, \(result.claims.count) claims, \
            \(result.findings.count) findings (\(summary.joined(separator: ", "))), \(result.skipped.count) skipped
            crosscheck: report written to \((out as NSString).appendingPathComponent("index.html"))
            """)
        if result.documents.isEmpty {
            Console.error("crosscheck: error: no input could be used")
            throw ExitCode.failure
        }
    }
}
