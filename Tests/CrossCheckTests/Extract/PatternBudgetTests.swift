import Testing
@testable import CrossCheck

/// The matcher's work on editors' patterns is bounded: failed (element, token) pairs are not
/// tried again, and a pattern that still spends its step budget on a sentence gives up on it
/// with a warning naming the rule and the sentence.
@Suite("Pattern work bounds")
struct PatternBudgetTests {
    /// The audit's repro: `...9`, eight `(w0|...|w39|the|a|of)? ...9` groups, then two words
    /// that the sentence has in the other order. A plain backtracker tries ~10^20 ways.
    static let explosive: String = {
        let words = (0..<40).map { "w\($0)" } + ["the", "a", "of"]
        let group = "(" + words.joined(separator: "|") + ")? ...9"
        return "...9 " + Array(repeating: group, count: 8).joined(separator: " ") + " alpha beta"
    }()

    static let sentence = "beta " + (0..<38).map { i in ["the", "w\(i)", "a", "of"][i % 4] }.joined(separator: " ") + " alpha"

    static func matcher(_ text: String) -> PatternMatcher {
        PatternMatcher(tokens: Tokenizer.tokens(in: text, offset: 0), sentence: text, sentenceStart: 0, quantities: [],
                       lexicons: CompiledLexicons([:]))
    }

    @Test(arguments: [true, false])
    func anExplosivePatternFinishesInBoundedSteps(prefilter: Bool) throws {
        let pattern = try TokenPattern.parse(Self.explosive)
        let matcher = Self.matcher(Self.sentence)
        #expect(matcher.matches(of: pattern, prefilter: prefilter).isEmpty)
        #expect(!matcher.budgetExhausted)
        // Polynomial: each of 40 starts visits at most 19 elements × 41 tokens, each with ≤ 44 tries.
        #expect(matcher.steps < 200_000, "\(matcher.steps) steps")
        // With the words in the pattern's order it matches, the same as before.
        let good = Self.matcher(Self.sentence.replacingOccurrences(of: "beta ", with: "") + " beta")
        let found = good.matches(of: pattern)
        #expect(found.count == 1 && found.first?.endToken == good.tokens.count)
        // Absent words (explain tries every pattern in full) finish too.
        let absent = Self.matcher((0..<40).map { "w\($0 % 40)" }.joined(separator: " "))
        #expect(absent.matches(of: pattern, prefilter: false).isEmpty && absent.steps < 200_000)
    }

    /// Repeats of groups with gaps are bounded the same way.
    @Test func repeatedGroupsWithGapsAreBounded() throws {
        let pattern = try TokenPattern.parse("((the|a|of)? ... (the|a|of)?)+ alpha beta")
        let matcher = Self.matcher(Self.sentence)
        #expect(matcher.matches(of: pattern, prefilter: false).isEmpty)
        #expect(!matcher.budgetExhausted && matcher.steps < 200_000, "\(matcher.steps) steps")
    }

    @Test func aSpentBudgetIsAWarningNamingTheRuleAndTheSentence() throws {
        var extractor = Repository.extractor
        let rule = ClaimRule(id: "explosive", patterns: [try TokenPattern.parse(Self.explosive)],
                             subject: try TopicTemplate.parse("x"), predicate: "y", file: "rules/claims/x.yaml", line: 3)
        extractor = ClaimExtractor(rules: RuleSet(lexicons: Repository.rules.lexicons, rules: Repository.rules.rules + [rule],
                                                  words: Repository.rules.words))
        extractor.stepBudget = 500
        let text = "Some 1,100 British soldiers are currently based in Estonia, the ministry said. B" + Self.sentence.dropFirst() + "."
        let (claims, warnings) = extractor.extract(document(text))
        let warning = try #require(warnings.first { $0.message.contains("'explosive'") })
        #expect(warning.severity == .warning && warning.id == "pattern-budget")
        #expect(warning.file == "rules/claims/x.yaml" && warning.line == 3)
        #expect(warning.message.contains("sentence 2 of t.txt") && warning.message.contains("Beta the w1 a of"), "\(warning)")
        // The other rules and sentences are not affected.
        #expect(claims.contains { $0.topic.subject == "British troops in Estonia" })
    }
}
