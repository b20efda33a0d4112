import Foundation

/// A claim rule: patterns that find a kind of claim in a sentence, and the topic and value the
/// claim gets. Rules describe kinds of claims ("a count of forces stationed somewhere"), never
/// one article. File format: see `rules/README.md`.
public struct ClaimRule: Sendable {
    public var id: String
    public var description: String?
    public var patterns: [TokenPattern]
    /// The line of each pattern in the rule file, for diagnostics.
    public var patternLines: [Int]
    public var subject: TopicTemplate
    public var predicate: String
    /// The slot holding the claim's quantity, if the claim has a value.
    public var valueSlot: String?
    public var examples: [RuleExample]
    public var counterExamples: [RuleExample]
    public var file: String
    public var line: Int

    public init(id: String, description: String? = nil, patterns: [TokenPattern], subject: TopicTemplate,
                predicate: String, valueSlot: String? = nil, examples: [RuleExample] = [],
                counterExamples: [RuleExample] = [], file: String = "", line: Int = 0) {
        self.id = id
        self.description = description
        self.patterns = patterns
        self.patternLines = Array(repeating: line, count: patterns.count)
        self.subject = subject
        self.predicate = predicate
        self.valueSlot = valueSlot
        self.examples = examples
        self.counterExamples = counterExamples
        self.file = file
        self.line = line
    }

    static let keys = ["id", "description", "patterns", "topic", "value", "examples", "counter_examples"]
    static let topicKeys = ["subject", "predicate"]

    static func read(_ node: RuleNode, reader: inout RuleFileReader) -> ClaimRule? {
        guard reader.checkKeys(node, allowed: keys, required: ["id", "patterns", "topic"], what: "a claim rule") else {
            return nil
        }
        let id = reader.text(node["id"], "'id'") ?? ""
        if let idNode = node["id"], !id.isEmpty, !Lexicon.isValidName(id) {
            reader.error("bad-name", "rule id '\(id)' may contain only letters, digits, '-' and '_'", at: idNode)
        }
        var patterns: [TokenPattern] = []
        var patternLines: [Int] = []
        for (text, patternNode) in reader.texts(node["patterns"], "'patterns'") {
            do {
                let pattern = try TokenPattern.parse(text)
                patterns.append(pattern)
                patternLines.append(patternNode.line)
                if pattern.ways > TokenPattern.explosiveWays {
                    reader.warning("explosive-pattern", Self.explosionMessage(pattern.ways), at: patternNode)
                }
            } catch {
                reader.append(positioned(error.message, id: "bad-pattern", offset: error.offset, in: text, node: patternNode, reader: reader))
            }
        }
        var subject: TopicTemplate?
        var predicate: String?
        if let topic = node["topic"], reader.checkKeys(topic, allowed: topicKeys, required: topicKeys, what: "'topic'") {
            if let s = reader.text(topic["subject"], "'subject'"), let sNode = topic["subject"] {
                do { subject = try TopicTemplate.parse(s) } catch {
                    reader.append(positioned(error.message, id: "bad-template", offset: error.offset, in: s, node: sNode, reader: reader))
                }
            }
            predicate = reader.text(topic["predicate"], "'predicate'")
        }
        let valueSlot = reader.text(node["value"], "'value'")
        let examples = RuleExample.readList(node["examples"], reader: &reader)
        let counter = RuleExample.readList(node["counter_examples"], reader: &reader)
        guard !id.isEmpty, let subject, let predicate, !patterns.isEmpty else { return nil }
        var rule = ClaimRule(id: id, description: reader.text(node["description"], "'description'"),
                             patterns: patterns, subject: subject, predicate: predicate, valueSlot: valueSlot,
                             examples: examples, counterExamples: counter, file: reader.file, line: node.line)
        rule.patternLines = patternLines
        rule.checkSlots(node: node, reader: &reader)
        return rule
    }

    /// What `rules lint` says about a pattern whose nesting can explode.
    static func explosionMessage(_ ways: Double) -> String {
        let magnitude = ways >= 1e300 ? "more than 10^300" : "about 10^\(Int(log10(ways).rounded(.down)))"
        return "this pattern can be laid over a sentence in \(magnitude) ways from one word (measured on the pattern: "
            + "the product of the choices of its gaps, optional parts, alternatives and repeats; warned above "
            + "\(Int(TokenPattern.explosiveWays))). The matcher does not retry what failed and gives up on a sentence after "
            + "\(PatternMatcher.defaultStepBudget) steps, with a warning, so a pattern like this is slow and may miss claims: "
            + "use fewer optional groups between gaps, shorter gaps, or several simpler patterns"
    }

    /// Every slot the subject or `value` names must be captured by some pattern (a pattern may
    /// leave one out: the claim then goes without it); where the `value` slot is captured, it must
    /// capture a single quantity.
    func checkSlots(node: RuleNode, reader: inout RuleFileReader) {
        let patternNodes = node["patterns"]?.sequence ?? (node["patterns"].map { [$0] } ?? [])
        for (index, pattern) in patterns.enumerated() {
            let at = index < patternNodes.count ? patternNodes[index] : node
            if let valueSlot, pattern.slots.contains(valueSlot), !pattern.quantitySlots.contains(valueSlot) {
                reader.error("value-not-quantity", "slot '\(valueSlot)' is the rule's value but does not capture a single #quantity element", at: at)
            }
        }
        if let valueSlot, !patterns.contains(where: { $0.slots.contains(valueSlot) }) {
            let captured = Set(patterns.flatMap(\.slots))
            reader.error("undefined-slot", "the rule's value is slot '\(valueSlot)', which no pattern captures", at: node["value"] ?? node,
                         notes: Suggestion.note(for: valueSlot, in: captured).map { [$0] } ?? [])
        }
        let allCaptured = Set(patterns.flatMap(\.slots))
        for slot in subject.slots where !allCaptured.contains(slot) {
            reader.error("undefined-slot", "the subject uses slot '{\(slot)}', which no pattern captures", at: node["topic"]?["subject"] ?? node,
                         notes: Suggestion.note(for: slot, in: allCaptured).map { [$0] } ?? [])
        }
    }

    /// A diagnostic pointing inside a one-line text value: column = value column + byte offset
    /// (+1 when the YAML value is quoted).
    static func positioned(_ message: String, id: String, offset: Int, in text: String, node: RuleNode,
                           reader: RuleFileReader) -> Diagnostic {
        let lineText = reader.snippet(line: node.line, column: 1).split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let prefix = lineText.unicodeScalars.dropFirst(max(0, node.column - 1)).first
        let quoted = prefix == "\"" || prefix == "'"
        let scalarOffset = String(decoding: Array(text.utf8).prefix(offset), as: UTF8.self).unicodeScalars.count
        let column = node.column + scalarOffset + (quoted ? 1 : 0)
        return Diagnostic(id: id, message, file: reader.file, line: node.line, column: column,
                          snippet: reader.snippet(line: node.line, column: column))
    }
}

/// An inline example of a claim rule: a sentence and, optionally, what the claim must be.
/// A counter-example is a sentence that must yield no claim from the rule.
public struct RuleExample: Sendable, Hashable {
    public var text: String
    /// Expected fields: subject, predicate, value, modality, speaker, polarity.
    public var expect: [String: String]
    public var line: Int
    public var column: Int

    static let keys = ["text", "expect"]
    public static let expectKeys = ["subject", "predicate", "value", "modality", "speaker", "polarity", "text"]

    static func readList(_ node: RuleNode?, reader: inout RuleFileReader) -> [RuleExample] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            reader.error("expected-list", "examples must be a list, found \(node.kindName)", at: node)
            return []
        }
        var out: [RuleExample] = []
        for item in items {
            if let s = item.string {
                out.append(RuleExample(text: s, expect: [:], line: item.line, column: item.column))
                continue
            }
            guard reader.checkKeys(item, allowed: keys, required: ["text"], what: "an example") else { continue }
            guard let text = reader.text(item["text"], "'text'") else { continue }
            var expect: [String: String] = [:]
            if let e = item["expect"], reader.checkKeys(e, allowed: expectKeys, what: "'expect'") {
                for (k, v) in e.mapping ?? [] {
                    if let key = k.string, let value = reader.text(v, "'\(key)'") { expect[key] = value }
                }
            }
            out.append(RuleExample(text: text, expect: expect, line: item.line, column: item.column))
        }
        return out
    }
}
