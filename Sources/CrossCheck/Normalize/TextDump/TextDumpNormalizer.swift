import Foundation

/// Normalizes a text dump of a web page (what a browser's "save as text" or a scraper gives:
/// menus as bullet lists, tickers, bylines, captions, "Most Read" lists, footers).
///
/// Reads: the dump's text and `BoilerplateCues`. Adds: a `Document` with title, publisher,
/// author, publication and update dates from the byline block, the article's paragraphs as the
/// body, and every other line in `dropped` with its reason.
///
/// Works on the UTF-8 bytes: lines are classified in one pass over them and folded into one
/// buffer (`FoldedLines`), where every cue question is asked of bytes; `String`s are made for
/// the lines' text (what goes into the output) and for the few short lines whose questions need
/// `String` semantics.
public struct TextDumpNormalizer: Sendable {
    let cues: BoilerplateCues
    let dates: PublicationDateParser
    let stopWords: StopWords
    let languages: LanguageGuesser
    let roles: AuthorRoles

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
    /// A page with no paragraph keeps its unpunctuated lines of at least this many words that
    /// read as a sentence ("I aborted my baby because it was a boy").
    static let noteWords = 5
    /// Lines longer than this (in words) are never a title.
    static let titleWords = 25

    public init(lexicons: [String: Lexicon]) {
        self.cues = BoilerplateCues(lexicons: lexicons)
        self.dates = PublicationDateParser(lexicons: lexicons)
        self.stopWords = StopWords(lexicons: lexicons)
        self.languages = LanguageGuesser(lexicons: lexicons)
        self.roles = AuthorRoles(lexicons: lexicons)
    }

    struct Line {
        var text: String
        /// `text` through `BoilerplateCues.fold`, once: where it is in `store`, the page's (or
        /// the chunk's) `FoldedLines`. Every cue question asks about these bytes.
        var store: FoldedLines
        var folded: Range<Int>
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
        var work = 0
        return normalize(input, work: &work)
    }

    /// `normalize`, adding to `work` the steps of the body's block loop and standfirst summary.
    func normalize(_ input: InputFile, work: inout Int) -> Document {
        let page = TextDumpPage(text: input.text, normalizer: self)
        do throws(InputError) {
            return try normalize(page, id: input.id, path: input.path, url: input.url, work: &work)
        } catch {
            preconditionFailure("a page in memory has no read errors: \(error)")
        }
    }

    /// What the first pass learns from the page's head.
    struct HeadFields {
        var title: String?
        var titleIndex: Int?
        var description: String?
        var descriptionIndex: Int?
        var byline: Range<Int>?
        var meta: BylineFields
        /// The byline's lines, folded and joined by spaces (where a publisher's name is looked for).
        var bylineText: [UInt8]
        var bodyStart: Int
    }

    /// The page's head from its first lines, or nil when the answer might change with lines
    /// not read yet (`final`: there are none).
    func headFields(_ lines: [Line], _ scan: HeadScan, _ readings: inout DateReadings, final: Bool) -> HeadFields? {
        let head = scan.head(lineCount: lines.count)
        var reach = 0
        let byline = findByline(lines, head: head, &readings, reach: &reach)
        guard final || reach <= lines.count else { return nil }
        let (title, titleIndex, description, descriptionIndex) = findTitle(lines, byline: byline, head: head)
        var meta = BylineFields()
        if let byline { meta = parseByline(lines[byline], &readings) }
        var bylineText: [UInt8] = []
        for i in byline ?? 0..<0 {
            if i != byline?.lowerBound { bylineText.append(0x20) }
            lines[i].store.withBytes(lines[i].folded) { bylineText += $0 }
        }
        let bodyStart = byline?.upperBound ?? (titleIndex.map { $0 + 1 } ?? 0)
        return HeadFields(title: title, titleIndex: titleIndex, description: description, descriptionIndex: descriptionIndex,
                          byline: byline, meta: meta, bylineText: bylineText, bodyStart: bodyStart)
    }

    /// Normalizes the page `source` gives, in passes over its lines (docs/speed.md, "Sixth
    /// pass"), none of which holds the page: (1) the head, held until it is settled (title,
    /// byline, where the body starts), the publisher's candidates and the standfirst summary;
    /// (2) the body, block by block, into `output`, and which candidates a credit line anchors;
    /// (3) if any candidate is anchored, how often each anchored one occurs on the page.
    func normalize(_ source: any TextDumpSource, id: String, path: String, url: String?,
                   work: inout Int, output: inout some TextDumpOutput) throws(InputError) -> (HeadFields, String?) {
        let feed = TextDumpLineFeed(source)
        try feed.restart()
        let publishers = PublisherCandidates()
        feed.observe = { line, _ in publishers.observe(line) }
        var held: [Line] = []
        var readings = DateReadings(dates)
        var scan = HeadScan()
        var fields: HeadFields?
        while let line = feed.take() {
            held.append(line)
            scan.add(line, at: held.count - 1, self)
            if scan.complete, let settled = headFields(held, scan, &readings, final: false) {
                fields = settled
                break
            }
        }
        let head = fields ?? headFields(held, scan, &readings, final: true)!
        feed.replay(held[min(head.bodyStart, held.count)...], from: head.bodyStart)
        held = []
        let foldedTitle = head.title.map(BoilerplateCues.fold)
        var standfirst = StandfirstSummary()
        var reader = BlockReader()
        var position = 0
        while let block = reader.next(self, feed) {
            standfirst.observe(block.text, at: position)
            if case .text(let text, _, let isParagraph) = shape(of: block, foldedTitle: foldedTitle).kind, isParagraph {
                standfirst.ask(text)
            }
            position += 1
        }
        try source.finish()

        try feed.restart()
        feed.observe = { line, _ in if line.cues.credit { publishers.anchor(creditLine: line) } }
        var section: Section?
        while feed.index < head.bodyStart, case let i = feed.index, let line = feed.take() {
            guard !line.blank, i != head.titleIndex else { continue }
            if let marker = line.cues.marker {
                section = Section(marker)
                output.drop(DroppedBlock(text: line.text, reason: section!.headingReason))
            } else if i == head.descriptionIndex {
                output.drop(DroppedBlock(text: line.text, reason: "description (standfirst above the byline)"))
            } else if let byline = head.byline, byline.contains(i) {
                output.drop(DroppedBlock(text: line.text, reason: "byline"))
            } else {
                output.drop(DroppedBlock(text: line.text, reason: reasonAboveTitle(line, section: section)))
            }
        }
        body(feed, title: head.title, standfirst: &standfirst, output: &output, work: &work)
        work += standfirst.steps
        // The rest of the page, for its credit lines.
        while feed.take() != nil {}
        try source.finish()

        let publisher = try publishers.publisher(bylineText: head.bylineText, feed: feed)
        return (head, publisher)
    }

    /// A page's Document, in memory.
    func normalize(_ source: any TextDumpSource, id: String, path: String, url: String?,
                   work: inout Int) throws(InputError) -> Document {
        var output = TextDumpBody()
        let (head, publisher) = try normalize(source, id: id, path: path, url: url, work: &work, output: &output)
        var document = fields(head, publisher: publisher, id: id, path: path, url: url)
        let (paragraphs, dropped) = output.finish(self, work: &work)
        document.body = paragraphs.joined(separator: "\n\n")
        document.language = languages.language(of: document.body)
        document.dropped = dropped
        return document
    }

    /// The Document's fields from the head and the publisher, without body, language and
    /// dropped blocks (an author who is the publisher is no author).
    func fields(_ head: HeadFields, publisher: String?, id: String, path: String, url: String?) -> Document {
        var meta = head.meta
        if let author = meta.author, let publisher, author.caseInsensitiveCompare(publisher) == .orderedSame {
            meta.author = nil
        }
        return Document(id: id, path: path, url: url, title: head.title, publisher: publisher,
                        author: meta.author, published: meta.published?.iso, modified: meta.modified?.iso,
                        description: head.description, body: "")
    }

    private func reasonAboveTitle(_ line: Line, section: Section?) -> String {
        if let section { return section.reason }
        if line.bullet { return "menu" }
        if line.cues.control { return "page control" }
        return "page header"
    }

    /// A section of page furniture (after a marker such as "Most Read"), with the reasons given
    /// for what it drops, made once per section.
    struct Section {
        let headingReason: String
        let reason: String
        /// After article text, nothing in this section resumes the article (readers' comments).
        let closesArticle: Bool

        init(_ marker: String, closesArticle: Bool = false) {
            headingReason = "section heading: \(marker)"
            reason = "section: \(marker)"
            self.closesArticle = closesArticle
        }
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

    /// The cues of a folded line or block, from its bytes (caption and credit cues in one scan).
    func cues(of folded: UnsafeBufferPointer<UInt8>) -> LineCues {
        let (caption, credit) = cues.captionAndCredit(folded: folded)
        return LineCues(marker: cues.sectionMarker(folded: folded), link: cues.isLinkLine(folded: folded),
                        caption: caption, credit: credit,
                        control: cues.isPageControl(folded: folded) || Self.isReadingTime(folded: folded))
    }

    /// Asks the cue questions once per non-blank line.
    func annotate(_ lines: inout [Line], _ folded: FoldedLines) {
        folded.withBytes(0..<folded.bytes.count) { all in
            for i in lines.indices where !lines[i].blank {
                lines[i].cues = cues(of: UnsafeBufferPointer(rebasing: all[lines[i].folded]))
            }
        }
    }

    /// The dump's lines, classified, in one pass over the UTF-8 bytes: trimmed of spaces (also
    /// no-break and zero-width ones), bullets ("•", "·", "▪", "◦", "*", "-", "–" and a space)
    /// taken off, words counted, sentence ends noted, folded into one buffer.
    static func lines(_ text: String) -> ([Line], FoldedLines) {
        var previousBullet = false
        return lines(text, previousBullet: &previousBullet, last: true)
    }

    /// The lines of one piece of a page (`TextDumpFile`'s chunks, each ending in a line feed):
    /// `previousBullet` carries the last non-blank line's bullet from piece to piece, and only the
    /// `last` piece has a line after its last line feed (empty when the page ends in one).
    static func lines(_ text: String, previousBullet: inout Bool, last: Bool) -> ([Line], FoldedLines) {
        var text = text
        return text.withUTF8 { bytes in
            // One line per line feed, and the last: reserved at once, so the array (some 60 bytes
            // a line) is never grown by doubling, which held up to three times its size.
            var out: [Line] = []
            out.reserveCapacity(Self.lineFeeds(in: bytes) + 1)
            let folded = FoldedLines(capacity: bytes.count + 16)
            var start = 0
            while start <= bytes.count {
                var end = bytes.count
                if start < bytes.count, let newline = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
                    end = start + (bytes.baseAddress! + start).distance(to: UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)))
                } else if !last, start == bytes.count {
                    break
                }
                let line = classify(bytes, start, end, previousBullet: previousBullet, folded: folded)
                out.append(line)
                if !line.blank { previousBullet = line.bullet || line.underBullet }
                start = end + 1
            }
            return (out, folded)
        }
    }

    /// How many line feeds `bytes` holds (`memchr` from one to the next).
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var at = 0
        while at < bytes.count, let hit = memchr(base + at, 0x0A, bytes.count - at) {
            count += 1
            at = base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))) + 1
        }
        return count
    }

    /// Per byte, for counting words: 1 for a space or a tab (which end words), 2 for a letter, a
    /// digit or a non-ASCII byte (which make a word count), 0 for others.
    static let wordByteClasses: [UInt8] = (0...255).map { (c: UInt8) -> UInt8 in
        if c == 0x20 || c == 0x09 { return 1 }
        return c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) ? 2 : 0
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

    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, previousBullet: Bool,
                         folded: FoldedLines) -> Line {
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
        // Words: runs of bytes between spaces and tabs, counted when they hold a letter, a digit
        // or a non-ASCII byte. Without branches: a word is counted at the space that ends it,
        // when the last such byte comes after the last space.
        var words = 0
        var lastSpace = lo - 1, lastAlnum = lo - 1
        wordByteClasses.withUnsafeBufferPointer { classes in
            for i in lo..<hi {
                let c = classes[Int(b[i])]
                words &+= Int(c & 1) & (lastAlnum > lastSpace ? 1 : 0)
                lastSpace = c & 1 != 0 ? i : lastSpace
                lastAlnum = c & 2 != 0 ? i : lastAlnum
            }
        }
        if lastAlnum > lastSpace { words += 1 }
        let bytes = UnsafeBufferPointer(rebasing: b[lo..<hi])
        let ends = endsSentence(bytes)
        let underBullet = !bullet && hi > lo && previousBullet && indent >= 2
        return Line(text: String(decoding: bytes, as: UTF8.self), store: folded, folded: folded.appendLine(bytes), bullet: bullet,
                    underBullet: underBullet, words: words, endsSentence: ends)
    }

    /// The line ends a sentence: its last character is one of `.!?"'”’…`, a full-width or
    /// Myanmar stop (`UnspacedScript.endsSentence`), or such an end is followed by a closing
    /// parenthesis ("(If you have details, get in touch.)") or by a short source tag in
    /// brackets or parentheses ("... design. [9to5Mac]", "God bless you? (Mirror)").
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var last = bytes.indices.last else { return false }
        func isStop(_ end: Int) -> Bool {
            switch bytes[end] {
            case 0x2E, 0x21, 0x3F, 0x22, 0x27: return true
            case 0x9D, 0x99, 0xA6:  // ” ’ … are E2 80 9D, E2 80 99, E2 80 A6
                return end >= 2 && bytes[end - 2] == 0xE2 && bytes[end - 1] == 0x80
            default: return UnspacedScript.endsSentence(UnsafeBufferPointer(rebasing: bytes[...end]))
            }
        }
        if isStop(last) { return true }
        let closing = bytes[last]
        guard closing == 0x5D || closing == 0x29 else { return false }  // ] )
        if closing == 0x29, last > 0, isStop(last - 1) { return true }
        // "... design. [9to5Mac]": a short tag in brackets after a sentence end.
        guard let open = bytes[max(0, last - 40)..<last].lastIndex(of: closing == 0x5D ? 0x5B : 0x28) else { return false }
        last = open - 1
        guard last > 0, bytes[last] == 0x20 else { return false }
        while last > 0, bytes[last] == 0x20 { last -= 1 }
        return isStop(last)
    }

    // MARK: Byline

    /// The dates in lines and byline segments, each text read once per page (the byline's lines
    /// are read when looking for the byline and again, cut at "|", when parsing it).
    struct DateReadings {
        let parser: PublicationDateParser
        private var readings: [(text: String, dates: [PublicationDateParser.ParsedDate])] = []

        init(_ parser: PublicationDateParser) {
            self.parser = parser
        }

        mutating func dates(in text: String) -> [PublicationDateParser.ParsedDate] {
            guard TextDumpNormalizer.mayHoldDate(text) else { return [] }
            if let reading = readings.first(where: { $0.text.utf8.elementsEqual(text.utf8) }) { return reading.dates }
            let dates = parser.dates(in: text)
            readings.append((text, dates))
            return dates
        }
    }

    struct BylineFields {
        var author: String?
        var published: PublicationDateParser.ParsedDate?
        var modified: PublicationDateParser.ParsedDate?
    }

    /// Where the page's head ends: the lines above the article's first prose (`firstProse`, where
    /// a title without a byline must stand) and above its second (`end`, where a byline must stand:
    /// at most one standfirst paragraph comes before it). A date in the article, a signed tweet
    /// quoted in it or a trailing "Last updated" line is no byline, and no line of the article is
    /// its title: what stands above them is the article, not page furniture.
    struct Head {
        var firstProse: Int
        var end: Int
    }

    /// Finds the head line by line (`add`), so that a pass over the page can stop holding
    /// lines once it is found: the first two lines of prose, passing over the lines right under
    /// a section marker ("BREAKING" and its ticker), up to a blank line, which are the section's,
    /// not the article's.
    struct HeadScan {
        private(set) var found: [Int] = []
        private var inSection = false

        var complete: Bool { found.count == 2 }

        mutating func add(_ line: Line, at index: Int, _ normalizer: TextDumpNormalizer) {
            guard !complete else { return }
            if line.blank { inSection = false; return }
            if line.cues.marker != nil { inSection = true; return }
            guard !inSection, normalizer.readsAsProse(line) else { return }
            found.append(index)
        }

        /// The head of a page whose first `lineCount` lines were added.
        func head(lineCount: Int) -> Head {
            Head(firstProse: found.first ?? lineCount, end: complete ? found[1] : lineCount)
        }
    }

    /// A line that reads as the article's own prose: it ends a sentence, has at least
    /// `proseResumeWords` words (`resumeWords`, or `proseShare` of them function words) and no
    /// cue of page furniture.
    func readsAsProse(_ line: Line) -> Bool {
        guard !line.blank, !line.bullet, !line.underBullet, line.endsSentence, line.words >= Self.proseResumeWords,
              line.cues.marker == nil, !line.cues.link, !line.cues.control
        else { return false }
        if line.cues.caption || line.cues.credit, case .furniture = readCued(line.text, words: line.words) { return false }
        return line.words >= Self.resumeWords || functionWordShare(line.text) >= Self.proseShare
    }

    /// A paragraph this long (in words), with a caption or credit cue, is furniture only when
    /// the cue stands at its edges.
    static let longProseWords = 30
    /// How many words at the start of a long paragraph a cue must be among to mark it.
    static let cueHeadWords = 5
    /// A last sentence longer than this (in words) is no credit line.
    static let creditTailWords = 15

    /// What a block with a caption or credit cue is.
    enum CuedBlock: Equatable {
        case furniture
        /// Prose that names a photo agency, an e-mail or a copyright in passing.
        case prose
        /// Prose closed by a credit ("... (Writing by Tim Cocks; Editing by Louise Ireland)").
        case proseThenCredit(prose: String, credit: String)
    }

    /// A caption or credit cue marks a short block, or one that is not prose, as furniture; in a
    /// long paragraph of prose it counts only among the first words (past a wire dateline such
    /// as "WASHINGTON (AP) —", which names the agency and is the article's) or in a short last
    /// sentence, where a closing credit is cut off and the prose kept.
    func readCued(_ text: String, words: Int) -> CuedBlock {
        let dateline = Self.datelineEnd(text)
        if let dateline, case let rest = String(text[dateline...]), !cues.isCaption(rest), !cues.isCredit(rest) { return .prose }
        guard words >= Self.longProseWords, functionWordShare(text) >= Self.proseShare else { return .furniture }
        let afterDateline = dateline ?? text.startIndex
        let head = text[afterDateline...].split(separator: " ", maxSplits: Self.cueHeadWords, omittingEmptySubsequences: true)
            .prefix(Self.cueHeadWords).joined(separator: " ")
        if cues.isCaption(head) || cues.isCredit(head) { return .furniture }
        let tailStart = Self.lastSentenceStart(text)
        let tail = String(text[tailStart...])
        guard tailStart > afterDateline, tail.split(separator: " ").count <= Self.creditTailWords else { return .prose }
        if cues.isCaption(tail) { return .furniture }
        guard cues.isCredit(tail) else { return .prose }
        let prose = TextCleanup.trimmingWhitespace(text[..<tailStart])
        return prose.split(separator: " ").count >= Self.resumeWords ? .proseThenCredit(prose: prose, credit: tail) : .furniture
    }

    /// The end of a wire dateline that opens a paragraph: a short parenthesis (the agency) and a
    /// dash, in the first 120 bytes ("TEXAS CITY, Texas (AP) — ", "ABUJA, Nov 1 (Reuters) - ").
    static func datelineEnd(_ text: String) -> String.Index? {
        let opening = text.utf8.prefix(120)
        guard let open = opening.firstIndex(of: UInt8(ascii: "(")),
              let close = opening[open...].firstIndex(of: UInt8(ascii: ")")),
              text.utf8.distance(from: open, to: close) <= 40 else { return nil }
        let after = text[close...].dropFirst()
        for dash in [" - ", " — ", " – ", " -- "] where after.hasPrefix(dash) {
            return after.index(after.startIndex, offsetBy: dash.count)
        }
        return nil
    }

    /// Where the last sentence of `text` starts: after its last sentence boundary, or at a
    /// closing parenthesis that follows a sentence end ("... in Syria. (Reporting by ...)").
    static func lastSentenceStart(_ text: String) -> String.Index {
        var start = sentenceStarts(text).last.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) } ?? text.startIndex
        if text.hasSuffix(")"), let open = text.utf8.lastIndex(of: UInt8(ascii: "(")), open > start,
           open > text.startIndex, text.utf8[text.utf8.index(before: open)] == 0x20 {
            start = open
        }
        return start
    }

    /// The byline block: the first short line with a full date in the page's head (a line of
    /// prose is never one), and the short byline-like lines next to it (bullets, labelled parts,
    /// "4 Min Read").
    ///
    /// `reach` is how many lines of the page the answer rests on: lines up to it were read, and
    /// a page cut there (`lines` the page's first lines only) might give another answer when
    /// `reach` exceeds `lines.count`.
    func findByline(_ lines: [Line], head: Head, _ readings: inout DateReadings, reach: inout Int) -> Range<Int>? {
        reach = head.end
        guard let anchor = lines.indices.prefix(head.end).first(where: { i in
            let line = lines[i]
            return !line.blank && line.words <= 24 && !line.underBullet && line.cues.marker == nil
                && !readsAsProse(line) && !readings.dates(in: line.text).isEmpty
        }) else { return nil }
        func bylineLike(_ line: Line) -> Bool {
            guard !line.blank, line.words <= 8, !line.endsSentence || line.bullet else { return false }
            return line.bullet || cues.bylineLabel(line.text) != nil || !readings.dates(in: line.text).isEmpty
                || (line.text.contains(where: \.isNumber) && line.words <= 4)
        }
        var start = anchor
        while start > 0, bylineLike(lines[start - 1]) || nameLike(lines[start - 1]) { start -= 1 }
        var end = anchor + 1
        while end < lines.count, bylineLike(lines[end]) || nameLike(lines[end]) { end += 1 }
        reach = max(reach, end + 2)
        // "Eleanor Pike / Education reporter" one blank line under the dates: the author's block.
        if end + 1 < lines.count, lines[end].blank {
            var groupEnd = end + 1
            while groupEnd < lines.count, nameLike(lines[groupEnd]) { groupEnd += 1 }
            reach = max(reach, groupEnd + 1)
            if groupEnd > end + 1, lines[(end + 1)..<groupEnd].contains(where: { roles.name(in: $0.text) == nil }) { end = groupEnd }
        }
        return start..<end
    }

    /// A short line that can be a name in a byline block: an author ("Marcus Delgado"), an
    /// outlet or agency ("Meridian Press Agency"), a role ("Education reporter").
    func nameLike(_ line: Line) -> Bool {
        !line.blank && !line.bullet && !line.underBullet && line.words <= 5 && !line.endsSentence
            && Self.startsUppercase(line.text) && !line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            && line.cues.marker == nil && !line.cues.control && !line.cues.link && !line.cues.caption && !line.cues.credit
    }

    func parseByline(_ lines: ArraySlice<Line>, _ readings: inout DateReadings) -> BylineFields {
        var fields = BylineFields()
        for line in lines {
            for segment in line.text.split(separator: "|").map(TextCleanup.trimmingWhitespace) where !segment.isEmpty {
                let found = readings.dates(in: segment).first
                if let (label, rest) = cues.bylineLabel(segment) {
                    switch label {
                    case "updated": if fields.modified == nil { fields.modified = found }
                    case "published", "created": fields.published = found ?? fields.published
                    case "by": if found == nil, !rest.isEmpty { fields.author = fields.author ?? roles.name(in: rest) }
                    default: break
                    }
                } else if let found {
                    if fields.published == nil { fields.published = found }
                } else if fields.author == nil, Self.startsUppercase(segment),
                          segment.split(separator: " ").count <= 5, !segment.contains(where: \.isNumber) {
                    fields.author = roles.name(in: segment)
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
    /// paragraph. Without a byline: a heading-like line right above the first paragraph, in the
    /// page's head (above the article's first prose).
    func findTitle(_ lines: [Line], byline: Range<Int>?, head: Head) -> (String?, Int?, String?, Int?) {
        guard let end = byline?.lowerBound else { return titleAbove(lines, firstProse: head.firstProse) }
        var i = end - 1
        var description: (String, Int)?
        var paragraphsSeen = 0
        while i >= 0 {
            let line = lines[i]
            if line.blank || line.bullet { i -= 1; continue }
            if headingLike(line) {
                // A headline above a longer unpunctuated standfirst: "Nurses ... begin strike" over
                // "Union says some units have one nurse for every eight patients; ...".
                if description == nil, line.words >= 10, let above = (0..<i).last(where: { !lines[$0].blank }),
                   above + 1 < i, above == 0 || lines[above - 1].blank,  // a line of its own, not a ticker's
                   headingLike(lines[above]), lines[above].words >= 5, lines[above].words < line.words,
                   !lines[above].text.contains(" > ") {
                    return (lines[above].text, above, line.text, i)
                }
                return (line.text, i, description?.0, description?.1)
            }
            if line.endsSentence, paragraphsSeen == 0, line.words > 8 {
                description = (line.text, i)
                paragraphsSeen += 1
                i -= 1
                continue
            }
            break
        }
        return (nil, nil, nil, nil)
    }

    /// No byline: the first heading-like line above the article's first prose that is followed
    /// by a paragraph.
    private func titleAbove(_ lines: [Line], firstProse: Int) -> (String?, Int?, String?, Int?) {
        for (index, line) in lines.enumerated().prefix(firstProse) where headingLike(line) {
            if let next = lines[(index + 1)...].first(where: { !$0.blank }), next.endsSentence, next.words >= 12 {
                return (line.text, index, nil, nil)
            }
        }
        return (nil, nil, nil, nil)
    }

    /// `text.first?.isUppercase == true`, on bytes when the first character is one ASCII byte.
    static func startsUppercase<S: StringProtocol>(_ text: S) -> Bool {
        if let b = firstASCIICharacter(text) { return b >= 0x41 && b <= 0x5A }
        return text.first?.isUppercase == true
    }

    /// `text.first?.isLowercase == true`, on bytes when the first character is one ASCII byte.
    static func startsLowercase(_ text: String) -> Bool {
        if let b = firstASCIICharacter(text) { return b >= 0x61 && b <= 0x7A }
        return text.first?.isLowercase == true
    }

    /// The first byte of `text` when its first `Character` is that one ASCII byte: an ASCII byte
    /// followed by another (or by nothing) is a character of its own, except CR LF.
    private static func firstASCIICharacter<S: StringProtocol>(_ text: S) -> UInt8? {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80 else { return nil }
        guard let second = bytes.next() else { return first }
        return second < 0x80 && !(first == 0x0D && second == 0x0A) ? first : nil
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
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            for b in bytes {
                if b >= 0x30 && b <= 0x39 {
                    run += 1
                    if run == 4 { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    /// How often `needle` occurs in `haystack` (non-overlapping, leftmost first), on bytes:
    /// `memchr` looks for the needle's least common byte (`byteCommonness`), and only there is
    /// the rest compared.
    static func occurrences(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int {
        let m = needle.count, n = haystack.count
        guard m > 0, m <= n, let h = haystack.baseAddress, let p = needle.baseAddress else { return 0 }
        var k = 0
        for j in 1..<m where byteCommonness[Int(needle[j])] < byteCommonness[Int(needle[k])] { k = j }
        let rare = Int32(needle[k])
        let last = n - m + k  // the last place of the rare byte in a match
        var count = 0
        var from = k
        while from <= last, let hit = memchr(h + from, rare, last - from + 1) {
            let start = h.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))) - k
            if memcmp(h + start, p, m) == 0 {
                count += 1
                from = start + m + k  // the next match starts after this one
            } else {
                from = start + k + 1
            }
        }
        return count
    }

    /// How common a byte is in (folded) text, from 0 (rare) up: spaces, then letters by their
    /// frequency in English; digits, punctuation and other bytes are rare.
    static let byteCommonness: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (rank, letter) in "zqxjkvbpygfwmucldrhsnioate ".utf8.enumerated() { table[Int(letter)] = UInt8(rank + 1) }
        return table
    }()

    // MARK: Body

    /// What a block is by itself, before the loop's state (sections, lists) has its say.
    struct Shape {
        enum Kind {
            case marker(String)
            /// A bullet or the line under one.
            case listItem
            case link
            /// Furniture by its own cues: the text (after a closing credit was cut off) and why.
            case furniture(String, reason: String)
            /// Text the loop decides on: cut short (`cut`, sentences without the last stop) and
            /// shaped as a paragraph.
            case text(String, cut: Bool, isParagraph: Bool)
        }
        var kind: Kind
        /// A closing credit cut off the end of the block's prose, dropped before the block.
        var credit: String?
    }

    /// The block's shape: its cues, a closing credit cut off, a repeated title, a paragraph's form.
    func shape(of block: Block, foldedTitle: String?) -> Shape {
        if let marker = block.cues.marker { return Shape(kind: .marker(marker)) }
        if block.bullet || block.underBullet { return Shape(kind: .listItem) }
        if block.cues.link { return Shape(kind: .link) }
        var text = block.text
        var credit: String?
        var cued = CuedBlock.furniture
        if block.cues.caption || block.cues.credit {
            cued = readCued(text, words: block.words)
            if case .proseThenCredit(let prose, let cut) = cued {
                credit = cut
                text = prose
            }
        }
        func furniture(_ reason: String) -> Shape { Shape(kind: .furniture(text, reason: reason), credit: credit) }
        if block.cues.caption, cued == .furniture { return furniture("caption or image credit") }
        if (block.cues.credit && cued == .furniture) || (block.words <= EmailAddress.contactLineWords && EmailAddress.occurs(in: text)) {
            return furniture("credit, copyright or contact line")
        }
        if block.cues.control { return furniture("page control") }
        if let foldedTitle, block.store.equals(block.folded, foldedTitle) { return furniture("repeated title") }
        // A paragraph cut short: sentences, the last one without its stop (a truncated body).
        let cut = !block.endsSentence && block.words >= Self.resumeWords && !text.hasSuffix(":") && !text.hasSuffix(")")
            && Self.hasSentenceBoundary(text)
        return Shape(kind: .text(text, cut: cut, isParagraph: (block.endsSentence || cut) && block.words >= 6), credit: credit)
    }

    /// The article's paragraphs and the dropped blocks, from the feed's next line on, into
    /// `output`. `work` counts the steps taken (one per block), which the tests bound on
    /// generated dumps so that no step that grows with the square of the dump returns.
    func body(_ feed: TextDumpLineFeed, title: String?, standfirst: inout StandfirstSummary,
              output: inout some TextDumpOutput, work: inout Int) {
        var section: Section?
        /// The last kept paragraph ends with a colon and sentence-like list items follow.
        var listIntroduced = false
        let foldedTitle = title.map(BoilerplateCues.fold)
        // The blocks through a window of two (the block and the next): the page's blocks are
        // never held at once.
        var window = BlockReader()
        var next = window.next(self, feed)
        var index = -1
        while let block = next {
            index += 1
            next = window.next(self, feed)
            work += 1
            let shape = shape(of: block, foldedTitle: foldedTitle)
            func drop(_ text: String, _ reason: String) { output.drop(DroppedBlock(text: text, reason: reason)) }
            switch shape.kind {
            case .marker(let marker):
                section = Section(marker, closesArticle: cues.closingMarkers.contains(marker))
                drop(block.text, section!.headingReason)
                continue
            case .listItem:
                // "Under the plan:" then sentences as list items: the story's own list.
                if listIntroduced, section == nil, block.bullet, block.endsSentence, block.words >= 4, !block.cues.link {
                    output.keep(block.text, heading: false)
                    continue
                }
                drop(block.text, section?.reason ?? (block.cues.caption ? "caption" : "list item (menu, tags or links)"))
                continue
            default:
                break
            }
            listIntroduced = false
            if case .link = shape.kind { drop(block.text, "link to another article"); continue }
            if let credit = shape.credit { drop(credit, "credit, copyright or contact line") }
            guard case .text(let text, let cut, let isParagraph) = shape.kind else {
                if case .furniture(let text, let reason) = shape.kind { drop(text, reason) }
                continue
            }
            // Long paragraphs are prose whatever their words; only short ones need the count.
            let share = isParagraph && block.words <= Self.listCheckWords ? functionWordShare(text) : 1
            if let current = section {
                let prose = block.words >= Self.resumeWords || (block.words >= Self.proseResumeWords && share >= Self.proseShare)
                let closed = current.closesArticle && output.hasKept
                if isParagraph && prose && !closed {
                    section = nil
                } else {
                    drop(text, current.reason)
                    continue
                }
            }
            if isParagraph, share < Self.listShare {
                drop(text, "not prose (a list of names or tags)")
                continue
            }
            if isParagraph, next != nil, standfirst.laterBlockExtends(text, after: index) {
                drop(text, "standfirst (repeated in the article)")
                continue
            }
            if block.endsSentence || cut {
                output.keep(text, heading: false)
                continue
            }
            if text.hasSuffix(":"), block.words >= 8 {
                if let next, next.bullet, next.endsSentence {
                    output.keep(text, heading: false)
                    listIntroduced = true
                    continue
                }
                // "In a public Facebook post last month, he wrote:" above a quotation (or an
                // embedded post the text dump left out).
                if Self.hasSentenceBoundary(text) || functionWordShare(text) >= Self.proseShare {
                    output.keep(text, heading: false)
                    continue
                }
            }
            // A date on a line of its own ("Monday, 12 January 2015"), or with a label: the
            // page's, not the story's.
            if block.words <= 12, Self.mayHoldDate(text), !dates.dates(in: text).isEmpty {
                drop(text, "date line")
                continue
            }
            // A short line with no sentence end: a subheading if a paragraph follows it.
            if block.words <= 12, let next, next.endsSentence, next.words >= Self.resumeWords, !next.bullet,
               next.cues.marker == nil {
                output.keep(text, heading: true)
            } else {
                let block = DroppedBlock(text: text, reason: block.words <= 12 ? "short line (headline, link or label)" : "text without sentence punctuation")
                // Dropped only for its shape, outside any section: the article if nothing else is.
                if section == nil { output.dropUnshaped(block) } else { output.drop(block) }
            }
        }
    }

    /// A line dropped for its shape that reads as a sentence: the article of a page where
    /// nothing had the shape of a paragraph.
    func readsAsNote(_ text: String) -> Bool {
        text.split(separator: " ").count >= Self.noteWords && functionWordShare(text) >= Self.listShare
    }

    /// Whether `text` holds a sentence boundary: ".", "!" or "?" (and a closing quote) and a
    /// space before an uppercase letter or an opening quote ("... the hard way. Attempting ...").
    static func hasSentenceBoundary(_ text: String) -> Bool {
        !sentenceStarts(text, first: true).isEmpty
    }

    /// The byte offsets where sentences start after a boundary (see `hasSentenceBoundary`);
    /// with `first`, only the first one.
    static func sentenceStarts(_ text: String, first: Bool = false) -> [Int] {
        var text = text
        return text.withUTF8 { b in
            var starts: [Int] = []
            var i = 0
            while i + 2 < b.count {
                defer { i += 1 }
                guard b[i] == 0x2E || b[i] == 0x21 || b[i] == 0x3F else { continue }
                var j = i + 1
                while j < b.count, b[j] == 0x22 || b[j] == 0x27 { j += 1 }
                if j + 3 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x9D || b[j + 2] == 0x99 { j += 3 }
                guard j + 1 < b.count, b[j] == 0x20 else { continue }
                let next = b[j + 1]
                if (next >= 0x41 && next <= 0x5A) || next == 0x22 || (next == 0xE2 && j + 2 < b.count && b[j + 2] == 0x80) {
                    // Not after a one-letter initial or a short abbreviation ("J. Smith", "Mr. Smith").
                    var w = i
                    while w > 0, b[w - 1] != 0x20 { w -= 1 }
                    if i - w > 3 {
                        starts.append(j + 1)
                        if first { return starts }
                    }
                }
            }
            return starts
        }
    }

    /// `isReadingTime` on the UTF-8 bytes of a folded line: only a line ending in " read" can be
    /// one (no other bytes are canonically equal to those five), and only those become a `String`.
    static func isReadingTime(folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard folded.count >= 5, folded[(folded.count - 5)...].elementsEqual(" read".utf8) else { return false }
        return isReadingTime(folded: String(decoding: folded, as: UTF8.self))
    }

    /// "4 Min Read", "3 min read" (on a folded line).
    static func isReadingTime(folded: String) -> Bool {
        guard folded.hasSuffix(" read") else { return false }
        let words = folded.split(separator: " ")
        return words.count == 3 && Int(words[0]) != nil && words[1].hasPrefix("min")
    }

    struct Block {
        var text: String
        /// Where the folded text is: in `store`, at `folded`.
        var store: FoldedLines
        var folded: Range<Int>
        var cues: LineCues
        var bullet: Bool
        var underBullet: Bool
        var words: Int
        var endsSentence: Bool
    }

    /// The blocks of a pass's lines, one at a time, in order (a window over the page instead of
    /// an array of all its blocks): lines joined into paragraphs where a line was hard-wrapped
    /// (no sentence end, and the next line continues in lowercase); a blank line always ends a
    /// paragraph. A joined paragraph's folded form goes past the page in its first line's
    /// `FoldedLines`, and its cues are asked again.
    struct BlockReader {
        mutating func next(_ normalizer: TextDumpNormalizer, _ feed: TextDumpLineFeed) -> Block? {
            while let line = feed.peek(), line.blank { _ = feed.take() }
            guard let first = feed.take() else { return nil }
            var block = Block(text: first.text, store: first.store, folded: first.folded, cues: first.cues, bullet: first.bullet,
                              underBullet: first.underBullet, words: first.words, endsSentence: first.endsSentence)
            var joined = false
            while let line = feed.peek(), !line.blank, !block.bullet, !line.bullet,
                  !line.underBullet, !block.endsSentence, TextDumpNormalizer.startsLowercase(line.text) {
                block.text += " " + line.text
                block.folded = block.store.join(block.folded, line.folded, of: line.store)
                block.words += line.words
                block.endsSentence = line.endsSentence
                joined = true
                _ = feed.take()
            }
            if joined { block.cues = block.store.withBytes(block.folded) { normalizer.cues(of: $0) } }
            return block
        }
    }
}
