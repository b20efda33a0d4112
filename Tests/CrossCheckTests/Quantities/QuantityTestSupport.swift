import Foundation
import Testing
@testable import CrossCheck

/// The real lexicons of the repository's `rules/`.
enum QuantityFixture {
    static let lexicons: [String: Lexicon] = Repository.rules.lexicons
    static let extractor = Repository.extractor.quantityExtractor
}

/// One table-driven case: `"category | text | key=value; key=value"`.
///
/// Keys: value, low, high (inf), lo/hi (open or closed), unit, currency, kind, hedge, part (the
/// whole), counted, change (up, down), match (the text of the quantity to check; default the first), n (how many
/// quantities the text has). `nil` means no value.
struct QuantityCase: CustomTestStringConvertible, Sendable {
    let category: String
    let text: String
    let expect: [String: String]

    init(_ line: String) {
        let parts = line.split(separator: "|", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
        category = parts[0]
        text = parts.count > 1 ? parts[1] : ""
        var e: [String: String] = [:]
        if parts.count > 2 {
            for item in parts[2].split(separator: ";") {
                let kv = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if kv.count == 2 { e[kv[0]] = kv[1] }
            }
        }
        expect = e
    }

    var testDescription: String { "[\(category)] \(text)" }

    /// Checks the case against the extractor; records an issue per field that differs.
    func verify(_ extractor: QuantityExtractor = QuantityFixture.extractor,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let found = extractor.quantities(in: text)
        let listing = found.map { "'\($0.text)' \($0.kind.rawValue) \($0.value) [\($0.low), \($0.high)] \($0.unit ?? "-")" }
            .joined(separator: ", ")
        if let n = expect["n"] {
            #expect(found.count == Int(n), "\(testDescription): expected \(n) quantities, found \(listing)",
                    sourceLocation: sourceLocation)
            if n == "0" { return }
        }
        let q: Quantity?
        if let m = expect["match"] { q = found.first { $0.text == m } } else { q = found.first }
        guard let q else {
            Issue.record("\(testDescription): no quantity \(expect["match"] ?? "") found; got \(listing)",
                         sourceLocation: sourceLocation)
            return
        }
        func num(_ key: String, _ actual: Double?) {
            guard let s = expect[key] else { return }
            let wanted: Double? = s == "nil" ? nil : (s == "inf" ? .infinity : Double(s))
            let ok: Bool
            switch (wanted, actual) {
            case (nil, nil): ok = true
            case let (w?, a?): ok = w == a || abs(w - a) <= 1e-9 * max(abs(w), abs(a))
            default: ok = false
            }
            #expect(ok, "\(testDescription): \(key) \(s) expected, got \(actual.map { "\($0)" } ?? "nil") in '\(q.text)'",
                    sourceLocation: sourceLocation)
        }
        func str(_ key: String, _ actual: String?) {
            guard let s = expect[key] else { return }
            let wanted: String? = s == "nil" ? nil : s
            #expect(wanted == actual, "\(testDescription): \(key) \(s) expected, got \(actual ?? "nil") in '\(q.text)'",
                    sourceLocation: sourceLocation)
        }
        func end(_ key: String, _ closed: Bool) {
            guard let s = expect[key] else { return }
            #expect((s == "closed") == closed, "\(testDescription): \(key) \(s) expected in '\(q.text)'",
                    sourceLocation: sourceLocation)
        }
        num("value", q.value)
        num("low", q.low)
        num("high", q.high)
        end("lo", q.lowClosed)
        end("hi", q.highClosed)
        str("unit", q.unit)
        str("currency", q.currency)
        str("kind", q.kind.rawValue)
        str("hedge", q.hedge)
        num("part", q.partOf)
        str("counted", q.counted)
        str("change", q.change?.rawValue)
        str("text", q.text)
    }
}
