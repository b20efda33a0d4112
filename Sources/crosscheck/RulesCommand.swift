import ArgumentParser
import CrossCheck

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check rule files: `lint` for mistakes, `test` to run their inline examples.",
        subcommands: [Lint.self, Test.self]
    )

    struct Lint: ParsableCommand {
        // Named here: a name derived from the type costs ~2.5 M instructions at every start.
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Report unknown keys, bad patterns and undefined lexicons as path:line:col messages."
        )

        @Argument(help: "The rules directory (or one file). Default: as for --rules.")
        var directory: String?

        func run() throws {
            let set = RuleSet.lint(directory: RulesLocation.resolve(directory))
            for diagnostic in set.diagnostics { Console.error(diagnostic.description) }
            let errors = set.diagnostics.filter { $0.severity == .error }.count
            let warnings = set.diagnostics.count - errors
            Console.error("\(set.lexicons.count) lexicons, \(set.rules.count) claim rules: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode.failure }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every example and counter-example in the rule files (claim rules, splitter, quantities)."
        )

        @Argument(help: "The rules directory. Default: as for --rules.")
        var directory: String?

        func run() throws {
            let set: RuleSet
            do { set = try RuleSet.load(directory: RulesLocation.resolve(directory)) } catch {
                for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
                throw ExitCode(2)
            }
            let result = RuleExamples.check(set)
            for failure in result.failures { Console.error(failure.description) }
            Console.error("\(result.passed) passed, \(result.failures.count) failed")
            if !result.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
