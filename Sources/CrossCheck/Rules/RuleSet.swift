import Foundation

/// Everything loaded from a `rules/` directory: lexicons by name and claim rules, checked
/// against each other. Loading never stops at the first problem: `diagnostics` holds every
/// problem of every file, and `load` throws them all when any is an error.
public struct RuleSet: Sendable {
    public var lexicons: [String: Lexicon]
    public var rules: [ClaimRule]
    /// Warnings (and, from `lint`, errors) found while loading.
    public var diagnostics: [Diagnostic]
    public var directory: String
    /// The word table (`language/words.tsv`, from WordNet): lemmas, word classes, categories.
    /// Nil when the directory has none; the linguistic layer then guesses classes from endings.
    public var words: WordTable?

    public init(lexicons: [String: Lexicon], rules: [ClaimRule], diagnostics: [Diagnostic] = [], directory: String = "",
                words: WordTable? = nil) {
        self.lexicons = lexicons
        self.rules = rules
        self.diagnostics = diagnostics
        self.directory = directory
        self.words = words
    }

    /// Lexicons the extraction engine itself reads (stance and attribution cues).
    public static let engineLexicons = ["denial-cues", "hedge-cues", "report-verbs", "speaker-nouns", "source-nouns",
                                        "speaker-grammar", "report-anaphora"]

    /// What a command needs from the rules directory. `split`, `quantities` and `normalize` read
    /// lexicons only, so they skip the claim rule files (a cheap look at each file's top-level
    /// keys) and the word table, which together are most of the start-up time.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let lexicons = Parts(rawValue: 1)
        public static let claimRules = Parts(rawValue: 2)
        public static let words = Parts(rawValue: 4)
        public static let all: Parts = [.lexicons, .claimRules, .words]
    }

    /// Loads and checks a rules directory (the `parts` asked for); throws every diagnostic if any is an error.
    /// With a `cache`, lexicons-only loads come from it when the rule files are those it was
    /// written from (see `RuleCache`), and are written to it otherwise.
    public static func load(directory: String, parts: Parts = .all, cache: RuleCache? = nil) throws(DiagnosticList) -> RuleSet {
        let set = cached(directory: directory, parts: parts, cache: cache) ?? lint(directory: directory, parts: parts)
        if set.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(set.diagnostics) }
        return set
    }

    /// The set from `cache`, or linted and then stored in it; nil when there is no cache to use
    /// (no cache, other parts than lexicons, or a directory that cannot be listed).
    static func cached(directory: String, parts: Parts, cache: RuleCache?) -> RuleSet? {
        guard let cache, parts == .lexicons, let files = try? ruleFiles(in: directory), !files.isEmpty,
              let key = RuleCache.key(directory: directory, files: files, parts: parts) else { return nil }
        if let set = cache.read(key: key, rulesDirectory: directory) { return set }
        let set = lint(directory: directory, parts: parts)
        cache.write(set, key: key)
        return set
    }

    /// Loads what can be loaded and returns it with every diagnostic, errors included.
    public static func lint(directory: String, parts: Parts = .all) -> RuleSet {
        var diagnostics: [Diagnostic] = []
        var lexicons: [String: Lexicon] = [:]
        var rules: [ClaimRule] = []
        let files: [String]
        do {
            files = try ruleFiles(in: directory)
        } catch {
            return RuleSet(lexicons: [:], rules: [], diagnostics: [error], directory: directory)
        }
        if files.isEmpty {
            diagnostics.append(Diagnostic(id: "no-rules", "no rule files (*.yaml) in this directory", file: directory))
        }
        var ruleNodes: [String: (file: String, line: Int)] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(id: "unreadable", "cannot read the file", file: file))
                continue
            }
            if !parts.contains(.claimRules), Self.isClaimRuleFile(data) { continue }
            guard let source = String(validating: data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(id: "not-utf8", "the file is not valid UTF-8", file: file))
                continue
            }
            readFile(file, source: source, lexicons: &lexicons, rules: &rules, ruleNodes: &ruleNodes, diagnostics: &diagnostics)
        }
        var words: WordTable?
        if parts.contains(.words) {
            do {
                words = try WordTable.loadIfPresent(rulesDirectory: directory)
            } catch {
                diagnostics.append(error)
            }
        }
        var set = RuleSet(lexicons: lexicons, rules: rules, diagnostics: [], directory: directory, words: words)
        diagnostics += set.crossCheck(extractor: parts.contains(.claimRules))
        set.diagnostics = diagnostics
        return set
    }

    /// Reads one rule file's text into the lexicons and rules found so far.
    static func readFile(_ file: String, source: String, lexicons: inout [String: Lexicon], rules: inout [ClaimRule],
                         ruleNodes: inout [String: (file: String, line: Int)], diagnostics: inout [Diagnostic]) {
        var reader = RuleFileReader(file: file, source: source)
        let root: RuleNode?
        do {
            root = try RuleNode.parse(yaml: source, file: file)
        } catch {
            diagnostics += error.diagnostics
            return
        }
        guard let root else {
            diagnostics.append(Diagnostic(.warning, id: "empty-file", "the file is empty", file: file))
            return
        }
        if root["lexicon"] != nil {
            if let lexicon = Lexicon.read(root, reader: &reader) {
                if let existing = lexicons[lexicon.name] {
                    reader.error("duplicate-lexicon", "lexicon '\(lexicon.name)' is also defined in \(existing.file):\(existing.line)",
                                 at: root["lexicon"] ?? root)
                } else {
                    lexicons[lexicon.name] = lexicon
                }
            }
        } else if root["rules"] != nil {
            reader.checkKeys(root, allowed: ["rules", "description"], what: "a claim rule file")
            if let items = root["rules"]?.sequence {
                for item in items {
                    guard let rule = ClaimRule.read(item, reader: &reader) else { continue }
                    if let previous = ruleNodes[rule.id] {
                        reader.error("duplicate-rule", "rule id '\(rule.id)' is also used at \(previous.file):\(previous.line)",
                                     at: item["id"] ?? item)
                    } else {
                        ruleNodes[rule.id] = (file, item.line)
                        rules.append(rule)
                    }
                }
            } else if let node = root["rules"] {
                reader.error("expected-list", "'rules' must be a list of rules, found \(node.kindName)", at: node)
            }
        } else {
            let firstKey = root.mapping?.first?.key
            let name = firstKey?.string ?? ""
            reader.error("unknown-file-kind", "a rule file starts with 'lexicon:' or 'rules:'", at: firstKey ?? root,
                         notes: Suggestion.note(for: name, in: ["lexicon", "rules"]).map { [$0] } ?? [])
        }
        diagnostics += reader.diagnostics
    }

    /// Lints rule files given as text (for the fuzzer and tools), beside `lexicons` already
    /// loaded (the engine's cue lexicons, say); no word table.
    public static func lint(sources: [(file: String, text: String)], lexicons base: [String: Lexicon] = [:]) -> RuleSet {
        var diagnostics: [Diagnostic] = []
        var lexicons = base
        var rules: [ClaimRule] = []
        var ruleNodes: [String: (file: String, line: Int)] = [:]
        for (file, text) in sources {
            readFile(file, source: text, lexicons: &lexicons, rules: &rules, ruleNodes: &ruleNodes, diagnostics: &diagnostics)
        }
        var set = RuleSet(lexicons: lexicons, rules: rules, diagnostics: [], directory: "")
        diagnostics += set.crossCheck()
        set.diagnostics = diagnostics
        return set
    }

    /// References between files: every `@lexicon` a pattern uses exists; the engine's own
    /// lexicons are there (when the claim extractor is loaded: `extractor`).
    func crossCheck(extractor: Bool = true) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let names = lexicons.keys.sorted()
        for rule in rules {
            for (pattern, line) in zip(rule.patterns, rule.patternLines) {
                for name in pattern.lexicons where lexicons[name] == nil {
                    var notes: [String] = []
                    if let note = Suggestion.note(for: name, in: names) { notes.append(note) }
                    notes.append("defined lexicons: \(names.joined(separator: ", "))")
                    out.append(Diagnostic(id: "undefined-lexicon",
                                          "rule '\(rule.id)' uses lexicon '@\(name)', which no file defines",
                                          file: rule.file, line: line, column: nil, notes: notes))
                }
            }
        }
        // Token tests: the lexicons and WordNet categories they name must exist.
        let categories = Set(WordClass.allCases.flatMap { words?.categoryNames(for: $0) ?? [] })
        for rule in rules {
            for (pattern, line) in zip(rule.patterns, rule.patternLines) {
                for test in pattern.tokenTests {
                    switch test.kind {
                    case .lexicon(let name) where lexicons[name] == nil:
                        out.append(Diagnostic(id: "undefined-lexicon", "rule '\(rule.id)' tests '[in:@\(name)]', which no file defines",
                                              file: rule.file, line: line, column: nil,
                                              notes: Suggestion.note(for: name, in: names).map { [$0] } ?? []))
                    case .category(let category) where words != nil && !categories.contains(category):
                        out.append(Diagnostic(id: "unknown-category",
                                              "rule '\(rule.id)' tests '[category:\(category)]', which is not a WordNet category",
                                              file: rule.file, line: line, column: nil,
                                              notes: (Suggestion.note(for: category, in: categories.sorted()).map { [$0] } ?? [])
                                                + ["categories: \(categories.sorted().joined(separator: ", "))"]))
                    default: break
                    }
                }
            }
        }
        // Lexicons whose entry names the engine reads as kinds: another name would be ignored.
        out += Self.unknownEntries(of: lexicons[NegationScoper.lexiconName], known: NegationScoper.kinds,
                                   id: "unknown-negation-kind", listed: "kinds") {
            "'\($0)' is not a kind of negation cue; its forms would negate nothing"
        }
        out += Self.unknownEntries(of: lexicons[FactCheckRating.lexiconName], known: FactCheckRating.entryNames,
                                   id: "unknown-rating-entry", listed: "entries") {
            "'\($0)' is not an entry of the fact-check ratings; its forms would be ignored"
        }
        for name in Self.engineLexicons where extractor && lexicons[name] == nil {
            out.append(Diagnostic(id: "missing-lexicon",
                                  "the extractor needs lexicon '\(name)' (stance and attribution cues), which no file defines",
                                  file: directory))
        }
        return out
    }

    /// An error, with did-you-mean, for each entry of `lexicon` whose name is not in `known`.
    static func unknownEntries(of lexicon: Lexicon?, known: [String], id: String, listed: String,
                               message: (String) -> String) -> [Diagnostic] {
        guard let lexicon else { return [] }
        return lexicon.entries.filter { !known.contains($0.canonical) }.map { entry in
            Diagnostic(id: id, message(entry.canonical), file: lexicon.file, line: entry.line, column: 5,
                       notes: (Suggestion.note(for: entry.canonical, in: known).map { [$0] } ?? [])
                         + ["\(listed): \(known.joined(separator: ", "))"])
        }
    }

    /// Whether a rule file is a claim rule file, from its top-level keys (lines that start in
    /// column 0): it has `rules:` and no `lexicon:`. A file written otherwise (flow style) is
    /// parsed like any other, so a file is skipped only when it is surely not a lexicon.
    static func isClaimRuleFile(_ data: Data) -> Bool {
        var rules = false
        var atLineStart = true
        var i = data.startIndex
        let r = Array("rules:".utf8), l = Array("lexicon:".utf8)
        while i < data.endIndex {
            let b = data[i]
            if atLineStart {
                if data[i...].starts(with: l) { return false }
                if data[i...].starts(with: r) { rules = true }
            }
            atLineStart = b == 0x0A
            i += 1
        }
        return rules
    }

    /// `*.yaml` and `*.yml` files under `directory`, recursively, in a stable order.
    static func ruleFiles(in directory: String) throws(Diagnostic) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw Diagnostic(id: "no-rules-directory", "no such rules directory", file: directory)
        }
        guard isDirectory.boolValue else {
            if directory.hasSuffix(".yaml") || directory.hasSuffix(".yml") { return [directory] }
            throw Diagnostic(id: "not-a-directory", "expected a directory of rule files", file: directory)
        }
        var files: [String] = []
        collectRuleFiles(in: directory, into: &files)
        return files.sorted()
    }

    /// Every `.yaml` and `.yml` file under `directory`, hidden ones included, through
    /// `opendir`/`readdir` (what `FileManager`'s enumerator gave, without its 7 M instructions
    /// of bridging at every start). A link is taken as a file, never followed into a directory.
    private static func collectRuleFiles(in directory: String, into files: inout [String]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                collectRuleFiles(in: path, into: &files)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                files.append(path)
            }
        }
    }
}
