import ArgumentParser

@main
struct CrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Compare what news articles about one story claim: agreements, contradictions, who said what.",
        discussion: """
            Every stage reads files or standard input and writes JSON Lines, so stages compose with pipes:
              crosscheck normalize corpus/*.txt | crosscheck extract --documents | crosscheck compare
            `crosscheck run corpus --out reports` runs everything and writes the HTML report.
            """,
        subcommands: [
            RunCommand.self, NormalizeCommand.self, SplitCommand.self, QuantitiesCommand.self, ExtractCommand.self,
            CompareCommand.self, StoriesCommand.self, CheckCommand.self, ReportCommand.self, RulesCommand.self, ExplainCommand.self,
            BenchCommand.self,
            EvaluateCommand.self,
        ]
    )
}
