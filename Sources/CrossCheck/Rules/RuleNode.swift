import Yams

/// A YAML rule file as a tree that remembers where every value came from, so that every
/// problem can be reported as `path:line:col`. Built from Yams' composed node tree; anchors and
/// aliases are refused past a node cap, since editors' files must not expand exponentially.
public struct RuleNode: Sendable {
    public enum Value: Sendable {
        case scalar(String)
        case sequence([RuleNode])
        case mapping([(key: RuleNode, value: RuleNode)])
    }

    public var value: Value
    public var line: Int
    public var column: Int

    /// The most nodes a rule file may expand to.
    public static let nodeLimit = 100_000

    public var string: String? {
        if case .scalar(let s) = value { return s }
        return nil
    }

    public var sequence: [RuleNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var mapping: [(key: RuleNode, value: RuleNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> RuleNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    public var kindName: String {
        switch value {
        case .scalar: "a text value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// Parses YAML text; a syntax error becomes a diagnostic at its position.
    public static func parse(yaml: String, file: String) throws(DiagnosticList) -> RuleNode? {
        let root: Node?
        do {
            // Every scalar is kept as text (`RuleNode` never asks Yams what type it is), so the
            // basic resolver, which runs no regular expression per scalar, is enough.
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw DiagnosticList([diagnostic(for: error, file: file, yaml: yaml)])
        } catch {
            throw DiagnosticList([Diagnostic(id: "yaml-syntax", "\(error)", file: file)])
        }
        guard let root else { return nil }
        var budget = nodeLimit
        guard let node = convert(root, budget: &budget) else {
            throw DiagnosticList([Diagnostic(
                id: "yaml-too-large",
                "the file expands to more than \(nodeLimit) values (are anchors and aliases repeating themselves?)",
                file: file, line: 1, column: 1)])
        }
        return node
    }

    private static func convert(_ node: Node, budget: inout Int) -> RuleNode? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            return RuleNode(value: .scalar(scalar.string), line: line, column: column)
        case .sequence(let seq):
            var items: [RuleNode] = []
            for item in seq {
                guard let converted = convert(item, budget: &budget) else { return nil }
                items.append(converted)
            }
            return RuleNode(value: .sequence(items), line: line, column: column)
        case .mapping(let map):
            var pairs: [(key: RuleNode, value: RuleNode)] = []
            for (key, value) in map {
                guard let k = convert(key, budget: &budget), let v = convert(value, budget: &budget) else { return nil }
                pairs.append((k, v))
            }
            return RuleNode(value: .mapping(pairs), line: line, column: column)
        case .alias:
            return RuleNode(value: .scalar(""), line: line, column: column)
        }
    }

    private static func diagnostic(for error: YamlError, file: String, yaml: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var notes: [String] = []
            if let context { notes.append("\(context.text) at line \(context.mark.line), column \(context.mark.column)") }
            return Diagnostic(id: "yaml-syntax", problem, file: file, line: mark.line, column: mark.column,
                              notes: notes, snippet: mark.snippet(from: yaml))
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(id: "duplicate-key",
                              "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))",
                              file: file, line: context.mark.line, column: context.mark.column,
                              snippet: context.mark.snippet(from: yaml))
        case let .reader(problem, _, _, _):
            return Diagnostic(id: "yaml-encoding", problem, file: file)
        default:
            return Diagnostic(id: "yaml-syntax", "\(error)", file: file)
        }
    }
}

/// Reads rule-file nodes and collects diagnostics with positions, so one lint run reports every
/// problem in a file instead of stopping at the first.
public struct RuleFileReader {
    public let file: String
    public let source: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String, source: String) {
        self.file = file
        self.source = source
    }

    public mutating func error(_ id: String, _ message: String, at node: RuleNode, notes: [String] = []) {
        diagnostics.append(Diagnostic(id: id, message, file: file, line: node.line, column: node.column,
                                      notes: notes, snippet: snippet(line: node.line, column: node.column)))
    }

    public mutating func warning(_ id: String, _ message: String, at node: RuleNode, notes: [String] = []) {
        diagnostics.append(Diagnostic(.warning, id: id, message, file: file, line: node.line, column: node.column,
                                      notes: notes, snippet: snippet(line: node.line, column: node.column)))
    }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The source line and a caret under the column.
    public func snippet(line: Int, column: Int) -> String {
        var current = 1
        var lineText = Substring("")
        for candidate in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == line {
                lineText = candidate
                break
            }
            current += 1
        }
        let prefixWidth = lineText.unicodeScalars.prefix(max(0, column - 1)).count
        return String(lineText) + "\n" + String(repeating: " ", count: prefixWidth) + "^"
    }

    /// Checks a mapping's keys: reports unknown ones with "did you mean ...?" and missing required
    /// ones. Returns false when `node` is not a mapping.
    @discardableResult
    public mutating func checkKeys(_ node: RuleNode, allowed: [String], required: [String] = [], what: String) -> Bool {
        guard let pairs = node.mapping else {
            error("expected-mapping", "\(what) must be a mapping of keys to values, found \(node.kindName)", at: node)
            return false
        }
        for (key, _) in pairs {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let note = Suggestion.note(for: name, in: allowed)
                error("unknown-key", "unknown key '\(name)' in \(what)", at: key,
                      notes: (note.map { [$0] } ?? []) + ["allowed keys: \(allowed.joined(separator: ", "))"])
            }
        }
        for name in required where node[name] == nil {
            error("missing-key", "\(what) needs a '\(name)' key", at: node)
        }
        return true
    }

    /// A text value, or an error if `node` is something else.
    public mutating func text(_ node: RuleNode?, _ what: String) -> String? {
        guard let node else { return nil }
        guard let s = node.string else {
            error("expected-text", "\(what) must be text, found \(node.kindName)", at: node)
            return nil
        }
        return s
    }

    /// A list of text values; a single text value counts as a list of one.
    public mutating func texts(_ node: RuleNode?, _ what: String) -> [(String, RuleNode)] {
        guard let node else { return [] }
        if let s = node.string { return [(s, node)] }
        guard let items = node.sequence else {
            error("expected-list", "\(what) must be a list of texts, found \(node.kindName)", at: node)
            return []
        }
        var out: [(String, RuleNode)] = []
        for item in items {
            if let s = item.string { out.append((s, item)) } else {
                error("expected-text", "each entry of \(what) must be text, found \(item.kindName)", at: item)
            }
        }
        return out
    }
}
