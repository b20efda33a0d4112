import Testing
@testable import CrossCheck

/// `FrameSlots.speaksOfSameEvent` answers from counts made once per sentence: the same answers
/// as walking the tokens and clauses between, and work that grows with the questions, not with
/// the questions times the tokens between (on a long sentence of figures and places with no full
/// stop, the walks made extraction cubic: 53 KB of one sentence took 29 s).
@Suite("Same-event index")
struct SameEventIndexTests {
    static func slots(_ text: String) -> FrameSlots {
        let extractor = Repository.extractor
        return FrameSlots(layer: layer(text), lexicons: extractor.lexicons, memory: EntityMemory(),
                          antecedents: PronounAntecedents(lexicons: extractor.lexicons, words: extractor.rules.words),
                          publishedDay: "2026-06-02", sentenceDays: [])
    }

    /// The walk the index replaces.
    static func walk(_ slots: FrameSlots, _ place: Int, _ anchor: Int) -> Bool {
        let layer = slots.layer
        let lo = min(place, anchor), hi = max(place, anchor)
        if place < anchor, (place..<anchor).contains(where: { layer.words[$0].tag == .verb && slots.isReportVerb($0) }) { return false }
        if anchor < place, (anchor..<place).contains(where: { layer.words[$0].tag == .relative }) { return false }
        let first = layer.clauseOf[lo], last = layer.clauseOf[hi]
        guard first != last else { return true }
        for c in first...last {
            let clause = layer.clauses[c]
            if let w = slots.openingWord(of: clause), layer.words[w].tag == .relative { return false }
            if c > first, !["and", "or", ",", "then"].contains(layer.tokens[clause.lowerBound].key) { return false }
        }
        return true
    }

    @Test(arguments: [
        "The strike killed 14 rebels and wounded several others in Aleppo.",
        "Yasir Abdulla from Yorkshire said that the woman had appealed in Leeds; 3 people died in Hull.",
        "He is an Iraqi national who travelled to Syria before arriving in Lebanon, then 5 men were held in Beirut.",
        "In Paris, officials said 40 people were hurt, while police in Lyon, which reported 2 arrests, denied it.",
    ])
    func answersAreThoseOfTheWalk(sentence: String) {
        let slots = Self.slots(sentence)
        for place in 0..<slots.layer.count {
            for anchor in 0..<slots.layer.count {
                #expect(slots.speaksOfSameEvent(place, anchor) == Self.walk(slots, place, anchor), "\(place) \(anchor)")
            }
        }
    }

    static func longSentence(_ figures: Int) -> String {
        let places = ["Aleppo", "Homs", "Idlib"]
        return "Officials said that " + (0..<figures).map { "\($0 + 2) soldiers were killed in \(places[$0 % 3])" }
            .joined(separator: ", ") + "."
    }

    /// The place of every figure of one long sentence: each question reads a few counts, and the
    /// sentence is read once, so four times the figures (sixteen times the questions: every place
    /// is asked of every figure) cost about sixteen times the work, not sixty-four.
    @Test func workOnALongSentenceGrowsWithTheQuestions() {
        func work(_ figures: Int) -> (items: Int, questions: Int, tokens: Int) {
            let slots = Self.slots(Self.longSentence(figures))
            for anchor in slots.layer.tokens.indices where slots.layer.tokens[anchor].hasDigit {
                _ = slots.place(near: anchor, excluding: nil)
            }
            return (slots.sameEvent.itemsRead, slots.sameEvent.questions, slots.layer.count)
        }
        let small = work(40), large = work(160)
        // Every place is asked of every figure: many questions, each answered by the index.
        #expect(small.questions >= 40 && large.questions >= 16 * small.questions / 2, "\(small) \(large)")
        // The tokens and clauses are read once per sentence.
        #expect(large.items <= 2 * large.tokens + 2)
        let ratio = Double(large.items + large.questions) / Double(small.items + small.questions)
        #expect(ratio < 20, "work grew \(ratio)× for 4× the figures")
    }
}
