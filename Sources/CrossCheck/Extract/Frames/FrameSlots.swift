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

    /// The event class of a lemma (or of the lemma and the next word: "lay off"). A verb with a
    /// particle (`frame-particles`) that `event-classes` does not list as a pair has no class:
    /// the pair is its own ("carry out", "set out").
    func eventClass(_ i: Int) -> String? {
        let lemma = layer.words[i].lemma
        if i + 1 < layer.count, let two = lexicons.canonical("event-classes", ofPhrase: [lemma, layer.tokens[i + 1].key]) { return two }
        if particle(after: i) != nil { return nil }
        return lexicons.canonical("event-classes", ofWord: lemma) ?? lexicons.canonical("event-classes", ofWord: layer.tokens[i].key)
    }

    /// The event class of the predicate at `i` for a frame: its class from `eventClass`, unless
    /// the class `needs` what the frame lacks (`event-classes`): `figure` in a frame without a
    /// figure, `change` without a figure that is a change (`change`: a percentage, or a figure
    /// after "by", "to" or "from"), or measure classes that neither the counted noun (`measure`) nor one of the
    /// `objects` has ("cut both ways" is "cut", not job cuts). Nil: the lemma is the class.
    func eventClass(_ i: Int, figure: Bool, measure: String?, objects: [String] = [], change: Bool = false) -> String? {
        guard let cls = eventClass(i) else { return nil }
        guard let needs = lexicons.attribute("needs", of: cls, in: "event-classes") else { return cls }
        if needs == "figure" { return figure ? cls : nil }
        if needs == "change" { return change ? cls : nil }
        let wanted = needs.split(separator: " ").map(String.init)
        if figure, measure == nil { return cls }
        let nouns = (measure.map { [$0] } ?? []) + objects
        return nouns.contains { measureClass($0).map(wanted.contains) ?? false } ? cls : nil
    }

    /// The measure class of a counted noun's lemma: its entry in `measure-classes`, else
    /// "person" for a noun WordNet files under persons.
    func measureClass(_ lemma: String) -> String? {
        if let listed = lexicons.canonical("measure-classes", ofWord: lemma) { return listed }
        return words?.category(of: lemma, as: .noun) == "person" ? "person" : nil
    }

    /// The particle that makes one verb with the verb at `i` ("carried *out*", "rang *out*"):
    /// the next word, when it is in `frame-particles` and not before "to" ("cut up to 500").
    func particle(after i: Int) -> Int? {
        let j = i + 1
        guard layer.words[i].tag == .verb, j < layer.count, lexicons.canonical("frame-particles", ofWord: layer.tokens[j].key) != nil else { return nil }
        // "cut up to 500 jobs", "rose over 5%", "down 2%": before a figure these say how much
        // ("carried out more than 135 raids" keeps its particle).
        if ["up", "over", "down"].contains(layer.tokens[j].key) {
            func opensFigure(_ k: Int) -> Bool {
                k < layer.count && (layer.tokens[k].hasDigit || layer.words[k].tag == .number || Self.currencySigns.contains(layer.tokens[k].key))
            }
            if opensFigure(j + 1) || (j + 2 < layer.count && layer.tokens[j + 1].key == "to" && opensFigure(j + 2)) { return nil }
        }
        return j
    }

    /// A verb's bare form inside a noun phrase: after an adjective, a determiner or a singular
    /// name, right before a noun ("a British aid worker", "British prime ministers", "the Pentagon
    /// press secretary", "the Apple Watch launch event"): a verb after a singular subject would end
    /// in "-s", so this is a noun compound, not a predicate.
    func isCompoundModifier(_ i: Int) -> Bool {
        guard i > 0, i + 1 < layer.count, layer.tokens[i].key == layer.words[i].lemma, layer.words[i + 1].tag == .noun,
              !isTimeWord(i + 1) else { return false }
        let before = layer.words[i - 1].tag, key = layer.tokens[i - 1].key
        return before == .adjective || before == .determiner || (before == .properNoun && !key.hasSuffix("s"))
    }

    static let currencySigns: Set<String> = ["$", "£", "€", "¥", "₩", "₹", "us$"]

    /// A participle right after its noun that describes it, with the clause's own verb later: "a
    /// man dressed all in black opened fire", "any threat posed to the guards can be mitigated".
    /// A past form that is not the lemma, after a noun, with no verb before it in the clause, a
    /// preposition or adverb right after it (no object: "police arrested men dressed in black"
    /// keeps "arrest"), and a later verb before any comma that is no "-ing" form nor after "to".
    /// With "by" right after it, the agent acts and the participle stays a predicate ("a woman
    /// held by the militia was freed": `EventFrameBuilder.passiveAgent`).
    func isReducedRelative(_ verb: Int) -> Bool {
        let key = layer.tokens[verb].key
        guard layer.words[verb].tag == .verb, verb > 0, key != layer.words[verb].lemma, !key.hasSuffix("ing"),
              [.noun, .properNoun].contains(layer.words[verb - 1].tag) else { return false }
        let after = (particle(after: verb) ?? verb) + 1
        guard after < layer.count, layer.tokens[after].key != "by",
              [.preposition, .adverb].contains(layer.words[after].tag) || layer.tokens[after].key == "all" else { return false }
        let clause = layer.clause(of: verb)
        guard !layer.words[clause.lowerBound..<verb].contains(where: { [.verb, .auxiliary, .modal].contains($0.tag) }) else { return false }
        var k = after + 1
        while k < clause.upperBound, layer.tokens[k].key != "," {
            if [.verb, .auxiliary, .modal].contains(layer.words[k].tag) {
                return !layer.tokens[k].key.hasSuffix("ing") && layer.tokens[k - 1].key != "to" && layer.words[k - 1].tag != .preposition
            }
            k += 1
        }
        return false
    }

    /// The predicate's lemma: the verb's, with its particle ("carry out").
    func lemma(_ i: Int) -> String {
        guard let p = particle(after: i) else { return layer.words[i].lemma }
        return layer.words[i].lemma + " " + layer.tokens[p].key
    }

    /// Can token `i` be a frame's predicate: a content verb, or a noun or adjective that names
    /// an event class ("toll", "dead", "worth").
    func isPredicate(_ i: Int) -> Bool {
        let w = layer.words[i]
        // A verb's particle ("carried out") is part of it; "last" before "month" says when.
        if i > 0, particle(after: i - 1) == i { return false }
        // "mites out there": a particle's word is never a predicate of its own.
        if lexicons.canonical("frame-particles", ofWord: layer.tokens[i].key) != nil { return false }
        if w.tag == .verb, isCompoundModifier(i) { return false }
        if isTimeWord(i), i + 1 < layer.count, isTimeWord(i + 1) { return false }
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
            // "entered Parliament, where dozens of shots rang out": a clause on a place or a time
            // has its own verb.
            if isPlaceOrTimeClauseWord(i) { break }
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
            if isPredicate(i), layer.words[i].tag == .verb, !isReducedRelative(i) { forward = i; break }
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
        for round in 0..<2 {
            var i = min(predicate, clause.upperBound) - 1
            // "Martin Couture-Rouleau, a 25-year-old who converted to Islam, rammed …": the names of
            // a relative clause that closes before the predicate are not the holder.
            var relative: Range<Int>?
            if let r = (clause.lowerBound..<(i + 1)).last(where: { layer.words[$0].tag == .relative }) {
                if round > 0 { relative = r..<(i + 1) }
                else if let close = (r..<(i + 1)).first(where: { layer.tokens[$0].key == "," }) { relative = r..<close }
            }
            while i >= clause.lowerBound {
                if excluding.contains(i) || relative?.contains(i) == true { i -= 1; continue }
                // "…, where dozens of shots rang out": a clause on a place or a time has its own
                // subject; a name before it is not the holder.
                if i < predicate, isPlaceOrTimeClauseWord(i) { return nil }
                // The speaker of "X said …" is the attribution, not the holder — unless the
                // verb governs the predicate directly ("X denied offering", "X refused to pay").
                if layer.words[i].tag == .verb, isReportVerb(i),
                   !layer.words[(i + 1)..<max(i + 1, predicate)].allSatisfy({ [.particle, .adverb, .negation].contains($0.tag) }) {
                    return nil
                }
                if let name = groupName(at: i), let entity = layer.entity(at: i - 1), !isPlaceAfterPreposition(entity), !isSource(entity) {
                    return name
                }
                if let entity = layer.entity(at: i), !isPlaceAfterPreposition(entity), !isSource(entity), !isModifier(entity),
                   !(isAfterPreposition(entity.range.lowerBound) && nounBefore(preposition: entity.range.lowerBound - 1) != nil),
                   !isOnANoun(entity) {
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
            // "…, where dozens of shots rang out": a clause on a place or a time has its own subject.
            if let w = openingWord(of: clause), ["where", "when"].contains(layer.tokens[w].key) { break }
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
        // "Turkish officials said they changed their mind": a pronoun right after a verb of saying
        // (and "that") stands for that verb's subject.
        var j = i - 1
        if j >= 0, layer.tokens[j].key == "that" {
            j -= 1
            // "Islam told CNBC's Scott Wapner that he …": past the one told.
            if j > 0, let told = layer.phrases.last(where: { $0.range.upperBound == j + 1 }) {
                var start = told.range.lowerBound
                // "CNBC ’s Scott Wapner": back over the owner.
                if layer.words[start].tag == .possessive, let owner = layer.phrases.last(where: { $0.range.upperBound == start }) {
                    start = owner.range.lowerBound
                }
                if start > 0, layer.words[start - 1].lemma == "tell" { j = start - 1 }
            }
        }
        if j > 0, layer.words[j].tag == .verb, isReportVerb(j), let (name, start) = subject(of: j), start < j,
           layer.words[start].tag != .pronoun || layer.tokens[start].key == key {
            // "they" may stand for a common noun ("officials"); "he", "she", "it" for a name only.
            if key == "they" || layer.entities.contains(where: { $0.range.contains(start) || $0.canonical == name }) { return name }
        }
        // "Pate Butler confirmed: “He flew …”": a "he" or "she" quoted after a verb of saying or a
        // colon is someone the speaker speaks of, never the speaker; names before the quote are
        // not taken, nor the document's (which hold the speaker too).
        var from = 0
        if key != "they", let q = (0..<i).last(where: { ["“", "\""].contains(layer.tokens[$0].key) }), q > 0,
           layer.tokens[q - 1].key == ":" || layer.tokens[q - 1].key == "," || (layer.words[q - 1].tag == .verb && isReportVerb(q - 1)),
           !((q + 1)..<i).contains(where: { ["”", "\""].contains(layer.tokens[$0].key) }) {
            from = q + 1
        }
        if let local = layer.entities.last(where: { e in
            e.type == wanted && e.range.upperBound <= i && e.range.lowerBound >= from
                && !(e.range.upperBound < layer.count && layer.words[e.range.upperBound].tag == .possessive)
                && antecedents.admits(e, in: layer)
        }) {
            return local.canonical
        }
        if from > 0 { return nil }
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
        // "a man dressed in black opened fire": the subject is the noun the participle describes.
        let clauseStart = layer.clause(of: verb).lowerBound
        if clauseStart < j, let r = (clauseStart..<j).last(where: { isReducedRelative($0) }) { j = r - 1 }
        // What follows a preposition is not a subject: in "militants who reported at the hospital in
        // Mosul were suffering" or "in the speech released on Monday" nobody is named here.
        if let entity = layer.entity(at: j) {
            // "components from Morocco, Tunisia and Egypt were put": a list of names after a
            // preposition is on the noun before it, as one name is.
            var listStart = entity.range.lowerBound
            while listStart >= 2, ["and", ","].contains(layer.tokens[listStart - 1].key), let e = layer.entity(at: listStart - 2) {
                listStart = e.range.lowerBound
            }
            // "connections to the Internet": a name after a preposition and "the".
            if listStart >= 2, layer.tokens[listStart - 1].key == "the", layer.words[listStart - 2].tag == .preposition { listStart -= 1 }
            guard isAfterPreposition(listStart) else {
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
            guard let head = nounBefore(preposition: listStart - 1) else { return nil }
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
        if let name = groupName(at: j) { return (name, phrase.range.lowerBound) }
        if layer.tokens[phrase.range.lowerBound].key == "the", let named = memory.resolve(noun: layer.words[j].lemma) {
            return (named, phrase.range.lowerBound)
        }
        return (layer.words[j].lemma, phrase.range.lowerBound)
    }

    /// A name after a preposition (and "the") that a noun comes right before: "connections to the
    /// Velmora Network", "prosecutors in Kestria" — the phrase is the noun's.
    func isOnANoun(_ entity: LinguisticLayer.Entity) -> Bool {
        var a = entity.range.lowerBound
        if a >= 2, layer.tokens[a - 1].key == "the" { a -= 1 }
        return a >= 2 && layer.words[a - 1].tag == .preposition && layer.words[a - 2].tag == .noun
    }

    /// "where" or "when" opening a clause.
    func isPlaceOrTimeClauseWord(_ i: Int) -> Bool {
        ["where", "when"].contains(layer.tokens[i].key) && [.wh, .relative, .subordinator].contains(layer.words[i].tag)
    }

    /// "the Islamic State group", "the Velmora government": the name right before a group noun
    /// (`frame-group-nouns`) names the body the phrase is about.
    func groupName(at head: Int) -> String? {
        guard head > 0, layer.words[head].tag == .noun, lexicons.canonical("frame-group-nouns", ofWord: layer.words[head].lemma) != nil,
              let entity = layer.entity(at: head - 1), entity.range.upperBound == head else { return nil }
        // "the Nicaraguan government": an adjective of a country the lexicon does not know names
        // no body by itself; the phrase does.
        if entity.type != .place, entity.range.count == 1,
           words?.category(of: layer.tokens[entity.range.lowerBound].key, as: .adjective) == "pert" {
            return entity.text + " " + layer.tokens[head].key
        }
        return entity.canonical
    }

    /// "May God preserve the scholars", "May his family find peace": a wish, no statement.
    var isWish: Bool {
        guard let first = layer.tokens.indices.first(where: { layer.tokens[$0].isWord }), first + 1 < layer.count else { return false }
        return layer.tokens[first].key == "may" && layer.tokens[first].isCapitalized
            && [.determiner, .pronoun, .possessive, .properNoun, .noun].contains(layer.words[first + 1].tag)
    }

    /// "Asked if the plan would cost $2 billion, the minister said …": the words up to the first
    /// comma after a sentence-opening "Asked if", "Asked whether", "Asked about", "Asked how" …
    /// put a question and state nothing. The end of those words, or nil.
    var askedQuestionEnd: Int? {
        guard let first = layer.tokens.indices.first(where: { layer.tokens[$0].isWord }), first + 1 < layer.count,
              layer.tokens[first].key == "asked", layer.tokens[first].isCapitalized,
              ["if", "whether", "about", "how", "why", "what", "who", "when", "where"].contains(layer.tokens[first + 1].key) else { return nil }
        return (first..<layer.count).first { layer.tokens[$0].key == "," } ?? layer.count
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
        guard next < layer.count, [.noun, .adjective].contains(layer.words[next].tag) else { return false }
        // "at the U.S. military prison", "the UK government": an abbreviated name between "the"
        // and a common noun modifies it.
        if entity.range.count == 1, entity.range.lowerBound > 0, layer.tokens[entity.range.lowerBound - 1].key == "the",
           Self.isAbbreviation(layer.tokens[last].text) { return true }
        guard let table = words else { return false }
        return table.readings(of: layer.tokens[last].key).contains(.adjective)
    }

    /// "U.S.", "UK", "U.N.": dotted capitals, or two or three capitals.
    static func isAbbreviation(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2E }), bytes.contains(where: { $0 != 0x2E }) else { return false }
        return bytes.contains(0x2E) || (2...3).contains(bytes.count)
    }

    /// The time of the frame at token `anchor`: an explicit date of the sentence ("on May 3", "on
    /// Tuesday": resolved against the publication day when it can be), else the publication day.
    /// A weekday, month or year in another clause that opens with "when", "after", "before",
    /// "while", "until", "once" or a relative word dates that clause, not the frame ("Acme hired
    /// 200 workers when it opened the plant in March 2013").
    func time(near anchor: Int? = nil) -> String? {
        if let day = sentenceDays.first { return day }
        // The sentence's dated words, found once (a walk over the tokens per figure made a long
        // sentence quadratic).
        let dated: [SameEventIndex.DatedWord]
        if let known = sameEvent.dated { dated = known } else { dated = datedWords(); sameEvent.dated = dated }
        let usable = dated.filter { word in anchor.map { !datesAnotherClause(word.index, $0) } ?? true }
        return usable.min { ($0.rank, $0.index) < ($1.rank, $1.index) }?.value ?? publishedDay
    }

    /// Token `i` is in a clause of its own, opened by a word of `timeClauseOpeners` that stands
    /// between it and `anchor` ("hired 200 workers when it opened the plant in March 2013"), or
    /// that opens a clause before the frame and a comma closes ("When it opened the plant in
    /// March 2013, Acme hired 200 workers"), or in a relative clause after the frame.
    func datesAnotherClause(_ i: Int, _ anchor: Int) -> Bool {
        func opens(_ k: Int) -> Bool {
            Self.timeClauseOpeners.contains(layer.tokens[k].key) && [.wh, .relative, .subordinator, .preposition].contains(layer.words[k].tag)
        }
        if anchor < i {
            return ((anchor + 1)..<i).contains { k in opens(k) || (layer.words[k].tag == .relative && layer.clauseOf[k] != layer.clauseOf[anchor]) }
        }
        guard let opener = (0..<i).last(where: opens) else { return false }
        return ((i + 1)..<anchor).contains { layer.tokens[$0].key == "," } && !((opener + 1)..<i).contains { layer.tokens[$0].key == "," }
    }

    static let timeClauseOpeners: Set<String> = ["when", "after", "before", "while", "until", "once", "whenever"]

    /// Weekdays after "on" (rank 0), "yesterday" (1), a month and year (2), a year (3), with their
    /// token and value.
    private func datedWords() -> [SameEventIndex.DatedWord] {
        var out: [SameEventIndex.DatedWord] = []
        for (i, token) in layer.tokens.enumerated() where i > 0 && layer.tokens[i - 1].key == "on" {
            if let day = ReferenceDay.resolve(weekday: token.key, published: publishedDay) { out.append(.init(index: i, value: day, rank: 0)) }
        }
        for (i, token) in layer.tokens.enumerated() where token.key == "yesterday" {
            if let day = ReferenceDay.shift(publishedDay, by: -1) { out.append(.init(index: i, value: day, rank: 1)) }
        }
        return out + monthsAndYears()
    }

    /// Months and years, or years alone, written in the sentence: "In February 2013" →
    /// `2013-02`; "in 2012", "during 2009", "circa 1973", "a 2012 survey" → `2012`. None for
    /// "since 2011", which starts a span and dates nothing.
    func monthsAndYears() -> [SameEventIndex.DatedWord] {
        var out: [SameEventIndex.DatedWord] = []
        for i in layer.tokens.indices {
            guard let y = Self.year(layer.tokens[i]) else { continue }
            // "since June 2014" starts a span.
            if i > 1, layer.tokens[i - 2].key == "since" { continue }
            // "Feb. 2004": the abbreviation's period between.
            let m = i >= 2 && layer.tokens[i - 1].key == "." ? i - 2 : i - 1
            if m >= 0, layer.tokens[m].isCapitalized, let month = lexicons.canonical("months", ofWord: layer.tokens[m].key),
               let value = lexicons.attribute("value", of: month, in: "months"), let n = Int(value) {
                out.append(.init(index: i, value: "\(y)-" + (n < 10 ? "0\(n)" : "\(n)"), rank: 2))
                continue
            }
            guard i > 0 else { continue }
            let before = layer.tokens[i - 1].key
            if ["in", "during", "circa"].contains(before)
                || (layer.words[i - 1].tag == .determiner && i + 1 < layer.count && layer.words[i + 1].tag == .noun) {
                out.append(.init(index: i, value: String(y), rank: 3))
            }
        }
        return out
    }

    /// A four-digit year from 1800 to 2100.
    static func year(_ token: Token) -> Int? {
        guard token.text.utf8.count == 4, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(token.text),
              (1800...2100).contains(n) else { return nil }
        return n
    }
}
