/// A claim rule's subject template: `{nation} {forces}[ in {place}]`.
///
/// `{slot}` is replaced by the slot's canonical value; a `[...]` segment is left out when a slot
/// inside it is missing, and a bare missing slot is dropped. Spaces are tidied afterwards.
public struct TopicTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case slot(String)
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
                    let name = String(decoding: bytes[from..<i], as: UTF8.self).trimmingSpaces
                    guard Lexicon.isValidName(String(name)) else {
                        throw SyntaxError(message: "'{\(name)}' is not a slot name", offset: start)
                    }
                    parts.append(.slot(String(name)))
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
                case .slot(let s): out.append(s)
                case .group(let g): walk(g)
                case .text: break
                }
            }
        }
        walk(parts)
        return out
    }

    public func render(_ values: [String: String]) -> String {
        func render(_ parts: [Part], strict: Bool) -> String? {
            var out = ""
            for p in parts {
                switch p {
                case .text(let t): out += t
                case .slot(let s):
                    if let v = values[s] { out += v } else if strict { return nil }
                case .group(let g): out += render(g, strict: true) ?? ""
                }
            }
            return out
        }
        let raw = render(parts, strict: false) ?? ""
        return raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
