import CLibXML2

/// Read access to libxml2 nodes, returning Swift values (libxml2 buffers are freed here).
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's tag name, lowercased (libxml2's HTML parser already lowercases).
    var tagName: String {
        guard let name = pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The attribute's value (entities decoded), or nil when the element lacks it.
    func attribute(_ name: String) -> String? {
        guard let value = name.withCString(encodedAs: UTF8.self, { xmlGetProp(self, $0) }) else { return nil }
        defer { cc_xmlFree(value) }
        return String(cString: value)
    }

    /// The attribute's value without surrounding ASCII whitespace; nil when missing or blank.
    func trimmedAttribute(_ name: String) -> String? {
        guard let value = attribute(name) else { return nil }
        let trimmed = Self.trimmingASCIIWhitespace(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Concatenated text of the node and its descendants.
    var textContent: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { cc_xmlFree(content) }
        return String(cString: content)
    }

    /// Calls `body` with the raw UTF-8 bytes of a text or CDATA node (no copy).
    func withTextBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let content = pointee.content else { return }
        body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    private static func trimmingASCIIWhitespace(_ string: String) -> String {
        let bytes = Array(string.utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
