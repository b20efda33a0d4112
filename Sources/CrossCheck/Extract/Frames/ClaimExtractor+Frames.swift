/// The general frames of one sentence, run after its topic rules.
extension ClaimExtractor {
    /// Each quantity with the token range it covers.
    static func tokenRanges(of quantities: [Quantity], in tokens: [Token]) -> [(range: Range<Int>, quantity: Quantity)] {
        quantities.compactMap { q in
            guard let first = tokens.firstIndex(where: { $0.end > q.start }),
                  let last = tokens.lastIndex(where: { $0.start < q.end }), first <= last else { return nil }
            return (first..<(last + 1), q)
        }
    }

    /// The frame claims of a sentence; topic claims with a value get the frame of their quantity.
    func frameClaims(slots: FrameSlots, quantities: [(range: Range<Int>, quantity: Quantity)], topicClaims: inout [Claim],
                     tokens: [Token], sentence: Sentence, sentenceBytes: [UInt8], document: Document,
                     stance: StanceDetector.Stance, thirdParty: Bool, attribution: Attribution, field: Claim.Field) -> [Claim] {
        let layer = slots.layer
        var out: [Claim] = []
        // Amounts no topic rule took.
        let free = quantities.filter { q in !topicClaims.contains { $0.start < q.quantity.end && q.quantity.start < $0.end } }
        let builder = QuantityFrameBuilder(slots: slots, words: rules.words)
        let quantityFrames = builder.frames(for: free)
        for index in topicClaims.indices where topicClaims[index].value != nil {
            let claim = topicClaims[index]
            guard let q = quantities.first(where: { claim.start <= $0.quantity.start && $0.quantity.end <= claim.end && $0.quantity.text == claim.value?.text }) else { continue }
            let found = builder.frames(for: [q], statementsOnly: false).first
            topicClaims[index].frame = found?.frame
            if found?.increment == true { topicClaims[index].value?.increment = true }
        }
        var takenClauses: Set<Int> = Set(topicClaims.compactMap { claim in
            tokens.firstIndex { $0.start >= claim.start }.map { layer.clauseOf[$0] }
        })
        for found in quantityFrames {
            let anchor = found.predicate.map { min($0, found.range.lowerBound)..<max($0 + 1, found.range.upperBound) } ?? found.range
            var (modality, polarity) = StanceDetector.modality(for: stance, layer: layer, claim: anchor, thirdParty: thirdParty)
            let q = found.quantity
            var value = ClaimValue(q)
            value.increment = found.increment
            if polarity == .negative, modality != .denied, let bound = value.negatedBound() {
                (value, polarity) = (bound, .positive)
            }
            out.append(makeFrameClaim(rule: QuantityFrameBuilder.rule, start: q.start, end: q.end, topic: found.topic,
                                      frame: found.frame, value: value, modality: modality, polarity: polarity,
                                      sentence: sentence, sentenceBytes: sentenceBytes, document: document,
                                      attribution: attribution, field: field))
            takenClauses.insert(layer.clauseOf[found.range.lowerBound])
        }
        for found in EventFrameBuilder(slots: slots).frames(skipping: takenClauses) {
            // The frame's words before its verb hold its holder ("no newborn could be given").
            let holder = found.range.lowerBound < found.predicate ? found.range.lowerBound..<found.predicate : nil
            let (modality, polarity) = StanceDetector.modality(for: stance, layer: layer, claim: found.predicate..<(found.predicate + 1),
                                                               thirdParty: thirdParty, holder: holder)
            let start = tokens[found.range.lowerBound].start, end = tokens[found.range.upperBound - 1].end
            out.append(makeFrameClaim(rule: EventFrameBuilder.rule, start: start, end: end, topic: found.topic,
                                      frame: found.frame, value: nil, modality: modality, polarity: polarity,
                                      sentence: sentence, sentenceBytes: sentenceBytes, document: document,
                                      attribution: attribution, field: field))
        }
        return out
    }

    func makeFrameClaim(rule: String, start: Int, end: Int, topic: Topic, frame: ClaimFrame, value: ClaimValue?,
                        modality: Claim.Modality, polarity: Claim.Polarity, sentence: Sentence, sentenceBytes: [UInt8],
                        document: Document, attribution: Attribution, field: Claim.Field) -> Claim {
        let a = max(0, start - sentence.start), b = min(sentenceBytes.count, end - sentence.start)
        let text = a < b ? String(decoding: sentenceBytes[a..<b], as: UTF8.self) : ""
        var claim = Claim(
            id: StableID.make("c", [document.id, field.rawValue, String(start), String(end), rule]),
            document: document.id, sentence: sentence.index, start: start, end: end, rule: rule,
            topic: topic, value: value, polarity: polarity, modality: modality, attribution: attribution,
            date: document.publishedDay, text: text, sentenceText: sentence.text, sentenceStart: sentence.start,
            source: document.publisher, field: field)
        claim.frame = frame
        return claim
    }
}
