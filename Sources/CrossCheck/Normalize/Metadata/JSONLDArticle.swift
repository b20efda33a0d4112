import Foundation

/// The fields of a JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`, `BlogPosting`,
/// `WebPage` as a last resort) that a page embeds in `<script type="application/ld+json">`.
///
/// Reads: the raw scripts (several objects, arrays and `@graph` lists; malformed JSON is
/// ignored). Adds: headline, dates, author names, publisher name, description, language, url
/// and `articleBody`, each from the first article-like object that has it.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var author: String?
    var publisher: String?
    var articleBody: String?
    var description: String?
    var language: String?
    var url: String?

    init(_ scripts: [String]) {
        var articles: [[String: Any]] = []
        var pages: [[String: Any]] = []
        for script in scripts {
            // Some sites wrap the JSON in HTML comments or CDATA.
            var text = TextCleanup.trimmingWhitespaceAndNewlines(script)
            for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")] where text.hasPrefix(open) {
                text = String(text.dropFirst(open.count))
                if text.hasSuffix(close) { text = String(text.dropLast(close.count)) }
            }
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for object in Self.objects(json) {
                let types = Self.types(object)
                if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "LiveBlogPosting" || $0 == "Report" }) {
                    articles.append(object)
                } else if types.contains(where: { $0 == "WebPage" || $0 == "ItemPage" }) {
                    pages.append(object)
                }
            }
        }
        for (index, object) in (articles + pages).enumerated() {
            headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
            datePublished = datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
            dateModified = dateModified ?? Self.string(object["dateModified"])
            author = author ?? Self.name(object["author"]) ?? Self.name(object["creator"])
            publisher = publisher ?? Self.name(object["publisher"]) ?? Self.name(object["sourceOrganization"])
            if index < articles.count {
                articleBody = articleBody ?? Self.string(object["articleBody"])
            }
            description = description ?? Self.string(object["description"])
            language = language ?? Self.string(object["inLanguage"])
            url = url ?? Self.string(object["url"])
        }
    }

    static func objects(_ json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(objects) }
        guard let object = json as? [String: Any] else { return [] }
        var out = [object]
        if let graph = object["@graph"] { out += objects(graph) }
        if let main = object["mainEntity"] { out += objects(main) }
        return out
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        return object["@type"] as? [String] ?? []
    }

    static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = TextCleanup.trimmingWhitespaceAndNewlines(s)
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        if let o = value as? [String: Any] { return string(o["@value"]) }
        return nil
    }

    static func name(_ value: Any?) -> String? {
        if let s = value as? String { return TextCleanup.trimmingWhitespaceAndNewlines(s).isEmpty ? nil : s }
        if let o = value as? [String: Any] { return string(o["name"]) }
        if let a = value as? [Any] {
            var names: [String] = []
            for item in a { if let n = name(item), !names.contains(n) { names.append(n) } }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
