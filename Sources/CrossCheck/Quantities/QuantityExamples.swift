/// Checks the `examples:` of the quantity lexicons (`crosscheck rules test`).
///
/// An example is a mapping: `text` (required), then the expected fields of the quantity found
/// in it: `value`, `low`, `high` (`inf` for an open upper end), `low_closed`, `high_closed`,
/// `unit`, `currency`, `kind`, `hedge`, `part_of`, `counted`, `change` (`null` for none). `match` picks
/// the quantity whose text is exactly that (default: the first one found); `quantities` is the
/// number of quantities expected in the whole text (0 for "none").
/// ```yaml
/// examples:
///   - {text: "approximately 4,500 troops", value: 4500, low: 4050, high: 4950, unit: troops, kind: count}
///   - {text: "the 2016 coup attempt", kind: year}
///   - {text: "a K1E1 tank", quantities: 0}
/// ```
public enum QuantityExamples {
    static let keys = ["text", "match", "value", "low", "high", "low_closed", "high_closed", "unit", "currency",
                       "kind", "hedge", "part_of", "counted", "change", "quantities", "note"]

    /// Runs the examples of the lexicons the extractor reads; returns an error diagnostic (file,
    /// line, column of the example) per example whose quantity differs, plus the extractor's
    /// own diagnostics about bad attributes.
    public static func check(_ lexicons: [String: Lexicon], extractor: QuantityExtractor) -> [Diagnostic] {
        var out = extractor.diagnostics
        for name in QuantityExtractor.lexiconNames {
            guard let lexicon = lexicons[name] else { continue }
            for example in lexicon.examples {
                if let problem = check(example, extractor: extractor) {
                    out.append(Diagnostic(id: "example-failed", problem, file: lexicon.file, line: example.line,
                                          column: example.column))
                }
            }
        }
        return out
    }

    /// nil when the example holds, else what differs.
    public static func check(_ example: RuleNode, extractor: QuantityExtractor) -> String? {
        guard let pairs = example.mapping else { return "an example must be a mapping with 'text'" }
        for (key, _) in pairs where !keys.contains(key.string ?? "") {
            return "unknown key '\(key.string ?? "")' in an example; allowed: \(keys.joined(separator: ", "))"
        }
        guard let text = example["text"]?.string else { return "an example needs 'text'" }
        let found = extractor.quantities(in: text)
        let shown = "example '\(text)'"
        if let expected = example["quantities"]?.string {
            guard let count = Int(expected) else { return "\(shown): 'quantities' must be a whole number" }
            if found.count != count {
                return "\(shown): expected \(count) quantities, found \(found.count)\(describe(found))"
            }
            if count == 0 { return nil }
        }
        let q: Quantity
        if let m = example["match"]?.string {
            guard let hit = found.first(where: { $0.text == m }) else {
                return "\(shown): no quantity reads '\(m)'\(describe(found))"
            }
            q = hit
        } else {
            guard let hit = found.first else { return "\(shown): no quantity found" }
            q = hit
        }
        var problems: [String] = []
        func number(_ key: String, _ actual: Double?) {
            guard let node = example[key], let s = node.string else { return }
            let expected = parseNumber(s)
            if expected == nil && !isNull(s) { problems.append("'\(key)' must be a number, found '\(s)'"); return }
            if !same(expected, actual) { problems.append("\(key) \(show(expected)) expected, got \(show(actual))") }
        }
        func field(_ key: String, _ actual: String?) {
            guard let node = example[key], let s = node.string else { return }
            let expected: String? = isNull(s) ? nil : s
            if expected != actual { problems.append("\(key) '\(expected ?? "null")' expected, got '\(actual ?? "null")'") }
        }
        func flag(_ key: String, _ actual: Bool) {
            guard let s = example[key]?.string else { return }
            let expected = s == "true" || s == "yes"
            if expected != actual { problems.append("\(key) \(expected) expected, got \(actual)") }
        }
        number("value", q.value)
        number("low", q.low)
        number("high", q.high)
        flag("low_closed", q.lowClosed)
        flag("high_closed", q.highClosed)
        field("unit", q.unit)
        field("currency", q.currency)
        field("kind", q.kind.rawValue)
        field("hedge", q.hedge)
        number("part_of", q.partOf)
        field("counted", q.counted)
        field("change", q.change?.rawValue)
        if problems.isEmpty { return nil }
        return "\(shown) (read '\(q.text)'): " + problems.joined(separator: "; ")
    }

    static func isNull(_ s: String) -> Bool { s == "null" || s == "~" || s.isEmpty }

    static func parseNumber(_ s: String) -> Double? {
        switch s.lowercased() {
        case "inf", ".inf", "infinity", "+inf", "+.inf": return .infinity
        case "-inf", "-.inf", "-infinity": return -.infinity
        default: return Double(String(s.filter { $0 != "_" }))
        }
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            if x == y { return true }
            return abs(x - y) <= 1e-9 * max(abs(x), abs(y))
        default: return false
        }
    }

    static func show(_ d: Double?) -> String {
        guard let d else { return "null" }
        if d == .infinity { return "inf" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    static func describe(_ found: [Quantity]) -> String {
        found.isEmpty ? "" : " (" + found.map { "'\($0.text)' \($0.kind.rawValue)" }.joined(separator: ", ") + ")"
    }
}
