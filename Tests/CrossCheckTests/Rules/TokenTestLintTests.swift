import Foundation
import Testing
@testable import CrossCheck

/// A rule file whose one pattern is `pattern`.
func ruleFile(_ pattern: String) -> [String: String] {
    ["r.yaml": """
        rules:
          - id: r
            patterns:
              - "\(pattern)"
            topic: {subject: "x", predicate: count}
        """]
}

@Test(arguments: [
    ("[tag:verbb]", "unknown word tag 'verbb'", "did you mean 'verb'?"),
    ("[entity:persn]", "unknown entity type 'persn'", "did you mean 'person'?"),
    ("[lemmma:kill]", "unknown token test 'lemmma'", "did you mean 'lemma'?"),
    ("[tag:verb tag:noun]", "these tests can never match: a token cannot be both noun and verb", nil),
    ("[tag:verb !tag:verb]", "these tests can never match", nil),
    ("<kill", "missing '>'", nil),
])
func aBadTokenTestIsASyntaxErrorWithAHint(_ pattern: String, _ message: String, _ hint: String?) throws {
    let messages = lint(ruleFile(pattern))
    let found = try #require(messages.first { $0.contains("[bad-pattern]") }, "\(messages)")
    #expect(found.hasPrefix("r.yaml:4:"))
    #expect(found.contains(message))
    if let hint { #expect(found.contains(hint)) }
}

@Test func anUnknownWordNetCategoryIsReportedWithASuggestion() throws {
    let files = ruleFile("[category:persn] #count")
    // The word table, from the real rules, for the category names.
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/language", withIntermediateDirectories: true)
    for name in ["words.tsv", "word-exceptions.tsv"] {
        try FileManager.default.copyItem(atPath: Repository.path("rules/language/\(name)"), toPath: folder + "/language/\(name)")
    }
    for name in RuleSet.engineLexicons {
        try FileManager.default.copyItem(atPath: Repository.path("rules/lexicons/\(name).yaml"), toPath: folder + "/\(name).yaml")
    }
    try files["r.yaml"]!.write(toFile: folder + "/r.yaml", atomically: true, encoding: .utf8)
    let messages = RuleSet.lint(directory: folder).diagnostics.map(\.description)
    let found = try #require(messages.first { $0.contains("[unknown-category]") }, "\(messages)")
    #expect(found.contains("'[category:persn]', which is not a WordNet category"))
    #expect(found.contains("did you mean 'person'?"))
}

@Test(arguments: [
    // A lemma covers every form; a tag, an entity type, a phrase head's category, a quantifier.
    ("<kill> {n:#count}", "Gunmen killed 12 villagers.", true),
    ("<kill> {n:#count}", "Gunmen kills 12 villagers.", true),
    ("[entity:person] [lemma:resign]", "Minister Ilse Varga resigned.", true),
    ("[entity:place] [lemma:resign]", "Minister Ilse Varga resigned.", false),
    ("[np category:person] [tag:verb]", "The schoolgirls returned.", true),
    ("[tag:adjective]+ [lemma:storm]", "A huge violent storm hit.", true),
    ("[lemma:kill !negated]", "Nobody was not killed.", false),
    // A gap does not run across a clause boundary.
    ("{n:#count} ... [lemma:wound]", "The strike killed 14 rebels and wounded several others.", false),
])
func tokenTestsMatchWhatTheySay(_ pattern: String, _ text: String, _ matches: Bool) throws {
    let parsed = try TokenPattern.parse(pattern)
    let tokens = Tokenizer.tokens(in: text)
    let quantities = Repository.extractor.quantityExtractor.quantities(in: text)
    let layer = Repository.extractor.analyzer.analyze(tokens, sentence: Array(text.utf8), sentenceStart: 0,
                                                      quantities: ClaimExtractor.tokenRanges(of: quantities, in: tokens).map(\.range))
    let matcher = PatternMatcher(tokens: tokens, sentence: text, sentenceStart: 0, quantities: quantities,
                                 lexicons: Repository.extractor.lexicons, layer: layer)
    #expect(!matcher.matches(of: parsed, prefilter: false).isEmpty == matches)
}

@Test func explainShowsTheLayer() {
    let text = "The ministry denied that 4,000 troops left but confirmed that 500 soldiers arrived in Lisbon."
    let analysis = Repository.extractor.analyze(document(text), explaining: true)
    let lines = analysis.flatMap(\.layer.explanation)
    #expect(lines.contains { $0.hasPrefix("words:") && $0.contains("denied/verb:deny") && $0.contains("| but/conjunction") })
    #expect(lines.contains { $0.contains("Lisbon (place)") })
    #expect(lines.contains { $0.contains("negation:  'denied' (verb) governs \"denied that 4,000 troops left\"") })
}
