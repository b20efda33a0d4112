/// Runs every claim rule's inline `examples` (each must yield a claim from that rule, with the
/// expected fields) and `counter_examples` (each must yield none). A failure is a diagnostic at
/// the example's line in the rule file.
public struct RuleExampleChecker: Sendable {
    public let extractor: ClaimExtractor

    public init(extractor: ClaimExtractor) {
        self.extractor = extractor
    }

    public struct Summary: Sendable {
        public var passed: Int
        public var failures: [Diagnostic]
    }

    public func check() -> Summary {
        var passed = 0
        var failures: [Diagnostic] = []
        for rule in extractor.rules.rules {
            for example in rule.examples {
                if let problem = problem(rule: rule, example: example) {
                    failures.append(Diagnostic(id: "example-failed", "rule '\(rule.id)': \(problem)", file: rule.file,
                                               line: example.line, column: example.column,
                                               notes: ["example: \(example.text)"]))
                } else {
                    passed += 1
                }
            }
            for counter in rule.counterExamples {
                let claims = claims(of: rule, in: counter.text)
                if let claim = claims.first {
                    failures.append(Diagnostic(id: "counter-example-matched",
                                               "rule '\(rule.id)' found a claim in a counter-example: \"\(claim.text)\"",
                                               file: rule.file, line: counter.line, column: counter.column,
                                               notes: ["counter-example: \(counter.text)"]))
                } else {
                    passed += 1
                }
            }
        }
        return Summary(passed: passed, failures: failures)
    }

    func claims(of rule: ClaimRule, in text: String) -> [Claim] {
        let document = Document(id: "example", path: rule.file, body: text)
        return extractor.claims(in: document).filter { $0.rule == rule.id }
    }

    /// Nil when the example passes; otherwise what went wrong.
    func problem(rule: ClaimRule, example: RuleExample) -> String? {
        let claims = claims(of: rule, in: example.text)
        guard !claims.isEmpty else { return "no claim found in the example" }
        if example.expect.isEmpty { return nil }
        var mismatches: [String] = []
        for claim in claims {
            mismatches = Self.mismatches(claim, example.expect)
            if mismatches.isEmpty { return nil }
        }
        return "the claim differs from what the example expects: " + mismatches.joined(separator: "; ")
    }

    static func mismatches(_ claim: Claim, _ expect: [String: String]) -> [String] {
        var out: [String] = []
        for (key, expected) in expect.sorted(by: { $0.key < $1.key }) {
            let actual: String?
            switch key {
            case "subject": actual = claim.topic.subject
            case "predicate": actual = claim.topic.predicate
            case "modality": actual = claim.modality.rawValue
            case "polarity": actual = claim.polarity.rawValue
            case "speaker": actual = claim.attribution.speaker
            case "text": actual = claim.text
            case "value":
                guard let want = Double(expected.replacingOccurrences(of: ",", with: "")) else {
                    out.append("value '\(expected)' is not a number")
                    continue
                }
                if let have = claim.value?.value, abs(have - want) <= max(1e-9, abs(want) * 1e-9) { continue }
                out.append("value is \(claim.value.map { "\($0.value)" } ?? "missing"), expected \(expected)")
                continue
            default: actual = nil
            }
            if actual != expected { out.append("\(key) is \(actual.map { "'\($0)'" } ?? "missing"), expected '\(expected)'") }
        }
        return out
    }
}
