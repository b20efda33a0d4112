import Foundation
import Testing
@testable import CrossCheck

/// Writes rule files into a temporary rules directory (with the engine's lexicons copied from
/// the real rules), lints it, and returns the diagnostics printed as the user sees them.
func lint(_ files: [String: String], withEngineLexicons: Bool = true) -> [String] {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    if withEngineLexicons {
        for name in RuleSet.engineLexicons + ["countries", "forces"] {
            let from = Repository.path("rules/lexicons/\(name).yaml")
            try? FileManager.default.copyItem(atPath: from, toPath: folder + "/\(name).yaml")
        }
    }
    for (name, text) in files {
        _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
    }
    return RuleSet.lint(directory: folder).diagnostics
        .map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
}

@Test func theRepositoryRulesAreClean() {
    let set = RuleSet.lint(directory: Repository.path("rules"))
    #expect(set.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    #expect(set.rules.count >= 6)
}

@Test func aTypoInAKeyIsReportedWithItsPositionAndASuggestion() throws {
    let messages = lint(["bad.yaml": """
        rules:
          - id: stationed
            patern: "{n:#count} @forces"
            topic: {subject: "x", predicate: count}
        """])
    let message = try #require(messages.first { $0.contains("unknown-key") })
    #expect(message.hasPrefix("bad.yaml:3:5: error: [unknown-key] unknown key 'patern' in a claim rule"))
    #expect(message.contains("note: did you mean 'patterns'?"))
    #expect(messages.contains { $0.hasPrefix("bad.yaml:2:5: error: [missing-key] a claim rule needs a 'patterns' key") })
}

/// A misspelt kind of negation cue would make its forms negate nothing: lint says so.
@Test func aMisspeltNegationKindIsAnError() throws {
    let messages = lint(["negation.yaml": """
        lexicon: negation-cues
        terms:
          - particle: [not, never]
          - nuetral: [cannot confirm or deny]
        """])
    let message = try #require(messages.first { $0.contains("unknown-negation-kind") })
    #expect(message.hasPrefix("negation.yaml:4:5: error: [unknown-negation-kind] 'nuetral' is not a kind of negation cue"))
    #expect(message.contains("did you mean 'neutral'?"))
}

/// A misspelt entry of the fact-check ratings would leave its ratings unread: lint says so.
@Test func aMisspeltFactCheckRatingEntryIsAnError() throws {
    let messages = lint(["ratings.yaml": """
        lexicon: check-fact-check-ratings
        terms:
          - for: [true, mostly true]
          - agianst: [false, pants on fire]
        """])
    let message = try #require(messages.first { $0.contains("unknown-rating-entry") })
    #expect(message.hasPrefix("ratings.yaml:4:5: error: [unknown-rating-entry] 'agianst' is not an entry of the fact-check ratings"))
    #expect(message.contains("did you mean 'against'?"))
}

@Test func anUndefinedLexiconGetsASuggestion() throws {
    let messages = lint(["bad.yaml": """
        rules:
          - id: stationed
            patterns: ["{n:#count} @forcs stationed in {place:@countries}"]
            topic: {subject: "troops in {place}", predicate: count}
            value: n
        """])
    let message = try #require(messages.first { $0.contains("undefined-lexicon") })
    #expect(message.hasPrefix("bad.yaml:3: error: [undefined-lexicon] rule 'stationed' uses lexicon '@forcs', which no file defines"))
    #expect(message.contains("did you mean 'forces'?"))
}

@Test(arguments: [
    ("(troops|soldiers", "bad.yaml:3:33: error: [bad-pattern] missing ')'"),
    ("{n:#cuont} troops", "bad.yaml:3:20: error: [bad-pattern] unknown quantity kind '#cuont'"),
    ("troops ...99", "bad.yaml:3:24: error: [bad-pattern] a gap spans 1 to 40 tokens"),
    // A gap of more digits than an Int holds is the same error, not a crash (found by fuzzing).
    ("troops ...99999999999999999999999", "bad.yaml:3:24: error: [bad-pattern] a gap spans 1 to 40 tokens"),
    ("{:@forces}", "bad.yaml:3:18: error: [bad-pattern] a slot needs a name"),
])
func aBadPatternIsReportedAtItsColumn(pattern: String, expected: String) throws {
    let messages = lint(["bad.yaml": """
        rules:
          - id: r
            patterns: ["\(pattern)"]
            topic: {subject: "x", predicate: p}
        """])
    #expect(messages.contains { $0.hasPrefix(expected) }, "got: \(messages)")
}

@Test func aYAMLSyntaxErrorHasAPosition() {
    let messages = lint(["bad.yaml": "rules:\n  - id: r\n    patterns: [\"a\"\n    topic: x\n"])
    #expect(messages.contains { $0.hasPrefix("bad.yaml:") && $0.contains("error: [yaml-syntax]") })
}

@Test func aSubjectSlotNoPatternCapturesIsAnError() {
    let messages = lint(["bad.yaml": """
        rules:
          - id: r
            patterns: ["{forces:@forces} in {place:@countries}"]
            topic: {subject: "{forces} in {plaec}", predicate: p}
        """])
    #expect(messages.contains { $0.contains("[undefined-slot] the subject uses slot '{plaec}'") && $0.contains("did you mean 'place'?") })
}

@Test func aFileOfUnknownKindIsNamed() {
    let messages = lint(["odd.yaml": "lexcon: x\nterms: [a]\n"])
    #expect(messages.contains { $0.hasPrefix("odd.yaml:1:1: error: [unknown-file-kind]") && $0.contains("did you mean 'lexicon'?") })
}

@Test func missingEngineLexiconsAreReported() {
    let messages = lint(["x.yaml": "lexicon: x\nterms: [a]\n"], withEngineLexicons: false)
    #expect(messages.contains { $0.contains("[missing-lexicon] the extractor needs lexicon 'denial-cues'") })
}

@Test func aliasesThatExpandExponentiallyAreRefused() {
    var yaml = "lexicon: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...8 { yaml += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1)]\n" }
    yaml += "terms: *a8\n"
    let messages = lint(["bomb.yaml": yaml])
    #expect(messages.contains { $0.contains("[yaml-too-large]") })
}

@Test func everyInlineRuleExamplePasses() {
    let summary = RuleExamples.check(Repository.rules)
    #expect(summary.failures.map(\.description) == [])
    #expect(summary.passed >= 20)
}

@Test(arguments: [
    ("{nation.adjective} {forces}[ in {place}]", ["nation": "Germany", "forces": "troops", "place": "Lithuania"], "German troops in Lithuania"),
    ("{nation.adjective} {forces}[ in {place}]", ["nation": "US", "forces": "troops"], "US troops"),
    ("{nation} {forces}[ in {place}]", ["forces": "troops", "place": "Estonia"], "troops in Estonia"),
])
func subjectTemplatesRender(template: String, slots: [String: String], subject: String) throws {
    let parsed = try TopicTemplate.parse(template)
    let adjectives = ["Germany": "German"]
    #expect(parsed.render(slots) { slot, attribute in attribute == "adjective" ? adjectives[slots[slot] ?? ""] : nil } == subject)
    #expect(parsed.slots == ["nation", "forces", "place"])
}

@Test func aBadSlotInATemplateIsReported() {
    #expect(throws: TopicTemplate.SyntaxError.self) { try TopicTemplate.parse("{nation.} troops") }
    #expect(throws: TopicTemplate.SyntaxError.self) { try TopicTemplate.parse("[in {place}") }
}

/// A pattern whose nesting can explode passes the syntax check but gets a warning saying what
/// was measured; the shipped rules get none.
@Test func anExplosivePatternIsWarnedAbout() throws {
    let words = (0..<40).map { "w\($0)" } + ["the", "a", "of"]
    let group = "(" + words.joined(separator: "|") + ")? ...9"
    let pattern = "...9 " + Array(repeating: group, count: 8).joined(separator: " ") + " alpha beta"
    let messages = lint(["explosive.yaml": """
        rules:
          - id: explosive
            patterns:
              - "\(pattern)"
              - "alpha ... beta"
            topic: {subject: "x", predicate: count}
        """])
    let warnings = messages.filter { $0.contains("[explosive-pattern]") }
    #expect(warnings.count == 1)
    let warning = try #require(warnings.first)
    #expect(warning.hasPrefix("explosive.yaml:4:9: warning: [explosive-pattern] this pattern can be laid over a sentence in about 10^"))
    #expect(warning.contains("the product of the choices of its gaps, optional parts, alternatives and repeats"))
    #expect(!RuleSet.lint(directory: Repository.path("rules")).diagnostics.contains { $0.id == "explosive-pattern" })
}

/// The rule file the fuzzer (`scripts/fuzz rulefile`) found: a gap of two hundred digits
/// overflowed the pattern parser. It is now a lint error like any other bad gap.
@Test func theFuzzedRuleFileIsLintedNotACrash() throws {
    let data = try #require(FileManager.default.contents(atPath: Repository.path("Tests/Fixtures/Fuzz/rulefile-gap-overflow.bin")))
    let text = try InputDecoder.decode([UInt8](data)[...]).text
    let linted = RuleSet.lint(sources: [(file: "fuzz.yaml", text: text)], lexicons: Repository.rules.lexicons)
    #expect(!linted.diagnostics.isEmpty)
}
