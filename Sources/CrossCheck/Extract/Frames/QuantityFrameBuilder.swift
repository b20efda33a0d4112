/// The general quantity frame (`frame.quantity`): every count, money amount and percentage in
/// a statement gives a claim, whether or not a topic rule knows its kind.
///
/// Reads: a sentence's `LinguisticLayer`, its quantities with their token ranges, and
/// `FrameSlots`. Adds: for each amount no topic rule took, a claim whose span is the value's
/// text, whose value is the quantity's interval ("hundreds" stays 200 to 1,000), and whose
/// frame names the measure (the counted noun's lemma: "job"; for money and percentages the
/// noun they are of: "fine", "unemployment"), the event (the governing verb's class:
/// "killed"), the holder, the place and the time. Questions and conditional clauses ("if 500
/// jobs go") are not statements and give nothing.
struct QuantityFrameBuilder {
    static let rule = "frame.quantity"

    let slots: FrameSlots
    let words: WordTable?

    struct Found {
        var range: Range<Int>
        var quantity: Quantity
        var frame: ClaimFrame
        var predicate: Int?
        /// "5 more", "another 20": the figure adds to an earlier one.
        var increment: Bool
        var topic: Topic
    }

    /// `statementsOnly: false` gives the frame of any amount (for a topic rule's value).
    func frames(for quantities: [(range: Range<Int>, quantity: Quantity)], statementsOnly: Bool = true) -> [Found] {
        let layer = slots.layer
        if statementsOnly, layer.isQuestion || slots.isWish { return [] }
        var out: [Found] = []
        for (range, q) in quantities {
            guard let predicateKind = Self.predicateKind(q) ?? (statementsOnly ? nil : "amount") else { continue }
            // "one incident", "one of them": the word "one" is a pronoun or an article more
            // often than a count.
            if statementsOnly, q.value == 1, range.count <= 2, layer.tokens[range.lowerBound].key == "one" { continue }
            guard !statementsOnly || !isConditional(range.lowerBound) else { continue }
            // "18K gold": a karat, not 18,000 of anything.
            if isKarat(range) { continue }
            // The counted phrase is no predicate's: "made three suicide bombing attacks".
            let counted = countedHead(after: range).map { max(range.upperBound, $0 + 1) } ?? range.upperBound
            let predicate = slots.predicate(governing: range.lowerBound..<counted)
            // A single letter ("1440 x 900") measures nothing.
            let measure = measure(of: q, range: range, predicate: predicate).flatMap { $0.count > 1 ? $0 : nil }
            var event: String?
            var lemma: String?
            if let p = predicate {
                lemma = slots.lemma(p)
                // "rose 5%", "fell by 300", "climbed to 40": a change; "dropped $300,000 on a meal",
                // "dropped 36,000 meals" are not.
                let before = range.lowerBound > 0 ? layer.tokens[range.lowerBound - 1].key : ""
                let change = q.kind == .percent || ["by", "to", "from"].contains(before)
                event = slots.eventClass(p, figure: true, measure: measure, change: change) ?? lemma
            }
            // "30 deaths", "200 layoffs": the counted noun names the event — unless it counts
            // persons and a verb after them says what they did ("thousands of recruits arrived",
            // "12 hostages were freed"; but "sheltered thousands of refugees" stays displaced).
            if let m = measure, let cls = slots.lexicons.canonical("event-classes", ofWord: m),
               !(predicate.map { $0 >= range.upperBound } ?? false && measureClass(m) == "person") {
                event = cls
            }
            let holder = holder(predicate: predicate, range: range)
            let place = slots.place(near: range.lowerBound, excluding: holder)
            let frame = ClaimFrame(measure: measure, measureClass: measure.flatMap(measureClass), event: event, lemma: lemma,
                                   holder: holder, object: nil, place: place, time: slots.time(near: range.lowerBound))
            var subject = [measure ?? q.unit ?? "amount", event].compactMap { $0 }.joined(separator: " ")
            if let place { subject += " in \(place)" }
            var topicSlots: [String: String] = [:]
            if let measure { topicSlots["measure"] = measure }
            if let event { topicSlots["event"] = event }
            if let place { topicSlots["place"] = place }
            if let holder { topicSlots["holder"] = holder }
            out.append(Found(range: range, quantity: q, frame: frame, predicate: predicate, increment: isIncrement(range),
                             topic: Topic(subject: subject, predicate: predicateKind, slots: topicSlots)))
        }
        return out
    }

    /// The holder: the predicate's subject when it comes before the figure ("Acme will cut
    /// 9,000 jobs"); else a name between the predicate and the figure ("fined Northwind Bank
    /// $12 million"); else the nearest name before the figure in its clause.
    func holder(predicate: Int?, range: Range<Int>) -> String? {
        let layer = slots.layer
        if let p = predicate, p < range.lowerBound {
            if let (name, start) = slots.subject(of: p), start < p, layer.entity(at: start) != nil || layer.words[start].tag == .pronoun || layer.entity(at: p - 1) != nil {
                return name
            }
            // "fined Northwind Bank $12 million": the name right before the figure (past a
            // determiner) is the verb's first object; one further off ("freed Orla Venn in
            // exchange for five detainees") is not who holds the figure.
            if let between = layer.entities.first(where: { $0.range.lowerBound > p && $0.range.upperBound <= range.lowerBound && $0.type != .place }),
               layer.words[between.range.upperBound..<range.lowerBound].allSatisfy({ $0.tag == .determiner }) {
                return between.canonical
            }
        }
        // The figure's own noun phrase ("two Canadian soldiers") names what is counted, not who acts.
        let counted = range.lowerBound..<countedPhraseEnd(range)
        return slots.holder(for: predicate ?? range.lowerBound, excluding: counted)
    }

    /// The end of the counted phrase with what hangs on it: "of" and a noun phrase, an aside in
    /// brackets ("three members of the Kestrian Front (KF)"): no name in it is the holder.
    func countedPhraseEnd(_ range: Range<Int>) -> Int {
        let layer = slots.layer
        var j = max(range.upperBound, (countedHead(after: range, names: true) ?? -1) + 1)
        while j < layer.count {
            if layer.tokens[j].key == "of", j + 1 < layer.count, let phrase = layer.phrase(at: j + 1), phrase.range.lowerBound == j + 1 {
                j = phrase.range.upperBound
            } else if layer.tokens[j].key == "(", let close = (j + 1..<min(layer.count, j + 8)).first(where: { layer.tokens[$0].key == ")" }) {
                j = close + 1
            } else {
                break
            }
        }
        return j
    }

    /// The measure's class: its entry in `measure-classes`, else "person" for a noun WordNet
    /// files under persons.
    func measureClass(_ lemma: String) -> String? { slots.measureClass(lemma) }

    /// The counted noun after a figure: the last noun of the words that follow it — adjectives,
    /// participles ("remaining", "wounded"), names ("Iraqi") and nouns — and, after a number noun ("thousands")
    /// and "of", the head of the phrase after "of". Nil when a noun does not close that run.
    func countedHead(after range: Range<Int>, names: Bool = false) -> Int? {
        let layer = slots.layer
        var i = range.upperBound
        // The figure's own last token may be its counted noun ("4,500 troops").
        // Not a number word before other words ("as many as two other gunmen": the head is "gunman").
        if i > range.lowerBound, layer.words[i - 1].tag == .noun,
           !(layer.words[i - 1].category == "quantity" && i < layer.count && layer.tokens[i].key != "of" && [.noun, .adjective].contains(layer.words[i].tag)) {
            i -= 1
        }
        var head: Int?
        var name: Int?
        while i < layer.count, layer.sameClause(i, range.lowerBound) {
            let w = layer.words[i]
            // "11 stolen jets", "two separate reports": an irregular participle, or a verb the word
            // table also reads as an adjective, describes the noun after it.
            let key = layer.tokens[i].key
            let participle = w.tag == .verb && (key.hasSuffix("ing") || key.hasSuffix("ed") || key != w.lemma
                || (words?.readings(of: key).contains(.adjective) ?? false))
            if w.tag == .noun {
                head = i
            } else if let h = head, w.tag == .verb, let last = compoundPlural(after: h) {
                // "three suicide bombing attacks": verb-tagged nouns of a compound, ending on a plural.
                head = last
                i = last + 1
                continue
            } else if w.tag == .adjective || ((participle || w.tag == .properNoun) && head == nil) {
                if head != nil { break }
                if w.tag == .properNoun { name = i }
            } else {
                break
            }
            i += 1
        }
        // With `names`, a capitalized counted noun is the head: "three Marines prepare" (the
        // Marines are what is counted, not the holder).
        guard let found = head ?? (names ? name.flatMap({ i == $0 + 1 ? $0 : nil }) : nil) else { return nil }
        if w(found).category == "quantity", found + 2 < layer.count, layer.tokens[found + 1].key == "of",
           let phrase = layer.phrase(at: found + 2) ?? layer.phrase(at: found + 3), layer.words[phrase.head].tag == .noun {
            return phrase.head
        }
        return found
    }

    private func w(_ i: Int) -> LinguisticLayer.Word { slots.layer.words[i] }

    /// After a singular noun `head` ("suicide"), words tagged as verbs that the word table also
    /// reads as nouns, the last a plural ("bombing attacks"), before no object (a determiner,
    /// pronoun, number or noun): the plural closes the compound. A plural after a singular noun
    /// is no verb ("suicide attacks" cannot be "suicide" doing "attacks" to something after it
    /// when nothing follows). Nil otherwise.
    func compoundPlural(after head: Int) -> Int? {
        let layer = slots.layer
        guard let table = words, layer.tokens[head].key == layer.words[head].lemma else { return nil }
        var j = head + 1
        var last: Int?
        while j < layer.count, layer.words[j].tag == .verb, table.readings(of: layer.tokens[j].key).contains(.noun) {
            let key = layer.tokens[j].key
            if key.hasSuffix("s"), key != layer.words[j].lemma { last = j }
            j += 1
        }
        guard let found = last, found == j - 1 else { return nil }
        if j < layer.count, [.determiner, .pronoun, .number, .noun, .properNoun, .possessive].contains(layer.words[j].tag) { return nil }
        return found
    }

    /// "18K gold", "14k white gold": one token of at most two digits and a "k", right before a
    /// metal of `frame-karat-metals`.
    func isKarat(_ range: Range<Int>) -> Bool {
        let layer = slots.layer
        guard range.count == 1, range.upperBound < layer.count else { return false }
        let bytes = Array(layer.tokens[range.lowerBound].text.utf8)
        guard (2...3).contains(bytes.count), bytes.last == 0x4B || bytes.last == 0x6B,
              bytes.dropLast().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return slots.lexicons.lexicon("frame-karat-metals").longest(in: layer.tokens, at: range.upperBound) != nil
    }

    /// "another 20 people", "5 more deaths", "an additional $2 billion".
    func isIncrement(_ range: Range<Int>) -> Bool {
        let layer = slots.layer
        let before = range.lowerBound > 0 ? layer.tokens[range.lowerBound - 1].key : ""
        let after = range.upperBound < layer.count ? layer.tokens[range.upperBound].key : ""
        return ["another", "additional", "further", "extra"].contains(before) || ["more", "additional", "new", "further", "extra"].contains(after)
            || layer.tokens[range].contains { ["another", "additional"].contains($0.key) }
    }

    /// "count", "amount" or "share"; nil for what is not a counted, money or percent amount.
    static func predicateKind(_ q: Quantity) -> String? {
        switch q.kind {
        case .count: return "count"
        case .money: return "amount"
        case .percent: return "share"
        case .number where q.unit != nil && q.counted != nil: return "count"
        default: return nil
        }
    }

    /// The clause of token `i` opens, before it, with "if", "unless", "whether" or "should"; or
    /// an "if" or "unless" stands between the clause's start and the figure, not after a verb
    /// of knowing, saying or seeing ("can only be opened if the user pays $100"; not "worked to
    /// determine if 43 students …").
    func isConditional(_ i: Int) -> Bool {
        let layer = slots.layer
        if let asked = slots.askedQuestionEnd, i < asked { return true }
        let clause = layer.clause(of: i)
        guard let j = slots.openingWord(of: clause) else { return false }
        if ["if", "unless", "whether", "should"].contains(layer.tokens[j].key) && j < i { return true }
        for k in clause.lowerBound..<i where ["if", "unless"].contains(layer.tokens[k].key) {
            guard k > 0, layer.words[k - 1].tag == .verb else { return true }
            if !["cognition", "communication", "perception"].contains(layer.words[k - 1].category ?? "") { return true }
        }
        return false
    }

    /// What the number counts: the counted noun's lemma; for money, the noun it is "of" or
    /// "in" ("a fine of $5m", "$5m in aid") or the noun it describes ("a $2 million ransom",
    /// "the $350 price tag"),
    /// else "money"; for a percentage, the
    /// noun it is of ("45% of voters") or the subject's head ("unemployment rose to 5%").
    func measure(of q: Quantity, range: Range<Int>, predicate: Int?) -> String? {
        let layer = slots.layer
        // A percentage "of" something is of it ("18 percent of people"), never a count of "percent".
        let percentOf = q.kind == .percent && range.upperBound < layer.count && layer.tokens[range.upperBound].key == "of"
        if let counted = q.counted, q.kind != .money, !percentOf {
            // The head of the phrase the number opens ("twelve random pieces" → piece), past
            // participles ("two remaining living members" → member) and number nouns ("tens of
            // thousands of exiles" → exile); else the counted word the quantity stage read.
            if let head = countedHead(after: range) { return layer.words[head].lemma }
            if let phrase = layer.phrase(at: range.lowerBound), phrase.head >= range.upperBound - 1, layer.words[phrase.head].tag == .noun {
                return layer.words[phrase.head].lemma
            }
            let key = Tokenizer.matchKey(counted)
            return words?.lemma(of: key, as: .noun) ?? key
        }
        // "$5 million in aid", "45% of the vote" (not "5% in March", "10% in Ohio").
        let after = range.upperBound
        if after + 1 < layer.count, ["in", "of"].contains(layer.tokens[after].key),
           let phrase = layer.phrase(at: after + 1) ?? layer.phrase(at: min(layer.count - 1, after + 2)),
           layer.words[phrase.head].tag == .noun {
            return layer.words[phrase.head].lemma
        }
        // "a fine of $5m", "a budget of $2 billion".
        if range.lowerBound >= 2, layer.tokens[range.lowerBound - 1].key == "of", let phrase = layer.phrase(at: range.lowerBound - 2) {
            return layer.words[phrase.head].lemma
        }
        // "a $2 million ransom", "a $500 fine", "the $350 price tag": the noun the sum describes
        // (not a time: "$3 billion last year"; not the currency: "$5 million dollars").
        if q.kind == .money, let head = countedHead(after: range), head >= range.upperBound, !slots.isTimeWord(head),
           slots.measureClass(layer.words[head].lemma) != "money", words?.category(of: layer.words[head].lemma, as: .noun) != "quantity" {
            // A compound of two nouns is named whole: "the $350 price tag" → "price tag".
            if head - 1 >= range.upperBound, layer.words[head - 1].tag == .noun {
                return layer.tokens[head - 1].key + " " + layer.words[head].lemma
            }
            return layer.words[head].lemma
        }
        if q.kind == .money { return "money" }
        // The subject: the head of the nearest noun phrase before the predicate (or the figure).
        let limit = predicate.map { min($0, range.lowerBound) } ?? range.lowerBound
        let clause = layer.clause(of: range.lowerBound)
        var i = limit - 1
        while i >= clause.lowerBound {
            if layer.words[i].tag == .noun, let phrase = layer.phrase(at: i), phrase.head == i { return layer.words[i].lemma }
            i -= 1
        }
        return nil
    }
}
