/// A named list of terms from `rules/`, referenced from claim patterns as `@name`.
///
/// Each entry has a canonical form and the other forms that mean the same thing
/// ("US" = "U.S." = "United States" = "Washington"), and may carry attributes that the stage
/// using the lexicon reads (a hedge's tolerance, say). File format, one lexicon per file:
///
/// ```yaml
/// lexicon: countries
/// description: Countries and the names that stand for them.
/// terms:
///   - US: [U.S., United States, Washington]     # canonical: other forms
///   - Japan                                     # a term that is its own canonical form
///   - about: {forms: [around, roughly], tolerance: "0.1"}   # forms plus attributes
/// examples: [...]   # optional; read by the stage that uses the lexicon
/// ```
public struct Lexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var canonical: String
        /// Every form, the canonical one first.
        public var forms: [String]
        public var attributes: [String: String]
        public var line: Int

        public init(canonical: String, forms: [String] = [], attributes: [String: String] = [:], line: Int = 0) {
            self.canonical = canonical
            self.forms = [canonical] + forms.filter { $0 != canonical }
            self.attributes = attributes
            self.line = line
        }
    }

    public var name: String
    public var description: String?
    public var entries: [Entry]
    /// Stage-specific examples, kept as positioned nodes for `rules test`.
    public var examples: [RuleNode]
    public var file: String
    public var line: Int

    public init(name: String, description: String? = nil, entries: [Entry], examples: [RuleNode] = [],
                file: String = "", line: Int = 1) {
        self.name = name
        self.description = description
        self.entries = entries
        self.examples = examples
        self.file = file
        self.line = line
    }

    /// Every form of every entry.
    public var allForms: [String] { entries.flatMap(\.forms) }

    static let keys = ["lexicon", "description", "terms", "examples"]

    /// Names of lexicons, rules and slots: letters, digits, `-` and `_`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }
    }

    /// Parses one lexicon file. Throws every problem found, with positions.
    public static func load(yaml: String, file: String) throws(DiagnosticList) -> Lexicon {
        var reader = RuleFileReader(file: file, source: yaml)
        guard let root = try RuleNode.parse(yaml: yaml, file: file) else {
            throw DiagnosticList([Diagnostic(id: "empty-file", "the file is empty", file: file)])
        }
        let lexicon = read(root, reader: &reader)
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard let lexicon, errors.isEmpty else { throw DiagnosticList(reader.diagnostics) }
        return lexicon
    }

    /// Reads a lexicon file's root node.
    static func read(_ root: RuleNode, reader: inout RuleFileReader) -> Lexicon? {
        guard reader.checkKeys(root, allowed: keys, required: ["lexicon", "terms"], what: "a lexicon file") else {
            return nil
        }
        guard let name = reader.text(root["lexicon"], "'lexicon'") else { return nil }
        if !Lexicon.isValidName(name), let node = root["lexicon"] {
            reader.error("bad-name", "lexicon name '\(name)' may contain only letters, digits, '-' and '_'", at: node)
        }
        let description = reader.text(root["description"], "'description'")
        var entries: [Entry] = []
        if let terms = root["terms"] {
            if let items = terms.sequence {
                for item in items {
                    if let entry = readEntry(item, reader: &reader) { entries.append(entry) }
                }
            } else if let pairs = terms.mapping {
                for pair in pairs {
                    let one = RuleNode(value: .mapping([pair]), line: pair.key.line, column: pair.key.column)
                    if let entry = readEntry(one, reader: &reader) { entries.append(entry) }
                }
            } else {
                reader.error("expected-list", "'terms' must be a list, found \(terms.kindName)", at: terms)
            }
            if entries.isEmpty && reader.diagnostics.isEmpty {
                reader.error("empty-lexicon", "lexicon '\(name)' has no terms", at: terms)
            }
        }
        var seen: [String: Int] = [:]
        for entry in entries {
            for form in entry.forms {
                let key = form.lowercased()
                if let previous = seen[key], previous != entry.line {
                    reader.append(Diagnostic(.warning, id: "duplicate-term",
                                             "'\(form)' is listed twice in lexicon '\(name)' (also on line \(previous))",
                                             file: reader.file, line: entry.line, column: 1))
                }
                seen[key] = entry.line
            }
        }
        let examples = root["examples"]?.sequence ?? []
        if let ex = root["examples"], ex.sequence == nil {
            reader.error("expected-list", "'examples' must be a list, found \(ex.kindName)", at: ex)
        }
        return Lexicon(name: name, description: description, entries: entries, examples: examples,
                       file: reader.file, line: root.line)
    }

    private static func readEntry(_ item: RuleNode, reader: inout RuleFileReader) -> Entry? {
        if let s = item.string {
            guard !s.trimmingSpaces.isEmpty else {
                reader.error("empty-term", "a term is empty", at: item)
                return nil
            }
            return Entry(canonical: s, line: item.line)
        }
        guard let pairs = item.mapping, pairs.count == 1, let canonical = pairs[0].key.string else {
            reader.error("bad-term", "a term is either text or 'canonical: [other forms]'", at: item)
            return nil
        }
        let value = pairs[0].value
        if value.sequence != nil || value.string != nil {
            let forms = reader.texts(value, "the forms of '\(canonical)'").map(\.0)
            return Entry(canonical: canonical, forms: forms, line: item.line)
        }
        guard reader.checkKeys(value, allowed: ["forms"] + attributeKeys, what: "term '\(canonical)'") else {
            return nil
        }
        let forms = reader.texts(value["forms"], "'forms'").map(\.0)
        var attributes: [String: String] = [:]
        for (key, v) in value.mapping ?? [] {
            guard let k = key.string, k != "forms" else { continue }
            if let s = v.string { attributes[k] = s } else {
                reader.error("expected-text", "attribute '\(k)' must be text, found \(v.kindName)", at: v)
            }
        }
        return Entry(canonical: canonical, forms: forms, attributes: attributes, line: item.line)
    }

    /// Attribute names a term may carry; stages document what each means.
    public static let attributeKeys = ["adjective", "kind", "tolerance", "shape", "unit", "currency", "scale", "value", "role", "note", "connector",
                                        "for", "against", "observing", "related",
                                        "after-the-article",
                                        // frames: what an event class needs to hold (rules/frames/event-classes.yaml)
                                        "needs",
                                        // quantities: vague numbers, coins, currencies without decimals, exact case, change cues, senses
                                        "low", "high", "subunit", "decimals", "case", "direction", "reads",
                                        // quantity units: "a gallon" (article), "in" as inches (role: cued)
                                        "article",
                                        // number words: "no one", "that one" (pronoun-after)
                                        "pronoun-after"]
}

extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
