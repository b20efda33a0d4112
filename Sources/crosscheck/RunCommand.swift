import ArgumentParser
import CrossCheck
import CrossCheckHTML
import CrossCheckStore
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the whole pipeline on folders or files and write the report.",
        discussion: """
            Writes documents.jsonl, stories.jsonl, claims.jsonl, findings.jsonl, skipped.jsonl, the
            exports (claims.csv, findings.csv, findings.jsonld) and the HTML report (index.html, a
            page per story and one per document) into the output folder, atomically.
            Documents are grouped into stories once all are read; claims are compared story by story. Inputs that
            cannot be used are listed on standard error and in the report; the run goes on.
            """
    )

    @Argument(help: "Folders or files of articles (.txt text dumps, .html pages, .jsonl records).")
    var inputs: [String]

    @Option(name: .long, help: "The output folder.")
    var out: String = "reports"

    @Flag(name: .long, help: "Print no progress and no summary on standard error (errors still).")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "A claim store (SQLite): keeps each file's work, so the next run redoes only new or changed files.",
        discussion: "Made on first use. The findings are those of a run without it (docs/scale.md)."))
    var store: String?

    @Flag(name: .long, help: "Empty and refill a --store made with other rules or another format instead of stopping.")
    var rebuildStore = false

    @Flag(name: .long, help: "Write the JSON Lines files only, no HTML (render them later with `crosscheck report`).")
    var noReport = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        let result: Pipeline.SpilledResult
        let progress = ProgressLine(quiet: quiet)
        defer { progress.finish() }
        do {
            let output = try AtomicOutput(directory: out)
            if let store {
                let claimStore = try ClaimStore(path: store, rules: RulesFingerprint.of(directory: ruleSet.directory), rebuild: rebuildStore)
                // One transaction: the store takes the run's work only once all outputs are staged.
                let (produced, line) = try claimStore.update { (session: ClaimStore.Session) throws -> (Pipeline.SpilledResult, String) in
                    let produced = try produce(pipeline, output: output, cache: session, progress: progress)
                    session.stories = produced.stories
                    return (produced, "\(session.reused) files reused, \(session.extracted) read and extracted, \(session.dropped) dropped; "
                                      + "\(session.checksReused) story claim checks reused, \(session.checksMade) made")
                }
                result = produced
                Console.error("crosscheck: store \(store): \(line)")
            } else {
                result = try produce(pipeline, output: output, cache: nil, progress: progress)
            }
            try output.commit()
        } catch {
            throw Console.failure(error)
        }
        progress.finish()
        if result.documents.isEmpty {
            Console.error("crosscheck: error: no input could be used")
            throw ExitCode.failure
        }
        guard !quiet else { return }
        let summary = Finding.Kind.allCases.sorted { $0.rank < $1.rank }.map { "\(result.findings[$0] ?? 0) \($0.rawValue)" }
        Console.error("""
            crosscheck: \(result.documents.count) documents, \(result.stories.stories.count) \(result.stories.stories.count == 1 ? "story" : "stories"), \(result.claims) claims, \
            \(result.findings.values.reduce(0, +)) findings (\(summary.joined(separator: ", "))), \(result.skipped.count) skipped
            crosscheck: \(noReport ? "JSON Lines files written to \(out)" : "report written to \((out as NSString).appendingPathComponent("index.html"))")
            """)
    }

    /// The run, with every output file staged in `output` (not yet committed).
    func produce(_ pipeline: Pipeline, output: AtomicOutput, cache: (any FileWorkCache)?, progress: ProgressLine) throws -> Pipeline.SpilledResult {
        // Documents stream to a staged file as they are read, claims and candidate story claims
        // to the spill (claims.jsonl itself, and scratch files beside it); only metadata and
        // story features stay. Once the stories are known, each line gets its story in documents.jsonl.
        let unassigned = output.stagedPath("documents.unassigned")
        guard FileManager.default.createFile(atPath: unassigned, contents: nil),
              let documentsFile = FileHandle(forWritingAtPath: unassigned) else {
            throw InputError("\(unassigned): cannot write the file")
        }
        try output.create("claims.jsonl").close()
        try output.create("findings.jsonl").close()
        let spill = try RunSpill(claimsPath: output.stagedPath("claims.jsonl"), findingsPath: output.stagedPath("findings.jsonl"),
                                 scratch: (output.stagedPath("claims.jsonl") as NSString).deletingLastPathComponent)
        var writer = JSONByteWriter(capacity: 1 << 16)
        var order: [String] = []
        let result = try pipeline.run(inputs, cache: cache, spill: spill, sink: { document in
            writer.removeAll()
            document.jsonValue.write(into: &writer)
            writer.raw("\n")
            try documentsFile.write(contentsOf: writer.bytes)
            order.append(document.id)
        }, reread: { each in
            progress.phase("checking story claims")
            try JSONLinesFileReader.decode(unassigned, ModelDecoding.document) { each($0) }
            progress.phase("comparing claims story by story")
        }, progress: progress.update)
        try documentsFile.close()
        try StoryColumn.fill(from: unassigned, into: output.create("documents.jsonl"), order: order, stories: result.stories.storyOf)
        try FileManager.default.removeItem(atPath: unassigned)
        progress.finish()
        Console.skipped(result.skipped)
        for warning in result.warnings { Console.error(warning.description) }
        progress.phase(noReport ? "writing the JSON Lines files" : "writing the report")
        try JSONLinesOutput.write(result.stories.stories, to: output.create("stories.jsonl"))
        try JSONLinesOutput.write(result.skipped, to: output.create("skipped.jsonl"))
        if noReport { return result }
        // The report holds the findings; claims and documents are read back a story, a document at a time.
        try ReportFiles(claimsPath: output.stagedPath("claims.jsonl"), findingsPath: output.stagedPath("findings.jsonl"))
            .write(documents: result.documents, skipped: result.skipped, stories: result.stories.stories,
                   documentsPath: output.stagedPath("documents.jsonl"), to: output)
        return result
    }
}

/// Writes documents.jsonl from the lines written while documents streamed past (each ending in
/// `"story":null}`, the last key of a Document), with each document's story filled in.
enum StoryColumn {
    static func fill(from path: String, into file: FileHandle, order: [String], stories: [String: String]) throws {
        var reader = try JSONLinesFileReader(path: path)
        let unset = Array(#""story":null}"#.utf8)
        var writer = JSONByteWriter(capacity: 256)
        var out: [UInt8] = []
        var index = 0
        while let line = reader.nextLineBytes() {
            guard !line.isEmpty else { continue }
            guard index < order.count, line.count >= unset.count, line.suffix(unset.count).elementsEqual(unset) else {
                throw InputError("\(path):\(reader.line): not a document line written by this run")
            }
            writer.removeAll()
            writer.raw("\"story\":")
            JSONValue.optional(stories[order[index]]).write(into: &writer)
            writer.raw("}\n")
            out.append(contentsOf: line.dropLast(unset.count))
            out.append(contentsOf: writer.bytes)
            if out.count >= 1 << 20 {
                try file.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
            index += 1
        }
        try file.write(contentsOf: out)
        try file.close()
    }
}
