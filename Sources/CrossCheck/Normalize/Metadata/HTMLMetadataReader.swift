import Foundation

/// Reads an HTML page's metadata into a `Document` (body left empty for `HTMLNormalizer`).
///
/// Reads: meta tags (Open Graph, `article:*`, Dublin Core, Parse.ly, Sailthru, `itemprop`),
/// JSON-LD, `<time>` elements, the byline blocks near the top, `<title>`, `<h1>`, the URL.
/// Adds: `title`, `publisher`, `author` (null rather than a guess: never a date, a URL, "By" or the
/// publisher's name), `published` (the original publication date, from the most specific source:
/// JSON-LD, then meta tags, then `<time itemprop=datePublished>`, a dated byline, a date in the URL,
/// the first `<time>`; never the oldest date on the page), `modified`, `url`, `language` and
/// `description`, all cleaned (entities, NFC, spaces).
struct HTMLMetadataReader: Sendable {
    let dates: PublicationDateParser
    let cues: BoilerplateCues
    let roles: AuthorRoles
    let hints: ClassHints

    static let publishedKeys = [
        "article:published_time", "og:article:published_time", "article:published", "datepublished",
        "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
        "date", "article.published", "cxenseparse:recs:publishtime", "citation_publication_date",
        "originalpublicationdate", "rnews:datepublished", "og:published_time", "displaydate", "dc.date.created",
        "article_date_original", "publication_date", "date.published", "pub_date", "datecreated", "dc.issued",
        "dc.created", "dc:created", "dcterms:created", "created",
    ]
    static let modifiedKeys = [
        "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "modified_time",
        "last-modified", "dcterms.modified", "article.updated", "lastmod", "revised",
        "article_date_updated", "dc.date.modified", "updated_time", "date.updated", "lastmodified", "dateupdate",
        "dateupdated", "dc.modified", "dcterms:modified",
    ]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                             "byl", "twitter:creator:name", "citation_author"]

    /// `trusted(i)`: whether block `i` of the page may carry the article's own dates (it is not
    /// furniture and does not come after the article); dates in a sidebar's list of other posts
    /// are not this article's.
    func read(_ page: ParsedPage, ld: JSONLDArticle, input: InputFile, trusted: (Int) -> Bool = { _ in true }) -> Document {
        let times = page.times.filter { trusted($0.blockIndex) }
        func meta(_ key: String) -> String? { page.metaContent(key).map(clean).flatMap { $0.isEmpty ? nil : $0 } }
        let h1 = page.blocks.first { $0.tag == "h1" }.map { clean($0.text) }
        let pageTitle = page.title.map(clean)
        var publisher = meta("og:site_name") ?? ld.publisher.map(clean) ?? meta("application-name") ?? meta("publisher")
        if publisher == nil, let pageTitle, let suffix = Self.titleSuffix(pageTitle), suffix.split(separator: " ").count <= 4 {
            publisher = suffix
        }
        var title = meta("og:title") ?? meta("twitter:title") ?? ld.headline.map(clean) ?? h1 ?? pageTitle
        if let t = title { title = Self.stripSiteName(t, publisher: publisher) }
        let url = input.url ?? page.canonical ?? meta("og:url") ?? ld.url

        var author: String?
        for candidate in [ld.author] + Self.authorKeys.map({ page.metaContent($0) }) {
            if let name = candidate.flatMap({ cleanAuthor($0, publisher: publisher) }) { author = name; break }
        }
        if author == nil { author = bylineAuthor(page, publisher: publisher) }
        if author == nil { author = markedAuthor(page, publisher: publisher, trusted: trusted) }

        var published = ld.datePublished.flatMap(iso)
        for key in Self.publishedKeys where published == nil { published = meta(key).flatMap(iso) }
        if published == nil {
            published = times.first { $0.label.contains("@datepublished") || $0.label.contains(".pubdate") || $0.label.contains("publish") }
                .flatMap { $0.dateTime.flatMap(iso) ?? iso($0.text) }
        }
        // Dated bylines are read only when the metadata lacks a date (they cost a scan).
        let needByline = published == nil || (ld.dateModified == nil && !Self.modifiedKeys.contains { page.metaContent($0) != nil })
        let byline: (published: String?, modified: String?) = needByline ? bylineDates(page, trusted: trusted) : (nil, nil)
        if published == nil { published = byline.published }
        if published == nil, let url { published = Self.urlDate(url) }
        // Any other `<time>`, but never one marked as the update's: the modified date never
        // stands for the published one while the page may still give that.
        if published == nil {
            published = times.lazy.filter { !Self.marksUpdate($0.label) }.compactMap { $0.dateTime.flatMap(self.iso) }.first
        }
        // Only an "Updated:" date: it is the best known date of the text (as in text dumps).
        if published == nil { published = byline.modified }
        var modified = ld.dateModified.flatMap(iso)
        for key in Self.modifiedKeys where modified == nil { modified = meta(key).flatMap(iso) }
        if modified == nil {
            modified = times.first { $0.label.contains("@datemodified") || $0.label.contains("updated") || $0.label.contains("modified") }
                .flatMap { $0.dateTime.flatMap(iso) ?? iso($0.text) }
        }
        if modified == nil { modified = byline.modified }
        // A page that dates only its update: that is the best known date of the text.
        if published == nil { published = modified }
        // Last, the date in the path of the page's own picture ("/uploads/2019/05/05/x.jpg"):
        // uploaded for the article, so its day.
        if published == nil, let image = meta("og:image") ?? meta("twitter:image") { published = Self.urlDate(image) }
        // A stamp in UTC is a conversion: the same instant as the page states it in its own zone
        // (another stamp, a `<time>`, the byline) gives the local day.
        if let stamp = published, Self.isUTC(stamp), let instant = Self.instantMinutes(stamp) {
            var local = [ld.datePublished.flatMap(iso)] + Self.publishedKeys.map { meta($0).flatMap(iso) }
            local += times.filter { !Self.marksUpdate($0.label) }.flatMap { [$0.dateTime.flatMap(iso), iso($0.text)] }
            local.append((needByline ? byline : bylineDates(page, trusted: trusted)).published)
            let candidates = local.compactMap { $0 }
            if let found = candidates.first(where: { !Self.isUTC($0) && Self.instantMinutes($0) == instant }) {
                published = found
            } else if let day = candidates.first(where: { $0.utf8.count == 10 && !stamp.hasPrefix($0) && Self.day($0, couldHold: instant) }) {
                // The page prints only the day ("Published March 7, 2024") and the UTC stamp falls
                // on the next or the previous one: the printed day is the local one.
                published = day
            }
        }

        var language = page.language ?? meta("content-language") ?? meta("og:locale") ?? ld.language
        if let l = language { language = l.replacingOccurrences(of: "_", with: "-") }
        let description = meta("og:description") ?? meta("description") ?? meta("twitter:description") ?? ld.description.map(clean)
        return Document(id: input.id, path: input.path, url: url, title: title, publisher: publisher, author: author,
                        published: published, modified: modified, description: description, language: language, body: "")
    }

    func clean(_ s: String) -> String {
        HTMLNormalizer.collapse(TextCleanup.clean(HTMLNormalizer.decodeEntities(s)))
    }

    /// "Troops stay | Example News" → "Example News".
    static func titleSuffix(_ title: String) -> String? {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let r = lastRange(of: separator, in: title) {
                let suffix = title[r.upperBound...].trimmingCharacters(in: .whitespaces)
                if !suffix.isEmpty, suffix.count < title.count / 2 { return suffix }
            }
        }
        return nil
    }

    static func stripSiteName(_ title: String, publisher: String?) -> String {
        guard let suffix = titleSuffix(title) else { return title }
        let site = (publisher ?? "").lowercased()
        let s = suffix.lowercased()
        guard !site.isEmpty, s == site || s.contains(site) || site.contains(s) else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let r = lastRange(of: separator + suffix, in: title) { return String(title[..<r.lowerBound]) }
        }
        return title
    }

    /// `text.range(of: target, options: .backwards)`, found by bytes when both strings are made of
    /// scalars below U+0300 and general punctuation (U+2010...U+2027, dashes and quotes): none of
    /// these is a combining mark, so every scalar is a character of its own (CR LF aside, which no
    /// byte match splits differently from Foundation) and a canonically equivalent match is a
    /// byte-for-byte match.
    static func lastRange(of target: String, in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard isPlain(text), isPlain(target), !target.isEmpty else { return text.range(of: target, options: .backwards) }
        let needle = Array(target.utf8)
        let hay = Array(utf8)
        guard hay.count >= needle.count else { return nil }
        for start in stride(from: hay.count - needle.count, through: 0, by: -1)
        where hay[start] == needle[0] && hay[start..<(start + needle.count)].elementsEqual(needle) {
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            return lower..<utf8.index(lower, offsetBy: needle.count)
        }
        return nil
    }

    /// A person's name, or nil: no URL, no date, no "By", not the publisher, at most 8 words.
    func cleanAuthor(_ raw: String, publisher: String?) -> String? {
        var s = clean(raw)
        if let (label, rest) = cues.bylineLabel(s), label == "by" { s = rest }
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|-–—"))
        guard !s.isEmpty, !s.contains("://"), !s.hasPrefix("www."), !s.hasPrefix("@"), s.utf8.count <= 120,
              s.split(separator: " ").count <= 12, dates.dates(in: s).isEmpty,
              s.unicodeScalars.filter({ ("0"..."9").contains($0) }).count <= 1 else { return nil }
        if let publisher, s.caseInsensitiveCompare(publisher) == .orderedSame { return nil }
        return roles.name(in: s)
    }

    /// A short block near the top whose own element is marked as the author's name
    /// (`content-hints`: "author name"), as in `<div class="by">Kelsey Marr</div>`.
    func markedAuthor(_ page: ParsedPage, publisher: String?, trusted: (Int) -> Bool) -> String? {
        for (index, block) in page.blocks.prefix(80).enumerated() where block.text.utf8.count <= 80 && trusted(index) {
            guard let label = block.ancestry.last, hints.content(label) == Self.authorNameHint else { continue }
            if let author = cleanAuthor(block.text, publisher: publisher) { return author }
        }
        return nil
    }

    static let authorNameHint = "author name"

    /// "By Jane Roe" in a short block near the top of the page.
    func bylineAuthor(_ page: ParsedPage, publisher: String?) -> String? {
        for block in page.blocks.prefix(80) where block.text.utf8.count <= 160 {
            for segment in Self.segments(block.text) {
                let text = Self.trimmed(segment, of: block.text)
                guard let (label, rest) = cues.bylineLabel(text), label == "by", !rest.isEmpty else { continue }
                // "By Jane Roe, 23 May 2025" / "By Jane Roe on May 23": the name ends before the date.
                var name = rest
                for stop in [" on ", " - ", ", ", " updated", " published"] {
                    if let r = name.range(of: stop, options: .caseInsensitive) { name = String(name[..<r.lowerBound]) }
                }
                if let author = cleanAuthor(name, publisher: publisher) { return author }
            }
        }
        return nil
    }

    /// The dates of short dated blocks near the top: "Published: 23 May 2025" (labelled ones first,
    /// else the unlabelled date nearest the headline) and "Updated: ...".
    /// An unlabelled date counts from the block nearest the headline (after it on a tie): a site
    /// header printing today's edition date comes before the menu, the byline next to the `<h1>`.
    func bylineDates(_ page: ParsedPage, trusted: (Int) -> Bool) -> (published: String?, modified: String?) {
        let headline = page.blocks.prefix(80).firstIndex { $0.tag == "h1" } ?? 0
        var nearest: (distance: Int, iso: String)?
        var updated: String?
        for (index, block) in page.blocks.prefix(80).enumerated() where block.text.utf8.count <= 200
            && block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) && trusted(index) {
            for segment in Self.segments(block.text) {
                let text = Self.trimmed(segment, of: block.text)
                // A two-digit year ("Updated: 5/5/20") only after a label: unlabelled, "1.4.18"
                // may be a version.
                guard let date = dates.dates(in: text).first
                    ?? (cues.bylineLabel(text) != nil ? dates.dates(in: text, shortYears: true).first : nil) else { continue }
                if let (label, _) = cues.bylineLabel(text) {
                    if label == "published" || label == "created" {
                        return (date.iso, updated ?? laterUpdate(page, after: block))
                    }
                    if label == "updated" { updated = updated ?? date.iso; continue }
                }
                // Twice the distance, plus one before the headline: after it wins a tie.
                let distance = index >= headline ? 2 * (index - headline) : 2 * (headline - index) + 1
                if nearest == nil || distance < nearest!.distance { nearest = (distance, date.iso) }
            }
        }
        return (nearest?.iso, updated)
    }

    private func laterUpdate(_ page: ParsedPage, after: PageBlock) -> String? {
        for segment in Self.segments(after.text) {
            let text = Self.trimmed(segment, of: after.text)
            if let (label, _) = cues.bylineLabel(text), label == "updated", let date = dates.dates(in: text).first { return date.iso }
        }
        return nil
    }

    /// Every scalar is below U+0300 or in U+2010...U+2027 (see `lastRange`).
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
    }

    /// `text.split(separator: "|")`: a text without a "|" byte has no "|" character, so it is its
    /// own one segment (none when empty), found without walking its characters.
    static func segments(_ text: String) -> [Substring] {
        guard text.utf8.contains(0x7C) else { return text.isEmpty ? [] : [text[...]] }
        return text.split(separator: "|")
    }

    /// `TextCleanup.trimmingWhitespace(segment)`; `text` itself (no copy) when the segment is all
    /// of it and both ends are ASCII other than spaces, tabs and controls (nothing to trim).
    static func trimmed(_ segment: Substring, of text: String) -> String {
        let utf8 = segment.utf8
        if segment.startIndex == text.startIndex, segment.endIndex == text.endIndex,
           let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return text
        }
        return TextCleanup.trimmingWhitespace(segment)
    }

    /// A `<time>` whose ancestry label marks the modification ("updated", "modified").
    static func marksUpdate(_ label: String) -> Bool {
        label.contains("@datemodified") || label.contains("updated") || label.contains("modified")
    }

    /// An ISO date-time in UTC: "...Z" or "...+00:00".
    static func isUTC(_ iso: String) -> Bool {
        iso.count > 10 && (iso.hasSuffix("Z") || iso.hasSuffix("+00:00") || iso.hasSuffix("-00:00"))
    }

    /// Minutes since 1970-01-01T00:00Z of an ISO date-time with a zone ("2025-05-23T18:38:00+05:30").
    static func instantMinutes(_ iso: String) -> Int? {
        let b = Array(iso.utf8)
        guard b.count >= 17, b[10] == UInt8(ascii: "T") else { return nil }
        func n(_ r: Range<Int>) -> Int? { Int(String(decoding: b[r], as: UTF8.self)) }
        guard let y = n(0..<4), let m = n(5..<7), let d = n(8..<10), let h = n(11..<13), let mi = n(14..<16) else { return nil }
        var offset = 0
        if b.last == UInt8(ascii: "Z") {
            offset = 0
        } else if b.count >= 6, b[b.count - 3] == UInt8(ascii: ":"), b[b.count - 6] == UInt8(ascii: "+") || b[b.count - 6] == UInt8(ascii: "-"),
                  let oh = n((b.count - 5)..<(b.count - 3)), let om = n((b.count - 2)..<b.count) {
            offset = (oh * 60 + om) * (b[b.count - 6] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        // Days from the civil date (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 1440 + h * 60 + mi - offset
    }

    /// Whether the instant (minutes since 1970 UTC) falls on the day "YYYY-MM-DD" in some zone
    /// (offsets from −12:00 to +14:00).
    static func day(_ day: String, couldHold instant: Int) -> Bool {
        guard let start = instantMinutes(day + "T00:00Z") else { return false }
        return instant >= start - 14 * 60 && instant < start + 24 * 60 + 12 * 60
    }

    /// "/2025/05/23/", "/2019/6/26/" or "/2025-05-23/" in a URL.
    static func urlDate(_ url: String) -> String? {
        let parts = url.split(separator: "/").map(String.init)
        for i in parts.indices {
            guard parts[i].count == 4, let y = Int(parts[i]), (1995...2100).contains(y), i + 1 < parts.count else {
                let p = parts[i]
                if p.count >= 10, let y = Int(p.prefix(4)), (1995...2100).contains(y), Array(p.utf8)[4] == UInt8(ascii: "-"),
                   let m = Int(p.dropFirst(5).prefix(2)), (1...12).contains(m), Array(p.utf8)[7] == UInt8(ascii: "-"),
                   let d = Int(p.dropFirst(8).prefix(2)), (1...31).contains(d) {
                    return String(p.prefix(10))
                }
                continue
            }
            guard let m = Int(parts[i + 1]), (1...12).contains(m), (1...2).contains(parts[i + 1].count) else { continue }
            if i + 2 < parts.count, (1...2).contains(parts[i + 2].count), let d = Int(parts[i + 2]), (1...31).contains(d) {
                return String(format: "%04d-%02d-%02d", y, m, d)
            }
        }
        return nil
    }

    /// An ISO 8601 date as given, validated and normalized; else a date read from text.
    func iso(_ raw: String) -> String? {
        let s = TextCleanup.trimmingWhitespaceAndNewlines(raw)
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && b[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        func value(_ r: Range<Int>) -> Int { Int(String(decoding: b[r], as: UTF8.self)) ?? 0 }
        // 20250523 / 20250523T183800
        if digits(0..<8), b.count == 8 || (b.count > 8 && b[8] == UInt8(ascii: "T")) {
            let y = value(0..<4), m = value(4..<6), d = value(6..<8)
            guard (1990...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        if digits(0..<4), b.count >= 10, b[4] == UInt8(ascii: "-"), digits(5..<7), b[7] == UInt8(ascii: "-"), digits(8..<10) {
            guard (1...12).contains(value(5..<7)), (1...31).contains(value(8..<10)) else { return nil }
            if b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), digits(11..<13), b[13] == UInt8(ascii: ":"), digits(14..<16) {
                var out = String(s.prefix(10)) + "T" + String(decoding: b[11..<16], as: UTF8.self)
                var rest = b[16...]
                if rest.count >= 3, rest.first == UInt8(ascii: ":"), digits((rest.startIndex + 1)..<(rest.startIndex + 3)) {
                    out += String(decoding: rest.prefix(3), as: UTF8.self)
                    rest = rest.dropFirst(3)
                } else {
                    out += ":00"
                }
                if rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ",") {
                    rest = rest.dropFirst().drop { $0 >= 0x30 && $0 <= 0x39 }
                }
                let zone = String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if zone == "Z" || zone == "z" {
                    out += "Z"
                } else if zone.count == 6, zone.first == "+" || zone.first == "-" {
                    out += zone
                } else if zone.count == 5, zone.first == "+" || zone.first == "-" {
                    out += String(zone.prefix(3)) + ":" + String(zone.suffix(2))
                } else if zone.count == 3, zone.first == "+" || zone.first == "-" {
                    out += zone + ":00"
                } else if let parsed = dates.dates(in: "2000-01-01 00:00 " + zone).first?.offset {
                    out += parsed
                }
                return out
            }
            return String(s.prefix(10))
        }
        // "20250523" or "20250523033000" (a compact stamp, as some CMSs write their meta tags):
        // the day only, since such a stamp says nothing of its zone.
        if b.count == 8 || b.count == 14, digits(0..<b.count), (1990...2100).contains(value(0..<4)),
           (1...12).contains(value(4..<6)), (1...31).contains(value(6..<8)) {
            return String(decoding: b[0..<4], as: UTF8.self) + "-" + String(decoding: b[4..<6], as: UTF8.self) + "-"
                + String(decoding: b[6..<8], as: UTF8.self)
        }
        return dates.dates(in: s).first?.iso
    }
}
