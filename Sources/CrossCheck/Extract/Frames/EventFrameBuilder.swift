/// The general event frame (`frame.event`): a clause reporting that something happened,
/// happens or will happen gives a claim, whether or not a topic rule knows its kind.
///
/// Reads: a sentence's `LinguisticLayer` and `FrameSlots`. Adds, per clause: the predicate
/// (the clause's first content verb that is not a verb of saying or denying: "Seoul denied
/// *offering* land" has the predicate "offer"), its subject entity or noun (the holder), the
/// heads of its objects, its place and time. "X offered Y to Z" and "X denied offering Y" are
/// the same proposition: same holder, lemma and object, opposite polarity (the negation
/// scope decides). A clause needs a holder and an object or place to be a claim; questions,
/// conditional clauses and lines about the article itself (`newsroom-lines`: "X contributed to
/// this report") are not statements.
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
        guard !layer.isQuestion, !slots.isWish, slots.lexicons.find("newsroom-lines", in: layer.tokens) == nil else { return [] }
        var out: [Found] = []
        let asked = slots.askedQuestionEnd
        for (c, clause) in layer.clauses.enumerated() where !clause.isEmpty && !taken.contains(c) {
            guard !isConditional(clause) else { continue }
            // "Asked if Valdor was concerned, …": a question put, no statement.
            if let asked, clause.lowerBound < asked { continue }
            guard let verb = clause.first(where: { layer.words[$0].tag == .verb && slots.isPredicate($0) && isFinite($0) }) else { continue }
            guard !isHypothetical(verb, in: clause) else { continue }
            guard let (subjectName, holderStart) = subject(before: verb, in: clause) else { continue }
            var holder = subjectName
            var objects = objectHeads(after: verb, in: clause)
            // "a video was released by the group": the agent after "by" acts; the subject is
            // what it acted on.
            if let agent = passiveAgent(of: verb, in: clause) {
                holder = agent
                objects.heads = [subjectName]
            }
            let place = slots.place(near: verb, excluding: holder)
            guard !objects.heads.isEmpty || place != nil else { continue }
            let lemma = slots.lemma(verb)
            let event = slots.eventClass(verb, figure: false, measure: nil, objects: objects.heads) ?? lemma
            let object = objects.heads.isEmpty ? nil : objects.heads.joined(separator: " ")
            let frame = ClaimFrame(measure: nil, event: event, lemma: lemma, holder: holder, object: object, place: place,
                                   time: slots.time(near: verb))
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

    /// The agent of a passive verb ("was released by the group" → group): the head of the
    /// phrase after "by", when a form of "be" stands right before the participle (adverbs
    /// between) and nothing but its own complements comes between it and "by"; or when a
    /// participle follows its noun with "by" right after it ("a woman held by Lebanese
    /// authorities" → authorities, the woman its object).
    func passiveAgent(of verb: Int, in clause: Range<Int>) -> String? {
        let layer = slots.layer
        let key = layer.tokens[verb].key
        var j = verb - 1
        while j >= clause.lowerBound, [.adverb, .negation].contains(layer.words[j].tag) { j -= 1 }
        if j >= clause.lowerBound, Self.beForms.contains(layer.tokens[j].key) {
            // "was overrun by", "were held by": any participle after a form of "be".
        } else if key != layer.words[verb].lemma, j >= clause.lowerBound, j == verb - 1, layer.words[j].tag == .noun,
                  case let by = (slots.particle(after: verb) ?? verb) + 1, by + 1 < layer.count, layer.tokens[by].key == "by",
                  !layer.tokens[by + 1].hasDigit {
            // "a woman held by Lebanese authorities", "a woman dumped by her boyfriend": a
            // participle right after its noun, "by" right after it.
        } else {
            return nil
        }
        // "technical work carried out by Virgin Media": past the verb's particle.
        var k = (slots.particle(after: verb) ?? verb) + 1
        while k < clause.upperBound, layer.tokens[k].key != "by" {
            if layer.words[k].tag == .verb || layer.tokens[k].key == "," { return nil }
            k += 1
        }
        guard k + 1 < clause.upperBound, let phrase = layer.phrase(at: k + 1),
              layer.words[phrase.head].tag != .pronoun, !slots.isTimeWord(phrase.head) else { return nil }
        return layer.entity(at: phrase.head)?.canonical ?? slots.groupName(at: phrase.head) ?? layer.words[phrase.head].lemma
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]

    /// A verb that can head a statement: not an "-ing" form without an auxiliary or verb before it
    /// ("allegations regarding the use"), nor a participle before "to be" ("a blog considered to
    /// be"); those describe a noun, and the clause's statement is elsewhere.
    func isFinite(_ verb: Int) -> Bool {
        let layer = slots.layer
        let key = layer.tokens[verb].key
        // "a man dressed all in black opened fire": the participle describes the man.
        if slots.isReducedRelative(verb) { return false }
        if key.hasSuffix("ing") {
            var j = verb - 1
            while j >= 0, [.adverb, .negation].contains(layer.words[j].tag) { j -= 1 }
            // "is offering", "denied offering", "stopped paying": an auxiliary or a verb governs it.
            return j >= 0 && [.auxiliary, .modal, .verb].contains(layer.words[j].tag)
        }
        if key.hasSuffix("ed"), verb + 2 < layer.count, layer.tokens[verb + 1].key == "to", layer.tokens[verb + 2].key == "be" {
            return verb > 0 && [.auxiliary, .modal].contains(layer.words[verb - 1].tag)
        }
        return true
    }

    /// The verb stands after an "if" or "whether" of its clause ("too soon to know if her dog will
    /// find salvation", "asked whether the army had withdrawn") or after an inverted "should"
    /// ("But worst of all, should ISIS isolate the virus"): a condition or a question, no statement.
    func isHypothetical(_ verb: Int, in clause: Range<Int>) -> Bool {
        let tokens = slots.layer.tokens
        for k in clause.lowerBound..<verb {
            if ["if", "whether"].contains(tokens[k].key) { return true }
            if tokens[k].key == "should", k > 0, tokens[k - 1].key == ",", k + 1 < verb,
               [.properNoun, .determiner, .pronoun, .noun].contains(slots.layer.words[k + 1].tag) { return true }
        }
        return false
    }

    func isConditional(_ clause: Range<Int>) -> Bool {
        guard let j = slots.openingWord(of: clause) else { return false }
        // "should ISIS isolate the virus, …": "should" opening a clause is an "if".
        return ["if", "unless", "whether", "should"].contains(slots.layer.tokens[j].key)
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

    /// Tokens of set phrases in `range` (`frame-idioms`: "in place", "head to toe"), which are
    /// neither objects nor places.
    func idiomTokens(in range: Range<Int>) -> Set<Int> {
        var out: Set<Int> = []
        var from = range.lowerBound
        while from < range.upperBound, let found = slots.lexicons.find("frame-idioms", in: slots.layer.tokens, from: from, to: range.upperBound) {
            out.formUnion(found.start..<found.end)
            from = found.end
        }
        return out
    }

    /// The heads of what the verb is done to: its direct object and the first phrase after a
    /// preposition ("offered land to Ukraine" → land, Ukraine), up to the clause's end or the
    /// next verb; places go to the place slot, and words of time ("Wednesday", "decades") and of
    /// set phrases ("put in place", "covered head to toe") to none.
    func objectHeads(after verb: Int, in clause: Range<Int>) -> (heads: [String], end: Int) {
        let layer = slots.layer
        var heads: [String] = []
        // "carried out 135 airstrikes": the object comes after the particle.
        let verb = slots.particle(after: verb) ?? verb
        var end = verb + 1
        let stop = ((verb + 1)..<clause.upperBound).first {
            layer.words[$0].tag == .verb || layer.words[$0].tag == .particle || layer.tokens[$0].key == "," || layer.words[$0].tag == .subordinator
        } ?? clause.upperBound
        let idioms = idiomTokens(in: (verb + 1)..<stop)
        for var phrase in layer.phrases where phrase.range.lowerBound > verb && phrase.range.upperBound <= stop {
            // "the statue head to toe": the phrase ends before the set phrase.
            if idioms.contains(phrase.head) {
                guard let k = phrase.range.last(where: { !idioms.contains($0) && layer.words[$0].tag == .noun && $0 < phrase.head }) else { continue }
                phrase = LinguisticLayer.NounPhrase(range: phrase.range.lowerBound..<(k + 1), head: k)
            }
            if let entity = layer.entity(at: phrase.head), entity.type == .place { continue }
            let w = layer.words[phrase.head]
            if w.tag == .pronoun || slots.isTimeWord(phrase.head) { continue }
            let head = layer.entity(at: phrase.head)?.canonical ?? w.lemma
            if !heads.contains(head) { heads.append(head) }
            end = phrase.range.upperBound
            if heads.count == 2 { break }
        }
        return (heads, end)
    }
}
