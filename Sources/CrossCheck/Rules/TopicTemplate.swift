/// A claim rule's subject template: `{nation.adjective} {forces}[ in {place}]`.
///
/// `{slot}` is replaced by the slot's canonical value, `{slot.attribute}` by that attribute of the
/// lexicon entry the slot matched (its canonical value when the entry has none); a `[...]`
/// segment is left out when a slot inside it is missing, and a bare missing slot is dropped.
/// Spaces are tidied afterwards.
public struct TopicTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case slot(String, attribute: String?)
        case group([Part])
    }

    public var source: String
    var parts: [Part]

    public struct SyntaxError: Error, Sendable {
        public var message: String
        public var offset: Int
    }

    public static func parse(_ source: String) throws(SyntaxError) -> TopicTemplate {
        let bytes = Array(source.utf8)
        var i = 0
        func parseParts(inGroup: Bool) throws(SyntaxError) -> [Part] {
            var parts: [Part] = []
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
            }
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "{") {
                    flush()
                    let start = i
                    i += 1
                    let from = i
                    while i < bytes.count, bytes[i] != UInt8(ascii: "}") { i += 1 }
                    guard i < bytes.count else { throw SyntaxError(message: "missing '}'", offset: start) }
                    let inside = String(String(decoding: bytes[from..<i], as: UTF8.self).trimmingSpaces)
                    let pieces = inside.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    guard let name = pieces.first, Lexicon.isValidName(name),
                          pieces.count == 1 || Lexicon.isValidName(pieces[1]) else {
                        throw SyntaxError(message: "'{\(inside)}' is not a slot name (or slot.attribute)", offset: start)
                    }
                    parts.append(.slot(name, attribute: pieces.count > 1 ? pieces[1] : nil))
                    i += 1
                } else if c == UInt8(ascii: "[") {
                    flush()
                    i += 1
                    let group = try parseParts(inGroup: true)
                    parts.append(.group(group))
                } else if c == UInt8(ascii: "]") {
                    guard inGroup else { throw SyntaxError(message: "unexpected ']'", offset: i) }
                    i += 1
                    flush()
                    return parts
                } else if c == UInt8(ascii: "}") {
                    throw SyntaxError(message: "unexpected '}'", offset: i)
                } else {
                    text.append(c)
                    i += 1
                }
            }
            if inGroup { throw SyntaxError(message: "missing ']'", offset: bytes.count) }
            flush()
            return parts
        }
        let parts = try parseParts(inGroup: false)
        return TopicTemplate(source: source, parts: parts)
    }

    public var slots: [String] {
        var out: [String] = []
        func walk(_ parts: [Part]) {
            for p in parts {
                switch p {
                case .slot(let s, _): out.append(s)
                case .group(let g): walk(g)
                case .text: break
                }
            }
        }
        walk(parts)
        return out
    }

    /// The subject for these slot values; `attribute(slot, name)` gives `{slot.name}`.
    public func render(_ values: [String: String], attribute: (String, String) -> String? = { _, _ in nil }) -> String {
        func render(_ parts: [Part], strict: Bool) -> String? {
            var out = ""
            for p in parts {
                switch p {
                case .text(let t): out += t
                case .slot(let s, let name):
                    if let v = values[s] { out += name.flatMap { attribute(s, $0) } ?? v } else if strict { return nil }
                case .group(let g): out += render(g, strict: true) ?? ""
                }
            }
            return out
        }
        let raw = render(parts, strict: false) ?? ""
        return raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
