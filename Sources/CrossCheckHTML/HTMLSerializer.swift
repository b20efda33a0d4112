import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
///
/// Bytes go into a buffer of its own (grown by doubling, copied with `memcpy`-like moves), text
/// is scanned eight bytes at a time for the bytes that need escaping, and an element name's
/// description is found by the name's pointer (names are interned in the page's dictionary) in
/// a small direct-mapped table.
struct HTMLSerializer: ~Copyable {
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

    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Names are interned in the page's dictionary, so a name's pointer identifies it: a
    /// direct-mapped table by pointer first, a dictionary behind it.
    private static let slots = 64
    private var slotNames = [UnsafePointer<xmlChar>?](repeating: nil, count: slots)
    private var slotInfos: [ElementInfo]
    private var elements: [UnsafePointer<xmlChar>: ElementInfo] = [:]
    private var attributes: [UnsafePointer<xmlChar>: AttributeInfo] = [:]

    private init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        slotInfos = [ElementInfo](repeating: ElementInfo(name: none, known: false, empty: false, saveEndTag: false, isInline: false,
                                                         isHTMLOrBody: false, startsWithP: false, isRawText: false, isAnchor: false),
                                  count: Self.slots)
    }

    deinit { base.deallocate() }

    /// The serialization of `document`, or nil when it holds something this writer leaves to libxml2.
    static func serialize(_ document: xmlDocPtr, capacity: Int = 1 << 16) -> String? {
        var writer = HTMLSerializer(capacity: capacity)
        guard writer.walk(document) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: writer.base, count: writer.count), as: UTF8.self)
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
            write(0x0A)
            return true
        }
        var parent: xmlNodePtr? = root
        while true {
            switch cur.pointee.type {
            case XML_ELEMENT_NODE:
                guard cur.pointee.ns == nil, cur.pointee.nsDef == nil, cur.pointee.parent == parent,
                      let name = cur.pointee.name else { return false }
                let info = element(name)
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
                   element(parentName).isRawText {
                    write(cString: content)
                } else {
                    escape(content, count: Self.length(content))
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
                guard let name = cur.pointee.name else { return false }
                let info = element(name)
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
        let length = Self.length(content)
        // Escaping adds and drops no quote: the quotes are those of the raw value.
        var double = false, single = false
        for i in 0..<length {
            switch content[i] {
            case 0x22: double = true
            case 0x27: single = true
            // `<!--` (a server-side include) and `&{` (an HTML 4 script entity) are copied into
            // an attribute unescaped by libxml2: such a page is left to it.
            case 0x3C where i + 3 < length && content[i + 1] == 0x21 && content[i + 2] == 0x2D && content[i + 3] == 0x2D:
                return false
            case 0x26 where i + 1 < length && content[i + 1] == 0x7B:
                return false
            default: break
            }
        }
        if info.isURI || (info.isName && element.isAnchor) {
            let escaped = escapedAside(content, count: length)
            writeURI(escaped)
        } else if double && single {
            // xmlBufWriteQuotedString: both quotes: in double quotes, `"` as `&quot;`.
            let escaped = escapedAside(content, count: length)
            write(0x22)
            for b in escaped {
                if b == 0x22 { write("&quot;") } else { write(b) }
            }
            write(0x22)
        } else {
            // Single quotes when the value holds `"` (and no `'`), else double quotes.
            let quote: UInt8 = double ? 0x27 : 0x22
            write(quote)
            escape(content, count: length)
            write(quote)
        }
        return true
    }

    /// The escaped value as an array (for the rare values written with a second transformation).
    private mutating func escapedAside(_ content: UnsafePointer<xmlChar>, count length: Int) -> [UInt8] {
        let start = count
        escape(content, count: length)
        let escaped = Array(UnsafeBufferPointer(start: base + start, count: count - start))
        count = start
        return escaped
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
                write(b)
            } else {
                write(0x25)
                write(Self.hexDigit(b >> 4))
                write(Self.hexDigit(b & 0xF))
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
    /// and every byte of a non-ASCII character as they are; other control bytes dropped. Runs of
    /// bytes that need none of this are found eight bytes at a time and copied at once.
    private mutating func escape(_ text: UnsafePointer<xmlChar>, count n: Int) {
        var i = 0
        var run = 0
        while i < n {
            if i + 8 <= n, !Self.needsLook(UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = text[i]
            if b >= 0x20 && b != 0x3C && b != 0x3E && b != 0x26 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
                continue
            }
            if i > run { write(text + run, i - run) }
            switch b {
            case 0x3C: write("&lt;")
            case 0x3E: write("&gt;")
            case 0x26: write("&amp;")
            default: break  // a control byte: dropped
            }
            i += 1
            run = i
        }
        if n > run { write(text + run, n - run) }
    }

    /// Whether one of the eight bytes is below 0x20 or is `<`, `>` or `&` (exact: a byte of 0x80
    /// or more never counts).
    @inline(__always)
    private static func needsLook(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below = (w &- ones &* 0x20) & ~w & highs != 0
        return below || hasZero(w ^ (ones &* 0x3C)) || hasZero(w ^ (ones &* 0x3E)) || hasZero(w ^ (ones &* 0x26))
    }

    // MARK: Names

    private mutating func element(_ name: UnsafePointer<xmlChar>) -> ElementInfo {
        let slot = (Int(bitPattern: name) >> 3) & (Self.slots - 1)
        if slotNames[slot] == name { return slotInfos[slot] }
        let info = describedElement(name)
        slotNames[slot] = name
        slotInfos[slot] = info
        return info
    }

    private mutating func describedElement(_ name: UnsafePointer<xmlChar>) -> ElementInfo {
        if let info = elements[name] { return info }
        let bytes = UnsafeBufferPointer(start: name, count: Self.length(name))
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
            name: UnsafeBufferPointer(start: name, count: Self.length(name)),
            boolean: htmlIsBooleanAttr(name) != 0,
            isURI: xmlStrcasecmp(name, "href") == 0 || xmlStrcasecmp(name, "action") == 0 || xmlStrcasecmp(name, "src") == 0,
            isName: xmlStrcasecmp(name, "name") == 0)
        attributes[name] = info
        return info
    }

    // MARK: Bytes

    @inline(__always)
    private static func length(_ text: UnsafePointer<xmlChar>) -> Int {
        strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func write(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).initialize(from: bytes, count: n)
        count += n
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        write(start, bytes.count)
    }

    private mutating func write(_ text: StaticString) { write(text.utf8Start, text.utf8CodeUnitCount) }

    private mutating func write(cString: UnsafePointer<xmlChar>) { write(cString, Self.length(cString)) }
}
