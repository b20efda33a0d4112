import Foundation

/// Normalizes a text dump of a web page (what a browser's "save as text" or a scraper gives:
/// menus as bullet lists, tickers, bylines, captions, "Most Read" lists, footers).
///
/// Reads: the dump's text and `BoilerplateCues`. Adds: a `Document` with title, publisher,
/// author, publication and update dates from the byline block, the article's paragraphs as the
/// body, and every other line in `dropped` with its reason.
public struct TextDumpNormalizer: Sendable {
    let cues: BoilerplateCues
    let dates: PublicationDateParser

    /// A paragraph shorter than this (in words) does not end a skipped section by itself.
    static let resumeWords = 15
    /// Lines longer than this (in words) are never a title.
    static let titleWords = 25

    public init(lexicons: [String: Lexicon]) {
        self.cues = BoilerplateCues(lexicons: lexicons)
        self.dates = PublicationDateParser(lexicons: lexicons)
    }

    struct Line {
        var text: String
        var bullet: Bool
        /// An indented line right under a bullet line (a caption or a sub-item).
        var underBullet: Bool
        var blank: Bool { text.isEmpty }
        var words: Int
        var endsSentence: Bool
    }

    public func normalize(_ input: InputFile) -> Document {
        let lines = Self.lines(input.text)
        let byline = findByline(lines)
        let (title, titleIndex, description, descriptionIndex) = findTitle(lines, before: byline?.lowerBound ?? lines.count)
        var meta = BylineFields()
        if let byline { meta = parseByline(lines[byline]) }
        let publisher = findPublisher(lines, byline: byline)
        if let author = meta.author, let publisher, author.caseInsensitiveCompare(publisher) == .orderedSame {
            meta.author = nil
        }
        let bodyStart = byline?.upperBound ?? (titleIndex.map { $0 + 1 } ?? 0)
        var dropped: [DroppedBlock] = []
        // Everything above the body is page furniture, except the title itself.
        var section: String?
        for (i, line) in lines[..<bodyStart].enumerated() where !line.blank && i != titleIndex {
            if let marker = cues.sectionMarker(line.text) {
                section = marker
                dropped.append(DroppedBlock(text: line.text, reason: "section heading: \(marker)"))
            } else if i == descriptionIndex {
                dropped.append(DroppedBlock(text: line.text, reason: "description (standfirst above the byline)"))
            } else if let byline, byline.contains(i) {
                dropped.append(DroppedBlock(text: line.text, reason: "byline"))
            } else {
                dropped.append(DroppedBlock(text: line.text, reason: reasonAboveTitle(line, section: section)))
            }
        }
        let (paragraphs, bodyDropped) = body(lines, from: bodyStart, title: title)
        dropped += bodyDropped
        return Document(id: input.id, path: input.path, url: input.url, title: title, publisher: publisher,
                        author: meta.author, published: meta.published?.iso, modified: meta.modified?.iso,
                        description: description, language: nil,
                        body: paragraphs.joined(separator: "\n\n"), dropped: dropped)
    }

    private func reasonAboveTitle(_ line: Line, section: String?) -> String {
        if let section { return "section: \(section)" }
        if line.bullet { return "menu" }
        if cues.isPageControl(line.text) { return "page control" }
        return "page header"
    }

    // MARK: Lines

    static func lines(_ text: String) -> [Line] {
        var out: [Line] = []
        var previousBullet = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var raw = Substring(rawLine)
            if raw.last == "\r" { raw = raw.dropLast() }
            let indent = raw.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }.count
            var trimmed = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{200B}\u{FEFF}")))
            var bullet = false
            if let first = trimmed.first, ["•", "·", "▪", "◦", "*", "-", "–"].contains(first),
               trimmed.count == 1 || trimmed.dropFirst().first == " " {
                bullet = true
                trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            let underBullet = !bullet && !trimmed.isEmpty && previousBullet && indent >= 2
            let words = trimmed.split(whereSeparator: { $0 == " " }).filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }.count
            let last = trimmed.last
            let ends = last.map { ".!?\"”’'".contains($0) } ?? false
            out.append(Line(text: trimmed, bullet: bullet, underBullet: underBullet, words: words, endsSentence: ends))
            if !trimmed.isEmpty { previousBullet = bullet || underBullet }
        }
        return out
    }

    // MARK: Byline

    struct BylineFields {
        var author: String?
        var published: PublicationDateParser.ParsedDate?
        var modified: PublicationDateParser.ParsedDate?
    }

    /// The byline block: the first short line with a full date, and the short byline-like lines
    /// next to it (bullets, labelled parts, "4 Min Read").
    func findByline(_ lines: [Line]) -> Range<Int>? {
        guard let anchor = lines.indices.first(where: { i in
            let line = lines[i]
            return !line.blank && line.words <= 24 && !line.underBullet && !dates.dates(in: line.text).isEmpty
                && cues.sectionMarker(line.text) == nil
        }) else { return nil }
        func bylineLike(_ line: Line) -> Bool {
            guard !line.blank, line.words <= 8, !line.endsSentence || line.bullet else { return false }
            return line.bullet || cues.bylineLabel(line.text) != nil || !dates.dates(in: line.text).isEmpty
                || (line.text.contains(where: \.isNumber) && line.words <= 4)
        }
        var start = anchor
        while start > 0, bylineLike(lines[start - 1]) { start -= 1 }
        var end = anchor + 1
        while end < lines.count, bylineLike(lines[end]) { end += 1 }
        return start..<end
    }

    func parseByline(_ lines: ArraySlice<Line>) -> BylineFields {
        var fields = BylineFields()
        for line in lines {
            for segment in line.text.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !segment.isEmpty {
                let found = dates.dates(in: segment).first
                if let (label, rest) = cues.bylineLabel(segment) {
                    switch label {
                    case "updated": if fields.modified == nil { fields.modified = found }
                    case "published", "created": fields.published = found ?? fields.published
                    case "by": if found == nil, !rest.isEmpty { fields.author = fields.author ?? rest }
                    default: break
                    }
                } else if let found {
                    if fields.published == nil { fields.published = found }
                } else if fields.author == nil, segment.first?.isUppercase == true,
                          segment.split(separator: " ").count <= 5, !segment.contains(where: \.isNumber) {
                    fields.author = segment
                }
            }
        }
        if fields.published == nil { fields.published = fields.modified }
        return fields
    }

    // MARK: Title and publisher

    private func headingLike(_ line: Line) -> Bool {
        !line.blank && !line.bullet && !line.underBullet && line.words >= 3 && line.words <= Self.titleWords
            && !line.text.hasSuffix(".") && cues.sectionMarker(line.text) == nil && !cues.isPageControl(line.text)
    }

    /// The title: the heading-like line right above the byline, past at most one description
    /// paragraph. Without a byline: a heading-like line right above the first paragraph.
    func findTitle(_ lines: [Line], before end: Int) -> (String?, Int?, String?, Int?) {
        var i = end - 1
        var description: (String, Int)?
        var paragraphsSeen = 0
        while i >= 0 {
            let line = lines[i]
            if line.blank || line.bullet { i -= 1; continue }
            if headingLike(line) { return (line.text, i, description?.0, description?.1) }
            if line.endsSentence, paragraphsSeen == 0, line.words > 8 {
                description = (line.text, i)
                paragraphsSeen += 1
                i -= 1
                continue
            }
            break
        }
        if end == lines.count {
            // No byline: the first heading-like line that is followed by a paragraph.
            for (index, line) in lines.enumerated() where headingLike(line) {
                if let next = lines[(index + 1)...].first(where: { !$0.blank }), next.endsSentence, next.words >= 12 {
                    return (line.text, index, nil, nil)
                }
            }
        }
        return (nil, nil, nil, nil)
    }

    /// The outlet: a short line repeated on the page (site name in header, byline, footer or a
    /// domain), that also appears in the byline, the first lines or next to the copyright.
    func findPublisher(_ lines: [Line], byline: Range<Int>?) -> String? {
        let pageText = lines.map(\.text).joined(separator: "\n").lowercased()
        let bylineText = byline.map { lines[$0].map(\.text).joined(separator: " ").lowercased() } ?? ""
        let firstLines = lines.filter { !$0.blank }.prefix(3).map { $0.text.lowercased() }
        let copyrightLines = lines.filter { cues.isCredit($0.text) }.map { $0.text.lowercased() }
        var best: (name: String, score: Int, index: Int)?
        for (index, line) in lines.enumerated() {
            guard !line.blank, !line.bullet, line.words >= 1, line.words <= 4, !line.endsSentence,
                  line.text.first?.isUppercase == true, !line.text.contains(where: \.isNumber),
                  cues.sectionMarker(line.text) == nil, !cues.isPageControl(line.text) else { continue }
            let name = line.text.lowercased()
            let anchored = bylineText.contains(name) || firstLines.contains(name) || copyrightLines.contains { $0.contains(name) }
            guard anchored else { continue }
            let score = pageText.components(separatedBy: name).count - 1 + (bylineText.contains(name) ? 2 : 0)
            guard score >= 3 else { continue }
            if best == nil || score > best!.score { best = (line.text, score, index) }
        }
        return best?.name
    }

    // MARK: Body

    func body(_ lines: [Line], from start: Int, title: String?) -> ([String], [DroppedBlock]) {
        var kept: [(text: String, heading: Bool)] = []
        var dropped: [DroppedBlock] = []
        var section: String?
        let blocks = Self.blocks(lines[start...])
        let foldedTitle = title.map(BoilerplateCues.fold)
        for (index, block) in blocks.enumerated() {
            let text = block.text
            func drop(_ reason: String) { dropped.append(DroppedBlock(text: text, reason: reason)) }
            if let marker = cues.sectionMarker(text) {
                section = marker
                drop("section heading: \(marker)")
                continue
            }
            if block.bullet || block.underBullet {
                drop(section.map { "section: \($0)" } ?? (cues.isCaption(text) ? "caption" : "list item (menu, tags or links)"))
                continue
            }
            if cues.isLinkLine(text) { drop("link to another article"); continue }
            if cues.isCaption(text) { drop("caption or image credit"); continue }
            if cues.isCredit(text) { drop("credit, copyright or contact line"); continue }
            if cues.isPageControl(text) || Self.isReadingTime(text) { drop("page control"); continue }
            if let foldedTitle, BoilerplateCues.fold(text) == foldedTitle { drop("repeated title"); continue }
            let isParagraph = block.endsSentence && block.words >= 6
            if let current = section {
                if isParagraph && block.words >= Self.resumeWords && !text.hasSuffix(")") {
                    section = nil
                } else {
                    drop("section: \(current)")
                    continue
                }
            }
            if isParagraph, index + 1 < blocks.count, blocks[(index + 1)...].contains(where: { $0.text.count > text.count && $0.text.hasPrefix(text) }) {
                drop("standfirst (repeated in the article)")
                continue
            }
            if block.endsSentence && !text.hasSuffix(")") {
                kept.append((text, false))
                continue
            }
            // A short line with no sentence end: a subheading if a paragraph follows it.
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            if block.words <= 12, let next, next.endsSentence, next.words >= Self.resumeWords, !next.bullet,
               cues.sectionMarker(next.text) == nil {
                kept.append((text, true))
            } else {
                drop(block.words <= 12 ? "short line (headline, link or label)" : "text without sentence punctuation")
            }
        }
        // Trailing headings have nothing under them.
        while let last = kept.last, last.heading {
            dropped.append(DroppedBlock(text: last.text, reason: "short line (headline, link or label)"))
            kept.removeLast()
        }
        return (kept.map(\.text), dropped)
    }

    /// "4 Min Read", "3 min read".
    static func isReadingTime(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return words.count == 3 && Int(words[0]) != nil && words[1].hasPrefix("min") && words[2] == "read"
    }

    struct Block {
        var text: String
        var bullet: Bool
        var underBullet: Bool
        var words: Int
        var endsSentence: Bool
    }

    /// Lines joined into paragraphs where a line was hard-wrapped (no sentence end, and the next
    /// line continues in lowercase); a blank line always ends a paragraph.
    static func blocks(_ lines: ArraySlice<Line>) -> [Block] {
        var out: [Block] = []
        var previousBlank = true
        for line in lines {
            if line.blank { previousBlank = true; continue }
            if !previousBlank, let last = out.last, !last.bullet, !line.bullet, !line.underBullet, !last.endsSentence,
               line.text.first?.isLowercase == true {
                out[out.count - 1].text += " " + line.text
                out[out.count - 1].words += line.words
                out[out.count - 1].endsSentence = line.endsSentence
            } else {
                out.append(Block(text: line.text, bullet: line.bullet, underBullet: line.underBullet,
                                 words: line.words, endsSentence: line.endsSentence))
            }
            previousBlank = false
        }
        return out
    }
}
