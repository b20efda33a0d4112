import CLibXML2

/// Writes a page built by `HTMLTree` as the bytes libxml2's `htmlDocContentDumpFormatOutput`
/// (format on) gives for it, without libxml2's per-node costs: its serializer looks each
/// element's name up in the HTML element table by case-insensitive string comparison at the
/// start and again at the end tag, allocates an escaped copy of every text node and attribute
/// value, and writes through its output buffer one small string at a time (about a million
/// instructions a report page).
///
/// Reads: a libxml2 HTML document. Adds: its serialization, or nil when the tree holds anything
/// this writer does not reproduce (a node type other than element, text, comment and the
/// document type; a namespace; an attribute that is not one text node; an attribute value with
/// `<!--` or `&{`, which libxml2 copies unescaped; a document type with public or system ids) —
/// the caller then asks libxml2 itself. What each element is (empty, inline, end tag kept) comes
/// from libxml2's own table (`htmlTagLookup`), asked once per distinct name of a page; the
/// rules of layout and escaping follow libxml2 2.9's HTMLtree.c and entities.c, and
/// `HTMLSerializerTests` holds this writer to the linked libxml2's output on pages of every
/// kind of node, attribute and byte the report writes.
struct HTMLSerializer {
    /// What the serializer needs of one element name.
    private struct ElementInfo {
        var name: UnsafeBufferPointer<UInt8>
        /// In libxml2's HTML element table.
        var known: Bool
        var empty: Bool
        var saveEndTag: Bool
        var isInline: Bool
        /// `html` or `body`: always written with an end tag.
        var isHTMLOrBody: Bool
        /// Starts with `p` (p, pre, param): no line breaks added inside it or between its children.
        var startsWithP: Bool
        /// `script` or `style` (any case): its text is written as is.
        var isRawText: Bool
        /// `a`: its `name` attribute is a URI.
        var isAnchor: Bool
    }

    /// What the serializer needs of one attribute name.
    private struct AttributeInfo {
        var name: UnsafeBufferPointer<UInt8>
        var boolean: Bool
        /// `href`, `action` or `src` (any case): URI-escaped.
        var isURI: Bool
        /// `name` (any case): URI-escaped on an `a`.
        var isName: Bool
    }

    private var out: [UInt8] = []
    /// Names are interned in the page's dictionary, so a name's pointer identifies it.
    private var elements: [UnsafePointer<xmlChar>: ElementInfo] = [:]
    private var attributes: [UnsafePointer<xmlChar>: AttributeInfo] = [:]
    private var scratch: [UInt8] = []

    /// The serialization of `document`, or nil when it holds something this writer leaves to libxml2.
    static func serialize(_ document: xmlDocPtr, capacity: Int = 1 << 16) -> [UInt8]? {
        var writer = HTMLSerializer()
        writer.out.reserveCapacity(capacity)
        return writer.walk(document) ? writer.out : nil
    }

    // MARK: The walk (htmlNodeDumpFormatOutput's, without recursion)

    private mutating func walk(_ document: xmlDocPtr) -> Bool {
        if let dtd = document.pointee.intSubset {
            guard dtd.pointee.ExternalID == nil, dtd.pointee.SystemID == nil, let name = dtd.pointee.name else { return false }
            write("<!DOCTYPE ")
            write(cString: name)
            write(">\n")
        }
        let root = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
        guard var cur = document.pointee.children else {
            write("\n")
            return true
        }
        var parent: xmlNodePtr? = root
        while true {
            switch cur.pointee.type {
            case XML_ELEMENT_NODE:
                guard cur.pointee.ns == nil, cur.pointee.nsDef == nil, cur.pointee.parent == parent,
                      let name = cur.pointee.name, let info = element(name) else { return false }
                write(0x3C)
                write(info.name)
                var attribute = cur.pointee.properties
                while let a = attribute {
                    guard write(a, on: info) else { return false }
                    attribute = a.pointee.next
                }
                if info.known && info.empty {
                    write(0x3E)
                } else if let first = cur.pointee.children {
                    write(0x3E)
                    if info.known, !info.isInline, !Self.isTextLike(first), first != cur.pointee.last, !info.startsWithP {
                        write(0x0A)
                    }
                    parent = cur
                    cur = first
                    continue
                } else if info.known && info.saveEndTag && !info.isHTMLOrBody {
                    write(0x3E)
                } else {
                    write("></")
                    write(info.name)
                    write(0x3E)
                }
                if info.known, !info.isInline, let next = cur.pointee.next, !Self.isTextLike(next),
                   let parent, let parentName = parent.pointee.name, parentName[0] != 0x70 {
                    write(0x0A)
                }
            case XML_TEXT_NODE:
                guard let content = cur.pointee.content else { break }
                guard let name = cur.pointee.name, Self.isPlainTextName(name) else { return false }
                if let parent, parent.pointee.type == XML_ELEMENT_NODE, let parentName = parent.pointee.name,
                   element(parentName)?.isRawText == true {
                    write(cString: content)
                } else {
                    escape(content, into: &out)
                }
            case XML_COMMENT_NODE:
                if let content = cur.pointee.content {
                    write("<!--")
                    write(cString: content)
                    write("-->")
                }
            case XML_DTD_NODE:
                break
            default:
                return false
            }
            // Up to the next node: end tags of the elements left on the way.
            while true {
                if cur == root { return true }
                if let next = cur.pointee.next {
                    cur = next
                    break
                }
                guard let up = parent else { return false }
                cur = up
                parent = cur.pointee.parent
                if cur == root {
                    write(0x0A)
                    continue
                }
                guard let name = cur.pointee.name, let info = element(name) else { return false }
                if info.known, !info.isInline, let last = cur.pointee.last, !Self.isTextLike(last),
                   cur.pointee.children != last, !info.startsWithP {
                    write(0x0A)
                }
                write("</")
                write(info.name)
                write(0x3E)
                if info.known, !info.isInline, let next = cur.pointee.next, !Self.isTextLike(next),
                   let parent, let parentName = parent.pointee.name, parentName[0] != 0x70 {
                    write(0x0A)
                }
            }
        }
    }

    /// Text and entity references: no line break is added before or after them.
    private static func isTextLike(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_ENTITY_REF_NODE
    }

    /// A text node made by `xmlNewDocText` (named "text"; "textnoenc" would be written unescaped).
    private static func isPlainTextName(_ name: UnsafePointer<xmlChar>) -> Bool {
        name[0] == 0x74 && name[1] == 0x65 && name[2] == 0x78 && name[3] == 0x74 && name[4] == 0
    }

    // MARK: Attributes (htmlAttrDumpOutput's)

    private mutating func write(_ attribute: xmlAttrPtr, on element: ElementInfo) -> Bool {
        guard attribute.pointee.ns == nil, let name = attribute.pointee.name else { return false }
        let info = self.attribute(name)
        write(0x20)
        write(info.name)
        guard let child = attribute.pointee.children, !info.boolean else { return true }
        guard child.pointee.type == XML_TEXT_NODE, child.pointee.next == nil else { return false }
        write(0x3D)
        guard let content = child.pointee.content else {
            write("\"\"")
            return true
        }
        let length = Int(xmlStrlen(content))
        let value = UnsafeBufferPointer(start: content, count: length)
        if Self.holdsVerbatimConstruct(value) { return false }
        scratch.removeAll(keepingCapacity: true)
        escape(content, into: &scratch)
        if info.isURI || (info.isName && element.isAnchor) {
            writeURI(scratch)
        } else {
            writeQuoted(scratch)
        }
        return true
    }

    /// `<!--` (a server-side include) or `&{` (an HTML 4 script entity): libxml2 copies these
    /// into an attribute unescaped; such a page is left to libxml2.
    private static func holdsVerbatimConstruct(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = value.count
        var i = 0
        while i < n {
            let b = value[i]
            if b == 0x3C, i + 3 < n, value[i + 1] == 0x21, value[i + 2] == 0x2D, value[i + 3] == 0x2D { return true }
            if b == 0x26, i + 1 < n, value[i + 1] == 0x7B { return true }
            i += 1
        }
        return false
    }

    /// xmlBufWriteQuotedString: in double quotes; in single quotes when the value holds `"` and
    /// no `'`; in double quotes with `"` as `&quot;` when it holds both.
    private mutating func writeQuoted(_ value: [UInt8]) {
        let double = value.contains(0x22)
        if double && !value.contains(0x27) {
            write(0x27)
            out.append(contentsOf: value)
            write(0x27)
            return
        }
        write(0x22)
        if double {
            for b in value {
                if b == 0x22 { write("&quot;") } else { out.append(b) }
            }
        } else {
            out.append(contentsOf: value)
        }
        write(0x22)
    }

    /// A URI attribute: leading blanks dropped, then `xmlURIEscapeStr(value, "@/:=?;#%&,+<>")`
    /// (every byte but letters, digits, `-_.!~*'()` and those of the list as `%XX`), in double
    /// quotes (the escaped value holds no `"`).
    private mutating func writeURI(_ value: [UInt8]) {
        var start = 0
        while start < value.count, value[start] == 0x20 || value[start] == 0x09 || value[start] == 0x0A || value[start] == 0x0D {
            start += 1
        }
        write(0x22)
        for b in value[start...] {
            if Self.keptInURI(b) {
                out.append(b)
            } else {
                out.append(0x25)
                out.append(Self.hexDigit(b >> 4))
                out.append(Self.hexDigit(b & 0xF))
            }
        }
        write(0x22)
    }

    @inline(__always)
    private static func keptInURI(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        // IS_MARK: - _ . ! ~ * ' ( )
        case 0x2D, 0x5F, 0x2E, 0x21, 0x7E, 0x2A, 0x27, 0x28, 0x29: return true
        // "@" and the list "@/:=?;#%&,+<>"
        case 0x40, 0x2F, 0x3A, 0x3D, 0x3F, 0x3B, 0x23, 0x25, 0x26, 0x2C, 0x2B, 0x3C, 0x3E: return true
        default: return false
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v <= 9 ? 0x30 + v : 0x41 + v - 10 }

    // MARK: Escaping (xmlEncodeEntitiesInternal for an HTML document)

    /// `<`, `>` and `&` as entities; tab, line feed, carriage return, the other ASCII characters
    /// and every byte of a non-ASCII character as they are; other control bytes dropped.
    private func escape(_ text: UnsafePointer<xmlChar>, into buffer: inout [UInt8]) {
        var p = text
        var run = p
        while true {
            let b = p.pointee
            if b >= 0x20 && b != 0x3C && b != 0x3E && b != 0x26 || b == 0x09 || b == 0x0A || b == 0x0D {
                p += 1
                continue
            }
            if p > run { buffer.append(contentsOf: UnsafeBufferPointer(start: run, count: p - run)) }
            switch b {
            case 0: return
            case 0x3C: Self.append("&lt;", to: &buffer)
            case 0x3E: Self.append("&gt;", to: &buffer)
            case 0x26: Self.append("&amp;", to: &buffer)
            default: break  // a control byte: dropped
            }
            p += 1
            run = p
        }
    }

    // MARK: Names

    private mutating func element(_ name: UnsafePointer<xmlChar>) -> ElementInfo? {
        if let info = elements[name] { return info }
        let bytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        var info = ElementInfo(name: bytes, known: false, empty: false, saveEndTag: false, isInline: false,
                               isHTMLOrBody: false, startsWithP: bytes.first == 0x70,
                               isRawText: xmlStrcasecmp(name, "script") == 0 || xmlStrcasecmp(name, "style") == 0,
                               isAnchor: xmlStrcasecmp(name, "a") == 0)
        if let described = htmlTagLookup(name) {
            info.known = true
            info.empty = described.pointee.empty != 0
            info.saveEndTag = described.pointee.saveEndTag != 0
            info.isInline = described.pointee.isinline != 0
            // libxml2 compares the table's name (lowercase), case-sensitively.
            if let tableName = described.pointee.name {
                let table = UnsafeRawPointer(tableName).assumingMemoryBound(to: xmlChar.self)
                info.isHTMLOrBody = xmlStrEqual(table, "html") != 0 || xmlStrEqual(table, "body") != 0
            }
        }
        elements[name] = info
        return info
    }

    private mutating func attribute(_ name: UnsafePointer<xmlChar>) -> AttributeInfo {
        if let info = attributes[name] { return info }
        let info = AttributeInfo(
            name: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))),
            boolean: htmlIsBooleanAttr(name) != 0,
            isURI: xmlStrcasecmp(name, "href") == 0 || xmlStrcasecmp(name, "action") == 0 || xmlStrcasecmp(name, "src") == 0,
            isName: xmlStrcasecmp(name, "name") == 0)
        attributes[name] = info
        return info
    }

    // MARK: Bytes

    @inline(__always) private mutating func write(_ byte: UInt8) { out.append(byte) }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { out.append(contentsOf: bytes) }

    private mutating func write(_ text: StaticString) { Self.append(text, to: &out) }

    @inline(__always)
    private static func append(_ text: StaticString, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func write(cString: UnsafePointer<xmlChar>) {
        out.append(contentsOf: UnsafeBufferPointer(start: cString, count: Int(xmlStrlen(cString))))
    }
}
