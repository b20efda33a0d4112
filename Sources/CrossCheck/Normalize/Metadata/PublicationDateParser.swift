/// Reads the dates news pages print: "23 May 2025 18:38", "May 23, 2025", "Updated: 23-08-2025
/// 06:18 IST", "2025-05-23T18:38:00Z". Month names and time zones come from the lexicons
/// `months` (attribute `value`: 1-12) and `time-zones` (attribute `value`: "+05:30").
/// Numeric dates are read day first ("23-08-2025", "03.04.2025") unless the first number
/// cannot be a day's month partner: "08/23/2025" (slashes) is month first when the day would
/// exceed 12.
public struct PublicationDateParser: Sendable {
    public struct ParsedDate: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        public var hour: Int?
        public var minute: Int?
        public var second: Int?
        /// "+05:30", "Z", or nil when the page gives no zone.
        public var offset: String?

        /// ISO 8601: `2025-05-23`, `2025-05-23T18:38:00`, `2025-08-23T06:18:00+05:30`.
        public var iso: String {
            var s = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            if let hour, let minute {
                s += "T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second ?? 0, 2))"
                if let offset { s += offset }
            }
            return s
        }

        private func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
    }

    let months: [String: Int]
    let zones: [String: String]

    public init(lexicons: [String: Lexicon]) {
        var months: [String: Int] = [:]
        for entry in lexicons["months"]?.entries ?? [] {
            guard let value = entry.attributes["value"].flatMap(Int.init) else { continue }
            for form in entry.forms { months[form.lowercased().replacingOccurrences(of: ".", with: "")] = value }
        }
        var zones: [String: String] = [:]
        for entry in lexicons["time-zones"]?.entries ?? [] {
            guard let value = entry.attributes["value"] else { continue }
            for form in entry.forms { zones[form.lowercased()] = value }
        }
        self.months = months
        self.zones = zones
    }

    /// Every date in `text`, in order. `shortYears`: numeric dates may end in a two-digit year
    /// ("5/5/20", "23.01.21": 2000-2069, else 1900s); for text a label marks as a date.
    public func dates(in text: String, shortYears: Bool = false) -> [ParsedDate] {
        let tokens = Tokenizer.tokens(in: text)
        var out: [ParsedDate] = []
        var i = 0
        while i < tokens.count {
            if let (date, next) = date(at: i, tokens, shortYears: shortYears) {
                out.append(date)
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    private func number(_ t: Token) -> Int? {
        guard t.isWord, t.key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var key = t.key
        for suffix in ["st", "nd", "rd", "th"] where key.hasSuffix(suffix) { key = String(key.dropLast(2)) }
        return Int(key)
    }

    private func dayNumber(_ t: Token) -> Int? {
        var key = t.key
        for suffix in ["st", "nd", "rd", "th", "er"] where key.hasSuffix(suffix) && key.count > 2 { key = String(key.dropLast(2)) }
        guard let n = Int(key), (1...31).contains(n) else { return nil }
        return n
    }

    private func month(_ t: Token) -> Int? {
        guard let first = t.key.utf8.first, first >= 0x61, first <= 0x7A else { return nil }
        return months[t.key.utf8.contains(0x2E) ? String(t.key.filter { $0 != "." }) : t.key]
    }

    private func year(_ t: Token) -> Int? {
        guard let n = number(t), t.key.count == 4, (1900...2100).contains(n) else { return nil }
        return n
    }

    /// A date starting at token `i`, and the index after it (time and zone included).
    private func date(at i: Int, _ tokens: [Token], shortYears: Bool) -> (ParsedDate, Int)? {
        func skipDot(_ j: Int) -> Int { j < tokens.count && (tokens[j].key == "." || tokens[j].key == ",") ? j + 1 : j }
        // 23 May 2025, 23. Juni 2016
        if let d = dayNumber(tokens[i]), i + 2 < tokens.count, skipDot(i + 1) < tokens.count, let m = month(tokens[skipDot(i + 1)]) {
            let j = skipDot(skipDot(i + 1) + 1)
            if j < tokens.count, let y = year(tokens[j]) {
                return withTime(ParsedDate(year: y, month: m, day: d), tokens, j + 1)
            }
        }
        // May 23, 2025
        if let m = month(tokens[i]), i + 2 < tokens.count {
            let dj = skipDot(i + 1)
            if dj < tokens.count, let d = dayNumber(tokens[dj]) {
                let yj = skipDot(dj + 1)
                if yj < tokens.count, let y = year(tokens[yj]) {
                    return withTime(ParsedDate(year: y, month: m, day: d), tokens, yj + 1)
                }
            }
        }
        // 2025-05-23, 23-08-2025, 23.08.2025, 08/23/2025
        if let numeric = numericDate(tokens, i, shortYears: shortYears) {
            return withTime(numeric.0, tokens, numeric.1)
        }
        return nil
    }

    private func numericDate(_ tokens: [Token], _ i: Int, shortYears: Bool) -> (ParsedDate, Int)? {
        // One token "23-08-2025" / "2025-05-23" / "23.08.2025", or "08 / 23 / 2025" as five tokens.
        var parts: [Substring] = []
        var separator: Character = "-"
        var next = i + 1
        let key = tokens[i].key
        let hasDash = key.utf8.contains(0x2D)
        if hasDash || key.utf8.contains(0x2E) {
            separator = hasDash ? "-" : "."
            parts = key.split(separator: separator, omittingEmptySubsequences: false)
            // ISO 8601 with a time: the tokenizer stops at "T18", so look at the raw text.
            if parts.count == 3, parts[2].count > 2, let tIndex = parts[2].firstIndex(of: "t") {
                parts[2] = parts[2][..<tIndex]
            }
        } else if i + 4 < tokens.count, tokens[i + 1].key == "/", tokens[i + 3].key == "/" {
            separator = "/"
            parts = [Substring(tokens[i].key), Substring(tokens[i + 2].key), Substring(tokens[i + 4].key)]
            next = i + 5
        }
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var c = Int(parts[2]) else { return nil }
        if shortYears, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 {
            c += c < 70 ? 2000 : 1900
            parts[2] = Substring(String(c))
        }
        var date: ParsedDate?
        if parts[0].count == 4, (1900...2100).contains(a), (1...12).contains(b), (1...31).contains(c) {
            date = ParsedDate(year: a, month: b, day: c)
        } else if parts[2].count == 4, (1900...2100).contains(c) {
            if separator == "/" && b > 12 && (1...12).contains(a) {
                date = ParsedDate(year: c, month: a, day: b)
            } else if (1...31).contains(a), (1...12).contains(b) {
                date = ParsedDate(year: c, month: b, day: a)
            } else if (1...12).contains(a), (1...31).contains(b) {
                date = ParsedDate(year: c, month: a, day: b)
            }
        }
        guard let date else { return nil }
        return (date, next)
    }

    /// Reads "18:38", "18:38:05", "6:18 pm" and a zone after the date, if present.
    private func withTime(_ date: ParsedDate, _ tokens: [Token], _ start: Int) -> (ParsedDate, Int) {
        var date = date
        var j = start
        if j < tokens.count, [",", "at", "|", "-", "–", "—", "um", "à", "às", "om"].contains(tokens[j].key) { j += 1 }
        guard j + 2 < tokens.count, let h = number(tokens[j]), tokens[j + 1].key == ":", let m = number(tokens[j + 2]),
              (0...23).contains(h), (0...59).contains(m) else { return (date, start) }
        date.hour = h
        date.minute = m
        j += 3
        if j + 1 < tokens.count, tokens[j].key == ":", let s = number(tokens[j + 1]), (0...59).contains(s) {
            date.second = s
            j += 2
        }
        if j < tokens.count, ["pm", "p.m.", "am", "a.m."].contains(tokens[j].key) {
            if tokens[j].key.hasPrefix("p"), h < 12 { date.hour = h + 12 }
            if tokens[j].key.hasPrefix("a"), h == 12 { date.hour = 0 }
            j += 1
        }
        // The zone as the page states it: "IST", "(ET)", "GMT+5:30", "UTC-4", "+05:30", "+0530".
        // The day and time stay the page's own (never converted to UTC).
        var k = j
        let parenthesized = k < tokens.count && tokens[k].key == "("
        if parenthesized { k += 1 }
        var offset: String?
        if k < tokens.count, let zone = zones[tokens[k].key] {
            offset = zone
            k += 1
        } else if k < tokens.count, let glued = gluedOffset(tokens[k].key) {
            offset = glued
            k += 1
        }
        if let (numeric, next) = Self.numericOffset(tokens, k) {
            offset = numeric
            k = next
        }
        if let offset {
            if parenthesized {
                guard k < tokens.count, tokens[k].key == ")" else { return (date, j) }
                k += 1
            }
            date.offset = offset
            j = k
        }
        return (date, j)
    }

    /// "utc-4", "gmt-0500": a zone name and a negative offset the tokenizer kept as one word.
    private func gluedOffset(_ key: String) -> String? {
        guard let dash = key.firstIndex(of: "-"), zones[String(key[..<dash])] != nil else { return nil }
        let digits = key[key.index(after: dash)...]
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
        let hours = digits.count > 2 ? n / 100 : n, minutes = digits.count > 2 ? n % 100 : 0
        guard hours <= 14, [0, 15, 30, 45].contains(minutes) else { return nil }
        return "-" + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// "+05:30", "+0530", "+5:30", "-4" at token `k`: the offset as "+05:30", and the index after it.
    static func numericOffset(_ tokens: [Token], _ k: Int) -> (String, Int)? {
        guard k + 1 < tokens.count, ["+", "-", "−"].contains(tokens[k].key) else { return nil }
        let sign = tokens[k].key == "+" ? "+" : "-"
        let first = tokens[k + 1].key
        guard !first.isEmpty, first.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(first) else { return nil }
        var hours = n, minutes = 0, next = k + 2
        if first.count == 4 {
            hours = n / 100
            minutes = n % 100
        } else if first.count <= 2 {
            if next + 1 < tokens.count, tokens[next].key == ":", tokens[next + 1].key.count == 2, let m = Int(tokens[next + 1].key) {
                minutes = m
                next += 2
            }
        } else {
            return nil
        }
        guard hours <= 14, [0, 15, 30, 45].contains(minutes) else { return nil }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return ("\(sign)\(two(hours)):\(two(minutes))", next)
    }
}
