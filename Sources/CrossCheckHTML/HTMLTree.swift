import CLibXML2

/// One HTML5 page built with libxml2's tree API: `<!DOCTYPE html>`, `<html lang>`, a head with
/// `<meta charset="utf-8">`, the title and the stylesheet, and an empty body to fill.
struct HTMLTree: ~Copyable {
    private let document: OwnedXMLDocument
    let head: HTMLElement
    let body: HTMLElement

    init(title: String, stylesheet: String) throws {
        LibXMLRuntime.prepare()
        guard let doc = htmlNewDocNoDtD(nil, nil) else { throw LibXMLError.allocationFailed("a document") }
        // A dictionary of its own (freed with it): element and attribute names are stored once
        // per page instead of copied into every node.
        if let dict = xmlDictCreate() { doc.pointee.dict = dict }
        guard let root = xmlNewDocNode(doc, nil, "html", nil) else {
            xmlFreeDoc(doc)
            throw LibXMLError.allocationFailed("the root element")
        }
        document = OwnedXMLDocument(doc)
        xmlCreateIntSubset(doc, "html", nil, nil)
        xmlDocSetRootElement(doc, root)
        let html = HTMLElement(node: root)
        html.set("lang", "en")
        head = html.add("head")
        head.add("meta", [("charset", "utf-8")])
        head.add("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
        head.add("title", text: title)
        head.add("style").appendTrusted(stylesheet)
        body = html.add("body")
    }

    /// The page as UTF-8 HTML (non-ASCII written as is, not as entities).
    func serialized() throws -> String {
        guard let buffer = xmlAllocOutputBuffer(nil) else { throw LibXMLError.allocationFailed("an output buffer") }
        defer { xmlOutputBufferClose(buffer) }
        htmlDocContentDumpFormatOutput(buffer, document.pointer, "UTF-8", 1)
        xmlOutputBufferFlush(buffer)
        guard let content = xmlOutputBufferGetContent(buffer) else { return "" }
        let bytes = UnsafeBufferPointer(start: content, count: xmlOutputBufferGetSize(buffer))
        return String(decoding: bytes, as: UTF8.self)
    }
}
