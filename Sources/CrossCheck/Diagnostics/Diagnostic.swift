/// One message about a rule file or an input, printed as `path:line:col: error: [id] message`,
/// with notes (such as "did you mean ...?") on the lines below.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    /// A stable identifier for the kind of problem, e.g. `unknown-key`, `undefined-lexicon`.
    public var id: String
    public var message: String
    public var file: String?
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    public var column: Int?
    public var notes: [String]
    /// The offending source line, shown under the message with a caret.
    public var snippet: String?

    public init(_ severity: Severity = .error, id: String, _ message: String, file: String? = nil,
                line: Int? = nil, column: Int? = nil, notes: [String] = [], snippet: String? = nil) {
        self.severity = severity
        self.id = id
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.notes = notes
        self.snippet = snippet
    }

    /// `path:line:col: error: [id] message`, then the snippet and notes.
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            location += ": "
        }
        var text = "\(location)\(severity.rawValue): [\(id)] \(message)"
        if let snippet, !snippet.isEmpty { text += "\n" + snippet }
        for note in notes { text += "\n  note: \(note)" }
        return text
    }
}

/// Several diagnostics thrown together (a rule directory with three bad files reports all three).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
