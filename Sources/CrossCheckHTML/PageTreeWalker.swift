import CLibXML2
import CrossCheck

/// Walks a parsed libxml2 tree once, iteratively (no recursion, so any nesting depth is safe), and
/// collects the page's metadata and text blocks in page order.
struct PageTreeWalker {
    /// Ancestry entries kept per block: the first `ancestryHead` and the last `ancestryTail`
    /// elements, with "…" between them when the page nests deeper.
    static let ancestryHead = 8
    static let ancestryTail = 55

    private enum Frame {
        case owner, separator, link, plain
    }

    private(set) var page = ParsedPage()
    private var path: [String] = []
    private var pathIDs: [Int] = []
    private var nextID = 0
    private var frames: [Frame] = []
    private var owners: [OpenBlock] = []
    private var linkDepth = 0
    private var names = ElementNameCache()
    /// Reused by `ElementAttributes` to build labels.
    private var labelBytes: [UInt8] = []

    mutating func walk(from first: xmlNodePtr?) {
        var node = first
        while let current = node {
            let entered = enter(current)
            if entered, let child = current.pointee.children {
                node = child
                continue
            }
            if entered { leave() }
            node = nextNode(after: current)
        }
    }

    /// The next node in document order once `node`'s subtree is done, leaving finished ancestors.
    private mutating func nextNode(after node: xmlNodePtr) -> xmlNodePtr? {
        var done = node
        while true {
            if let next = done.pointee.next { return next }
            guard let parent = done.pointee.parent, parent.isElement else { return nil }
            leave()
            done = parent
        }
    }

    /// Handles a node; returns true when it was pushed as an element whose children are visited.
    /// Hidden elements (`hidden`, `aria-hidden`, `display:none`) are skipped with their subtree.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        if node.isText {
            appendText(of: node)
            return false
        }
        guard node.isElement else { return false }
        let (tag, role) = names.lookUp(node)
        if readMetadata(tag, node) { return false }
        switch role {
        case .skipped:
            return false
        case .wordBreak:
            lineBreak(tag)
            return false
        default:
            break
        }
        let attributes = ElementAttributes(node, tag: tag, scratch: &labelBytes)
        if attributes.hidden, tag != "html", tag != "body" { return false }
        switch role {
        case .block:
            push(attributes.label, frame: .owner)
            openBlock(tag, role: role, ownDateTime: attributes.dateTime)
        case .container:
            if let top = owners.last, top.role == .block {
                push(attributes.label, frame: .separator)
                breakWord()
            } else {
                push(attributes.label, frame: .owner)
                openBlock(tag, role: role, ownDateTime: attributes.dateTime)
            }
        default:
            enterInline(tag, node, attributes)
        }
        return true
    }

    private mutating func enterInline(_ tag: String, _ node: xmlNodePtr, _ attributes: ElementAttributes) {
        if tag == "a" {
            push(attributes.label, frame: .link)
            linkDepth += 1
            return
        }
        push(attributes.label, frame: .plain)
        if tag == "html", page.language == nil {
            page.language = node.trimmedAttribute("lang") ?? node.trimmedAttribute("xml:lang")
        }
        // `<abbr class="published" title="2016-11-12">`: the date in the title, as microformats
        // (hAtom) mark it; `data-utime` is a Unix time (seconds).
        if tag == "abbr", let stamp = node.trimmedAttribute("title").flatMap({ $0.first?.isNumber == true ? $0 : nil })
            ?? node.trimmedAttribute("data-utime").flatMap(Self.unixTimeISO) {
            var text = CollapsedText()
            text.append(node.textContent)
            page.times.append(PageTime(dateTime: stamp, label: attributes.label, text: text.text, blockIndex: page.blocks.count))
        }
        if tag == "time" {
            var text = CollapsedText()
            text.append(node.textContent)
            page.times.append(PageTime(dateTime: attributes.dateTime, label: attributes.label, text: text.text,
                                       blockIndex: page.blocks.count))
            if let dateTime = attributes.dateTime, !owners.isEmpty, owners[owners.count - 1].segmentDateTime == nil {
                owners[owners.count - 1].segmentDateTime = dateTime
            }
        }
    }

    /// "1438091078" → "2015-07-28T13:44:38Z"; nil for anything but 9 to 10 digits.
    static func unixTimeISO(_ raw: String) -> String? {
        guard (9...10).contains(raw.utf8.count), raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int(raw) else { return nil }
        let days = seconds / 86_400, rest = seconds % 86_400
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(CalendarDay.string(days))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    private mutating func leave() {
        switch frames.removeLast() {
        case .owner:
            flushTop()
            owners.removeLast()
        case .separator:
            breakWord()
        case .link:
            linkDepth -= 1
        case .plain:
            break
        }
        path.removeLast()
        pathIDs.removeLast()
    }

    private mutating func push(_ label: String, frame: Frame) {
        path.append(label)
        pathIDs.append(nextID)
        nextID += 1
        frames.append(frame)
    }

    private mutating func openBlock(_ tag: String, role: ElementRole, ownDateTime: String?) {
        flushTop()
        owners.append(OpenBlock(tag: tag, role: role, depth: path.count, ownDateTime: ownDateTime))
    }

    private mutating func appendText(of node: xmlNodePtr) {
        guard !owners.isEmpty else { return }
        let inLink = linkDepth > 0
        node.withTextBytes { bytes in
            if owners[owners.count - 1].afterBreak,
               bytes.contains(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }) {
                owners[owners.count - 1].afterBreak = false
            }
            owners[owners.count - 1].text.append(bytes, inLink: inLink)
        }
    }

    /// `<br>` twice in a row (whitespace between allowed) ends a paragraph, as browsers show it.
    private mutating func lineBreak(_ tag: String) {
        guard !owners.isEmpty else { return }
        if tag == "br", owners[owners.count - 1].afterBreak {
            flushTop()
            owners[owners.count - 1].afterBreak = false
            return
        }
        owners[owners.count - 1].text.breakWord()
        owners[owners.count - 1].afterBreak = tag == "br"
    }

    private mutating func breakWord() {
        guard !owners.isEmpty else { return }
        owners[owners.count - 1].text.breakWord()
    }

    /// Emits the innermost open block's current segment, if it has text.
    private mutating func flushTop() {
        let top = owners.count - 1
        guard top >= 0, !owners[top].text.isEmpty else { return }
        let depth = owners[top].depth
        page.blocks.append(PageBlock(
            tag: owners[top].tag, text: owners[top].text.text, linkTextBytes: owners[top].text.linkBytes,
            ancestry: ancestry(depth: depth), ancestorIDs: ancestorIDs(depth: depth),
            dateTime: owners[top].segmentDateTime ?? owners[top].ownDateTime))
        owners[top].text.reset()
        owners[top].segmentDateTime = nil
    }

    private func ancestry(depth: Int) -> [String] {
        let head = Self.ancestryHead, tail = Self.ancestryTail
        if depth <= head + tail + 1 { return Array(path[..<depth]) }
        return Array(path[..<head]) + ["…"] + Array(path[(depth - tail)..<depth])
    }

    private func ancestorIDs(depth: Int) -> [Int] {
        let head = Self.ancestryHead, tail = Self.ancestryTail
        if depth <= head + tail + 1 { return Array(pathIDs[..<depth]) }
        return Array(pathIDs[..<head]) + [-1] + Array(pathIDs[(depth - tail)..<depth])
    }

    // MARK: metadata

    /// Reads title, meta, link and JSON-LD elements; returns true when the element is consumed.
    private mutating func readMetadata(_ tag: String, _ node: xmlNodePtr) -> Bool {
        switch tag {
        case "title":
            if page.title == nil {
                var text = CollapsedText()
                text.append(node.textContent)
                page.title = text.isEmpty ? nil : text.text
            }
            return true
        case "meta":
            readMeta(node)
            return true
        case "link":
            readLink(node)
            return true
        case "script":
            let type = node.trimmedAttribute("type")?.lowercased()
            if type == "application/ld+json" { page.jsonLD.append(node.textContent) }
            return true
        default:
            return false
        }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        if let charset = node.trimmedAttribute("http-equiv")?.lowercased(), charset == "content-language",
           let content = node.trimmedAttribute("content") {
            page.meta.append(MetaTag(key: "content-language", content: content))
            return
        }
        // `http-equiv="date"` and `"last-modified"` name dates too; microdata puts its date in
        // `datetime` (`<meta itemprop="dateCreated" datetime="...">`).
        let key = node.trimmedAttribute("name") ?? node.trimmedAttribute("property") ?? node.trimmedAttribute("itemprop")
            ?? node.trimmedAttribute("http-equiv")
        guard let key = key?.lowercased(),
              let content = node.attribute("content") ?? node.attribute("datetime") else { return }
        page.meta.append(MetaTag(key: key, content: content))
    }

    private mutating func readLink(_ node: xmlNodePtr) {
        guard page.canonical == nil,
              let rel = node.attribute("rel")?.lowercased(),
              rel.split(separator: " ").contains("canonical"),
              let href = node.trimmedAttribute("href") else { return }
        page.canonical = href
    }
}
