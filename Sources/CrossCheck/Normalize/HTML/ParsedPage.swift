/// An HTML page as the markup parser hands it to the normalizer: metadata and text blocks in
/// page order, with the structural hints needed to tell article text from boilerplate. Pure
/// Swift, so the core never sees the parser's (libxml2's) types.
public struct ParsedPage: Sendable, Hashable {
    /// `<title>` text.
    public var title: String?
    /// `<html lang>`.
    public var language: String?
    /// `<link rel=canonical href>`.
    public var canonical: String?
    /// `<meta>` elements: `name` or `property` (lowercased) and `content`, in page order.
    public var meta: [MetaTag]
    /// Raw contents of `<script type="application/ld+json">` elements.
    public var jsonLD: [String]
    /// Text blocks in page order.
    public var blocks: [PageBlock]
    /// `<time>` elements in page order.
    public var times: [PageTime]

    public init(title: String? = nil, language: String? = nil, canonical: String? = nil,
                meta: [MetaTag] = [], jsonLD: [String] = [], blocks: [PageBlock] = [], times: [PageTime] = []) {
        self.title = title
        self.language = language
        self.canonical = canonical
        self.meta = meta
        self.jsonLD = jsonLD
        self.blocks = blocks
        self.times = times
    }

    /// The first non-blank `content` of a meta tag with this (lowercased) key.
    public func metaContent(_ key: String) -> String? {
        meta.first { $0.key == key && $0.content.contains { !$0.isWhitespace } }?.content
    }
}

public struct MetaTag: Sendable, Hashable {
    public var key: String
    public var content: String
    public init(key: String, content: String) {
        self.key = key
        self.content = content
    }
}

/// One block of text: a paragraph, heading, list item, caption, table cell or a bare text run.
public struct PageBlock: Sendable, Hashable {
    /// The block element's tag, lowercased: p, h1...h6, li, blockquote, figcaption, td, pre, div...
    public var tag: String
    /// Its text, whitespace collapsed, entities decoded.
    public var text: String
    /// UTF-8 bytes of `text` that sit inside `<a>` elements (for link density).
    public var linkTextBytes: Int
    /// Ancestors from the root down, each as `tag#id.class1.class2@itemprop@role`, lowercased
    /// (e.g. ["html", "body", "div#main", "article.story", "div.related-links"]), ending with the
    /// block's own element (for a bare text run: its container).
    public var ancestry: [String]
    /// A page-unique number for each element of `ancestry` (same order; -1 for "…"), so blocks can
    /// be grouped by the element that contains them.
    public var ancestorIDs: [Int]
    /// `datetime` of a `<time>` element inside the block, if any.
    public var dateTime: String?

    public init(tag: String, text: String, linkTextBytes: Int = 0, ancestry: [String] = [], ancestorIDs: [Int]? = nil,
                dateTime: String? = nil) {
        self.tag = tag
        self.text = text
        self.linkTextBytes = linkTextBytes
        self.ancestry = ancestry
        self.ancestorIDs = ancestorIDs ?? Array(ancestry.indices)
        self.dateTime = dateTime
    }
}

/// A `<time>` element: its `datetime`, the element's ancestry label (which carries `itemprop` and
/// classes such as `pubdate`), its text, and the index of the block it sits in.
public struct PageTime: Sendable, Hashable {
    public var dateTime: String?
    public var label: String
    public var text: String
    public var blockIndex: Int
    public init(dateTime: String?, label: String, text: String, blockIndex: Int) {
        self.dateTime = dateTime
        self.label = label
        self.text = text
        self.blockIndex = blockIndex
    }
}

/// Turns markup bytes into a `ParsedPage`. The HTML target supplies the libxml2 implementation;
/// the pipeline receives it from the executable, so the core stays free of libxml2.
public protocol MarkupParser: Sendable {
    /// `bytes` are already known to be UTF-8 (the caller transcodes first).
    func parse(utf8 bytes: [UInt8]) throws -> ParsedPage
}
