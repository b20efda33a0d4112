/// Every inline example in a rules directory: claim rules' examples and counter-examples, the
/// splitter's and the quantity reader's. What `crosscheck rules test` and `swift test` run.
public enum RuleExamples {
    public static func check(_ rules: RuleSet) -> RuleExampleChecker.Summary {
        let extractor = ClaimExtractor(rules: rules)
        var summary = RuleExampleChecker(extractor: extractor).check()
        let stageFailures = SplitterExamples.check(rules.lexicons, splitter: extractor.splitter)
            + QuantityExamples.check(rules.lexicons, extractor: extractor.quantityExtractor)
        let failed = Set(stageFailures.filter { $0.severity == .error }.map { "\($0.file ?? ""):\($0.line ?? 0)" })
        for name in SplitterLexicon.names + QuantityExtractor.lexiconNames {
            guard let lexicon = rules.lexicons[name] else { continue }
            summary.passed += lexicon.examples.filter { !failed.contains("\(lexicon.file):\($0.line)") }.count
        }
        summary.failures += stageFailures.filter { $0.severity == .error }
        return summary
    }
}
