import CLibXML2

/// The attributes of an element that the page reader uses, read in one pass over libxml2's
/// attribute list (no lookup per name).
///
/// Values are read as libxml2's bytes where they are ASCII (lowercased and split byte by byte,
/// the label built in a reused byte buffer and made a `String` once); other values go through
/// `String`, exactly as before, so the label is the same either way.
struct ElementAttributes {
    /// `tag#id.class1.class2@itemprop@role`, lowercased, as used in `PageBlock.ancestry`.
    var label: String
    /// `hidden`, `aria-hidden="true"` or an inline style with `display:none` / `visibility:hidden`.
    var hidden = false
    var dateTime: String?

    /// `scratch` is a buffer the caller keeps between elements (its contents are overwritten).
    init(_ node: xmlNodePtr, tag: String, scratch: inout [UInt8]) {
        var id: xmlAttrPtr?
        var classes: xmlAttrPtr?
        var itemprop: xmlAttrPtr?
        var role: xmlAttrPtr?
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name else { continue }
            if Self.name(name, is: "id") { id = current }
            else if Self.name(name, is: "class") { classes = current }
            else if Self.name(name, is: "hidden") { hidden = true }
            else if Self.name(name, is: "aria-hidden") { hidden = hidden || Self.isTrue(current) }
            else if Self.name(name, is: "style") { if Self.hidesElement(current) { hidden = true } }
            else if Self.name(name, is: "datetime") { dateTime = Self.value(current).flatMap { $0.isEmpty ? nil : $0 } }
            else if Self.name(name, is: "itemprop") { itemprop = current }
            else if Self.name(name, is: "role") { role = current }
        }
        guard id != nil || classes != nil || itemprop != nil || role != nil else {
            label = tag
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: tag.utf8)
        if let id { Self.appendName(id, marker: 0x23, to: &scratch) }  // #
        if let classes { Self.appendClasses(classes, to: &scratch) }
        if let itemprop { Self.appendName(itemprop, marker: 0x40, to: &scratch) }  // @
        if let role { Self.appendName(role, marker: 0x40, to: &scratch) }
        label = String(decoding: scratch, as: UTF8.self)
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

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    private static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Calls `body` with the attribute's bytes (entities decoded) when they are all ASCII, else
    /// returns nil without calling it.
    private static func withASCIIValue<R>(_ attribute: xmlAttrPtr, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let child = attribute.pointee.children, let content = child.pointee.content else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        if child.pointee.next == nil {
            let bytes = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
            return bytes.allSatisfy({ $0 < 0x80 }) ? body(bytes) : nil
        }
        guard let all = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { cc_xmlFree(all) }
        let bytes = UnsafeBufferPointer(start: all, count: Int(xmlStrlen(all)))
        return bytes.allSatisfy({ $0 < 0x80 }) ? body(bytes) : nil
    }

    /// `marker` and the value lowercased, when the value is not blank (id, itemprop, role).
    private static func appendName(_ attribute: xmlAttrPtr, marker: UInt8, to out: inout [UInt8]) {
        let done: Bool? = withASCIIValue(attribute) { bytes in
            guard let first = bytes.firstIndex(where: { !isSpace($0) }),
                  let last = bytes.lastIndex(where: { !isSpace($0) }) else { return true }
            out.append(marker)
            appendLowered(UnsafeBufferPointer(rebasing: bytes[first...last]), to: &out)
            return true
        }
        guard done == nil, let value = value(attribute), !value.isEmpty else { return }
        out.append(marker)
        out.append(contentsOf: value.lowercased().utf8)
    }

    /// ASCII bytes, copied at once and then lowercased in place.
    private static func appendLowered(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let start = out.count
        out.append(contentsOf: bytes)
        for i in start..<out.count where out[i] &- 0x41 < 26 { out[i] |= 0x20 }
    }

    /// "." and each class name, lowercased.
    private static func appendClasses(_ attribute: xmlAttrPtr, to out: inout [UInt8]) {
        let done: Bool? = withASCIIValue(attribute) { bytes in
            // ASCII: the whitespace characters are the ASCII whitespace bytes.
            var i = 0
            while i < bytes.count {
                if isSpace(bytes[i]) { i += 1; continue }
                let start = i
                while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
                out.append(0x2E)
                appendLowered(UnsafeBufferPointer(rebasing: bytes[start..<i]), to: &out)
            }
            return true
        }
        guard done == nil, let classes = value(attribute) else { return }
        for name in classes.split(whereSeparator: \.isWhitespace) {
            out.append(0x2E)
            out.append(contentsOf: name.lowercased().utf8)
        }
    }

    /// `aria-hidden="true"`, ignoring case and surrounding ASCII whitespace.
    private static func isTrue(_ attribute: xmlAttrPtr) -> Bool {
        if let answer = withASCIIValue(attribute, { bytes -> Bool in
            guard let first = bytes.firstIndex(where: { !isSpace($0) }),
                  let last = bytes.lastIndex(where: { !isSpace($0) }), last - first == 3 else { return false }
            return lowered(bytes[first]) == 0x74 && lowered(bytes[first + 1]) == 0x72
                && lowered(bytes[first + 2]) == 0x75 && lowered(bytes[first + 3]) == 0x65  // true
        }) {
            return answer
        }
        return value(attribute)?.lowercased() == "true"
    }

    /// An inline style with `display:none` or `visibility:hidden` (spaces and case ignored).
    private static func hidesElement(_ attribute: xmlAttrPtr) -> Bool {
        if let answer = withASCIIValue(attribute, { bytes -> Bool in
            var squeezed: [UInt8] = []
            squeezed.reserveCapacity(bytes.count)
            for b in bytes where b != 0x20 { squeezed.append(lowered(b)) }
            return contains(squeezed, "display:none") || contains(squeezed, "visibility:hidden")
        }) {
            return answer
        }
        guard let style = value(attribute)?.lowercased().filter({ $0 != " " }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    private static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let target = needle.utf8Start
        outer: for start in 0...(bytes.count - count) {
            for j in 0..<count where bytes[start + j] != target[j] { continue outer }
            return true
        }
        return false
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
