import Foundation

/// Normalizes an HTML page that the markup parser has turned into a `ParsedPage`.
///
/// Reads: metadata (`og:*`, `article:*`, `author`, JSON-LD `NewsArticle`, `<time datetime>`,
/// `<title>`) and the text blocks with their ancestry. Adds: a `Document` whose body is the
/// article's paragraphs and headings — the blocks inside `<article>` (or JSON-LD
/// `articleBody`, or every block when neither exists) that are not in navigation, footers,
/// asides, related-link lists, comments, share widgets, captions, or link lists — and `dropped`
/// with each removed block's reason.
public struct HTMLNormalizer: Sendable {
    let cues: BoilerplateCues
    let dates: PublicationDateParser

    /// Class or id fragments that mark page furniture.
    static let furnitureHints = ["nav", "menu", "footer", "sidebar", "related", "comment", "share", "social",
                                 "promo", "newsletter", "cookie", "advert", "breadcrumb", "trending", "most-read",
                                 "popular", "recommend", "subscribe", "banner", "widget", "tags"]
    static let furnitureTags: Set<String> = ["nav", "footer", "aside", "header", "form", "figure", "figcaption"]
    static let bodyTags: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "div", "section", "article", "main", "body", "td", "dd"]

    public init(lexicons: [String: Lexicon]) {
        self.cues = BoilerplateCues(lexicons: lexicons)
        self.dates = PublicationDateParser(lexicons: lexicons)
    }

    public func normalize(_ page: ParsedPage, input: InputFile) -> Document {
        let ld = JSONLDArticle(page.jsonLD)
        let title = page.metaContent("og:title") ?? ld.headline ?? page.blocks.first { $0.tag == "h1" }?.text ?? page.title
        let publisher = page.metaContent("og:site_name") ?? ld.publisher ?? page.metaContent("application-name")
        let author = page.metaContent("author") ?? ld.author ?? page.metaContent("article:author").flatMap { $0.hasPrefix("http") ? nil : $0 }
        let publishedRaw = page.metaContent("article:published_time") ?? ld.datePublished
            ?? page.metaContent("date") ?? page.metaContent("pubdate") ?? page.blocks.compactMap(\.dateTime).first
        let modifiedRaw = page.metaContent("article:modified_time") ?? ld.dateModified
        let inArticle = page.blocks.contains { $0.ancestry.contains { $0.hasPrefix("article") } }

        var kept: [String] = []
        var dropped: [DroppedBlock] = []
        for block in page.blocks where !block.text.isEmpty {
            if let reason = dropReason(block, inArticle: inArticle, title: title) {
                dropped.append(DroppedBlock(text: block.text, reason: reason))
            } else {
                kept.append(block.text)
            }
        }
        if kept.isEmpty, let body = ld.articleBody {
            kept = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return Document(id: input.id, path: input.path, url: input.url ?? page.canonical ?? page.metaContent("og:url"),
                        title: title, publisher: publisher, author: author,
                        published: publishedRaw.flatMap(isoDate), modified: modifiedRaw.flatMap(isoDate),
                        description: page.metaContent("og:description") ?? page.metaContent("description"),
                        language: page.language, body: kept.joined(separator: "\n\n"), dropped: dropped)
    }

    func dropReason(_ block: PageBlock, inArticle: Bool, title: String?) -> String? {
        for ancestor in block.ancestry {
            let tag = String(ancestor.prefix { $0 != "#" && $0 != "." })
            if Self.furnitureTags.contains(tag) { return tag == "figcaption" || tag == "figure" ? "caption" : "page furniture (<\(tag)>)" }
            let hints = ancestor.dropFirst(tag.count).lowercased()
            if let hint = Self.furnitureHints.first(where: { hints.contains($0) }) { return "page furniture (\(hint))" }
        }
        if block.tag == "figcaption" || block.tag == "caption" { return "caption" }
        if block.tag == "h1", let title, block.text == title { return "title" }
        if inArticle, !block.ancestry.contains(where: { $0.hasPrefix("article") }) { return "outside the article" }
        let bytes = block.text.utf8.count
        if bytes > 0, block.linkTextBytes * 2 > bytes { return "link list" }
        if cues.isLinkLine(block.text) { return "link to another article" }
        if cues.isCaption(block.text) { return "caption or image credit" }
        if cues.isCredit(block.text) { return "credit, copyright or contact line" }
        if cues.sectionMarker(block.text) != nil { return "section heading" }
        if !Self.bodyTags.contains(block.tag) { return "not article text (<\(block.tag)>)" }
        return nil
    }

    /// An ISO 8601 date as given, validated and trimmed; else a date read from text.
    func isoDate(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && b[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if digits(0..<4), b.count >= 10, b[4] == UInt8(ascii: "-"), digits(5..<7), b[7] == UInt8(ascii: "-"), digits(8..<10) {
            if b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), digits(11..<13), digits(14..<16) {
                var out = String(s.prefix(10)) + "T" + String(decoding: b[11..<16], as: UTF8.self)
                var rest = b[16...]
                if rest.count >= 3, rest.first == UInt8(ascii: ":") {
                    out += String(decoding: rest.prefix(3), as: UTF8.self)
                    rest = rest.dropFirst(3)
                } else {
                    out += ":00"
                }
                if rest.first == UInt8(ascii: ".") { rest = rest.drop { $0 == UInt8(ascii: ".") || ($0 >= 0x30 && $0 <= 0x39) } }
                let zone = String(decoding: rest, as: UTF8.self)
                if zone == "Z" || zone.count == 6 { out += zone } else if zone.count == 5 {
                    out += String(zone.prefix(3)) + ":" + String(zone.suffix(2))
                }
                return out
            }
            return String(s.prefix(10))
        }
        return dates.dates(in: s).first?.iso
    }
}

/// The fields of a JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`, ...) a page embeds.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var author: String?
    var publisher: String?
    var articleBody: String?

    init(_ scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            for object in Self.objects(json) where (Self.types(object).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" }) {
                headline = headline ?? object["headline"] as? String
                datePublished = datePublished ?? object["datePublished"] as? String
                dateModified = dateModified ?? object["dateModified"] as? String
                author = author ?? Self.name(object["author"])
                publisher = publisher ?? Self.name(object["publisher"])
                articleBody = articleBody ?? object["articleBody"] as? String
            }
        }
    }

    static func objects(_ json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(objects) }
        guard let object = json as? [String: Any] else { return [] }
        var out = [object]
        if let graph = object["@graph"] { out += objects(graph) }
        return out
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        return object["@type"] as? [String] ?? []
    }

    static func name(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return o["name"] as? String }
        if let a = value as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
