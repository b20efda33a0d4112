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
    let stopWords: StopWords
    let languages: LanguageGuesser

    /// A paragraph shorter than this (in words) does not end a skipped section by itself,
    /// unless it reads as prose: at least `proseResumeWords` words, `proseShare` of them
    /// function words ("the", "of", "said").
    static let resumeWords = 15
    static let proseResumeWords = 10
    static let proseShare = 0.35
    /// A "sentence" with fewer function words than this share is a list of names or tags.
    static let listShare = 0.08
    /// Paragraphs longer than this (in words) are not checked for being lists.
    static let listCheckWords = 40
    /// Lines longer than this (in words) are never a title.
    static let titleWords = 25

    public init(lexicons: [String: Lexicon]) {
        self.cues = BoilerplateCues(lexicons: lexicons)
        self.dates = PublicationDateParser(lexicons: lexicons)
        self.stopWords = StopWords(lexicons: lexicons)
        self.languages = LanguageGuesser(lexicons: lexicons)
    }

    struct Line {
        var text: String
        /// `text` through `BoilerplateCues.fold`, once: every cue question asks about this.
        var folded: String
        /// The answers of `BoilerplateCues` about this line, asked once (`annotate`).
        var cues = LineCues()
        var bullet: Bool
        /// An indented line right under a bullet line (a caption or a sub-item).
        var underBullet: Bool
        var blank: Bool { text.isEmpty }
        var words: Int
        var endsSentence: Bool
    }

    public func normalize(_ input: InputFile) -> Document {
        var lines = Self.lines(input.text)
        annotate(&lines)
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
            if let marker = line.cues.marker {
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
        let bodyText = paragraphs.joined(separator: "\n\n")
        return Document(id: input.id, path: input.path, url: input.url, title: title, publisher: publisher,
                        author: meta.author, published: meta.published?.iso, modified: meta.modified?.iso,
                        description: description, language: languages.language(of: bodyText),
                        body: bodyText, dropped: dropped)
    }

    private func reasonAboveTitle(_ line: Line, section: String?) -> String {
        if let section { return "section: \(section)" }
        if line.bullet { return "menu" }
        if line.cues.control { return "page control" }
        return "page header"
    }

    // MARK: Lines

    /// What the boilerplate cues say about a line or block.
    struct LineCues {
        var marker: String?
        var link = false
        var caption = false
        var credit = false
        var control = false
    }

    func cues(of folded: String) -> LineCues {
        LineCues(marker: cues.sectionMarker(folded: folded), link: cues.isLinkLine(folded: folded),
                 caption: cues.isCaption(folded: folded), credit: cues.isCredit(folded: folded),
                 control: cues.isPageControl(folded: folded) || Self.isReadingTime(folded: folded))
    }

    /// Asks the cue questions once per non-blank line.
    func annotate(_ lines: inout [Line]) {
        for i in lines.indices where !lines[i].blank { lines[i].cues = cues(of: lines[i].folded) }
    }

    /// The dump's lines, classified, in one pass over the UTF-8 bytes: trimmed of spaces (also
    /// no-break and zero-width ones), bullets ("•", "·", "▪", "◦", "*", "-", "–" and a space)
    /// taken off, words counted, sentence ends noted.
    static func lines(_ text: String) -> [Line] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Line] = []
            var previousBullet = false
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = classify(bytes, start, end, previousBullet: previousBullet)
                out.append(line)
                if !line.blank { previousBullet = line.bullet || line.underBullet }
                start = end + 1
            }
            return out
        }
    }

    /// The width of a space-like scalar at `i` (space, tab, CR, NBSP, ZWSP, BOM), or 0.
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x8B || b[i + 2] == 0xAF { return 3 }
        if c == 0xEF, i + 2 < end, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// The width of a bullet mark at `i`, or 0.
    static func bulletWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c == UInt8(ascii: "*") || c == UInt8(ascii: "-") { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xB7 { return 2 }                      // ·
        guard c == 0xE2, i + 2 < end else { return 0 }
        switch (b[i + 1], b[i + 2]) {
        case (0x80, 0xA2), (0x80, 0x93), (0x96, 0xAA), (0x97, 0xA6): return 3           // • – ▪ ◦
        default: return 0
        }
    }

    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, previousBullet: Bool) -> Line {
        var lo = start, hi = end
        var indent = 0
        while lo < hi, case let w = spaceWidth(b, lo, hi), w > 0 { lo += w; indent += 1 }
        while hi > lo {
            // Trailing spaces: step back over one scalar if it is space-like.
            var k = hi - 1
            while k > lo, b[k] & 0xC0 == 0x80 { k -= 1 }
            if spaceWidth(b, k, hi) == hi - k { hi = k } else { break }
        }
        var bullet = false
        if lo < hi, case let w = bulletWidth(b, lo, hi), w > 0, lo + w == hi || b[lo + w] == 0x20 {
            bullet = true
            lo += w
            while lo < hi, case let sw = spaceWidth(b, lo, hi), sw > 0 { lo += sw }
        }
        var words = 0
        var inWord = false, wordHasAlnum = false
        for i in lo..<hi {
            let c = b[i]
            if c == 0x20 || c == 0x09 {
                if inWord, wordHasAlnum { words += 1 }
                inWord = false
                wordHasAlnum = false
            } else {
                inWord = true
                if c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) { wordHasAlnum = true }
            }
        }
        if inWord, wordHasAlnum { words += 1 }
        var ends = false
        if hi > lo {
            let last = b[hi - 1]
            ends = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: "\"") || last == UInt8(ascii: "'")
                || (hi - lo >= 3 && b[hi - 3] == 0xE2 && b[hi - 2] == 0x80 && (last == 0x9D || last == 0x99))  // ” ’
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
        let underBullet = !bullet && hi > lo && previousBullet && indent >= 2
        return Line(text: text, folded: BoilerplateCues.fold(text), bullet: bullet, underBullet: underBullet,
                    words: words, endsSentence: ends)
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
            return !line.blank && line.words <= 24 && !line.underBullet && Self.mayHoldDate(line.text)
                && !dates.dates(in: line.text).isEmpty
                && line.cues.marker == nil
        }) else { return nil }
        func bylineLike(_ line: Line) -> Bool {
            guard !line.blank, line.words <= 8, !line.endsSentence || line.bullet else { return false }
            return line.bullet || cues.bylineLabel(line.text) != nil || (Self.mayHoldDate(line.text) && !dates.dates(in: line.text).isEmpty)
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
            && !line.text.hasSuffix(".") && line.cues.marker == nil && !line.cues.control
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
        let pageText = lines.map(\.folded).joined(separator: "\n")
        let bylineText = byline.map { lines[$0].map(\.folded).joined(separator: " ") } ?? ""
        let firstLines = Set(lines.filter { !$0.blank }.prefix(3).map(\.folded))
        let copyrightLines = lines.filter(\.cues.credit).map(\.folded)
        var best: (name: String, score: Int, index: Int)?
        var seen: Set<String> = []
        for (index, line) in lines.enumerated() {
            guard !line.blank, !line.bullet, line.words >= 1, line.words <= 4, !line.endsSentence,
                  line.text.first?.isUppercase == true, !line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                  seen.insert(line.folded).inserted,
                  line.cues.marker == nil, !line.cues.control else { continue }
            let name = line.folded
            let inByline = BoilerplateCues.contains(bylineText, name)
            let anchored = inByline || firstLines.contains(name)
                || copyrightLines.contains { BoilerplateCues.contains($0, name) }
            guard anchored else { continue }
            let score = Self.occurrences(of: name, in: pageText) + (inByline ? 2 : 0)
            guard score >= 3 else { continue }
            if best == nil || score > best!.score { best = (line.text, score, index) }
        }
        return best?.name
    }

    /// The share of function words in `text`; 1 when no stop-word lexicon is loaded, so that
    /// nothing is dropped for lack of one.
    func functionWordShare(_ text: String) -> Double {
        guard !stopWords.isEmpty else { return 1 }
        let (words, stops) = stopWords.count(text)
        return words == 0 ? 0 : Double(stops) / Double(words)
    }

    /// A full date has a four-digit year: lines without four digits in a row need no date parsing.
    static func mayHoldDate(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// How often `needle` occurs in `haystack` (non-overlapping), on bytes.
    static func occurrences(of needle: String, in haystack: String) -> Int {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard let first = n.first, n.count <= h.count else { return 0 }
        var count = 0
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first, h[i..<(i + n.count)].elementsEqual(n) {
                count += 1
                i += n.count
            } else {
                i += 1
            }
        }
        return count
    }

    // MARK: Body

    func body(_ lines: [Line], from start: Int, title: String?) -> ([String], [DroppedBlock]) {
        var kept: [(text: String, heading: Bool)] = []
        var dropped: [DroppedBlock] = []
        var section: String?
        let blocks = blocks(lines[start...])
        let foldedTitle = title.map(BoilerplateCues.fold)
        for (index, block) in blocks.enumerated() {
            let text = block.text
            func drop(_ reason: String) { dropped.append(DroppedBlock(text: text, reason: reason)) }
            if let marker = block.cues.marker {
                section = marker
                drop("section heading: \(marker)")
                continue
            }
            if block.bullet || block.underBullet {
                drop(section.map { "section: \($0)" } ?? (block.cues.caption ? "caption" : "list item (menu, tags or links)"))
                continue
            }
            if block.cues.link { drop("link to another article"); continue }
            if block.cues.caption { drop("caption or image credit"); continue }
            if block.cues.credit { drop("credit, copyright or contact line"); continue }
            if block.cues.control { drop("page control"); continue }
            if let foldedTitle, block.folded == foldedTitle { drop("repeated title"); continue }
            let isParagraph = block.endsSentence && block.words >= 6
            // Long paragraphs are prose whatever their words; only short ones need the count.
            let share = isParagraph && block.words <= Self.listCheckWords ? functionWordShare(text) : 1
            if let current = section {
                let prose = block.words >= Self.resumeWords || (block.words >= Self.proseResumeWords && share >= Self.proseShare)
                if isParagraph && prose && !text.hasSuffix(")") {
                    section = nil
                } else {
                    drop("section: \(current)")
                    continue
                }
            }
            if isParagraph, share < Self.listShare {
                drop("not prose (a list of names or tags)")
                continue
            }
            if isParagraph, index + 1 < blocks.count, blocks[(index + 1)...].contains(where: { $0.text.utf8.count > text.utf8.count && $0.text.utf8.starts(with: text.utf8) }) {
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
               next.cues.marker == nil {
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

    /// "4 Min Read", "3 min read" (on a folded line).
    static func isReadingTime(folded: String) -> Bool {
        guard folded.hasSuffix(" read") else { return false }
        let words = folded.split(separator: " ")
        return words.count == 3 && Int(words[0]) != nil && words[1].hasPrefix("min")
    }

    struct Block {
        var text: String
        var folded: String
        var cues: LineCues
        var bullet: Bool
        var underBullet: Bool
        var words: Int
        var endsSentence: Bool
    }

    /// Lines joined into paragraphs where a line was hard-wrapped (no sentence end, and the next
    /// line continues in lowercase); a blank line always ends a paragraph.
    func blocks(_ lines: ArraySlice<Line>) -> [Block] {
        var out: [Block] = []
        var previousBlank = true
        for line in lines {
            if line.blank { previousBlank = true; continue }
            if !previousBlank, let last = out.last, !last.bullet, !line.bullet, !line.underBullet, !last.endsSentence,
               line.text.first?.isLowercase == true {
                out[out.count - 1].text += " " + line.text
                out[out.count - 1].folded += " " + line.folded
                out[out.count - 1].words += line.words
                out[out.count - 1].endsSentence = line.endsSentence
                out[out.count - 1].cues = cues(of: out[out.count - 1].folded)
            } else {
                out.append(Block(text: line.text, folded: line.folded, cues: line.cues, bullet: line.bullet, underBullet: line.underBullet,
                                 words: line.words, endsSentence: line.endsSentence))
            }
            previousBlank = false
        }
        return out
    }
}
