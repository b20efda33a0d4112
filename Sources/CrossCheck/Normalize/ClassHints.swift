/// What an element's class, id, itemprop and role say about it, from the lexicons
/// `furniture-hints` (navigation, comments, related links, ...) and `content-hints`
/// ("article-body", "entry-content").
///
/// Reads: one `PageBlock.ancestry` label (`div#main.story-body@articlebody`). Adds: the
/// furniture reason it carries, or whether it marks article text.
struct ClassHints: Sendable {
    private var exact: [String: String] = [:]
    private var prefixes: [(String, String)] = []
    private var contentExact: Set<String> = []
    private var contentPrefixes: [String] = []

    init(lexicons: [String: Lexicon]) {
        for entry in lexicons["furniture-hints"]?.entries ?? [] {
            for form in entry.forms.dropFirst() where !form.isEmpty {
                let f = form.lowercased()
                if f.hasSuffix("*") { prefixes.append((String(f.dropLast()), entry.canonical)) } else { exact[f] = entry.canonical }
            }
        }
        for form in (lexicons["content-hints"]?.entries ?? []).flatMap({ $0.forms.dropFirst() }) {
            let f = form.lowercased()
            if f.hasSuffix("*") { contentPrefixes.append(String(f.dropLast())) } else { contentExact.insert(f) }
        }
    }

    /// The names of a label (id, classes, itemprop, role) without the tag.
    static func names(_ label: String) -> [Substring] {
        guard let start = label.firstIndex(where: { $0 == "#" || $0 == "." || $0 == "@" }) else { return [] }
        return label[start...].split(whereSeparator: { $0 == "#" || $0 == "." || $0 == "@" })
    }

    static func tag(_ label: String) -> Substring {
        label.prefix { $0 != "#" && $0 != "." && $0 != "@" }
    }

    func furniture(_ label: String) -> String? {
        for name in Self.names(label) {
            if let reason = exact[String(name)] { return reason }
            for word in name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }) {
                if let reason = exact[String(word)] { return reason }
                for (prefix, reason) in prefixes where word.hasPrefix(prefix) { return reason }
            }
        }
        return nil
    }

    func marksContent(_ label: String) -> Bool {
        for name in Self.names(label) {
            if contentExact.contains(String(name)) { return true }
            for prefix in contentPrefixes where name.hasPrefix(prefix) { return true }
        }
        return false
    }
}
