/// The general event frame (`frame.event`): a clause reporting that something happened,
/// happens or will happen gives a claim, whether or not a topic rule knows its kind.
///
/// Reads: a sentence's `LinguisticLayer` and `FrameSlots`. Adds, per clause: the predicate
/// (the clause's first content verb that is not a verb of saying or denying: "Seoul denied
/// *offering* land" has the predicate "offer"), its subject entity or noun (the holder), the
/// heads of its objects, its place and time. "X offered Y to Z" and "X denied offering Y" are
/// the same proposition: same holder, lemma and object, opposite polarity (the negation
/// scope decides). A clause needs a holder and an object or place to be a claim; questions
/// and conditional clauses are not statements.
struct EventFrameBuilder {
    static let rule = "frame.event"

    let slots: FrameSlots

    struct Found {
        var range: Range<Int>
        var predicate: Int
        var frame: ClaimFrame
        var topic: Topic
    }

    func frames(skipping taken: Set<Int>) -> [Found] {
        let layer = slots.layer
        guard !layer.isQuestion else { return [] }
        var out: [Found] = []
        for (c, clause) in layer.clauses.enumerated() where !clause.isEmpty && !taken.contains(c) {
            guard !isConditional(clause) else { continue }
            guard let verb = clause.first(where: { layer.words[$0].tag == .verb && slots.isPredicate($0) }) else { continue }
            guard let (holder, holderStart) = subject(before: verb, in: clause) else { continue }
            let objects = objectHeads(after: verb, in: clause)
            let place = slots.place(near: verb, excluding: holder)
            guard !objects.heads.isEmpty || place != nil else { continue }
            let lemma = layer.words[verb].lemma
            let event = slots.eventClass(verb) ?? lemma
            let object = objects.heads.isEmpty ? nil : objects.heads.joined(separator: " ")
            let frame = ClaimFrame(measure: nil, event: event, lemma: lemma, holder: holder, object: object, place: place,
                                   time: slots.time())
            var subject = "\(holder) \(lemma)"
            if let object { subject += " \(object)" }
            if let place { subject += " in \(place)" }
            var topicSlots = ["holder": holder, "event": event]
            if let object { topicSlots["object"] = object }
            if let place { topicSlots["place"] = place }
            let end = max(verb + 1, objects.end)
            out.append(Found(range: min(holderStart, verb)..<end, predicate: verb, frame: frame,
                             topic: Topic(subject: subject, predicate: "event", slots: topicSlots)))
        }
        return out
    }

    func isConditional(_ clause: Range<Int>) -> Bool {
        guard let j = slots.openingWord(of: clause) else { return false }
        return ["if", "unless", "whether"].contains(slots.layer.tokens[j].key)
    }

    /// The holder: the verb's subject (`FrameSlots.subject(of:)`), a vague noun ("people",
    /// "thing") excluded.
    func subject(before verb: Int, in clause: Range<Int>) -> (String, Int)? {
        guard let (name, start) = slots.subject(of: verb), start >= clause.lowerBound || slots.layer.words[verb].tag == .verb,
              !Self.vagueHeads.contains(name) else { return nil }
        return (name, start)
    }

    /// Subjects that say nothing about what the clause is about.
    static let vagueHeads: Set<String> = ["thing", "people", "lot", "way", "time", "one", "part", "kind", "sort", "fact", "report", "reports", "story"]

    /// The heads of what the verb is done to: its direct object and the first phrase after a
    /// preposition ("offered land to Ukraine" → land, Ukraine), up to the clause's end or the
    /// next verb; places go to the place slot.
    func objectHeads(after verb: Int, in clause: Range<Int>) -> (heads: [String], end: Int) {
        let layer = slots.layer
        var heads: [String] = []
        var end = verb + 1
        let stop = ((verb + 1)..<clause.upperBound).first {
            layer.words[$0].tag == .verb || layer.words[$0].tag == .particle || layer.tokens[$0].key == "," || layer.words[$0].tag == .subordinator
        } ?? clause.upperBound
        for phrase in layer.phrases where phrase.range.lowerBound > verb && phrase.range.upperBound <= stop {
            if let entity = layer.entity(at: phrase.head), entity.type == .place { continue }
            let w = layer.words[phrase.head]
            if w.tag == .pronoun { continue }
            let head = layer.entity(at: phrase.head)?.canonical ?? w.lemma
            if !heads.contains(head) { heads.append(head) }
            end = phrase.range.upperBound
            if heads.count == 2 { break }
        }
        return (heads, end)
    }
}
