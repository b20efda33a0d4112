import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find claims (JSON Lines) in articles, in Documents from `normalize`, or in text records.",
        discussion: """
            Inputs: article files or folders (normalized first); with --documents, JSON Lines Documents as
            `crosscheck normalize` writes them; with --jsonl, records {"id", "text"} whose text is the body.
            With neither files nor folders, standard input is read.

            For running the pipeline in pieces (the Spark job, spark/crosscheck_spark.py):
              --list-files INPUTS...   prints the run's input files in run order, one JSON line each
                                       ({"path", "root"}, or {"skipped": {"path", "reason"}})
              --files-from FILE|-      reads such lines and prints, per file, the line (after "P\t") and
                                       its per-file work: "D\t" Documents, "C\t" their Claims, "F\t" story
                                       features and candidate claims, "S\t" skipped inputs (docs/scale.md)
            """
    )

    @Argument(help: "Files or folders; none: standard input (with --documents or --jsonl).")
    var inputs: [String] = []

    @Flag(name: .long, help: "Inputs are JSON Lines Documents from `crosscheck normalize`.")
    var documents = false

    @Flag(name: .long, help: "Inputs are JSON Lines records {\"id\", \"text\"}.")
    var jsonl = false

    @Flag(name: .long, help: "Print the input files of INPUTS in run order (JSON Lines), and do nothing else.")
    var listFiles = false

    @Option(name: .long, help: "Read input files from JSON Lines {\"path\", \"root\"} ('-': standard input); print each file's work.")
    var filesFrom: String?

    @OptionGroup var rules: RulesOptions

    func run() throws {
        if listFiles {
            let (files, skipped) = InputCollector().files(inputs)
            var lines: [JSONValue] = skipped.map { .object([("skipped", $0.jsonValue)]) }
            lines += files.map { .object([("path", .string($0.path)), ("root", .string($0.root))]) }
            for line in lines { Console.write(line.serialized + "\n") }
            Console.flush()
            return
        }
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        if let filesFrom {
            try FileWorkOutput.run(pipeline, listing: filesFrom)
            return
        }
        let docs = try DocumentInput.read(inputs, documents: documents, jsonl: jsonl, pipeline: pipeline)
        let extracted = ParallelMap.map(docs) { pipeline.extractor.extract($0) }
        for warning in extracted.flatMap(\.warnings) { Console.error(warning.description) }
        let claims = extracted.flatMap(\.claims)
        Console.writeLines(claims)
        Console.flush()
    }
}

/// Documents for `extract` and `explain`: normalized files, Documents JSON Lines, or text records.
enum DocumentInput {
    static func read(_ inputs: [String], documents: Bool, jsonl: Bool, pipeline: Pipeline) throws -> [Document] {
        if documents || jsonl {
            var out: [Document] = []
            let sources = inputs.isEmpty ? [nil] : inputs.map(Optional.some)
            for source in sources {
                let text = try InputText.read(source, allowEmpty: true, jsonLines: jsonl && !documents)
                let name = source ?? "<stdin>"
                if documents {
                    let objects: [[String: Any]]
                    do { objects = try JSONLines.objects(text, path: name) } catch {
                        Console.error(error.description)
                        throw ExitCode.failure
                    }
                    for (index, object) in objects.enumerated() {
                        do { out.append(try ModelDecoding.document(object)) } catch {
                            Console.error("\(name): error: [input] record \(index + 1): \(error)")
                        }
                    }
                } else {
                    let (records, skipped) = JSONLinesInput.parse(text, path: name)
                    Console.skipped(skipped)
                    Console.notes(records, path: name)
                    out += records.map { Document(id: $0.id, path: name, url: $0.url, body: $0.text ?? $0.html ?? "") }
                }
            }
            return out
        }
        guard !inputs.isEmpty else { throw ValidationError("Name files or folders, or pass --documents or --jsonl to read standard input.") }
        let (docs, skipped) = pipeline.documents(inputs)
        Console.skipped(skipped)
        return docs
    }
}
