/// What `FrameSlots.speaksOfSameEvent` asks of the tokens and clauses between a place and a
/// frame, as prefix counts over one sentence, so that each question is a few subtractions
/// instead of a walk over the tokens between: `place(near:)` asks it of every place of the
/// sentence for every figure, and on a long sentence (a list of figures and places with no full
/// stop) the walks made extraction cubic in the sentence's length.
///
/// Reads: the sentence's layer and the slots' report-verb test. Adds: nothing; built once per
/// sentence, on the first question (`Cache`).
struct SameEventIndex {
    /// Verbs of saying before token i (`FrameSlots.isReportVerb` of a verb).
    private var reportVerbs: [Int32]
    /// Relative words (`who`, `which`) before token i.
    private var relatives: [Int32]
    /// Clauses before clause c that open with a relative word.
    private var relativeClauses: [Int32]
    /// Clauses before clause c whose first token is not "and", "or", "," or "then".
    private var unjoinedClauses: [Int32]

    init(_ slots: FrameSlots) {
        let layer = slots.layer
        reportVerbs = [0]
        relatives = [0]
        reportVerbs.reserveCapacity(layer.count + 1)
        relatives.reserveCapacity(layer.count + 1)
        for i in 0..<layer.count {
            let tag = layer.words[i].tag
            reportVerbs.append(reportVerbs[i] + (tag == .verb && slots.isReportVerb(i) ? 1 : 0))
            relatives.append(relatives[i] + (tag == .relative ? 1 : 0))
        }
        relativeClauses = [0]
        unjoinedClauses = [0]
        for (c, clause) in layer.clauses.enumerated() {
            let opensRelative = slots.openingWord(of: clause).map { layer.words[$0].tag == .relative } ?? false
            relativeClauses.append(relativeClauses[c] + (opensRelative ? 1 : 0))
            let joined = clause.lowerBound < layer.count && ["and", "or", ",", "then"].contains(layer.tokens[clause.lowerBound].key)
            unjoinedClauses.append(unjoinedClauses[c] + (joined ? 0 : 1))
        }
    }

    /// Whether a verb of saying is among the tokens `range`.
    func hasReportVerb(in range: Range<Int>) -> Bool { reportVerbs[range.upperBound] > reportVerbs[range.lowerBound] }

    /// Whether a relative word is among the tokens `range`.
    func hasRelative(in range: Range<Int>) -> Bool { relatives[range.upperBound] > relatives[range.lowerBound] }

    /// Whether clauses `first...last` are joined as one event: none opens with a relative word,
    /// and each after the first starts with "and", "or", "," or "then".
    func joins(_ first: Int, _ last: Int) -> Bool {
        relativeClauses[last + 1] == relativeClauses[first] && unjoinedClauses[last + 1] == unjoinedClauses[first + 1]
    }

    /// A word of the sentence that dates it: its token, its value (`YYYY-MM-DD`, `YYYY-MM`,
    /// `YYYY`) and its rank (the lowest is taken: weekday, yesterday, month and year, year).
    struct DatedWord: Sendable {
        var index: Int
        var value: String
        var rank: Int
    }

    /// The index of one sentence's slots, made on first use (and the sentence's dated words).
    final class Cache {
        private var index: SameEventIndex?
        /// The sentence's dated words for `FrameSlots.time(near:)`, once found.
        var dated: [DatedWord]?
        /// Work done, for tests that bound it: tokens and clauses read to build the index, and
        /// questions answered from it (each a few reads).
        private(set) var itemsRead = 0
        private(set) var questions = 0

        func index(_ slots: FrameSlots) -> SameEventIndex {
            questions += 1
            if let index { return index }
            let made = SameEventIndex(slots)
            itemsRead += slots.layer.count + slots.layer.clauses.count
            index = made
            return made
        }
    }
}
