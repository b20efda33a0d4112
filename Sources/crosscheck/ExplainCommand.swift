import ArgumentParser
import CrossCheck
import CrossCheckHTML

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the claims found, the stance and speaker, and how far each other rule got.",
        discussion: """
            For editors asking why a sentence did or did not give a claim. Pass an article file, or a
            sentence with --text. With --all, rules that matched nothing at all are listed too.
            With --claim TEXT, shows instead how each sentence aligns with that claim (words, names,
            figures), every stance cue and whether it is in a clause about the claim, the features
            and the stance `crosscheck check` gives.
            """
    )

    @Argument(help: "An article file (.txt or .html).")
    var file: String?

    @Option(name: .long, help: "Explain this text instead of a file.")
    var text: String?

    @Option(name: .long, help: "Explain the stance toward this claim (as `crosscheck check` decides it).")
    var claim: String?

    @Flag(name: .long, help: "Also list rules whose patterns matched nothing.")
    var all = false

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if (file == nil) == (text == nil) { throw ValidationError("Give either a FILE or --text.") }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        let documents: [Document]
        if let text {
            documents = [Document(id: "text", path: "<text>", body: text)]
        } else {
            documents = try DocumentInput.read([file!], documents: false, jsonl: false, pipeline: pipeline)
        }
        if let claim {
            StanceExplanation.write(claim: claim, documents: documents, rules: ruleSet)
            return Console.flush()
        }
        for document in documents {
            Console.write("# \(document.id)  (\(document.publisher ?? "no publisher"), \(document.published ?? "no date"))\n")
            for analysis in pipeline.extractor.analyze(document, explaining: true) {
                let s = analysis.sentence
                let label = s.index < 0 ? "headline" : "\(s.index)"
                Console.write("\n[\(label)] bytes \(s.start)..<\(s.end): \(s.text)\n")
                var stance: [String] = []
                if let cue = analysis.stance.denialCue { stance.append("denial cue '\(cue)'") }
                if let cue = analysis.stance.hedgeCue { stance.append("hedge cue '\(cue)'") }
                Console.write("    speaker: \(analysis.speaker ?? "none (the outlet's own statement)")")
                Console.write(stance.isEmpty ? "\n" : "; " + stance.joined(separator: ", ") + "\n")
                for line in analysis.layer.explanation { Console.write("    \(line)\n") }
                for claim in analysis.claims {
                    let value = claim.value.map { " = \($0.text) [\(format($0.low)), \(format($0.high))]" } ?? ""
                    Console.write("    claim  \(claim.rule): \(claim.topic.subject) / \(claim.topic.predicate)\(value); \(claim.modality.rawValue), \(claim.polarity.rawValue), by \(claim.attribution.label)\n")
                    Console.write("           span \"\(claim.text)\"\n")
                    if let frame = claim.frame { Console.write("           frame \(FrameDescription.line(frame))\n") }
                }
                for warning in analysis.warnings { Console.write("    warning \(warning.message)\n") }
                for miss in analysis.misses where all || miss.matchedElements > 0 {
                    let stop = miss.stoppedAt.map { " at '\($0)'" } ?? ""
                    Console.write("    no     \(miss.rule): pattern \"\(miss.pattern)\" matched \(miss.matchedElements) of \(miss.totalElements) parts, stopped\(stop)\n")
                }
            }
            Console.write("\n")
        }
        Console.flush()
    }

    private func format(_ d: Double) -> String {
        if d.isInfinite { return d > 0 ? "∞" : "-∞" }
        return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}
