/// Reads numbers written in words over tokens: "four thousand five hundred", "twenty-one",
/// "a dozen", "half a million", "one and a half", "two-thirds", "a quarter", "dozens",
/// "tens of thousands", and ordinals ("fifth", "twenty-first"). The words and their values
/// come from the `quantity-number-words` and `quantity-scales` lexicons.
struct NumberWords {
    let shared: QuantityLexicon.Shared
    /// The lexicon's phrase index, held by reference (see `QuantityPhraseIndex`).
    let index: QuantityPhraseIndex
    var lex: QuantityLexicon {
        _read { yield shared.lexicon }
    }
    let t: UnsafeBufferPointer<QuantityToken>

    private enum Last { case none, units, tens, hundred, scale, and, fraction, article, point }

    private func isFractionAhead(_ c: Int) -> Bool {
        guard c < t.count, t[c].isWord else { return false }
        if let m = index.match(.numberWord, at: c, in: t) {
            let w = lex.numberWords[m.entry]
            switch w.role {
            case .fraction, .multiplier, .vague: return true
            case .ordinal: return w.value >= 3 && t[c].key != QuantityKeys.second
            default: return false
            }
        }
        if let s = index.match(.scale, at: c, in: t) {
            let sc = lex.scales[s.entry]
            return !sc.suffixOnly && !sc.plural
        }
        return false
    }

    private func isScaleAhead(_ c: Int) -> Bool {
        guard c < t.count, t[c].isWord, let s = index.match(.scale, at: c, in: t) else { return false }
        let sc = lex.scales[s.entry]
        return !sc.suffixOnly && !sc.plural
    }

    /// "a gallon of beer", "an acre": the article is one of a unit that takes it (`article: one`
    /// in `quantity-units`); not after an amount, where it means "per" ("$3 a gallon", "10 cents
    /// a mile", "60 miles a gallon").
    private func oneOfUnit(article j: Int, next c: Int) -> NumberReading? {
        guard takesArticle(c) else { return nil }
        if j >= 1 {
            let b = t[j - 1]
            if b.isNumber { return nil }
            if b.isWord, index.match(.unit, at: j - 1, in: t) != nil || index.match(.currency, at: j - 1, in: t) != nil
                || index.match(.scale, at: j - 1, in: t) != nil { return nil }
        }
        return NumberReading(value: 1, halfWidth: 0, first: j, next: c)
    }

    /// The full form (three letters or more) of a unit with `article: one` starts at `c`.
    private func takesArticle(_ c: Int) -> Bool {
        guard c < t.count, t[c].isWord, !t[c].newlineBefore, t[c].length >= 3,
              let u = index.match(.unit, at: c, in: t) else { return false }
        return lex.units[u.entry].afterArticle
    }

    /// The number in words starting at token `j`, or nil.
    func read(at j: Int) -> NumberReading? {
        let n = t.count
        var total = 0.0
        var current = 0.0
        var saw = false
        var article = false
        var last = Last.none
        var c = j
        var end = j
        var plural: (low: Double, high: Double)?
        var vague: (low: Double, high: Double)?
        var ordinal = false
        scan: while c < n {
            let tk = t[c]
            if tk.kind == .punct {
                if tk.key == QuantityKeys.hyphen, tk.glued, saw, c + 1 < n, t[c + 1].glued, t[c + 1].isWord {
                    c += 1
                    continue
                }
                break
            }
            guard tk.kind == .word, c == j || !tk.newlineBefore else { break }
            if tk.key == QuantityKeys.and {
                guard saw, c + 1 < n else { break }
                if last == .hundred || last == .scale,
                   let m = index.match(.numberWord, at: c + 1, in: t), lex.numberWords[m.entry].role == .number {
                    c += 1
                    last = .and
                    continue
                }
                if let m = index.match(.numberWord, at: c + 1, in: t), lex.numberWords[m.entry].role == .article,
                   isFractionAhead(m.next), last == .units || last == .tens || last == .hundred || last == .scale {
                    c += 1
                    last = .and
                    continue
                }
                break
            }
            if let m = index.match(.numberWord, at: c, in: t) {
                let w = lex.numberWords[m.entry]
                switch w.role {
                case .number:
                    if saw && !(last == .tens && w.value < 10) && last != .hundred && last != .scale && last != .and {
                        break scan
                    }
                    // "no one was hurt", "that one costs more": a pronoun, no number.
                    if c == j, !w.pronounAfter.isEmpty, j >= 1, t[j - 1].isWord, !t[j].newlineBefore,
                       w.pronounAfter.contains(t[j - 1].key) {
                        return nil
                    }
                    current += w.value
                    saw = true
                    last = (w.value >= 20 && w.value < 100 && w.value.truncatingRemainder(dividingBy: 10) == 0) ? .tens : .units
                case .article:
                    if saw && last != .fraction && last != .and { break scan }
                    if article { break scan }
                    // "half a mile": the fraction of the unit after the article.
                    if saw, last == .fraction, takesArticle(m.next) {
                        c = m.next
                        end = c
                        break scan
                    }
                    guard isFractionAhead(m.next) else {
                        if !saw, let one = oneOfUnit(article: j, next: m.next) { return one }
                        break scan
                    }
                    article = true
                    c = m.next
                    last = .article
                    continue
                case .fraction:
                    if last == .and || (last == .article && saw) {
                        current += w.value
                    } else if saw, last == .units, total == 0, current == 1 {
                        // "one-half", "one quarter": one of the fraction.
                        current = w.value
                    } else if saw {
                        break scan
                    } else if article {
                        current = w.value
                    } else if m.next < n, let a = index.match(.numberWord, at: m.next, in: t),
                              lex.numberWords[a.entry].role == .article, isScaleAhead(a.next) || takesArticle(a.next) {
                        current = w.value
                    } else if m.next < n, t[m.next].isWord, t[m.next].key == QuantityKeys.of {
                        // "half of voters"
                        current = w.value
                    } else {
                        break scan
                    }
                    saw = true
                    last = .fraction
                case .fractions:
                    guard saw, current > 0, last == .units || last == .tens else { break scan }
                    current *= w.value
                    last = .fraction
                case .multiplier:
                    guard saw || article else { break scan }
                    current = (saw ? current : 1) * w.value
                    saw = true
                    last = .hundred
                case .plural:
                    guard !saw && !article else { break scan }
                    plural = (2 * w.value, 10 * w.value)
                    c = m.next
                    end = c
                    break scan
                case .ordinal:
                    if last == .tens && current >= 20 {
                        current += w.value
                        ordinal = true
                        c = m.next
                        end = c
                        break scan
                    }
                    if (article && !saw) || (saw && last == .units), w.value >= 3, tk.key != QuantityKeys.second {
                        current = (saw ? current : 1) / w.value
                        saw = true
                        last = .fraction
                    } else if !saw && !article {
                        if tk.key == QuantityKeys.second {
                            guard c > 0, t[c - 1].isWord, QuantityKeys.determiners.contains(t[c - 1].key) else { break scan }
                        }
                        current = w.value
                        ordinal = true
                        saw = true
                        c = m.next
                        end = c
                        break scan
                    } else {
                        break scan
                    }
                case .ordinalSuffix, .sign:
                    break scan
                case .point:
                    // "two point five": single digits after the point.
                    guard saw, last == .units || last == .tens, total == 0 else { break scan }
                    var d = m.next
                    var place = 0.1
                    var fraction = 0.0
                    while d < n, t[d].isWord, !t[d].newlineBefore, let dm = index.match(.numberWord, at: d, in: t) {
                        let digit = lex.numberWords[dm.entry]
                        guard digit.role == .number, digit.value < 10, digit.value == digit.value.rounded() else { break }
                        fraction += digit.value * place
                        place /= 10
                        d = dm.next
                    }
                    guard d > m.next else { break scan }
                    current += fraction
                    last = .point
                    c = d
                    end = c
                    continue
                case .vague:
                    // "a few", "a couple", "a few hundred".
                    guard article, !saw else { break scan }
                    var range = (low: w.low, high: w.high)
                    var value = w.value
                    c = m.next
                    var scaled = false
                    if c < n, t[c].isWord, !t[c].newlineBefore {
                        var f = 1.0
                        if let s = index.match(.scale, at: c, in: t), !lex.scales[s.entry].suffixOnly,
                           !lex.scales[s.entry].plural {
                            f = lex.scales[s.entry].factor
                            c = s.next
                        } else if let d = index.match(.numberWord, at: c, in: t), lex.numberWords[d.entry].role == .multiplier {
                            f = lex.numberWords[d.entry].value  // "a few dozen"
                            c = d.next
                        }
                        range = (range.low * f, range.high * f)
                        value *= f
                        scaled = f != 1
                    }
                    // "a couple of days", "a couple weeks", not "a couple from Texas".
                    if let key = w.connector, !scaled,
                       !(c < n && t[c].isWord && (t[c].key == key || index.match(.unit, at: c, in: t).map { !lex.units[$0.entry].cued } ?? false)) {
                        break scan
                    }
                    vague = range
                    current = value
                    saw = true
                    end = c
                    break scan
                }
                c = m.next
                end = c
                continue
            }
            if let s = index.match(.scale, at: c, in: t) {
                let sc = lex.scales[s.entry]
                if sc.suffixOnly { break }
                if sc.plural {
                    guard !saw && !article else { break }
                    plural = (2 * sc.factor, 10 * sc.factor)
                    c = s.next
                    end = c
                    break
                }
                guard saw || article else { break }
                if sc.factor < 1000 {
                    current = (saw ? current : 1) * sc.factor
                    last = .hundred
                } else {
                    total += (saw ? current : 1) * sc.factor
                    current = 0
                    last = .scale
                }
                saw = true
                c = s.next
                end = c
                continue
            }
            break
        }
        if var range = plural {
            // "tens of thousands", "hundreds of millions"
            if end + 1 < n, t[end].isWord, t[end].key == QuantityKeys.of,
               let s = index.match(.scale, at: end + 1, in: t), lex.scales[s.entry].plural {
                range = (range.low * lex.scales[s.entry].factor, range.high * lex.scales[s.entry].factor)
                end = s.next
            }
            return NumberReading(value: range.low, halfWidth: 0, first: j, next: end, plural: range)
        }
        guard saw, end > j else { return nil }
        let value = total + current
        var r = NumberReading(value: value, halfWidth: 0, first: j, next: end)
        if let vague {
            r.vague = vague
        } else if ordinal {
            r.ordinal = true
        } else {
            r.halfWidth = 0.5 * QuantityMath.pow10(QuantityMath.exponent(of: value))
        }
        return r
    }
}
