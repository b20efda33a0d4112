import CLibXML2

/// The attributes of an element that the page reader uses, read in one pass over libxml2's
/// attribute list (no lookup per name).
struct ElementAttributes {
    /// `tag#id.class1.class2@itemprop@role`, lowercased, as used in `PageBlock.ancestry`.
    var label: String
    /// `hidden`, `aria-hidden="true"` or an inline style with `display:none` / `visibility:hidden`.
    var hidden = false
    var dateTime: String?
    var itemprop: String?

    init(_ node: xmlNodePtr, tag: String) {
        label = tag
        var id: String?
        var classes: String?
        var role: String?
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name else { continue }
            if Self.name(name, is: "id") { id = Self.value(current) }
            else if Self.name(name, is: "class") { classes = Self.value(current) }
            else if Self.name(name, is: "hidden") { hidden = true }
            else if Self.name(name, is: "aria-hidden") { hidden = hidden || Self.value(current)?.lowercased() == "true" }
            else if Self.name(name, is: "style") {
                if let style = Self.value(current)?.lowercased().filter({ $0 != " " }),
                   style.contains("display:none") || style.contains("visibility:hidden") { hidden = true }
            }
            else if Self.name(name, is: "datetime") { dateTime = Self.value(current).flatMap { $0.isEmpty ? nil : $0 } }
            else if Self.name(name, is: "itemprop") { itemprop = Self.value(current) }
            else if Self.name(name, is: "role") { role = Self.value(current) }
        }
        if let id, !id.isEmpty { label += "#" + id.lowercased() }
        if let classes {
            if classes.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: the whitespace characters are the ASCII whitespace bytes.
                for name in classes.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                    label += "." + Substring(name).lowercased()
                }
            } else {
                for name in classes.split(whereSeparator: \.isWhitespace) { label += "." + name.lowercased() }
            }
        }
        if let itemprop, !itemprop.isEmpty { label += "@" + itemprop.lowercased() }
        if let role, !role.isEmpty { label += "@" + role.lowercased() }
    }

    /// Whether an attribute's name is `expected` (ASCII, lowercase), ignoring ASCII case: the same
    /// as comparing the lowercased name, since none of these names has a "k" (the Kelvin sign is
    /// the one non-ASCII letter whose lowercase is an ASCII letter).
    private static func name(_ name: UnsafePointer<xmlChar>, is expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        let target = expected.utf8Start
        for i in 0..<count {
            let b = name[i]
            guard b != 0, (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == target[i] else { return false }
        }
        return name[count] == 0
    }

    /// The attribute's text (entities decoded), trimmed of ASCII whitespace.
    private static func value(_ attribute: xmlAttrPtr) -> String? {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return "" }
        if child.pointee.next == nil {
            return String(cString: content).trimmingASCIIWhitespace
        }
        guard let all = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { cc_xmlFree(all) }
        return String(cString: all).trimmingASCIIWhitespace
    }
}

extension String {
    var trimmingASCIIWhitespace: String {
        let utf8 = self.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return self }
        return String(self[first...last])
    }
}
