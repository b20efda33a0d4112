/// Numbers that are not amounts: dates, times, phone numbers, ids and model numbers. They come
/// out with their own kind (date, time, phone, code) so that nothing downstream counts them.
///
/// Values: a date is `yyyymmdd` (missing parts 0: "June 3" → 603, "May 2025" → 20250500); a
/// time is `hhmm` ("18:38" → 1838); a phone number is its digits; a code is its number.
extension QuantityParser {
    /// "June 3", "March 20, 2025", "Jul. 31, 2017", "May 2025", "June 3rd".
    func date(monthAt i: Int, month: Int, after j0: Int) -> Found? {
        var j = j0
        if punct(j, QuantityKeys.dot), t[j].glued { j += 1 }
        var day = 0
        var year = 0
        var last: Int
        if j < n, t[j].isPlainInteger, t[j].digits <= 2, t[j].value >= 1, t[j].value <= 31, !t[j].newlineBefore,
           !(punct(j + 1, QuantityKeys.colon) && t[j + 1].glued) {
            day = Int(t[j].value)
            last = j
            j += 1
            if j < n, t[j].isWord, t[j].glued, let m = match(.numberWord, j),
               lex.numberWords[m.entry].role == .ordinalSuffix {
                last = j
                j = m.next
            }
            var y = j
            if punct(y, QuantityKeys.comma) { y += 1 }
            if y < n, t[y].isPlainInteger, t[y].digits == 4, !t[y].newlineBefore {
                year = Int(t[y].value)
                last = y
            }
        } else if j < n, t[j].isPlainInteger, t[j].digits == 4, t[j].value >= 1000, !t[j].newlineBefore {
            year = Int(t[j].value)
            last = j
        } else {
            return nil
        }
        let value = Double(year * 10000 + month * 100 + day)
        return make(i, last + 1, value: value, kind: .date)
    }

    /// A date, time, phone number or code starting at token `a`, or nil when `a` starts an amount.
    func nonCount(at a: Int) -> Found? {
        guard a < n else { return nil }
        // "+91-720-6444012", "+1 555 123 4567"
        if punct(a, QuantityKeys.plus), a + 1 < n, t[a + 1].isNumber, t[a + 1].glued, t[a + 1].isPlainInteger {
            var e = a + 1
            var digits = Int(t[e].digits)
            var value = t[e].value
            while e + 1 < n {
                if (punct(e + 1, QuantityKeys.hyphen) || punct(e + 1, QuantityKeys.dot)), t[e + 1].glued, e + 2 < n,
                   t[e + 2].isPlainInteger, t[e + 2].glued {
                    e += 2
                } else if t[e + 1].isPlainInteger, !t[e + 1].glued, !t[e + 1].newlineBefore, digits < 11 {
                    e += 1
                } else if punct(e + 1, QuantityKeys.openParen), e + 3 < n, t[e + 2].isPlainInteger,
                          punct(e + 3, QuantityKeys.closeParen) {
                    e += 3
                    digits += Int(t[e - 1].digits)
                    value = value * QuantityMath.pow10(Int(t[e - 1].digits)) + t[e - 1].value
                    continue
                } else {
                    break
                }
                digits += Int(t[e].digits)
                value = value * QuantityMath.pow10(Int(t[e].digits)) + t[e].value
            }
            if digits >= 7 { return make(a, e + 1, value: value, kind: .phone) }
            return nil
        }
        guard t[a].isNumber else { return nil }
        let first = t[a]
        // Digits glued to a word are part of a name ("G7", "A320", "MH17"); after "=" they are a
        // parameter ("id=5"). Neither is a quantity.
        if first.glued, a >= 1, t[a - 1].isWord || punct(a - 1, QuantityKeys.equals) {
            var f = make(a, codeEnd(a) + 1, value: first.value, kind: .code)
            f.first = a - 1
            f.silent = true
            return f
        }
        // Groups joined by one separator: "23-08-2025", "2025-08-23", "8/23/25", "720-6444012", "3/4".
        if first.isPlainInteger, a + 2 < n, t[a + 1].kind == .punct, t[a + 1].glued, t[a + 2].glued,
           t[a + 2].isPlainInteger {
            let sep = t[a + 1].key
            if sep == QuantityKeys.hyphen || sep == QuantityKeys.slash || sep == QuantityKeys.dot {
                var groups = [a, a + 2]
                var e = a + 2
                while groups.count < 5, e + 2 < n, punct(e + 1, sep), t[e + 1].glued, t[e + 2].glued,
                      t[e + 2].isPlainInteger {
                    e += 2
                    groups.append(e)
                }
                let digits = groups.reduce(0) { $0 + Int(t[$1].digits) }
                if groups.count >= 3 {
                    if groups.count == 3, let d = dateValue(t[groups[0]], t[groups[1]], t[groups[2]]) {
                        return make(a, e + 1, value: d, kind: .date)
                    }
                    if sep == QuantityKeys.hyphen && digits >= 7 {
                        return make(a, e + 1, value: phoneValue(groups), kind: .phone)
                    }
                    return make(a, e + 1, value: first.value, kind: .code)
                }
                if sep == QuantityKeys.hyphen, digits >= 9, t[a + 2].digits >= 4 {
                    return make(a, e + 1, value: phoneValue(groups), kind: .phone)
                }
                // A score or split: "3-2 win", "50-50" (a range would go up).
                if sep == QuantityKeys.hyphen, t[a + 2].value <= first.value, first.digits <= 3, t[a + 2].digits <= 3 {
                    return make(a, e + 1, value: first.value, kind: .code)
                }
                if sep == QuantityKeys.slash, !isFraction(first.value, t[a + 2].value) {
                    let x = first.value
                    let y = t[a + 2].value
                    if x >= 1, y >= 1, x <= 12, y <= 31, first.digits <= 2, t[a + 2].digits <= 2 {
                        return make(a, e + 1, value: x * 100 + y, kind: .date)
                    }
                    return make(a, e + 1, value: first.value, kind: .code)
                }
            }
        }
        // "18:38", "06:18 IST", "6:30 a.m."
        if first.isPlainInteger, first.value <= 24, first.digits <= 2, punct(a + 1, QuantityKeys.colon), t[a + 1].glued,
           a + 2 < n, t[a + 2].isPlainInteger, t[a + 2].glued, t[a + 2].digits == 2, t[a + 2].value < 60 {
            var e = a + 2
            if punct(e + 1, QuantityKeys.colon), t[e + 1].glued, e + 2 < n, t[e + 2].isPlainInteger, t[e + 2].digits == 2 {
                e += 2
            }
            e = timeSuffix(after: e)
            return make(a, e + 1, value: first.value * 100 + t[a + 2].value, kind: .time)
        }
        // "6 pm", "11am"
        if first.isPlainInteger, first.value >= 1, first.value <= 12, a + 1 < n, t[a + 1].isWord,
           let m = match(.calendar, a + 1), lex.calendar[m.entry].role == .time, t[a + 1].key != QuantityKeys.s {
            let e = timeSuffix(after: a)
            let hour = first.value.truncatingRemainder(dividingBy: 12)
                + (lowered(a + 1, a + 2).hasPrefix("p") ? 12 : 0)
            return make(a, e + 1, value: hour * 100, kind: .time)
        }
        // "2.17pm", "6.30 a.m.": British clock times, a point between hour and minutes.
        if first.kind == .number, first.decimal, !first.grouped, first.exponent == -2, first.value >= 1, first.value < 13,
           a + 1 < n, t[a + 1].isWord, let m = match(.calendar, a + 1), lex.calendar[m.entry].role == .time {
            let mark = lowered(a + 1, m.next).filter { $0 != "." }
            let hour = first.value.rounded(.down)
            let minutes = ((first.value - hour) * 100).rounded()
            if mark == "am" || mark == "pm", minutes < 60 {
                let e = timeSuffix(after: a)
                return make(a, e + 1, value: hour.truncatingRemainder(dividingBy: 12) * 100 + (mark == "pm" ? 1200 : 0) + minutes, kind: .time)
            }
        }
        // "3 June 2025", "23 May", "3rd of June"
        if first.isPlainInteger, first.digits <= 2, first.value >= 1, first.value <= 31 {
            var j = a + 1
            if j < n, t[j].isWord, t[j].glued, let m = match(.numberWord, j), lex.numberWords[m.entry].role == .ordinalSuffix {
                j = m.next
                if word(j, QuantityKeys.of) || word(j, QuantityKeys.the) { j += 1 }
            }
            if j < n, t[j].isWord, !t[j].newlineBefore, let m = match(.calendar, j), lex.calendar[m.entry].role == .month {
                var last = m.next - 1
                var year = 0
                var y = m.next
                if punct(y, QuantityKeys.comma) { y += 1 }
                if y < n, t[y].isPlainInteger, t[y].digits == 4, !t[y].newlineBefore {
                    year = Int(t[y].value)
                    last = y
                }
                let value = Double(year * 10000 + lex.calendar[m.entry].value * 100 + Int(first.value))
                return make(a, last + 1, value: value, kind: .date)
            }
        }
        // Ids glued to a word: "F-35", "COVID-19", "MH-17", "#5".
        if first.glued, a >= 1 {
            if a >= 2, punct(a - 1, QuantityKeys.hyphen), t[a - 1].glued, t[a - 2].isWord {
                return make(a, codeEnd(a) + 1, value: first.value, kind: .code)
            }
            if punct(a - 1, QuantityKeys.hash) { return make(a, codeEnd(a) + 1, value: first.value, kind: .code) }
        }
        // Letters glued after the number that are not a scale, ordinal, unit, currency or decade: "5G", "3D".
        if a + 1 < n, t[a + 1].isWord, t[a + 1].glued, !(first.decimal && t[a + 1].length > 2) {
            let c = a + 1
            let known = match(.scale, c) != nil || isUnit(c) || match(.currency, c) != nil
                || (match(.numberWord, c).map { lex.numberWords[$0.entry].role == .ordinalSuffix } ?? false)
                || t[c].key == QuantityKeys.s || match(.calendar, c) != nil || match(.hedge, c) != nil
            if !known { return make(a, codeEnd(a) + 1, value: first.value, kind: .code) }
        }
        // Cue words before: "page 4", "No. 7", "section 230", "Article 5".
        if a >= 1 {
            for back in 1...3 where a - back >= 0 {
                let s = a - back
                if let m = match(.nonCount, s), m.next == a, !lex.nonCount[m.entry].after {
                    let kind = lex.nonCount[m.entry].kind
                    if kind == .age {
                        // "aged 15": 15 until the 16th birthday.
                        guard first.isPlainInteger else { return nil }
                        return make(a, a + 1, value: first.value, low: first.value, high: first.value + 1,
                                    highClosed: false, unit: "year", kind: .age)
                    }
                    return make(a, codeEnd(a) + 1, value: first.value, kind: kind)
                }
            }
        }
        // Cue words after: "737 Max".
        if a + 1 < n, t[a + 1].isWord, let m = match(.nonCount, a + 1), lex.nonCount[m.entry].after {
            return make(a, a + 1, value: first.value, kind: lex.nonCount[m.entry].kind)
        }
        // A plain number right after a name: "Boeing 737", "Apollo 11" (not at a sentence start).
        if first.isPlainInteger, first.digits <= 4, a >= 1, t[a - 1].isWord, t[a - 1].caps != 0, !t[a].newlineBefore,
           !index.starts(t[a - 1]), !isSentenceStart(a - 1), !isYearLikeToken(first) {
            let after = a + 1
            let amountAfter = after < n && (match(.scale, after) != nil || isUnit(after)
                || match(.currency, after) != nil || match(.noun, after).map { lex.nouns[$0.entry] == .noun } ?? false
                || punct(after, QuantityKeys.hyphen) || punct(after, QuantityKeys.enDash) || word(after, QuantityKeys.to)
                || word(after, QuantityKeys.of))
            if !amountAfter { return make(a, a + 1, value: first.value, kind: .code) }
        }
        // A version after a product's name: "USB 3.0", "iOS 8.2" (a decimal after a name), and
        // any plain number after a name with a capital inside it ("iPhone 6 units", "iOS 8
        // users", "iPad 3"); not before a scale, unit or currency ("Acme 2.5 million").
        if first.decimal || first.isPlainInteger, first.digits <= 3, a >= 1, t[a - 1].isWord, !t[a].newlineBefore, !t[a].glued,
           !index.starts(t[a - 1]), (first.decimal && t[a - 1].caps != 0 && !isSentenceStart(a - 1)) || hasInnerCapital(a - 1) {
            let after = a + 1
            let amountAfter = after < n && (match(.scale, after) != nil || isUnit(after) || match(.currency, after) != nil
)
            if !amountAfter { return make(a, a + 1, value: first.value, kind: .code) }
        }
        return nil
    }

    /// A word with a capital letter after its first letter: "iPhone", "iOS", "eBay" (not "USB",
    /// which is all capitals, nor "McDonald").
    func hasInnerCapital(_ i: Int) -> Bool {
        guard t[i].caps == 0 else { return false }
        let s = Int(t[i].start), e = Int(t[i].end)
        guard e - s >= 2, p[s] >= 0x61, p[s] <= 0x7A else { return false }
        return (s + 1..<e).contains { p[$0] >= 0x41 && p[$0] <= 0x5A }
    }

    func isYearLikeToken(_ tk: QuantityToken) -> Bool {
        tk.isPlainInteger && tk.digits == 4 && !tk.leadingZero && tk.value >= 1800 && tk.value <= 2100
    }

    /// Token `i` begins a sentence or a line (or follows an opening quote or bracket).
    func isSentenceStart(_ i: Int) -> Bool {
        if i == 0 || t[i].newlineBefore { return true }
        let prev = t[i - 1]
        guard prev.kind == .punct else { return false }
        let k = prev.key
        return k == QuantityKeys.dot || k == QuantityKeys.question || k == QuantityKeys.bang || k == QuantityKeys.colon
            || k == QuantityKeys.quote || k == QuantityKeys.leftQuote || k == QuantityKeys.openParen
            || k == QuantityKeys.semicolon || k == QuantityKeys.emDash || k == QuantityKeys.enDash
    }

    /// The last token of an id: glued letters, digits and hyphens after token `a`.
    func codeEnd(_ a: Int) -> Int {
        var e = a
        while e + 1 < n, t[e + 1].glued {
            let tk = t[e + 1]
            if tk.isWord || tk.isNumber {
                e += 1
            } else if tk.key == QuantityKeys.hyphen, e + 2 < n, t[e + 2].glued, !t[e + 2].isPunct {
                e += 2
            } else {
                break
            }
        }
        return e
    }

    /// am/pm and time zones after a time.
    func timeSuffix(after e: Int) -> Int {
        var e = e
        while e + 1 < n, t[e + 1].isWord, !t[e + 1].newlineBefore, let m = match(.calendar, e + 1),
              lex.calendar[m.entry].role == .time {
            e = m.next - 1
        }
        return e
    }

    func phoneValue(_ groups: [Int]) -> Double {
        var v = 0.0
        for g in groups { v = v * QuantityMath.pow10(Int(t[g].digits)) + t[g].value }
        return v
    }

    /// `yyyymmdd` for day-month-year, year-month-day or month-day-year groups, or nil.
    func dateValue(_ x: QuantityToken, _ y: QuantityToken, _ z: QuantityToken) -> Double? {
        func fullYear(_ tk: QuantityToken) -> Int? {
            if tk.digits == 4 { return Int(tk.value) }
            if tk.digits == 2 { return Int(tk.value) + (tk.value < 50 ? 2000 : 1900) }
            return nil
        }
        // Date groups have at most four digits; a longer number (found by fuzzing:
        // "9999999999999999999999-99-999") is no date, and would overflow `Int`.
        guard [x, y, z].allSatisfy({ $0.value.isFinite && abs($0.value) < 1e6 }) else { return nil }
        let a = Int(x.value), b = Int(y.value)
        if x.digits == 4, (1...12).contains(b), (1...31).contains(Int(z.value)), z.digits <= 2 {
            return Double(a * 10000 + b * 100 + Int(z.value))
        }
        guard x.digits <= 2, y.digits <= 2, let year = fullYear(z) else { return nil }
        if (1...31).contains(a), (1...12).contains(b) { return Double(year * 10000 + b * 100 + a) }
        if (1...12).contains(a), (1...31).contains(b) { return Double(year * 10000 + a * 100 + b) }
        return nil
    }
}
