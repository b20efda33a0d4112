import Foundation

/// Normalizes an HTML page that the markup parser has turned into a `ParsedPage`.
///
/// Reads: the page's text blocks with their ancestry, link text and `<time>` elements, its
/// metadata (through `HTMLMetadataReader`) and JSON-LD `articleBody`, and the rule lexicons
/// (section markers, cue words, class/id hints, stop words). Adds: a `Document` whose body is
/// the article's paragraphs and headings, and `dropped` with every other block and its reason.
///
/// How: every block is measured (words, stop words, sentence punctuation, link density);
/// `MainContentLocator` picks the element that holds the article's prose (or the blocks the
/// JSON-LD `articleBody` contains); then each block is kept or dropped: outside the article,
/// under furniture (`<nav>`, `<footer>`, `<aside>`, `<figure>`, or a class/id hint such as
/// "related", "comment", "share" on an element inside the article), captions, bylines, link
/// lists, "Read more:" lines, credits and contact lines, sections after a marker ("Most Read";
/// readers' comments after the article run to its end), short labels, and headings with no
/// paragraph under them. The story's lead, set apart before the article's container under a
/// `content-hints` "article lead" class, is kept as its first paragraph. Text in scripts without
/// spaces between words (Chinese, Japanese, Thai) is measured by its letters (`UnspacedScript`).
public struct HTMLNormalizer: Sendable {
    let cues: BoilerplateCues
    let dates: PublicationDateParser
    let hints: ClassHints
    let stopWords: StopWords
    let metadata: HTMLMetadataReader

    static let furnitureTags: [String: String] = [
        "nav": "page furniture (<nav>)", "footer": "page furniture (<footer>)", "aside": "page furniture (<aside>)",
        "form": "page furniture (<form>)", "header": "page header", "figure": "caption", "figcaption": "caption",
        "menu": "page furniture (<menu>)", "dialog": "page furniture (<dialog>)",
    ]
    /// Furniture that carries the article's own dates: bylines, datelines, the article's header.
    static let datedFurniture: Set<String> = [hintReason("byline"), furnitureTags["header"]!]
    static let commentsReason = hintReason("comments")

    /// The reason given for text under a `furniture-hints` entry.
    static func hintReason(_ hint: String) -> String { "page furniture (\(hint))" }
    /// The `content-hints` entries the normalizer acts on.
    static let articleBodyHint = "article body", articleLeadHint = "article lead"
    static let headingTags: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
    static let listOrCellTags: Set<String> = ["li", "td", "th", "dd", "dt", "pre", "blockquote"]
    static let proseTags: Set<String> = ["p", "div", "section", "article", "main", "body", "blockquote", "pre", "dd", "li", "td", "center", "font", "span"]

    public init(lexicons: [String: Lexicon]) {
        self.cues = BoilerplateCues(lexicons: lexicons)
        self.dates = PublicationDateParser(lexicons: lexicons)
        self.hints = ClassHints(lexicons: lexicons)
        self.stopWords = StopWords(lexicons: lexicons)
        self.metadata = HTMLMetadataReader(dates: dates, cues: cues, roles: AuthorRoles(lexicons: lexicons), hints: hints)
    }

    /// What the normalizer measures of a block, once per block.
    struct Features {
        var bytes: Int
        var linkBytes: Int
        var words: Int
        var stopWords: Int
        var punctuation: Int
        var endsSentence: Bool
        /// Most of the text is in a script without spaces between words (`UnspacedScript`).
        var unspaced = false
        /// Bytes of non-link text when the block reads like an article paragraph (furniture aside); else 0.
        var proseWeight = 0
        var linkDensity: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }
        var stopRatio: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }
        /// Sentence punctuation, or a long link-free block in a script that writes none (Thai, Lao, Khmer).
        var punctuated: Bool { endsSentence || punctuation >= 2 || (unspaced && words >= 20 && linkBytes == 0) }
        /// Enough stop words for prose, when the language's stop words are known and apply.
        func readsLikeProse(stopWordsKnown: Bool, minimum: Double) -> Bool {
            !stopWordsKnown || unspaced || stopRatio >= minimum
        }
    }

    public func normalize(_ page: ParsedPage, input: InputFile) -> Document {
        let ld = JSONLDArticle(page.jsonLD)
        let blocks = Self.cleanedBlocks(page.blocks)
        let (furniture, content) = AncestryHints.resolve(blocks, furnitureReason, hints.content)
        let features = blocks.map(measure)

        // Weights: prose outside furniture; the JSON-LD articleBody decides when it matches.
        var weights = blocks.indices.map { furniture.hits[$0].isEmpty ? features[$0].proseWeight : 0 }
        // Readers' comments are never the article's own wrapper: they weigh nothing either way
        // (a long comment thread would otherwise outweigh the post it follows).
        let raw = blocks.indices.map { i in furniture.hits[i].contains { $0.reason == Self.commentsReason } ? 0 : features[i].proseWeight }
        if weights.reduce(0, +) * 10 < raw.reduce(0, +) * 3 { weights = raw }  // hints on the article's own wrappers
        for i in blocks.indices where content.hits[i].contains(where: { $0.reason == Self.articleBodyHint }) { weights[i] *= 2 }
        let body = ld.articleBody.map { Self.collapse(TextCleanup.clean(Self.decodeEntities($0))) }
        var inBody = [Bool](repeating: false, count: blocks.count)
        if let body, body.utf8.count >= 200 {
            var matched = 0
            for (i, block) in blocks.enumerated() where features[i].words >= 6 && body.contains(block.text) {
                inBody[i] = true
                matched += block.text.utf8.count
            }
            if matched * 3 >= body.utf8.count { weights = blocks.indices.map { inBody[$0] ? blocks[$0].text.utf8.count : 0 } }
        }
        let region = MainContentLocator.locate(blocks, weights: weights)
        // Dates are the article's when they are not furniture and do not come after the article.
        let firstInRegion = region.flatMap { r in blocks.firstIndex { $0.ancestorIDs.contains(r.id) } } ?? 0
        let lastInRegion = region.flatMap { r in blocks.lastIndex { $0.ancestorIDs.contains(r.id) } } ?? blocks.count
        // A `<time>` counts the block that follows it, so one after the last block has none.
        let meta = metadata.read(page, ld: ld, input: input) { i in
            i <= lastInRegion && (i >= blocks.count || furniture.hits[i].allSatisfy { Self.datedFurniture.contains($0.reason) })
        }

        var kept: [(text: String, heading: Bool)] = []
        var dropped: [DroppedBlock] = []
        if let note = input.encodingNote { dropped.append(DroppedBlock(text: "(input encoding)", reason: "note: \(note)")) }
        if input.controlBytes > 0 { dropped.append(InputDecoder.controlBytesNote(input.controlBytes)) }
        var section: String?
        /// The section is readers' comments (or the like) after article text: it runs to the end.
        var sectionClosesArticle = false
        var seen: Set<String> = []
        seen.reserveCapacity(blocks.count)  // no rehashing as kept paragraphs come in
        for (i, block) in blocks.enumerated() where !block.text.isEmpty {
            let f = features[i]
            func drop(_ reason: String) { dropped.append(DroppedBlock(text: block.text, reason: reason)) }
            if block.tag == "h1" { drop("title"); continue }
            if let region, !block.ancestorIDs.contains(region.id) {
                // The story's lead, set apart before the article: its first paragraph.
                if kept.isEmpty, f.words >= 10, f.punctuated, furniture.hits[i].isEmpty,
                   i < firstInRegion, content.hits[i].contains(where: { $0.reason == Self.articleLeadHint }) {
                    seen.insert(block.text)
                    kept.append((block.text, false))
                    continue
                }
                let specific = Self.furniture(furniture.hits[i], below: 1) ?? boilerplateReason(block, f)
                drop(specific.map { "outside the article: \($0)" } ?? "outside the article")
                continue
            }
            if let reason = Self.furniture(furniture.hits[i], below: region?.depth ?? 1) { drop(reason); continue }
            if f.words <= 6, let marker = cues.sectionMarker(block.text) {
                section = marker
                sectionClosesArticle = cues.closingMarkers.contains(marker) && !kept.isEmpty
                drop("section heading: \(marker)")
                continue
            }
            if let reason = boilerplateReason(block, f) { drop(reason); continue }
            let paragraph = f.endsSentence || (f.words >= 12 && f.punctuated && f.readsLikeProse(stopWordsKnown: !stopWords.isEmpty, minimum: 0.2))
            if let current = section {
                if paragraph && f.words >= TextDumpNormalizer.resumeWords && weights[i] > 0 && !sectionClosesArticle {
                    section = nil
                } else {
                    drop("section: \(current)")
                    continue
                }
            }
            if Self.headingTags.contains(block.tag) {
                if f.words <= 20 { kept.append((block.text, true)) } else { drop("long heading (teaser)") }
                continue
            }
            let listOrCell = Self.listOrCellTags.contains(block.tag)
            if paragraph || inBody[i] || (listOrCell && f.words >= 3 && f.linkBytes == 0) {
                guard seen.insert(block.text).inserted else { drop("repeated text"); continue }
                kept.append((block.text, false))
            } else {
                drop(f.words <= 12 ? "short line (label, link or teaser)" : "text without sentence punctuation")
            }
        }
        // A heading needs a paragraph under it.
        var body2: [String] = []
        for (index, item) in kept.enumerated() {
            if item.heading, index + 1 >= kept.count || kept[index + 1].heading {
                dropped.append(DroppedBlock(text: item.text, reason: "heading with no paragraph under it"))
            } else {
                body2.append(item.text)
            }
        }
        // A short label that introduces nothing ("See more photos:") ends no article.
        while let last = body2.last, last.hasSuffix(":"), last.split(separator: " ").count <= 8 {
            dropped.append(DroppedBlock(text: last, reason: "label with nothing after it"))
            body2.removeLast()
        }
        // The page's own markup lost the article (or hid it for scripts): fall back to articleBody.
        if let bodyText = ld.articleBody, bodyText.utf8.count >= 300, body2.joined().utf8.count * 2 < bodyText.utf8.count {
            let paragraphs = Self.decodeEntities(bodyText).components(separatedBy: "\n")
                .map { Self.collapse(TextCleanup.clean($0)) }.filter { !$0.isEmpty }
            for text in body2 { dropped.append(DroppedBlock(text: text, reason: "replaced by the page's JSON-LD articleBody")) }
            body2 = paragraphs
        }
        var document = meta
        document.body = body2.joined(separator: "\n\n")
        document.dropped = dropped
        return document
    }

    /// Captions, link lists, "Read more:" lines, credits, page controls and bylines, by their text.
    func boilerplateReason(_ block: PageBlock, _ f: Features) -> String? {
        if block.tag == "figcaption" || block.tag == "caption" { return "caption" }
        if f.linkBytes * 2 > f.bytes || (block.tag == "li" && f.linkBytes * 3 > f.bytes) {
            return cues.isLinkLine(block.text) ? "link to another article" : "link list"
        }
        // Cue words mark short lines; a long paragraph that mentions "copyright" is still text.
        guard f.words <= 40 else { return nil }
        var folded = BoilerplateCues.fold(block.text)
        if cues.isLinkLine(folded: folded) { return "link to another article" }
        let cue = folded.withUTF8 { cues.captionAndCredit(folded: $0) }
        if cue.caption { return "caption or image credit" }
        if cue.credit || (f.words <= EmailAddress.contactLineWords && EmailAddress.occurs(in: block.text)) {
            return "credit, copyright or contact line"
        }
        if f.words <= 4, cues.isPageControl(folded: folded) { return "page control" }
        if f.words <= 15, isByline(block, f, folded: folded) { return "byline" }
        return nil
    }

    /// The furniture reason of one ancestry label: a furniture tag or a class/id hint.
    func furnitureReason(_ label: String) -> String? {
        let tag = ClassHints.tag(label)
        if tag == "html" || tag == "body" { return nil }
        if let reason = Self.furnitureTags[String(tag)] { return reason }
        if tag.utf8.count == label.utf8.count { return nil }
        return hints.furniture(label).map(Self.hintReason)
    }

    /// The block's features, counted on its UTF-8 bytes (no per-word strings).
    func measure(_ block: PageBlock) -> Features {
        var text = block.text
        var f = text.withUTF8 { bytes -> Features in
            var punctuation = 0
            for b in bytes where b < 0x40 && Self.punctuationBits & (1 << UInt64(b)) != 0 { punctuation += 1 }
            let (words, stop) = stopWords.count(bytes)
            var f = Features(bytes: bytes.count, linkBytes: block.linkTextBytes, words: words, stopWords: stop,
                             punctuation: punctuation, endsSentence: Self.endsSentence(bytes))
            // Chinese, Japanese, Thai ...: words are not spaced, stop words not listed.
            let unspaced = UnspacedScript.count(bytes)
            if unspaced.letters > 0 {
                let estimated = unspaced.letters / UnspacedScript.lettersPerWord
                f.unspaced = estimated > words
                f.words += estimated
                f.punctuation += unspaced.punctuation
                f.endsSentence = f.endsSentence || UnspacedScript.endsSentence(bytes)
            }
            return f
        }
        if Self.proseTags.contains(block.tag), f.words >= 10, f.linkDensity <= 0.33, f.punctuated,
           f.readsLikeProse(stopWordsKnown: !stopWords.isEmpty, minimum: 0.12) {
            f.proseWeight = f.bytes - f.linkBytes
        }
        return f
    }

    /// Sentence punctuation counted by `measure`: `.,;?!`, as bits (all are below 0x40).
    static let punctuationBits: UInt64 = 0x8800_5002_0000_0000

    /// The last character is one of `.!?"”’'…:`.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        switch last {
        case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x3A: return true
        case 0x9D, 0x99, 0xA6:  // ” ’ … are E2 80 9D, E2 80 99, E2 80 A6
            return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
        default: return false
        }
    }

    /// The furniture reason of the first furniture element below the article's own element.
    static func furniture(_ hits: [AncestryHints.Hit], below depth: Int) -> String? {
        hits.first { $0.depth > depth }?.reason
    }

    /// "By Jane Roe", "Published 23 May 2025", "Updated: 23-08-2025 06:18 IST", "5 min read".
    /// `folded` is the block's text through `BoilerplateCues.fold`.
    func isByline(_ block: PageBlock, _ f: Features, folded: String) -> Bool {
        if let label = cues.bylineLabel(folded: folded), ["by", "updated", "published", "created"].contains(label) { return true }
        if TextDumpNormalizer.isReadingTime(folded: folded) { return true }
        if !f.endsSentence, block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), !dates.dates(in: block.text).isEmpty { return true }
        return false
    }

    /// The blocks with their text through `TextCleanup`; the page's own array when nothing changes.
    static func cleanedBlocks(_ blocks: [PageBlock]) -> [PageBlock] {
        var out = blocks
        for i in blocks.indices where TextCleanup.needsCleaning(blocks[i].text) {
            out[i].text = TextCleanup.clean(blocks[i].text)
        }
        return out
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Entities left in metadata and JSON-LD strings (pages often escape them twice).
    static func decodeEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                var scalar: Unicode.Scalar?
                switch name {
                case "amp": scalar = "&"
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "quot": scalar = "\""
                case "apos": scalar = "'"
                case "nbsp": scalar = " "
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                    else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
