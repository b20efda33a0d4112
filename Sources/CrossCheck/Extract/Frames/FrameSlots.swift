/// Finds the slots every claim frame shares — the governing predicate, the holder, the place
/// and the time — in a sentence's `LinguisticLayer`.
///
/// Reads: the layer, the event-classes lexicon, the report verbs, the document's publication
/// day and the entities named earlier in the document (`EntityMemory`, for "it", "he", "the
/// company"). Adds nothing to the layer: each function answers one slot.
struct FrameSlots {
    let layer: LinguisticLayer
    let lexicons: CompiledLexicons
    let memory: EntityMemory
    /// Which names a pronoun may stand for.
    let antecedents: PronounAntecedents
    /// The word table (WordNet): which names are also adjectives ("Syrian", "Mexican").
    var words: WordTable? { antecedents.words }
    let publishedDay: String?
    /// Full dates written in the sentence (`YYYY-MM-DD`).
    let sentenceDays: [String]
    /// For `speaksOfSameEvent`: counts over the sentence, made on the first question; and the
    /// sentence's time, found on the first question.
    let sameEvent = SameEventIndex.Cache()

    /// A verb of saying or thinking (`frame-verbs`: speech, or a `report-verbs` form), which
    /// never is a frame's predicate.
    func isReportVerb(_ i: Int) -> Bool {
        lexicons.contains("report-verbs", layer.tokens[i].key) || lexicons.canonical("frame-verbs", ofWord: layer.words[i].lemma) == "speech"
    }

    /// "be", "have", "take" (`frame-verbs`: light): no event of their own.
    func isLightVerb(_ i: Int) -> Bool {
        lexicons.canonical("frame-verbs", ofWord: layer.words[i].lemma) == "light"
    }

    /// The event class of a lemma (or of the lemma and the next word: "lay off").
    func eventClass(_ i: Int) -> String? {
        let lemma = layer.words[i].lemma
        if i + 1 < layer.count, let two = lexicons.canonical("event-classes", ofPhrase: [lemma, layer.tokens[i + 1].key]) { return two }
        return lexicons.canonical("event-classes", ofWord: lemma) ?? lexicons.canonical("event-classes", ofWord: layer.tokens[i].key)
    }

    /// Can token `i` be a frame's predicate: a content verb, or a noun or adjective that names
    /// an event class ("toll", "dead", "worth").
    func isPredicate(_ i: Int) -> Bool {
        let w = layer.words[i]
        switch w.tag {
        case .verb: return !isLightVerb(i) && !isReportVerb(i)
        case .noun, .adjective: return eventClass(i) != nil
        default: return false
        }
    }

    /// The predicate that governs the tokens `span`: the nearest content verb (or event noun)
    /// before it in its clause, else the nearest after it ("14 people were killed"); report
    /// verbs and "be"/"have" are passed over ("Thirty soldiers were reported killed").
    func predicate(governing span: Range<Int>, reach: Int = 8) -> Int? {
        let clause = layer.clause(of: span.lowerBound)
        var i = span.lowerBound - 1
        var back: Int?
        while i >= clause.lowerBound, span.lowerBound - i <= reach {
            if isPredicate(i), layer.words[i].tag == .verb || eventClass(i) != nil { back = i; break }
            // Another figure between: that predicate is its own ("killed 14 and wounded 30" is split by clauses).
            i -= 1
        }
        // After the figure only a verb governs it ("14 people were killed"); a noun there is
        // something else's ("… did not report injuries").
        var forward: Int?
        i = span.upperBound
        // The counted phrase and its names do not use up the reach: "Three members of the
        // Kestrian Front (KF) were killed".
        var steps = 0
        while i < clause.upperBound, steps < reach {
            if isPredicate(i), layer.words[i].tag == .verb { forward = i; break }
            if !Self.phraseTags.contains(layer.words[i].tag), !["of", "(", ")", "-", "—", "–"].contains(layer.tokens[i].key) { steps += 1 }
            i += 1
        }
        switch (back, forward) {
        case let (b?, f?):
            // "about 9,000 jobs will be cut": a verb after the figure with only auxiliaries
            // between is its own; otherwise the verb before governs ("killed 14 rebels").
            let between = layer.words[span.upperBound..<f]
            if between.allSatisfy({ [.auxiliary, .modal, .adverb, .negation, .verb].contains($0.tag) }),
               layer.words[b].tag != .verb || isObjectless(b, before: span.lowerBound) { return f }
            // "… determine if 43 students who vanished": a relative clause on the figure says what
            // happened to what it counts.
            if opensRelativeClause(after: span, before: f) { return f }
            return b
        case let (b?, nil): return b
        case let (nil, f?): return f
        default: return nil
        }
    }

    /// Nouns that only say how many of what follows "of" ("a number of", "a handful of").
    static let amountHeads: Set<String> = ["number", "lot", "majority", "minority", "handful", "couple", "host", "dozen", "score",
                                           "hundred", "thousand", "million", "plenty", "variety", "range", "bunch"]

    /// Tags of the words of a noun phrase.
    static let phraseTags: Set<WordTag> = [.noun, .properNoun, .adjective, .determiner, .number, .possessive]

    /// Between the figure and `verb` stand only the counted noun's words, then "who"/"which"/"that"
    /// and auxiliaries: "43 students who vanished", "2,000 jobs that will be cut".
    func opensRelativeClause(after span: Range<Int>, before verb: Int) -> Bool {
        var i = span.upperBound
        while i < verb, [.noun, .adjective].contains(layer.words[i].tag) { i += 1 }
        guard i < verb, layer.words[i].tag == .relative || (layer.tokens[i].key == "that" && i > span.upperBound) else { return false }
        return layer.words[(i + 1)..<verb].allSatisfy { [.auxiliary, .modal, .adverb, .negation].contains($0.tag) }
    }

    /// A verb before a figure whose object is something else between them ("said on Friday that").
    func isObjectless(_ verb: Int, before: Int) -> Bool {
        layer.words[(verb + 1)..<before].contains { $0.tag == .subordinator }
    }

    /// The holder: the entity the clause of token `predicate` is about — the nearest entity
    /// before the predicate in its clause that is not a place after a preposition; a pronoun or
    /// "the company" subject stands for the latest fitting entity of the document; a clause that
    /// starts with "and" has the holder of the clause before.
    func holder(for predicate: Int, excluding: Range<Int>) -> String? {
        var clause = layer.clause(of: predicate)
        for _ in 0..<2 {
            var i = min(predicate, clause.upperBound) - 1
            while i >= clause.lowerBound {
                if excluding.contains(i) { i -= 1; continue }
                // The speaker of "X said …" is the attribution, not the holder — unless the
                // verb governs the predicate directly ("X denied offering", "X refused to pay").
                if layer.words[i].tag == .verb, isReportVerb(i),
                   !layer.words[(i + 1)..<max(i + 1, predicate)].allSatisfy({ [.particle, .adverb, .negation].contains($0.tag) }) {
                    return nil
                }
                if let entity = layer.entity(at: i), !isPlaceAfterPreposition(entity), !isSource(entity), !isModifier(entity),
                   !(isAfterPreposition(entity.range.lowerBound) && nounBefore(preposition: entity.range.lowerBound - 1) != nil) {
                    return entity.canonical
                }
                if layer.words[i].tag == .pronoun {
                    if let resolved = resolve(pronounAt: i, acting: actsDirectly(i)) { return resolved }
                    return nil   // the subject is a pronoun that names nobody known: no holder
                }
                if layer.words[i].tag == .noun, i > 0, layer.tokens[i - 1].key == "the", let resolved = memory.resolve(noun: layer.words[i].lemma) {
                    return resolved
                }
                i -= 1
            }
            // "… and wounded 30": the clause before speaks of the same holder.
            var c = layer.clauseOf[clause.lowerBound]
            guard c > 0, ["and", "or", ",", "then"].contains(layer.tokens[clause.lowerBound].key) else { break }
            // "The screenplay, which was written by Aaron Sorkin, focuses on …": a relative clause
            // between speaks of someone else; the holder is before it.
            while c > 1, let first = openingWord(of: layer.clauses[c - 1]), layer.words[first].tag == .relative { c -= 1 }
            clause = layer.clauses[c - 1]
        }
        return nil
    }

    /// Who the pronoun at token `i` stands for: the latest name of its kind earlier in the same
    /// sentence that is not a possessive ("says Kadalim, adding that he subscribed to Lin's
    /// channel" → Kadalim), else the document's latest (`EntityMemory`).
    func resolve(pronounAt i: Int, acting: Bool) -> String? {
        let key = layer.tokens[i].key
        guard let wanted = EntityMemory.kind(ofPronoun: key, acting: acting) else { return nil }
        if let local = layer.entities.last(where: { e in
            e.type == wanted && e.range.upperBound <= i
                && !(e.range.upperBound < layer.count && layer.words[e.range.upperBound].tag == .possessive)
                && antecedents.admits(e, in: layer)
        }) {
            return local.canonical
        }
        return memory.resolve(pronoun: key, acting: acting)
    }

    /// The word after token `i` is a verb, or auxiliaries and modals then a verb ("it will cut").
    func actsDirectly(_ i: Int) -> Bool {
        var j = i + 1
        while j < layer.count, [.auxiliary, .modal, .adverb, .negation].contains(layer.words[j].tag) { j += 1 }
        return j < layer.count && layer.words[j].tag == .verb && !isLightVerb(j)
    }

    /// The subject of the predicate at `verb`: the noun phrase or entity right before it, past
    /// auxiliaries, modals, adverbs and negations ("Acme Corp will not cut"); a pronoun stands for
    /// the document's latest fitting entity. Nil when something else stands there.
    func subject(of verb: Int) -> (name: String, start: Int)? {
        var j = verb - 1
        while j >= 0, [.auxiliary, .modal, .adverb, .negation].contains(layer.words[j].tag) || (layer.words[j].tag == .verb && isReportVerb(j) && j == verb - 1) { j -= 1 }
        guard j >= 0, layer.sameClause(j, verb) || layer.words[verb].tag == .verb else { return nil }
        // What follows a preposition is not a subject: in "militants who reported at the hospital in
        // Mosul were suffering" or "in the speech released on Monday" nobody is named here.
        if let entity = layer.entity(at: j) {
            guard isAfterPreposition(entity.range.lowerBound) else {
                // "Venezuela and Cuba have fostered …": both names are the subject.
                let a = entity.range.lowerBound - 1
                if a > 0, layer.tokens[a].key == "and", let first = layer.entity(at: a - 1), first.type == entity.type,
                   !isAfterPreposition(first.range.lowerBound) {
                    return (first.canonical + " and " + entity.canonical, first.range.lowerBound)
                }
                return (entity.canonical, entity.range.lowerBound)
            }
            // "Prosecutors in Kestria have dismissed …": the name is in a phrase on the subject,
            // whose head is the noun before the preposition.
            guard let head = nounBefore(preposition: entity.range.lowerBound - 1) else { return nil }
            j = head
        }
        if layer.words[j].tag == .pronoun {
            return resolve(pronounAt: j, acting: true).map { ($0, j) }
        }
        guard layer.words[j].tag == .noun, var phrase = layer.phrase(at: j), phrase.head == j else { return nil }
        // "a video of the hostage was released": the phrase after "of" is on the subject —
        // unless the noun before "of" only says how many ("a number of media outlets raised").
        if isAfterPreposition(phrase.range.lowerBound) {
            guard let head = nounBefore(preposition: phrase.range.lowerBound - 1), let outer = layer.phrase(at: head) else { return nil }
            if !(layer.tokens[phrase.range.lowerBound - 1].key == "of" && Self.amountHeads.contains(layer.words[head].lemma)) {
                j = head
                phrase = outer
            }
        }
        guard !isTimeWord(j) else { return nil }
        if layer.tokens[phrase.range.lowerBound].key == "the", let named = memory.resolve(noun: layer.words[j].lemma) {
            return (named, phrase.range.lowerBound)
        }
        return (layer.words[j].lemma, phrase.range.lowerBound)
    }

    /// The clause's first word, past punctuation, conjunctions and adverbs ("…, and if 500 jobs
    /// go", "Further, if those features strayed").
    func openingWord(of clause: Range<Int>) -> Int? {
        clause.first { ![.punctuation, .conjunction, .adverb].contains(layer.words[$0].tag) }
    }

    /// "According to the Airports Authority, …": the source of the clause, not its holder.
    func isSource(_ entity: LinguisticLayer.Entity) -> Bool {
        var i = entity.range.lowerBound - 1
        if i >= 0, layer.tokens[i].key == "the" { i -= 1 }
        return i >= 1 && layer.tokens[i].key == "to" && layer.tokens[i - 1].key == "according"
    }

    /// The head of the noun phrase right before the preposition at `p` ("prosecutors" in
    /// "prosecutors in Kestria"), when that phrase is not itself after a preposition.
    func nounBefore(preposition p: Int) -> Int? {
        let k = p - 1
        guard k >= 0, layer.words[k].tag == .noun, let phrase = layer.phrase(at: k), phrase.head == k,
              !isAfterPreposition(phrase.range.lowerBound) else { return nil }
        return k
    }

    /// Token `i` says when, not who or what (`frame-time-words`: "year", "Wednesday").
    func isTimeWord(_ i: Int) -> Bool {
        lexicons.canonical("frame-time-words", ofWord: layer.words[i].lemma.lowercased()) != nil
    }

    /// Token `i` opens the object of a preposition.
    func isAfterPreposition(_ i: Int) -> Bool {
        i > 0 && layer.words[i - 1].tag == .preposition
    }

    /// A place after a preposition, with or without "the" ("in the Republika Srpska").
    func isPlaceAfterPreposition(_ entity: LinguisticLayer.Entity) -> Bool {
        guard entity.type == .place else { return false }
        var before = entity.range.lowerBound - 1
        if before >= 1, layer.tokens[before].key == "the" { before -= 1 }
        return before >= 0 && layer.words[before].tag == .preposition
    }

    /// A name that modifies the common noun right after it ("its Kobani offensive", "40
    /// Hiroshima bombs", "China's Weibo microblog"): the phrase is about the noun, not the name.
    func isModifier(_ entity: LinguisticLayer.Entity) -> Bool {
        let next = entity.range.upperBound
        return next < layer.count && layer.words[next].tag == .noun
    }

    /// The place: a place entity after "in", "at", "near", "across", "outside", "inside",
    /// "throughout", "off" (with or without "the"), or "from" after a verb, in the clause of `anchor` — the one nearest it — else nil ("Yasir Abdulla from Yorkshire said
    /// that the woman had appealed" gives the appeal no place).
    func place(near anchor: Int, excluding holder: String?) -> String? {
        var best: (distance: Int, name: String)?
        for entity in layer.entities where entity.type == .place && speaksOfSameEvent(entity.range.lowerBound, anchor) {
            var before = entity.range.lowerBound - 1
            if before >= 1, layer.tokens[before].key == "the" { before -= 1 }
            guard before >= 0, Self.placePrepositions.contains(layer.tokens[before].key) else { continue }
            // "fled from Mosul" is the event's; "Paul Horner, originally from Liverpool" a person's.
            if layer.tokens[before].key == "from", !(before >= 1 && layer.words[before - 1].tag == .verb) { continue }
            if entity.canonical == holder || isAttributive(entity) { continue }
            let d = abs(entity.range.lowerBound - anchor)
            if best == nil || d < best!.distance { best = (d, entity.canonical) }
        }
        return best?.name
    }

    /// The place at token `place` and the frame at `anchor` are in one clause, or in clauses joined
    /// by "and", "or", "then" or a comma ("killed 14 rebels and wounded several others in
    /// Aleppo"), none of them a relative clause, and no verb of saying stands between a place
    /// before and the frame after it ("Yasir Abdulla from Yorkshire said that the woman had
    /// appealed": Yorkshire is the speaker's).
    func speaksOfSameEvent(_ place: Int, _ anchor: Int) -> Bool {
        let lo = min(place, anchor), hi = max(place, anchor)
        let index = sameEvent.index(self)
        if place < anchor, index.hasReportVerb(in: place..<anchor) { return false }
        // "… is an Iraqi national who travelled to Syria before arriving in Lebanon": the place is
        // the relative clause's.
        if anchor < place, index.hasRelative(in: anchor..<place) { return false }
        let first = layer.clauseOf[lo], last = layer.clauseOf[hi]
        guard first != last else { return true }
        // No clause from first to last opens with a relative word, and each after the first
        // starts with "and", "or", "," or "then".
        return index.joins(first, last)
    }

    /// Prepositions before a place that say where the event is ("in", "at", "near"; "from" only
    /// after a verb: "fled from").
    static let placePrepositions: Set<String> = ["in", "at", "near", "across", "outside", "from", "inside", "throughout", "off"]

    /// A place's adjective before a common noun: "near the Syrian border", "across the Mexican
    /// frontier" name no place of their own (the border is not in Syria).
    func isAttributive(_ entity: LinguisticLayer.Entity) -> Bool {
        let last = entity.range.upperBound - 1, next = entity.range.upperBound
        guard next < layer.count, [.noun, .adjective].contains(layer.words[next].tag),
              let table = words else { return false }
        return table.readings(of: layer.tokens[last].key).contains(.adjective)
    }

    /// The time: an explicit date of the sentence ("on May 3", "on Tuesday": resolved against
    /// the publication day when it can be), else the publication day.
    func time() -> String? {
        // The same for every frame of the sentence: found once (a walk over the tokens per figure
        // made a long sentence quadratic).
        if let known = sameEvent.time { return known }
        let found = findTime()
        sameEvent.time = .some(found)
        return found
    }

    private func findTime() -> String? {
        if let day = sentenceDays.first { return day }
        for (i, token) in layer.tokens.enumerated() where i > 0 && layer.tokens[i - 1].key == "on" {
            if let day = ReferenceDay.resolve(weekday: token.key, published: publishedDay) { return day }
        }
        for token in layer.tokens where token.key == "yesterday" {
            if let day = ReferenceDay.shift(publishedDay, by: -1) { return day }
        }
        return publishedDay
    }
}
