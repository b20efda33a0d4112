import CrossCheck
import FuzzSupport

/// Rule patterns: the first line is a pattern, the rest a sentence it is matched against, with
/// the sentence's tokens, quantities and linguistic layer, as extraction does (and in full, as
/// `explain` does), under the matcher's step budget.
let extractor = ClaimExtractor(rules: fuzzRules, frames: false)

let test: FuzzTest = { data, size in
    guard let text = FuzzDriver.text(data, size) else { return 0 }
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard let pattern = try? TokenPattern.parse(String(parts[0])) else { return 0 }
    _ = pattern.ways
    let sentence = parts.count > 1 ? String(parts[1].prefix(2000)) : "Some 1,100 British soldiers are based in Estonia, the ministry said."
    let tokens = Tokenizer.tokens(in: sentence)
    let quantities = extractor.quantityExtractor.quantities(in: sentence)
    let layer = extractor.analyzer.analyze(tokens, sentence: Array(sentence.utf8), sentenceStart: 0)
    let matcher = PatternMatcher(tokens: tokens, sentence: sentence, sentenceStart: 0, quantities: quantities,
                                 lexicons: extractor.lexicons, layer: layer)
    matcher.stepBudget = 50_000
    for prefilter in [true, false] {
        for match in matcher.matches(of: pattern, prefilter: prefilter) {
            precondition(match.startToken < match.endToken && match.endToken <= tokens.count, "match out of bounds")
        }
    }
    return 0
}

@_cdecl("FuzzPattern_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
