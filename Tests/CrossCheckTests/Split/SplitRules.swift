@testable import CrossCheck

/// The real splitter rule files (`rules/split/`), loaded with the rest of the repository's rules.
enum SplitRules {
    static let lexicons: [String: Lexicon] = Repository.rules.lexicons
    static let splitter = Repository.extractor.splitter
}
