import ArgumentParser
import CrossCheck
import CrossCheckHTML

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Turn article files into Documents (JSON Lines): metadata, clean body, dropped boilerplate."
    )

    @Argument(help: "Files or folders (.txt text dumps, .html pages, .jsonl records). With --jsonl and none: standard input.")
    var inputs: [String] = []

    @Flag(name: .long, help: "Read JSON Lines records {\"id\", \"url\"?, \"html\" | \"text\"} (from the files, or standard input).")
    var jsonl = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load(.lexicons)
        let normalizer = Normalizer(lexicons: ruleSet.lexicons, markupParser: HTMLPageReader())
        var documents: [Document] = []
        var skipped: [SkippedInput] = []
        if jsonl {
            let sources = inputs.isEmpty ? [nil] : inputs.map(Optional.some)
            for source in sources {
                let text = try InputText.read(source, allowEmpty: true, jsonLines: true)
                let (inputs, bad) = JSONLinesInput.records(text, path: source ?? "<stdin>")
                skipped += bad
                for input in inputs {
                    do throws(InputError) { documents.append(try normalizer.normalize(input)) } catch {
                        skipped.append(SkippedInput(path: input.path, reason: error.reason))
                    }
                }
            }
        } else {
            guard !inputs.isEmpty else { throw ValidationError("Name at least one file or folder, or pass --jsonl to read standard input.") }
            try writeFiles(normalizer)
            return
        }
        Console.skipped(skipped)
        Console.writeLines(documents)
        Console.flush()
        if documents.isEmpty { throw ExitCode.failure }
    }

    /// The files' Documents, in id order, each written as it is made: a large text dump's
    /// record straight from its file (`Normalizer.writeTextFile`: neither the file nor its
    /// Document is held), the others' after all are read. Messages go to standard error at the
    /// end, in the order `Pipeline.documents` gives them.
    private func writeFiles(_ normalizer: Normalizer) throws {
        let pipeline = Pipeline(rules: try rules.load(.lexicons), markupParser: HTMLPageReader())
        var (outputs, skipped) = pipeline.documentOutputs(inputs)
        var written = 0
        for output in outputs {
            switch output {
            case .document(let document):
                Console.writeLines([document])
                written += 1
            case .textFile(let path, let root, let id):
                do throws(InputError) {
                    try Console.writeLine { (writer: inout JSONByteWriter) throws(InputError) in
                        try normalizer.writeTextFile(path: path, id: id, into: &writer)
                    }
                    written += 1
                } catch where error.reason == Normalizer.needsWholeFile {
                    let (documents, more) = pipeline.documentReadWhole(path: path, root: root)
                    Console.writeLines(documents)
                    written += documents.count
                    skipped += more
                } catch {
                    skipped.append(SkippedInput(path: path, reason: error.reason))
                }
            }
        }
        skipped.sort(by: SkippedInput.listedBefore)
        Console.flush()
        Console.skipped(skipped)
        if written == 0 { throw ExitCode.failure }
    }
}
