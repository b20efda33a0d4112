/// The numbers a stance decision is made from, one per rule feature, in a fixed order: how
/// well the claim aligns with the text, whether its figures agree, and which cues occur in the
/// sentences about the claim (scoped), anywhere in the document (`-doc`, as log(1 + count)), and
/// how much of the claim the best sentence holding such a cue has (`-near`, 0...1), and their
/// number per sentence (`-rate`). `claim-negated`
/// and `claim-hedged` say the claim itself denies or hedges ("X is a hoax"), `echo-doc` counts the
/// document's refutations of a negated claim (which then agree with it), `length` is
/// log(1 + sentences).
/// `scripts/fit-check-weights` fits the weights of these features; `--features` prints them.
public struct StanceFeatures: Sendable, Hashable {
    public static let names: [String] = ["bias", "align", "cover", "numbers-agree", "numbers-conflict",
                                         "claim-negated", "claim-hedged", "echo-doc", "length"]
        + StanceCue.Kind.allCases.map(\.rawValue) + StanceCue.Kind.allCases.map { $0.rawValue + "-doc" }
        + StanceCue.Kind.allCases.map { $0.rawValue + "-near" } + StanceCue.Kind.allCases.map { $0.rawValue + "-rate" }

    public static let count = names.count
    static let alignIndex = 1, coverIndex = 2, numbersAgreeIndex = 3, numbersConflictIndex = 4
    static let claimNegatedIndex = 5, claimHedgedIndex = 6, echoIndex = 7, lengthIndex = 8
    static let firstScoped = 9
    static let firstDocument = firstScoped + StanceCue.Kind.allCases.count
    static let firstNear = firstDocument + StanceCue.Kind.allCases.count
    static let firstRate = firstNear + StanceCue.Kind.allCases.count

    static func scopedIndex(_ kind: StanceCue.Kind) -> Int { firstScoped + kindOrdinal(kind) }
    static func documentIndex(_ kind: StanceCue.Kind) -> Int { firstDocument + kindOrdinal(kind) }
    static func nearIndex(_ kind: StanceCue.Kind) -> Int { firstNear + kindOrdinal(kind) }
    static func rateIndex(_ kind: StanceCue.Kind) -> Int { firstRate + kindOrdinal(kind) }
    static func kindOrdinal(_ kind: StanceCue.Kind) -> Int { StanceCue.Kind.allCases.firstIndex(of: kind)! }

    /// The cue kind a feature counts, if it counts one.
    static func kind(ofFeature index: Int) -> StanceCue.Kind? {
        guard index >= firstScoped else { return nil }
        return StanceCue.Kind.allCases[(index - firstScoped) % StanceCue.Kind.allCases.count]
    }

    public var values: [Double]

    public init(values: [Double] = [Double](repeating: 0, count: StanceFeatures.count)) {
        self.values = values
        self.values[0] = 1
    }

    public subscript(name: String) -> Double? {
        Self.names.firstIndex(of: name).map { values[$0] }
    }

    public var jsonValue: JSONValue {
        .object(zip(Self.names, values).dropFirst().map { ($0, .number(($1 * 1000).rounded() / 1000)) })
    }
}
