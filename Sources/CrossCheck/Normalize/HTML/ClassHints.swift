/// What an element's class, id, itemprop and role say about it, from the lexicons
/// `furniture-hints` (navigation, comments, related links, ...) and `content-hints`
/// ("article-body", "entry-content").
///
/// Reads: one `PageBlock.ancestry` label (`div#main.story-body@articlebody`). Adds: the
/// furniture reason it carries, or whether it marks article text.
struct ClassHints: Sendable {
    private var exact: [String: String] = [:]
    private var prefixes: [(String, String)] = []
    /// `prefixes` as UTF-8 bytes, for labels read byte by byte.
    private var prefixBytes: [([UInt8], String)] = []
    /// `exact` for labels read as bytes (no `String` made per name or word).
    private var exactTable = ASCIIPhraseTable<String>([:])
    private var contentExact: [String: String] = [:]
    private var contentPrefixes: [(String, String)] = []
    /// `contentExact` and `contentPrefixes` for labels read as bytes.
    private var contentTable = ASCIIPhraseTable<String>([:])
    private var contentPrefixBytes: [([UInt8], String)] = []

    /// The entry of `furniture-hints` whose forms are whole class names that look like furniture
    /// by one of their words but are not ("field-label-hidden": the field's label is hidden,
    /// not its text).
    static let notFurniture = "not furniture"
    /// The entry of `furniture-hints` whose forms are words that say what an element holds or
    /// lacks ("has", "with", "no"): the word after one is no hint ("o-section--has-ads" is a
    /// section with ads in it, "no-comments" one without comments).
    static let modifier = "holds or lacks"
    private var modifierWords: Set<String> = []
    private var modifierTable = ASCIIPhraseTable<String>([:])

    init(lexicons: [String: Lexicon]) {
        for entry in lexicons["furniture-hints"]?.entries ?? [] {
            if entry.canonical == Self.modifier {
                modifierWords = Set(entry.forms.dropFirst().map { $0.lowercased() })
                continue
            }
            for form in entry.forms.dropFirst() where !form.isEmpty {
                let f = form.lowercased()
                if f.hasSuffix("*") { prefixes.append((String(f.dropLast()), entry.canonical)) } else { exact[f] = entry.canonical }
            }
        }
        prefixBytes = prefixes.map { (Array($0.0.utf8), $0.1) }
        exactTable = ASCIIPhraseTable(exact)
        modifierTable = ASCIIPhraseTable(Dictionary(uniqueKeysWithValues: modifierWords.map { ($0, $0) }))
        for entry in lexicons["content-hints"]?.entries ?? [] {
            for form in entry.forms.dropFirst() where !form.isEmpty {
                let f = form.lowercased()
                if f.hasSuffix("*") { contentPrefixes.append((String(f.dropLast()), entry.canonical)) } else { contentExact[f] = entry.canonical }
            }
        }
        contentTable = ASCIIPhraseTable(contentExact)
        contentPrefixBytes = contentPrefixes.map { (Array($0.0.utf8), $0.1) }
    }

    /// The names of a label (id, classes, itemprop, role) without the tag.
    static func names(_ label: String) -> [Substring] {
        guard let start = label.firstIndex(where: { $0 == "#" || $0 == "." || $0 == "@" }) else { return [] }
        return label[start...].split(whereSeparator: { $0 == "#" || $0 == "." || $0 == "@" })
    }

    /// The label up to its first `#`, `.` or `@` character. Read as bytes while the label is ASCII:
    /// an ASCII separator byte followed by an ASCII byte (or the end) is that character.
    static func tag(_ label: String) -> Substring {
        let utf8 = label.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if b >= 0x80 { break }
            if b == 0x23 || b == 0x2E || b == 0x40 {
                let next = utf8.index(after: i)
                if next == utf8.endIndex || utf8[next] < 0x80 { return label[..<i] }
                break
            }
            i = utf8.index(after: i)
        }
        if i == utf8.endIndex { return label[...] }
        return label.prefix { $0 != "#" && $0 != "." && $0 != "@" }
    }

    /// The furniture reason of a label: the first of its names, or of their words (split at `-_:`),
    /// that is a hint or starts with a prefix hint. A name listed as `not furniture` is skipped.
    func furniture(_ label: String) -> String? {
        var copy = label
        return copy.withUTF8 { Self.readsAsBytes($0) ? furniture(ascii: $0) : furniture(characters: label) }
    }

    private func furniture(ascii label: UnsafeBufferPointer<UInt8>) -> String? {
        func isWordSeparator(_ b: UInt8) -> Bool { b == 0x2D || b == 0x5F || b == 0x3A }  // - _ :
        return Self.firstResult(ofNamesIn: label) { name -> String? in
            if let reason = exactTable.value(for: name) {
                return reason == Self.notFurniture ? nil : reason
            }
            var wordStart = 0
            var afterModifier = false
            while wordStart < name.count {
                var wordEnd = wordStart
                while wordEnd < name.count, !isWordSeparator(name[wordEnd]) { wordEnd += 1 }
                if wordEnd > wordStart {
                    let word = UnsafeBufferPointer(rebasing: name[wordStart..<wordEnd])
                    if modifierTable.value(for: word) != nil {
                        afterModifier = true
                    } else if afterModifier {
                        afterModifier = false
                    } else {
                        if let reason = exactTable.value(for: word) { return reason }
                        for (prefix, reason) in prefixBytes where word.starts(with: prefix) { return reason }
                    }
                }
                wordStart = wordEnd + 1
            }
            return nil
        }
    }

    /// Whether a label is read as bytes: ASCII without CR (then bytes are characters; CR LF is one).
    private static func readsAsBytes(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        label.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The first non-nil `body` of the names of an ASCII label (the non-empty runs between `#`, `.`
    /// and `@` after the tag), in order.
    private static func firstResult<R>(ofNamesIn label: UnsafeBufferPointer<UInt8>,
                                       _ body: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        func isNameSeparator(_ b: UInt8) -> Bool { b == 0x23 || b == 0x2E || b == 0x40 }  // # . @
        guard var i = label.firstIndex(where: isNameSeparator) else { return nil }
        while i < label.count {
            var end = i + 1
            while end < label.count, !isNameSeparator(label[end]) { end += 1 }
            if end > i + 1, let result = body(UnsafeBufferPointer(rebasing: label[(i + 1)..<end])) { return result }
            i = end
        }
        return nil
    }

    private func furniture(characters label: String) -> String? {
        for name in Self.names(label) {
            if let reason = exact[String(name)] {
                if reason == Self.notFurniture { continue }
                return reason
            }
            var afterModifier = false
            for word in name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }) {
                if modifierWords.contains(String(word)) { afterModifier = true; continue }
                if afterModifier { afterModifier = false; continue }
                if let reason = exact[String(word)] { return reason }
                for (prefix, reason) in prefixes where word.hasPrefix(prefix) { return reason }
            }
        }
        return nil
    }

    /// The `content-hints` entry a label's names mark ("article body", "article lead"), or nil.
    func content(_ label: String) -> String? {
        var copy = label
        return copy.withUTF8 { bytes in
            if Self.readsAsBytes(bytes) {
                return Self.firstResult(ofNamesIn: bytes) { name -> String? in
                    if let kind = contentTable.value(for: name) { return kind }
                    return contentPrefixBytes.first { name.starts(with: $0.0) }?.1
                }
            }
            for name in Self.names(label) {
                if let kind = contentExact[String(name)] { return kind }
                for (prefix, kind) in contentPrefixes where name.hasPrefix(prefix) { return kind }
            }
            return nil
        }
    }
}
