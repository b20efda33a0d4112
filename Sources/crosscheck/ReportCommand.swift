import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report and its exports (CSV, JSON-LD) from documents.jsonl, claims.jsonl and findings.jsonl.",
        discussion: """
            Reads the three files (and skipped.jsonl and stories.jsonl if present) from FOLDER, as `crosscheck run` writes them, \
            and writes them along with the pages: the output folder holds a whole report, even when it is FOLDER itself.
            """
    )

    @Argument(help: "The folder holding documents.jsonl, claims.jsonl and findings.jsonl.")
    var folder: String

    @Option(name: .long, help: "Where to write the HTML pages (default: the same folder).")
    var out: String?

    func run() throws {
        func path(_ name: String, required: Bool = true) throws -> String? {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return path }
            guard required else { return nil }
            Console.error("\(path): error: [input] no such file")
            throw ExitCode.failure
        }
        let target = out ?? folder
        do {
            // documents.jsonl is read twice, one record at a time: metadata for the index, then
            // one page per document, so a large report never holds every document's text.
            let documentsPath = try path("documents.jsonl")!
            var summaries: [Document] = [], skipped: [SkippedInput] = []
            try JSONLinesFileReader.decode(documentsPath, ModelDecoding.document) { summaries.append($0.summary) }
            // Claims are read back a story at a time from claims.jsonl, never all at once.
            let report = try ReportFiles(claimsPath: try path("claims.jsonl")!, findingsPath: try path("findings.jsonl")!)
            if let skippedPath = try path("skipped.jsonl", required: false) {
                try JSONLinesFileReader.decode(skippedPath, ModelDecoding.skippedInput) { skipped.append($0) }
            }
            var stories: [Story] = []
            if let storiesPath = try path("stories.jsonl", required: false) {
                try JSONLinesFileReader.decode(storiesPath, ModelDecoding.story) { stories.append($0) }
            }
            let output = try AtomicOutput(directory: target)
            try report.write(documents: summaries, skipped: skipped, stories: stories, documentsPath: documentsPath, to: output)
            // The JSON Lines files go along: the output folder switches whole (AtomicOutput drops
            // what a run does not write), so a report written over its own folder keeps them.
            for name in ["documents.jsonl", "stories.jsonl", "claims.jsonl", "findings.jsonl", "skipped.jsonl"] {
                guard let source = try path(name, required: false) else { continue }
                try copy(source, to: output.create(name))
            }
            try output.commit()
        } catch {
            throw Console.failure(error)
        }
        Console.error("crosscheck: report written to \((target as NSString).appendingPathComponent("index.html"))")
    }

    /// Copies a file a megabyte at a time into `file`, and closes it.
    func copy(_ source: String, to file: FileHandle) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw InputError("\(source): cannot read the file") }
        defer { try? input.close() }
        while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
            try file.write(contentsOf: chunk)
        }
        try file.close()
    }
}
