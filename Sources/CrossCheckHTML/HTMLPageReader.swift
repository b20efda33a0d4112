import CLibXML2
import Foundation
import CrossCheck

/// Reads HTML pages with libxml2's forgiving HTML parser and hands the normalizer a `ParsedPage`:
/// title, language, canonical link, meta tags, raw JSON-LD, and the text blocks in page order.
///
/// Blocks are p, h1-h6, li, blockquote, figcaption, caption, td, th, dt, dd, pre and address, plus
/// bare text runs directly inside structural containers (div, section, article, main, body, and
/// header, footer, nav, aside, figure, lists, tables). A block nested in another block splits it, so
/// no text appears twice. `ancestry` runs from the root down to and including the block's own
/// element (for a bare run: its container); very deep pages keep the first 8 and the last 55
/// entries with "…" between. Script, style, noscript, template, svg, iframe and form controls are
/// never read. Empty input gives an empty page.
public struct HTMLPageReader: MarkupParser {
    public init() {}

    public func parse(utf8 bytes: [UInt8]) throws -> ParsedPage {
        guard !bytes.isEmpty else { return ParsedPage() }
        guard bytes.count < Int(Int32.max) else { throw LibXMLError.inputTooLarge(bytes: bytes.count) }
        let document = try Self.read(bytes)
        var walker = PageTreeWalker()
        walker.walk(from: document.pointer.pointee.children)
        return walker.page
    }

    /// Recovery mode, quiet, no network. `XML_PARSE_HUGE` lifts libxml2's nesting limit (256), past
    /// which it would stop parsing and silently lose the rest of the page; the tree walk and libxml2's
    /// own tree freeing are iterative, so depth costs only memory. `HTML_PARSE_COMPACT` keeps short
    /// text nodes inside the node (fewer allocations; the tree is the same).
    private static let options = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue | HTML_PARSE_COMPACT.rawValue)

    private static func read(_ bytes: [UInt8]) throws -> OwnedXMLDocument {
        LibXMLRuntime.prepare()
        let context = threadContext()
        let pointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                if let context {
                    htmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
                } else {
                    htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
                }
            }
        }
        guard let pointer else {
            // A page of only whitespace or comments has no tree: that is an empty page, not an error.
            if bytes.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
                return try emptyDocument()
            }
            throw LibXMLError.unparseable(bytes: bytes.count)
        }
        return OwnedXMLDocument(pointer)
    }

    /// This thread's parser context: made on the thread's first page and reused for every
    /// later one (`htmlCtxtReadMemory` resets it), so a page does not pay for a new context, its
    /// input buffers and name dictionary; freed when the thread ends. Nil if libxml2 cannot make
    /// one (the page is then read with a context of its own).
    private static func threadContext() -> htmlParserCtxtPtr? {
        if let existing = pthread_getspecific(contextKey) { return existing.assumingMemoryBound(to: htmlParserCtxt.self) }
        guard let context = htmlNewParserCtxt() else { return nil }
        pthread_setspecific(contextKey, context)
        return context
    }

    /// The thread-local slot of `threadContext`, whose destructor frees the context.
    private static let contextKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { context in
            if let context { htmlFreeParserCtxt(context.assumingMemoryBound(to: htmlParserCtxt.self)) }
        }
        return key
    }()

    private static func emptyDocument() throws -> OwnedXMLDocument {
        guard let pointer = htmlNewDocNoDtD(nil, nil) else { throw LibXMLError.allocationFailed("a document") }
        return OwnedXMLDocument(pointer)
    }
}
