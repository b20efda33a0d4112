import Testing
@testable import CrossCheck

/// The matcher tries a pattern only from the tokens its first element can match (`PatternStart`)
/// and skips it when a word it needs is absent; `explain` (prefilter off) tries every token.
/// Both must find the same matches: for every pattern of the shipped rules, and patterns that
/// start with an optional part, a name, a test or alternatives, on sentences that hold and do
/// not hold what they need.
@Suite("Pattern starts")
struct PatternStartTests {
    static let sentences = [
        "Some 4,500 US troops are stationed in South Korea, the ministry said on Tuesday.",
        "The strike killed 14 rebels and wounded several others near the border.",
        "Thirty soldiers were reported killed, while 200 people fled their homes.",
        "Veltrana Motors will cut about 9,000 jobs in Europe, its spokesman said.",
        "A spokesman called reports of more than 8,000 cuts absurd.",
        "Ilse Varga died in a Lisbon hospital on Sunday.",
        "Candidate Ana Ribeiro won 52 percent of the vote, according to the election board.",
        "Germany pledged $2 billion in military aid to Ukraine for next year.",
        "The government said the deficit rose to 4.5 percent in 2025.",
        "Gunmen abducted at least 20 students from a school in Kaduna.",
        "More than 10,000 people attended the rally in the capital.",
        "Nobody was hurt.",
        "",
    ]

    static let extraPatterns = [
        "(a|an|the)? {n:#count} ...3 (troops|soldiers)",
        "{who:$name} ...4 <die|kill>",
        "{org:[entity:organization]} ...3 <cut> {n:#count}",
        "(said|told) ...6 {n:#quantity}",
        "((at least|some|about)|more than)? {n:#count} @casualty-words?",
        "[tag:verb] ...2 {n:#count}",
        "...3 (percent|%)",
        "(the (ministry|government)|officials) said",
        "[np category:person] ...3 <flee>",
    ]

    func matches(_ matcher: PatternMatcher, _ pattern: TokenPattern, prefilter: Bool) -> [String] {
        matcher.matches(of: pattern, prefilter: prefilter).map { m in
            "\(m.startToken)-\(m.endToken) " + m.captures.keys.sorted().map { key in
                switch m.captures[key]! {
                case .text(let t, let canonical, let lexicon): "\(key)=\(t)|\(canonical ?? "")|\(lexicon ?? "")"
                case .quantity(let q): "\(key)=#\(q.start)-\(q.end)"
                }
            }.joined(separator: " ")
        }
    }

    @Test func prefilteredMatchesAreTheMatchesOfEveryStart() throws {
        let extractor = Repository.extractor
        var patterns = extractor.rules.rules.flatMap(\.patterns)
        patterns += try Self.extraPatterns.map { try TokenPattern.parse($0) }
        var found = 0
        for text in Self.sentences {
            let tokens = Tokenizer.tokens(in: text)
            let quantities = extractor.quantityExtractor.quantities(in: text)
            let layer = extractor.analyzer.analyze(tokens, sentence: Array(text.utf8), sentenceStart: 0,
                                                   quantities: ClaimExtractor.tokenRanges(of: quantities, in: tokens).map(\.range))
            let matcher = PatternMatcher(tokens: tokens, sentence: text, sentenceStart: 0, quantities: quantities,
                                         lexicons: extractor.lexicons, layer: layer)
            for pattern in patterns {
                let fast = matches(matcher, pattern, prefilter: true)
                let full = matches(matcher, pattern, prefilter: false)
                #expect(fast == full, "\(pattern.source) on \"\(text)\"")
                found += full.count
            }
        }
        // The sentences do exercise the patterns.
        #expect(found >= 10, "\(found) matches")
    }

    @Test(arguments: [
        ("(a|the)? {n:#count} troops", false),
        ("{n:#count} ...3 troops", false),
        ("...3 troops", true),
        ("troops? {n:#count}", false),
        ("[tag:verb] troops", false),
        ("[np category:person] said", true),
    ])
    func aPatternStartsAnywhereOnlyWhenItsFirstTokenIsUnknown(_ source: String, _ anywhere: Bool) throws {
        #expect(try TokenPattern.parse(source).start.any == anywhere)
    }
}
