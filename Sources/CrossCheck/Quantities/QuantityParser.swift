/// The quantity grammar over one text's tokens. One parser lives for one call of
/// `QuantityExtractor.quantities(in:)`; it reads left to right and never backtracks past a
/// quantity it has emitted, so quantities come out in order and never overlap.
///
/// A quantity is: [hedge] [currency] number [scale] [currency] [unit] [post-hedge]
/// [range connector [currency] number [scale] [currency] [unit]], where a number is digits,
/// words, a fraction ("3/4") or a signed figure. Before that grammar is tried, the digits are
/// checked for what is not an amount: dates ("June 3", "23-08-2025", "3 June 2025"), times
/// ("18:38", "6 pm"), phone numbers ("+91-720-6444012"), ids and model numbers ("F-35",
/// "737 Max", "Boeing 737", "5G"), and numbers after cue words ("page 4", "No. 7").
struct QuantityParser {
    let shared: QuantityLexicon.Shared
    /// The lexicon's phrase index, held by reference: its lookups read the tables in place.
    let index: QuantityPhraseIndex
    let p: UnsafeBufferPointer<UInt8>
    let t: UnsafeBufferPointer<QuantityToken>

    init(shared: QuantityLexicon.Shared, p: UnsafeBufferPointer<UInt8>, t: UnsafeBufferPointer<QuantityToken>) {
        self.shared = shared
        self.index = shared.lexicon.index
        self.p = p
        self.t = t
    }

    struct Found {
        var quantity: Quantity
        var first: Int
        var next: Int
        /// Read only to be passed over: digits inside a name ("G7", "A320").
        var silent = false
    }

    var n: Int { t.count }

    /// The lexicon, borrowed in place (never copied).
    var lex: QuantityLexicon {
        _read { yield shared.lexicon }
    }

    // MARK: token tests

    @inline(__always) func punct(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < n && t[i].kind == .punct && t[i].key == key
    }

    @inline(__always) func word(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < n && t[i].kind == .word && t[i].key == key
    }

    @inline(__always) func match(_ c: QuantityLexicon.Category, _ i: Int) -> (entry: Int, next: Int)? {
        index.match(c, at: i, in: t)
    }

    func isSign(_ i: Int) -> Bool {
        guard i < n, t[i].kind == .punct else { return false }
        let k = t[i].key
        return k == QuantityKeys.hyphen || k == QuantityKeys.minus || k == QuantityKeys.plus
    }

    func text(_ a: Int, _ b: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[a..<b]), as: UTF8.self)
    }

    func lowered(_ first: Int, _ next: Int) -> String {
        let a = Int(t[first].start)
        let b = Int(t[next - 1].end)
        var bytes = [UInt8](UnsafeBufferPointer(rebasing: p[a..<b]))
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Only symbols and codes stand before a number ("$5", "USD 5", "Rs 50"); names such as
    /// "dollars" or "won" are read after it.
    func isCurrencyPrefix(_ i: Int) -> Bool { t[i].kind == .punct || t[i].caps != 0 }

    /// True when a number (in digits or words) starts at `i`.
    func startsNumber(_ i: Int) -> Bool {
        guard i < n else { return false }
        let tk = t[i]
        if tk.kind == .number { return true }
        if tk.kind == .punct { return isSign(i) && i + 1 < n && t[i + 1].isNumber && t[i + 1].glued }
        if let m = match(.numberWord, i) { return lex.numberWords[m.entry].role != .ordinalSuffix }
        if let s = match(.scale, i) { return lex.scales[s.entry].plural }
        return false
    }

    // MARK: driver

    func run() -> [Quantity] {
        var found: [Found] = []
        var i = 0
        while i < n {
            let tk = t[i]
            if tk.kind != .number && !index.triggers(tk) && !isSign(i) {
                i += 1
                continue
            }
            if let f = parse(at: i) {
                if !f.silent { found.append(f) }
                i = max(f.next, i + 1)
            } else {
                i += 1
            }
        }
        linkParts(&found)
        shareUnits(&found)
        return found.map(\.quantity)
    }

    func make(_ first: Int, _ next: Int, value: Double, low: Double? = nil, high: Double? = nil,
              lowClosed: Bool = true, highClosed: Bool = true, unit: String? = nil, currency: String? = nil,
              kind: Quantity.Kind, hedge: String? = nil, counted: String? = nil,
              change: Quantity.Change? = nil) -> Found {
        let a = Int(t[first].start)
        let b = Int(t[next - 1].end)
        let q = Quantity(start: a, end: b, text: text(a, b), value: QuantityMath.clean(value),
                         low: QuantityMath.clean(low ?? value), high: QuantityMath.clean(high ?? value),
                         lowClosed: lowClosed, highClosed: highClosed, unit: unit, currency: currency, kind: kind,
                         hedge: hedge, counted: counted, change: change)
        return Found(quantity: q, first: first, next: next)
    }

    // MARK: quantities

    func parse(at i: Int) -> Found? {
        let tk = t[i]
        if tk.kind == .word, let m = match(.calendar, i) {
            let term = lex.calendar[m.entry]
            if term.role == .month { return date(monthAt: i, month: term.value, after: m.next) }
            // A year cue ("in", "by") may open a hedge: "in excess of 500".
            if term.role != .yearCue { return nil }
        }
        var k = i
        var hedge: QuantityLexicon.Hedge?
        if tk.kind == .word, let h = match(.hedge, i), !lex.hedges[h.entry].after {
            hedge = lex.hedges[h.entry]
            k = h.next
        }
        var currency: String?
        if let c = match(.currency, k), !lex.currencies[c.entry].subunit, isCurrencyPrefix(k), startsNumber(c.next) {
            currency = lex.currencies[c.entry].code
            k = c.next
        }
        if currency == nil, let nc = nonCount(at: k) { return nc }
        guard var a = readNumber(at: k) else { return nil }
        let movement = changeBefore(i)
        // "rose from 3% to 5%": two levels, not a range.
        if hedge?.shape == .range, movement != nil { return nil }
        var next = a.next
        if currency == nil {
            // "5 dollars", "60 cents", "billions of dollars"; "5 pounds of flour" is a weight.
            var c0 = next
            if a.digitToken == nil, word(c0, QuantityKeys.of), c0 + 1 < n, t[c0 + 1].isWord { c0 += 1 }
            if let c = match(.currency, c0) {
                let cur = lex.currencies[c.entry]
                var asUnit = false
                if let u = match(.unit, c0), u.next == c.next {
                    asUnit = prefersUnit(lex.units[u.entry].name, first: i, after: c.next, scaled: a.scaled)
                }
                if !asUnit {
                    currency = cur.code
                    if cur.subunit { a.scale(by: cur.factor) }
                    next = c.next
                }
            }
        }
        var unit: QuantityLexicon.Unit?
        // A glued suffix that is a scale and a unit: "$12m" is millions, "a 12m boat" metres.
        if currency == nil, let sfx = a.suffix, let u = match(.unit, sfx), u.next == sfx + 1,
           powerAfter(a.next) != nil || prefersUnit(lex.units[u.entry].name, first: i, after: a.next, scaled: false) {
            a.scale(by: 1 / a.scaleFactor)
            a.scaleFactor = 1
            a.suffix = nil
            unit = lex.units[u.entry]
        }
        if unit == nil { (unit, next) = readUnit(at: next) }
        // "4km^2", "4 km squared": the square kilometre.
        if currency == nil, let u = unit, u.kind == .measure, let (power, after) = powerAfter(next) {
            unit?.name = (power == 2 ? "square " : "cubic ") + u.name
            next = after
        }
        if currency == nil, let u = unit, u.kind == .measure, let (rate, after) = perUnit(at: next) {
            unit?.name = u.name + " per " + rate.name
            next = after
        }
        // "a couple of days", "dozens of years".
        if unit == nil, currency == nil, a.digitToken == nil, word(next, QuantityKeys.of) {
            let (u, after) = readUnit(at: next + 1)
            if let u, u.kind != .percent {
                unit = u
                next = after
            }
        }
        // "twelve dollars and sixty cents", "$5 and 20c", "5 dollars 20 cents".
        if currency != nil, !a.standsAlone, !a.scaled {
            var j = next
            if word(j, QuantityKeys.and) { j += 1 }
            if j < n, !t[j].newlineBefore, startsNumber(j), let r = readNumber(at: j), !r.standsAlone, !r.scaled, r.value > 0,
               let c = match(.currency, r.next), lex.currencies[c.entry].subunit {
                let f = lex.currencies[c.entry].factor
                a.value += r.value * f
                a.halfWidth = r.halfWidth * f
                next = c.next
            }
        }
        var postHedge: QuantityLexicon.Hedge?
        if hedge == nil && !a.ordinal {
            var h0 = next
            if punct(h0, QuantityKeys.hyphen), t[h0].glued, h0 + 1 < n, t[h0 + 1].glued { h0 += 1 }
            if let h = match(.hedge, h0), lex.hedges[h.entry].after {
                postHedge = lex.hedges[h.entry]
                next = h.next
            }
        }
        // Ranges: "3,000-4,000", "3 to 4 million", "between X and Y", "from X to Y", "$3-$4bn".
        var b: NumberReading?
        if !a.standsAlone, postHedge == nil {
            let c = next
            var connector = false
            var byTo = false
            var width = 1
            if let key = hedge?.connector, hedge?.shape == .range {
                connector = word(c, key)
            } else if c < n {
                if punct(c, QuantityKeys.hyphen) {
                    connector = c + 1 < n && t[c].glued == t[c + 1].glued
                    // "an 8- to 16-meter telescope": the first hyphen waits for the unit.
                    if !connector, t[c].glued, word(c + 1, QuantityKeys.to), !t[c + 1].glued {
                        connector = movement == nil
                        byTo = true
                        width = 2
                    }
                } else if punct(c, QuantityKeys.enDash) {
                    connector = true
                } else if word(c, QuantityKeys.to) {
                    // "rose 3% to 5%": a change, then the level it reached.
                    connector = movement == nil
                    byTo = true
                }
            }
            if connector {
                var c2 = c + width
                var currency2: String?
                if let cc = match(.currency, c2), !lex.currencies[cc.entry].subunit, isCurrencyPrefix(c2),
                   startsNumber(cc.next) {
                    currency2 = lex.currencies[cc.entry].code
                    c2 = cc.next
                }
                if c2 < n, !(t[c2].isNumber && nonCount(at: c2) != nil), var r = readNumber(at: c2), !r.standsAlone {
                    var k3 = r.next
                    if currency == nil, currency2 == nil, let cc = match(.currency, k3), !lex.currencies[cc.entry].subunit {
                        currency2 = lex.currencies[cc.entry].code
                        k3 = cc.next
                    }
                    let (unit2, k4) = readUnit(at: k3)
                    var first = a
                    if r.scaled && !a.scaled && a.value < r.value / r.scaleFactor {
                        first.scale(by: r.scaleFactor)
                        first.scaleFactor = r.scaleFactor
                    }
                    let unitsAgree = unit == nil || unit2 == nil || unit!.name == unit2!.name
                    let currenciesAgree = currency == nil || currency2 == nil || currency == currency2
                    // Both ends are the same kind of amount: not "4.5% to $2.1 billion", and a
                    // percentage runs "to" another percentage, not to a plain figure.
                    let kindA: Quantity.Kind? = currency != nil ? .money : unit?.kind
                    let kindB: Quantity.Kind? = currency2 != nil ? .money : unit2?.kind
                    var kindsAgree = kindA == nil || kindB == nil || kindA == kindB
                    if byTo, kindA == .percent, kindB == nil { kindsAgree = false }
                    // "from -18 °C to -34 °C": two signed figures below zero, measured, may run downwards.
                    let ordered = first.value < r.value
                        || (a.signed && r.signed && unit2 != nil && first.value < 0 && r.value < first.value)
                    if ordered, unitsAgree, currenciesAgree, kindsAgree {
                        if !r.scaled && first.scaled { r.scaleFactor = 1 }
                        a = first
                        b = r
                        unit = unit ?? unit2
                        currency = currency ?? currency2
                        next = k4
                    }
                }
            }
        }
        if hedge?.shape == .range && b == nil { return nil }
        var change = movement.flatMap { $0 }
        if movement == nil, next < n, let m = match(.changeNoun, next) {
            change = lex.changes[m.entry].direction
        }
        // "growth of negative 2%", "rose -2%": the figure went down.
        if change != nil, a.signed, a.value < 0 { change = .down }
        return finish(first: i, a: a, b: b, hedge: hedge ?? postHedge, currency: currency, unit: unit, next: next,
                      change: change)
    }

    /// A change cue before the quantity starting at `first`: `.some(direction)` for a change
    /// ("rose 3%", "fell by 20 points"), `.some(nil)` for a level the cue moved from or to
    /// ("rose to 5%", "fell from 30%"), nil when there is no cue.
    /// "An increase of 5%" and "a drop of 20 points" are changes too (a change noun before "of").
    func changeBefore(_ first: Int) -> Quantity.Change?? {
        guard first >= 1, t[first - 1].isWord, !t[first].newlineBefore else { return nil }
        var end = first
        var level = false
        var noun = false
        let w = t[first - 1].key
        if w == QuantityKeys.by {
            end = first - 1
        } else if w == QuantityKeys.of {
            end = first - 1
            noun = true
        } else if w == QuantityKeys.to || w == QuantityKeys.from {
            end = first - 1
            level = true
        }
        for back in 1...2 where end - back >= 0 {
            let s = end - back
            guard t[s].isWord, !t[s + 1].newlineBefore else { break }
            if let m = match(noun ? .changeNoun : .change, s), m.next == end {
                let cue = lex.changes[m.entry]
                guard let direction = cue.direction else { return nil }
                if cue.adverb, !(s == 0 || t[s].newlineBefore || t[s - 1].isPunct || isLink(s - 1)) { return nil }
                return level ? .some(nil) : .some(direction)
            }
        }
        return nil
    }

    /// A linking word of `quantity-changes` ends at token `i` ("were" in "shares were up 3%").
    func isLink(_ i: Int) -> Bool {
        guard i >= 0, t[i].isWord, let m = match(.change, i), m.next == i + 1 else { return false }
        return lex.changes[m.entry].direction == nil
    }

    /// For a form with two readings (a unit, or a scale or currency): true when the cue words
    /// around the number choose the unit. A cue after the form wins; then a scaled number keeps
    /// the money reading ("lost 5 million pounds"); then a cue before the number.
    func prefersUnit(_ unit: String, first: Int, after: Int, scaled: Bool) -> Bool {
        var j = after
        if punct(j, QuantityKeys.hyphen), t[j].glued, j + 1 < n, t[j + 1].glued { j += 1 }
        if j < n, !t[j].newlineBefore, let m = match(.sense, j) {
            let cue = lex.senses[m.entry]
            if cue.after, cue.only?.contains(unit) ?? true { return cue.unit }
        }
        if scaled { return false }
        for back in 1...3 where first - back >= 0 {
            let s = first - back
            guard t[s].isWord, !t[s + 1].newlineBefore else { break }
            if let m = match(.sense, s), m.next <= first {
                let cue = lex.senses[m.entry]
                if !cue.after, cue.only?.contains(unit) ?? true { return cue.unit }
            }
        }
        return false
    }

    /// Applies the hedge, decides the kind, finds the counted noun.
    func finish(first: Int, a: NumberReading, b: NumberReading?, hedge: QuantityLexicon.Hedge?, currency: String?,
                unit: QuantityLexicon.Unit?, next: Int, change: Quantity.Change? = nil) -> Found? {
        var a = a, b = b
        if let currency, lex.wholeCurrencies.contains(currency) {
            if groupsByPoint(a) { a.scale(by: 1000) }
            if let r = b, groupsByPoint(r) { b?.scale(by: 1000) }
        }
        var kind = Quantity.Kind.number
        var unitName: String?
        if a.ordinal {
            kind = .ordinal
        } else if a.decade {
            return make(a.digitToken!, next, value: a.value, low: a.value, high: a.value + 9, kind: .year)
        } else if let currency {
            kind = .money
            unitName = currency
        } else if let unit {
            kind = unit.kind
            unitName = unit.name
        }
        var counted: (text: String, known: Bool)?
        if kind == .number || kind == .percent {
            counted = countedNoun(from: next)
        }
        // A plain four-digit figure from 1800 to 2100 is a year unless it counts a known noun —
        // and even then after a year cue ("in", "since", "by") when a name follows: "In 1995
        // Adelaide residents voted" dates the vote, it counts no residents.
        if kind == .number, let d = a.digitToken, isYearLike(d), a.first == d, !a.scaled, !a.fraction,
           !(counted?.known ?? false) || isYearBeforeName(d) {
            if let b, let bd = b.digitToken, t[bd].isPlainInteger {
                var high = b.value
                if t[bd].digits == 2 { high = (a.value / 100).rounded(.down) * 100 + b.value }
                return make(d, next, value: a.value, low: a.value, high: high, kind: .year)
            }
            if b == nil { return make(d, next, value: a.value, kind: .year) }
        }
        if kind == .ordinal { return make(first, next, value: a.value, kind: .ordinal) }
        if kind == .number, let counted {
            kind = .count
            unitName = counted.text
        }
        var low: Double
        var high: Double
        var lowClosed = true
        var highClosed = true
        if let b {
            low = min(a.value, b.value)
            high = max(a.value, b.value)
            if let hedge, hedge.shape == .approximate {
                low -= hedge.tolerance * abs(low)
                high += hedge.tolerance * abs(high)
            }
        } else if let range = a.plural {
            low = range.low
            high = range.high
            highClosed = false
        } else if let range = a.vague {
            low = range.low
            high = range.high
            if let hedge, hedge.shape == .approximate {
                low -= hedge.tolerance * abs(low)
                high += hedge.tolerance * abs(high)
            }
        } else if kind == .age, hedge == nil, a.value == a.value.rounded() {
            // A 15-year-old is 15 until the 16th birthday.
            low = a.value
            high = a.value + 1
            highClosed = false
        } else {
            let v = a.value
            let hw = min(a.halfWidth, lex.impliedCap * abs(v))
            let tol = (hedge?.tolerance ?? 0) * abs(v)
            switch hedge?.shape {
            case .approximate?:
                low = v - max(tol, hw)
                high = v + max(tol, hw)
            case .below?:
                low = v - tol
                high = v
                highClosed = false
            case .justAbove?:
                low = v
                high = v + tol
                lowClosed = false
            case .above?:
                low = v
                high = .infinity
                lowClosed = false
                highClosed = false
            case .atLeast?:
                low = v
                high = .infinity
                highClosed = false
            case .atMost?:
                low = v >= 0 ? 0 : -.infinity
                high = v
                lowClosed = v >= 0
            case .under?:
                low = v >= 0 ? 0 : -.infinity
                high = v
                lowClosed = v >= 0
                highClosed = false
            case .exact?:
                low = v
                high = v
            case .range?, .implied?, nil:
                if hw > 0 {
                    low = v - hw
                    high = v + hw
                    highClosed = false
                } else {
                    low = v
                    high = v
                }
            }
        }
        // A range's value is its midpoint.
        let value = b.map { (a.value + $0.value) / 2 } ?? a.value
        return make(first, next, value: value, low: low, high: high, lowClosed: lowClosed, highClosed: highClosed,
                    unit: unitName, currency: currency, kind: kind, hedge: hedge?.canonical, counted: counted?.text,
                    change: change)
    }

    /// A year cue (`quantity-calendar`, role year-cue: "in", "since", "by") right before digit
    /// token `d`, and a capitalised word right after it.
    func isYearBeforeName(_ d: Int) -> Bool {
        guard d >= 1, d + 1 < n, t[d + 1].isWord, t[d + 1].caps != 0, !t[d + 1].glued, !t[d + 1].newlineBefore else { return false }
        for back in 1...2 where d - back >= 0 {
            if let m = match(.calendar, d - back), m.next == d, lex.calendar[m.entry].role == .yearCue { return true }
        }
        return false
    }

    func isYearLike(_ d: Int) -> Bool {
        let tk = t[d]
        return tk.isPlainInteger && tk.digits == 4 && !tk.leadingZero && tk.value >= 1800 && tk.value <= 2100
    }

    /// "%", "percent", "years"; also glued "-year" ("five-year"). A duration followed by "old"
    /// is an age: "65-year-old", "15 years old", "two-month-old".
    func readUnit(at k: Int) -> (QuantityLexicon.Unit?, Int) {
        guard k < n else { return (nil, k) }
        if let u = match(.unit, k), t[k].glued || !isNameAhead(u.next) {
            var unit = lex.units[u.entry]
            var next = u.next
            if unit.cued, !t[k].glued, !cueFollows(unit.name, after: next) { return (nil, k) }
            if unit.kind == .duration, word(next, QuantityKeys.old), !t[next].glued {
                unit.kind = .age
                next += 1
            }
            return (unit, next)
        }
        if punct(k, QuantityKeys.hyphen), t[k].glued, k + 1 < n, t[k + 1].glued, t[k + 1].isWord,
           let u = match(.unit, k + 1), !lex.units[u.entry].cued {
            var unit = lex.units[u.entry]
            var next = u.next
            if unit.kind == .duration, punct(next, QuantityKeys.hyphen), t[next].glued, word(next + 1, QuantityKeys.old),
               t[next + 1].glued {
                next += 2
                unit.kind = .age
            }
            return (unit, next)
        }
        return (nil, k)
    }

    /// For a cued unit ("in"): a sense cue for it right after ("2 in thick"), or the clause
    /// ends there (the text, a line, a stop or a closing bracket; not a comma: "scored 2 in, then").
    func cueFollows(_ unit: String, after j: Int) -> Bool {
        if j >= n || t[j].newlineBefore { return true }
        if t[j].isPunct {
            let k = t[j].key
            return k == QuantityKeys.dot || k == QuantityKeys.closeParen
        }
        guard let m = match(.sense, j) else { return false }
        let cue = lex.senses[m.entry]
        return cue.after && cue.unit && (cue.only?.contains(unit) ?? true)
    }

    /// "^2", "^3" glued after a unit, or the word "squared" or "cubed": the power and the token after.
    func powerAfter(_ j: Int) -> (Int, Int)? {
        if punct(j, QuantityKeys.caret), t[j].glued, j + 1 < n, t[j + 1].isPlainInteger, t[j + 1].glued,
           t[j + 1].value == 2 || t[j + 1].value == 3 {
            return (Int(t[j + 1].value), j + 2)
        }
        if word(j, QuantityKeys.squared) { return (2, j + 1) }
        if word(j, QuantityKeys.cubed) { return (3, j + 1) }
        return nil
    }

    /// A rate after a measure: "/km", "/min" glued, or "per" and a unit ("10 l/km", "4,500
    /// tonnes per day"). Returns the unit it is per and the token after it.
    func perUnit(at k: Int) -> (QuantityLexicon.Unit, Int)? {
        var j = k
        if punct(j, QuantityKeys.slash), t[j].glued, j + 1 < n, t[j + 1].glued, t[j + 1].isWord {
            j += 1
        } else if word(j, QuantityKeys.per), j + 1 < n, !t[j + 1].newlineBefore {
            j += 1
        } else {
            return nil
        }
        guard let u = match(.unit, j), !lex.units[u.entry].cued, !isNameAhead(u.next) else { return nil }
        let rate = lex.units[u.entry]
        guard rate.kind == .measure || rate.kind == .duration else { return nil }
        return (rate, u.next)
    }

    /// A unit that is no cued form ("in") starts at `i`.
    func isUnit(_ i: Int) -> Bool {
        match(.unit, i).map { !lex.units[$0.entry].cued } ?? false
    }

    /// Digits glued at `i`, or a glued hyphen and digits: the word before is a name ("C-130", "V-22").
    func isNameAhead(_ i: Int) -> Bool {
        guard i < n, t[i].glued else { return false }
        if t[i].isNumber { return true }
        return punct(i, QuantityKeys.hyphen) && i + 1 < n && t[i + 1].isNumber && t[i + 1].glued
    }

    /// A number in digits (with sign, fraction, glued suffix or scale word) or in words at `k`.
    func readNumber(at k: Int) -> NumberReading? {
        guard k < n else { return nil }
        var j = k
        var sign = 1.0
        if isSign(j), j + 1 < n, t[j + 1].isNumber, t[j + 1].glued,
           j == 0 || !t[j].glued || t[j - 1].kind == .punct && !isSign(j - 1) {
            sign = t[j].key == QuantityKeys.plus ? 1 : -1
            j += 1
        } else if t[j].isWord, lex.signKeys.contains(t[j].key), let m = match(.numberWord, j),
                  lex.numberWords[m.entry].role == .sign, m.next < n,
                  !t[m.next].newlineBefore, j == 0 || !t[j - 1].isNumber {
            // "minus 40 degrees", "negative 2%".
            let s = lex.numberWords[m.entry].value
            if t[m.next].isNumber, var r = digits(at: m.next, first: k, sign: s) {
                r.signed = true
                return r
            }
            if t[m.next].isWord, var r = NumberWords(shared: shared, index: index, t: t).read(at: m.next) {
                r.value *= s
                r.first = k
                r.signed = true
                return r
            }
            return nil
        }
        if t[j].isNumber { return digits(at: j, first: k, sign: sign) }
        if j == k, t[j].isWord { return NumberWords(shared: shared, index: index, t: t).read(at: j) }
        return nil
    }

    func digits(at j: Int, first: Int, sign: Double) -> NumberReading? {
        let tk = t[j]
        var v = tk.value
        var r = NumberReading(value: v, halfWidth: 0, first: first, next: j + 1, digitToken: j)
        r.signed = first != j
        var c = j + 1
        if tk.isPlainInteger, punct(c, QuantityKeys.slash), t[c].glued, c + 1 < n, t[c + 1].isPlainInteger,
           t[c + 1].glued, !(punct(c + 2, QuantityKeys.slash) && t[c + 2].glued) {
            let den = t[c + 1].value
            if isFraction(v, den) {
                v /= den
                r.fraction = true
                c += 2
            } else {
                return nil
            }
        } else if tk.isPlainInteger, c + 2 < n, t[c].isPlainInteger, !t[c].glued, punct(c + 1, QuantityKeys.slash), t[c + 1].glued,
                  t[c + 2].isPlainInteger, t[c + 2].glued, t[c].value < t[c + 2].value, isFraction(t[c].value, t[c + 2].value),
                  !(punct(c + 3, QuantityKeys.slash) && t[c + 3].glued) {
            // "2 1/2 inches": a whole number and a proper fraction.
            v += t[c].value / t[c + 2].value
            r.fraction = true
            c += 3
        }
        var factor = 1.0
        if c < n, t[c].isWord {
            if t[c].glued {
                if let s = match(.scale, c), !lex.scales[s.entry].plural {
                    factor = lex.scales[s.entry].factor
                    r.suffix = c
                    c = s.next
                } else if tk.isPlainInteger, let w = match(.numberWord, c), lex.numberWords[w.entry].role == .ordinalSuffix {
                    r.ordinal = true
                    c = w.next
                } else if t[c].key == QuantityKeys.s, tk.isPlainInteger, tk.digits == 4 || tk.digits == 2,
                          v.truncatingRemainder(dividingBy: 10) == 0 {
                    r.decade = true
                    if tk.digits == 2 { v += v < 30 ? 2000 : 1900 }
                    c += 1
                }
            } else if !r.fraction, let s = match(.scale, c), !lex.scales[s.entry].suffixOnly {
                // "5 million"; a plural scale after digits scales too ("2 billions").
                factor = lex.scales[s.entry].factor
                c = s.next
            } else if !r.fraction, tk.isPlainInteger, let w = match(.numberWord, c),
                      lex.numberWords[w.entry].role == .multiplier {
                // "3 dozen"
                factor = lex.numberWords[w.entry].value
                c = w.next
            }
        }
        if factor != 1, punct(c, QuantityKeys.hyphen), t[c].glued, word(c + 1, QuantityKeys.strong), t[c + 1].glued {
            c += 2
        }
        r.value = sign * v * factor
        r.scaleFactor = factor
        if !(r.fraction || r.ordinal || r.decade) {
            r.halfWidth = 0.5 * QuantityMath.pow10(Int(tk.exponent)) * factor
        }
        r.next = c
        return r
    }

    /// "31.500": digits, a point and exactly three digits, unscaled (read as 31.5 so far).
    func groupsByPoint(_ r: NumberReading) -> Bool {
        guard let d = r.digitToken, t[d].decimal, t[d].exponent == -3, r.scaleFactor == 1, !r.fraction else { return false }
        let end = Int(t[d].end)
        return end >= 5 && p[end - 4] == 0x2E
    }

    func isFraction(_ num: Double, _ den: Double) -> Bool {
        num >= 1 && num < den && (den == 2 || den == 3 || den == 4 || den == 5 || den == 6 || den == 8 || den == 10
            || den == 16 || den == 32 || den == 100)
    }

    // MARK: what the number counts

    /// The counted noun after a quantity: skips capitalized words ("US"), modifiers from
    /// `quantity-nouns` and hyphenated compounds; stops at function words and punctuation.
    func countedNoun(from k: Int) -> (text: String, known: Bool)? {
        var j = k
        if word(j, QuantityKeys.of) {
            j += 1
            while j < n, t[j].isWord, t[j].key != QuantityKeys.of, QuantityKeys.partWords.contains(t[j].key) { j += 1 }
        }
        var skipped = 0
        while j < n && skipped < 4 {
            let tk = t[j]
            if tk.newlineBefore { return nil }
            if tk.kind == .punct, tk.key == QuantityKeys.hyphen, tk.glued, j > k, t[j - 1].isWord, isNameAhead(j) {
                j += 2
                continue
            }
            if tk.kind == .punct {
                if tk.key == QuantityKeys.hyphen, tk.glued, j + 1 < n, t[j + 1].glued, t[j + 1].isWord, j > k {
                    j += 2
                    skipped += 1
                    continue
                }
                return nil
            }
            // Digits glued to a name: "M1" in "seven M1 Abrams tanks", "C-130" in "three C-130 planes".
            if tk.kind == .number, tk.glued, j > k, t[j - 1].isWord {
                j += 1
                continue
            }
            // A plural ending glued to a model's digits is part of the name, never the counted
            // noun: the "s" of "four Bombardier CJR-900s", "seven Airbus 320s".
            if tk.kind == .word, tk.glued, j > k, t[j - 1].kind == .number {
                j += 1
                continue
            }
            if tk.kind != .word { return nil }
            if let m = match(.noun, j) {
                switch lex.nouns[m.entry] {
                case .noun: return (lowered(j, m.next), true)
                case .modifier:
                    j = m.next
                    skipped += 1
                    continue
                case .stop:
                    if tk.caps == 0 { return nil }
                    j += 1
                    skipped += 1
                    continue
                }
            }
            if tk.caps != 0 {
                j += 1
                skipped += 1
                continue
            }
            if index.starts(tk) { return nil }
            if endsWith(j, "ly") { return nil }
            // A hyphenated compound before the noun: "active-duty military personnel".
            if punct(j + 1, QuantityKeys.hyphen), t[j + 1].glued, j + 2 < n, t[j + 2].glued, t[j + 2].isWord {
                j += 3
                skipped += 1
                continue
            }
            let nx = j + 1
            if nx < n, t[nx].isWord, !t[nx].newlineBefore, let m = match(.noun, nx), lex.nouns[m.entry] == .noun {
                return (lowered(nx, m.next), true)
            }
            if endsWith(j, "ed") || endsWith(j, "ing") {
                if nx < n, t[nx].isWord, t[nx].caps == 0, !t[nx].newlineBefore, !index.starts(t[nx]), !endsWith(nx, "ly") {
                    return (lowered(nx, nx + 1), false)
                }
                return nil
            }
            return (lowered(j, j + 1), false)
        }
        return nil
    }

    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let len = suffix.utf8CodeUnitCount
        let e = Int(t[i].end)
        guard t[i].length > len else { return false }
        let s = suffix.utf8Start
        for m in 0..<len where p[e - len + m] | 0x20 != s[m] { return false }
        return true
    }

    // MARK: parts of a whole

    /// "4,500 of the 28,500 US troops": the first is a part of the second and counts what it counts.
    /// "45 and 50 mg", "two or three days", "3, 4 and 5 percent": a bare number listed before a
    /// quantity whose unit is written after its number takes that unit. Money counts only with
    /// the currency after ("5 or 6 dollars"), never "$5 or 6", which the range reading owns.
    func shareUnits(_ found: inout [Found]) {
        guard found.count > 1 else { return }
        for x in stride(from: found.count - 2, through: 0, by: -1) {
            let a = found[x].quantity
            let b = found[x + 1].quantity
            guard a.kind == .number, a.unit == nil, a.hedge == nil, a.change == nil else { continue }
            guard [.measure, .duration, .percent, .money].contains(b.kind), b.unit != nil else { continue }
            let g0 = found[x].next, g1 = found[x + 1].first
            guard g1 > g0, g1 - g0 <= 2, t[g1].kind != .punct else { continue }
            var ok = true
            for g in g0..<g1 {
                let k = t[g].key
                if !(k == QuantityKeys.and || k == QuantityKeys.or || k == QuantityKeys.comma) || (g > g0 && k == QuantityKeys.comma) {
                    ok = false
                }
            }
            // Money only with the currency as a word of its own after the number: "5 or 6 dollars",
            // not "$5 or 6" nor "5, 5c" (a model name).
            if b.kind == .money, !b.text.utf8.contains(0x20) || !(b.text.utf8.last.map(QuantityTokenizer.isASCIILetter) ?? false) { ok = false }
            guard ok else { continue }
            found[x].quantity.kind = b.kind
            found[x].quantity.unit = b.unit
            found[x].quantity.currency = b.currency
        }
    }

    func linkParts(_ found: inout [Found]) {
        guard found.count > 1 else { return }
        for x in 0..<(found.count - 1) {
            let a = found[x].quantity
            let b = found[x + 1].quantity
            guard a.isAmount, b.isAmount, b.kind != .percent else { continue }
            let g0 = found[x].next
            let g1 = found[x + 1].first
            guard g1 > g0, g1 - g0 <= 4 else { continue }
            var sawOf = false
            var ok = true
            for g in g0..<g1 {
                guard t[g].isWord, QuantityKeys.partWords.contains(t[g].key) else {
                    ok = false
                    break
                }
                if t[g].key == QuantityKeys.of { sawOf = true }
            }
            guard ok, sawOf else { continue }
            found[x].quantity.partOf = b.value
            if a.kind == .number, b.kind == .count || b.kind == .money {
                found[x].quantity.kind = b.kind
                found[x].quantity.unit = b.unit
                found[x].quantity.currency = b.currency
            }
            if found[x].quantity.counted == nil { found[x].quantity.counted = b.counted }
        }
    }
}
