import CLibXML2

/// A handle on one element of an `HTMLTree` under construction. Text and attribute values go in
/// through libxml2's text nodes, so the serializer escapes them: nothing here writes markup.
/// Valid only while its tree is alive; never leaves the render call that made it.
struct HTMLElement {
    let node: xmlNodePtr

    /// Appends a child element, with attributes and text content.
    @discardableResult
    func add(_ tag: String, _ attributes: [(String, String)] = [], text: String? = nil) -> HTMLElement {
        let child = tag.withCString(encodedAs: UTF8.self) { xmlNewChild(node, nil, $0, nil) }
        guard let child else { fatalError("libxml2 could not allocate an element") }
        let element = HTMLElement(node: child)
        for (name, value) in attributes { element.set(name, value) }
        if let text { element.append(text) }
        return element
    }

    /// Appends text (escaped on output).
    func append(_ text: String) {
        guard !text.isEmpty else { return }
        let clean = Self.printable(text)
        let textNode = clean.withCString(encodedAs: UTF8.self) { xmlNewDocText(node.pointee.doc, $0) }
        guard let textNode else { fatalError("libxml2 could not allocate a text node") }
        xmlAddChild(node, textNode)
    }

    /// Appends the report's own static text (a stylesheet, a script), known to hold no character
    /// HTML forbids: no scan.
    func appendTrusted(_ text: String) {
        let textNode = text.withCString(encodedAs: UTF8.self) { xmlNewDocText(node.pointee.doc, $0) }
        guard let textNode else { fatalError("libxml2 could not allocate a text node") }
        xmlAddChild(node, textNode)
    }

    /// Sets an attribute (its value escaped on output).
    func set(_ name: String, _ value: String) {
        let clean = Self.printable(value)
        name.withCString(encodedAs: UTF8.self) { namePointer in
            clean.withCString(encodedAs: UTF8.self) { valuePointer in
                _ = xmlNewProp(node, namePointer, valuePointer)
            }
        }
    }

    /// The text with characters HTML forbids (NUL and other controls, noncharacters) replaced by
    /// U+FFFD, so article text can never cut a C string short or fail validation.
    static func printable(_ text: String) -> String {
        guard mayHoldForbidden(text), text.unicodeScalars.contains(where: isForbidden) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// A quick pass over the UTF-8 bytes: false when no byte can start a forbidden character
    /// (a control, C2 80–9F, or a sequence led by EF or F0–F4, checked scalar by scalar).
    private static func mayHoldForbidden(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { return true }
                } else if b >= 0x7F {
                    if b == 0x7F || b == 0xEF || b >= 0xF0 { return true }
                    if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C }
        if v >= 0x7F && v <= 0x9F { return true }
        if v >= 0xFDD0 && v <= 0xFDEF { return true }
        return (v & 0xFFFE) == 0xFFFE
    }
}
