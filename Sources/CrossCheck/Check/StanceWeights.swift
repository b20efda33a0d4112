/// The weights that turn `StanceFeatures` into a stance, read from two lexicons in
/// `rules/check/`: `check-weights-headline` (texts of one or two sentences: headlines, short
/// posts) and `check-weights-article` (longer texts). Each term is a feature name with one
/// weight per stance (`for`, `against`, `observing`) and `related` (the weight toward "the text
/// is about the claim at all"):
///
/// ```yaml
///   - refuting: {for: "-1.2", against: "2.4", observing: "-0.3", related: "0"}
/// ```
///
/// A missing attribute is 0. A stance's score is the sum of weight × feature; the highest wins
/// (a softmax gives its probability), unless the `related` sum is below 0 (unrelated).
public struct StanceWeights: Sendable {
    /// The three related stances, in the order of `rows`.
    public static let stances: [Stance] = [.for, .against, .observing]
    public static let lexiconNames = ["check-weights-headline", "check-weights-article"]

    /// `rows[s][f]`: weight of feature f toward stance `stances[s]`.
    public var rows: [[Double]]
    public var related: [Double]
    /// Terms naming no feature, attributes that are not numbers.
    public var diagnostics: [Diagnostic]

    public init(rows: [[Double]], related: [Double]) {
        self.rows = rows
        self.related = related
        self.diagnostics = []
    }

    public init(lexicon: Lexicon?) {
        let zero = [Double](repeating: 0, count: StanceFeatures.count)
        rows = [zero, zero, zero]
        related = zero
        diagnostics = []
        guard let lexicon else { return }
        for entry in lexicon.entries {
            guard let f = StanceFeatures.names.firstIndex(of: entry.canonical) else {
                diagnostics.append(Diagnostic(.warning, id: "unknown-feature",
                                              "'\(entry.canonical)' is not a stance feature (known: \(StanceFeatures.names.joined(separator: ", ")))",
                                              file: lexicon.file, line: entry.line, column: 1))
                continue
            }
            for (key, text) in entry.attributes {
                guard let value = Double(text) else {
                    diagnostics.append(Diagnostic(id: "bad-weight", "weight '\(text)' of '\(entry.canonical)' is not a number",
                                                  file: lexicon.file, line: entry.line, column: 1))
                    continue
                }
                switch key {
                case "for": rows[0][f] = value
                case "against": rows[1][f] = value
                case "observing": rows[2][f] = value
                case "related": related[f] = value
                default: break
                }
            }
        }
    }

    static func dot(_ w: [Double], _ x: [Double]) -> Double {
        var s = 0.0
        for i in 0..<min(w.count, x.count) { s += w[i] * x[i] }
        return s
    }
}
