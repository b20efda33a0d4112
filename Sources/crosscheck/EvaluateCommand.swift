import ArgumentParser
import CrossCheck
import CrossCheckHTML

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the normalize stage on pages with hand-made answers: body precision/recall/F1, publication day, title, author, publisher.",
        discussion: """
            A set is a manifest (JSON Lines, one page per line, paths relative to the manifest):
              {"page": "pages/a.html", "gold": "gold/a.txt", "title": "...", "published": "2025-05-23",
               "author": null, "publisher": "..."}
            ("body" may hold the gold text instead of "gold"; a field left out is not scored; null means
            the page names none), or a folder in the layout of the public article-extraction benchmark
            (ground-truth.json and html/ID.html.gz). Body scores are token-level: mean precision and
            recall over the pages, and their F1. Pages that score below 0.9 or miss a field are listed.
            `scripts/eval-public` fetches public sets from PyPI and runs this on them (docs/public-sets.md).
            """
    )

    @Argument(help: "Evaluation sets: manifest files (.jsonl) or benchmark folders.")
    var sets: [String]

    @Flag(name: .long, help: "List every page, not only those that score below 0.9 or miss a field.")
    var all = false

    @Option(name: .long, help: "Fail (exit 1) when the body F1 is below this.")
    var minF1: Double?

    @Option(name: .long, help: "Fail (exit 1) when the share of right publication days (0 to 1) is below this.")
    var minPublished: Double?

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        var evaluation = ExtractionEvaluation()
        for set in sets {
            let pages: [GoldPage]
            do { pages = try GoldPageSet.read(set) } catch { throw Console.failure(error) }
            evaluation.add(pages, normalizingWith: pipeline)
        }
        Console.write(evaluation.report(showAll: all))
        Console.flush()
        let summary = evaluation.summary
        var failed = false
        if let minF1, summary.bodyPages > 0, summary.f1 < minF1 {
            Console.error(String(format: "crosscheck: error: body F1 %.3f is below --min-f1 %.3f", summary.f1, minF1))
            failed = true
        }
        if let minPublished, let accuracy = summary.accuracy("published day"), accuracy < minPublished {
            Console.error(String(format: "crosscheck: error: %.1f%% of publication days right, below --min-published %.1f%%",
                                 100 * accuracy, 100 * minPublished))
            failed = true
        }
        if failed { throw ExitCode.failure }
    }
}
