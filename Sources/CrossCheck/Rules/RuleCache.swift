import Foundation

/// The lexicons of a rules directory, kept compiled in a cache file so that a command that
/// needs only lexicons (`split`, `quantities`, `normalize`) starts without parsing YAML.
///
/// Reads: every rule file's bytes (they are read on each start: the key is their content),
/// and the cache file named by the key. Adds: the `RuleSet` as `RuleSet.lint` would give it
/// (lexicons and diagnostics), or nil when there is no entry for the key. The key is a 64-bit
/// FNV-1a hash of the cache format, the executable (path, size, modification time: a rebuild
/// changes it), the directory, the parts asked for, and each file's path and bytes — so an edited,
/// added or removed rule file, or a new build, is a different key: an entry is never stale, and
/// old entries are simply not read again. A cache file that does not decode is ignored.
public struct RuleCache: Sendable {
    public let directory: String
    static let format = "crosscheck-rule-cache-1"

    public init(directory: String) {
        self.directory = directory
    }

    /// `$CROSSCHECK_CACHE`, else `$XDG_CACHE_HOME/crosscheck`, else `~/.cache/crosscheck`;
    /// nil when `$CROSSCHECK_CACHE` is `off`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> RuleCache? {
        if let explicit = environment["CROSSCHECK_CACHE"], !explicit.isEmpty {
            return explicit == "off" ? nil : RuleCache(directory: explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return RuleCache(directory: xdg + "/crosscheck") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return RuleCache(directory: home + "/.cache/crosscheck")
    }

    /// The key of a rules directory's files (as `RuleSet.ruleFiles` lists them) for `parts`.
    static func key(directory: String, files: [String], parts: RuleSet.Parts) -> String? {
        var hash = FNV1a()
        hash.add(Self.format)
        hash.add(executableIdentity())
        hash.add((directory as NSString).standardizingPath)
        hash.add(String(parts.rawValue))
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { return nil }
            hash.add(file)
            hash.add(String(data.count))
            data.withUnsafeBytes { hash.add(bytes: UnsafeRawBufferPointer($0)) }
        }
        return String(hash.value, radix: 16)
    }

    /// The running executable's path, size and modification time.
    static func executableIdentity() -> String {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let executable = FileManager.default.fileExists(atPath: path) ? path : CommandLine.arguments.first ?? ""
        var info = stat()
        guard stat(executable, &info) == 0 else { return executable }
        return "\(executable) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    func path(for key: String) -> String { directory + "/rules-" + key + ".bin" }

    func read(key: String, rulesDirectory: String) -> RuleSet? {
        guard let data = FileManager.default.contents(atPath: path(for: key)) else { return nil }
        var reader = RuleCacheReader(bytes: [UInt8](data))
        return reader.ruleSet(directory: rulesDirectory)
    }

    /// Writes the entry (to a temporary file renamed into place, so a reader never sees half of
    /// one); a cache that cannot be written is no error, only a slower next start.
    func write(_ set: RuleSet, key: String) {
        var writer = RuleCacheWriter()
        writer.ruleSet(set)
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = directory + "/.rules-" + key + "-\(getpid()).tmp"
        guard fm.createFile(atPath: temporary, contents: Data(writer.bytes)) else { return }
        if rename(temporary, path(for: key)) != 0 { try? fm.removeItem(atPath: temporary) }
    }
}

/// 64-bit FNV-1a: stable across runs and machines (Swift's `Hasher` is seeded per process).
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(bytes: UnsafeRawBufferPointer) {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// A string and a separator, so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        value ^= 0xFF
        value &*= 0x0000_0100_0000_01B3
    }
}

/// The cache's byte format: counts as UInt32, strings as a count and their UTF-8.
struct RuleCacheWriter {
    var bytes: [UInt8] = []

    mutating func int(_ n: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: n).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optional(_ s: String?) {
        int(s == nil ? 0 : 1)
        if let s { string(s) }
    }

    mutating func optional(_ n: Int?) {
        int(n == nil ? 0 : 1)
        if let n { int(n) }
    }

    mutating func ruleSet(_ set: RuleSet) {
        string(RuleCache.format)
        let lexicons = set.lexicons.values.sorted { $0.name < $1.name }
        int(lexicons.count)
        for lexicon in lexicons {
            string(lexicon.name)
            optional(lexicon.description)
            string(lexicon.file)
            int(lexicon.line)
            int(lexicon.entries.count)
            for entry in lexicon.entries {
                string(entry.canonical)
                int(entry.forms.count)
                for form in entry.forms { string(form) }
                let attributes = entry.attributes.sorted { $0.key < $1.key }
                int(attributes.count)
                for (key, value) in attributes {
                    string(key)
                    string(value)
                }
                int(entry.line)
            }
            int(lexicon.examples.count)
            for example in lexicon.examples { node(example) }
        }
        int(set.diagnostics.count)
        for d in set.diagnostics {
            string(d.severity.rawValue)
            string(d.id)
            string(d.message)
            optional(d.file)
            optional(d.line)
            optional(d.column)
            int(d.notes.count)
            for note in d.notes { string(note) }
            optional(d.snippet)
        }
    }

    mutating func node(_ node: RuleNode) {
        int(node.line)
        int(node.column)
        switch node.value {
        case .scalar(let s):
            int(0)
            string(s)
        case .sequence(let items):
            int(1)
            int(items.count)
            for item in items { self.node(item) }
        case .mapping(let pairs):
            int(2)
            int(pairs.count)
            for pair in pairs {
                self.node(pair.key)
                self.node(pair.value)
            }
        }
    }
}

/// Reads what `RuleCacheWriter` wrote; any inconsistency gives nil (the cache is then ignored).
struct RuleCacheReader {
    let bytes: [UInt8]
    var at = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func int() -> Int? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[at + k]) << (8 * UInt32(k)) }
        at += 4
        return Int(v)
    }

    /// A string; nil when its bytes are not UTF-8. Checked in place (`UTF8Validation`), then
    /// made from contiguous bytes: `String(validating:)` on an array slice cost about 900
    /// instructions a string, a tenth of every command's start-up.
    mutating func string() -> String? {
        guard let n = int(), at + n <= bytes.count else { return nil }
        let start = at
        at += n
        return bytes.withUnsafeBufferPointer { all in
            let piece = UnsafeBufferPointer(rebasing: all[start..<(start + n)])
            return UTF8Validation.isValid(piece) ? String(decoding: piece, as: UTF8.self) : nil
        }
    }

    mutating func optionalString() -> String?? {
        guard let flag = int() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let s = string() else { return nil }
        return .some(s)
    }

    mutating func optionalInt() -> Int?? {
        guard let flag = int() else { return nil }
        if flag == 0 { return .some(nil) }
        guard let n = int() else { return nil }
        return .some(n)
    }

    /// A count that the remaining bytes can hold (each item takes at least four bytes).
    mutating func count() -> Int? {
        guard let n = int(), n <= (bytes.count - at) / 4 + 1 else { return nil }
        return n
    }

    mutating func ruleSet(directory: String) -> RuleSet? {
        guard string() == RuleCache.format, let lexiconCount = count() else { return nil }
        var lexicons: [String: Lexicon] = [:]
        for _ in 0..<lexiconCount {
            guard let name = string(), let description = optionalString(), let file = string(), let line = int(),
                  let entryCount = count() else { return nil }
            var entries: [Lexicon.Entry] = []
            entries.reserveCapacity(entryCount)
            for _ in 0..<entryCount {
                guard let canonical = string(), let formCount = count() else { return nil }
                var forms: [String] = []
                for _ in 0..<formCount {
                    guard let form = string() else { return nil }
                    forms.append(form)
                }
                guard let attributeCount = count() else { return nil }
                var attributes: [String: String] = [:]
                for _ in 0..<attributeCount {
                    guard let key = string(), let value = string() else { return nil }
                    attributes[key] = value
                }
                guard let entryLine = int() else { return nil }
                var entry = Lexicon.Entry(canonical: canonical, attributes: attributes, line: entryLine)
                entry.forms = forms
                entries.append(entry)
            }
            guard let exampleCount = count() else { return nil }
            var examples: [RuleNode] = []
            for _ in 0..<exampleCount {
                guard let example = node(depth: 0) else { return nil }
                examples.append(example)
            }
            lexicons[name] = Lexicon(name: name, description: description, entries: entries, examples: examples, file: file, line: line)
        }
        guard let diagnosticCount = count() else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let severityName = string(), let severity = Diagnostic.Severity(rawValue: severityName), let id = string(),
                  let message = string(), let file = optionalString(), let line = optionalInt(), let column = optionalInt(),
                  let noteCount = count() else { return nil }
            var notes: [String] = []
            for _ in 0..<noteCount {
                guard let note = string() else { return nil }
                notes.append(note)
            }
            guard let snippet = optionalString() else { return nil }
            diagnostics.append(Diagnostic(severity, id: id, message, file: file, line: line, column: column, notes: notes, snippet: snippet))
        }
        guard at == bytes.count else { return nil }
        return RuleSet(lexicons: lexicons, rules: [], diagnostics: diagnostics, directory: directory)
    }

    mutating func node(depth: Int) -> RuleNode? {
        guard depth < 256, let line = int(), let column = int(), let kind = int() else { return nil }
        switch kind {
        case 0:
            guard let s = string() else { return nil }
            return RuleNode(value: .scalar(s), line: line, column: column)
        case 1:
            guard let n = count() else { return nil }
            var items: [RuleNode] = []
            for _ in 0..<n {
                guard let item = node(depth: depth + 1) else { return nil }
                items.append(item)
            }
            return RuleNode(value: .sequence(items), line: line, column: column)
        case 2:
            guard let n = count() else { return nil }
            var pairs: [(key: RuleNode, value: RuleNode)] = []
            for _ in 0..<n {
                guard let key = node(depth: depth + 1), let value = node(depth: depth + 1) else { return nil }
                pairs.append((key, value))
            }
            return RuleNode(value: .mapping(pairs), line: line, column: column)
        default:
            return nil
        }
    }
}
