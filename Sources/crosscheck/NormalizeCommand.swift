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
            (documents, skipped) = Pipeline(rules: ruleSet, markupParser: HTMLPageReader()).documents(inputs)
        }
        Console.skipped(skipped)
        Console.writeLines(documents)
        Console.flush()
        if documents.isEmpty { throw ExitCode.failure }
    }
}
