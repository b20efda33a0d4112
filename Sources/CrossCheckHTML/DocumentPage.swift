import CrossCheck

/// `doc-<id>.html` (and `doc-<id>+2.html`, ... for a document with more claims than a page
/// holds): one document's metadata, its body with every claim highlighted, its claims, and what
/// the normalizer dropped as boilerplate. The claims are cut into pages of
/// `ReportLimits.claimsPerPage`, in document order, and each page shows the part of the body
/// its claims are in (cut where a paragraph, else a sentence, starts), so a claim-dense
/// document gives pages of bounded size instead of one page that grows with its claims. When a
/// page's part of the body is longer than `ReportLimits.bodyBytesPerPage` (a long document with
/// few claims), the page shows the first part and the rest follows on text pages of that size
/// (`doc-<id>+<page>-2.html`, ...: text only, cut at a paragraph, line or word break, never inside
/// a claim), so no page grows with the document either; claim rows stay on the page they are
/// numbered for, so links to them need only the claims.
struct DocumentPage {
    let context: ReportContext
    let document: Document

    /// Every page of the document, first to last.
    func render(_ write: (ReportPage) throws -> Void) throws {
        let claims = context.claims(inDocument: document.id)
        let perPage = context.limits.claimsPerPage
        let count = PageNavigation.count(claims.count, perPage: perPage)
        let bytes = Array(document.body.utf8)
        let paragraphs = Self.paragraphs(in: bytes)
        let cuts = Self.cuts(bytes: bytes, paragraphs: paragraphs, claims: claims, perPage: perPage, pages: count)
        let bodyClaims = claims.filter { $0.field == .body }
        let first = context.pageName(forDocument: document.id) ?? DocumentFileNames.candidate(for: document.id)
        var highlightFrom = 0
        let name = { ReportContext.pageName(first, number: $0) }
        for page in 1...count {
            let here = claims[min(claims.count, (page - 1) * perPage)..<min(claims.count, page * perPage)]
            let parts = Self.textParts(cuts[page - 1]..<cuts[page], bytes: bytes, claims: bodyClaims,
                                       budget: context.limits.bodyBytesPerPage)
            let partName = { (part: Int) in part <= 1 ? name(page) : ReportContext.textPartName(first, page: page, part: part) }
            try write(render(page: page, of: count, name: name, body: (bytes, paragraphs, parts[0]), bodyClaims: bodyClaims,
                             highlightFrom: &highlightFrom, claims: here, total: claims.count,
                             parts: (parts.count, partName)))
            for part in parts.indices.dropFirst() {
                try write(renderText(page: page, of: count, part: part + 1, parts: (parts.count, partName),
                                     body: (bytes, paragraphs, parts[part]), bodyClaims: bodyClaims, highlightFrom: &highlightFrom))
            }
        }
    }

    private func render(page: Int, of count: Int, name: (Int) -> String,
                        body: (bytes: [UInt8], paragraphs: [Range<Int>], shown: Range<Int>), bodyClaims: [Claim],
                        highlightFrom: inout Int, claims: ArraySlice<Claim>, total: Int,
                        parts: (count: Int, name: (Int) -> String)) throws -> ReportPage {
        let tree = try HTMLTree(title: (document.title ?? document.id) + (count > 1 ? " (page \(page) of \(count))" : "") + " — " + context.title,
                                stylesheet: ReportStyle.documentCSS)
        let main = addHeader(to: tree)
        addMetadata(to: main)
        PageNavigation.add(page: page, of: count, name: name, to: main)
        addBody(to: main, body, claims: bodyClaims, from: &highlightFrom, isFirst: page == 1)
        if parts.count > 1 {
            let more = main.add("p", [("class", "note")])
            more.append("The text of this page continues on \(parts.count - 1) more \(parts.count == 2 ? "page" : "pages"): ")
            more.add("a", [("href", parts.name(2))], text: "text part 2 of \(parts.count) →")
        }
        addClaims(to: main, claims, total: total)
        addDropped(to: main, page: page, name: name)
        PageNavigation.add(page: page, of: count, name: name, to: main)
        TableScript.add(to: tree.body)
        return ReportPage(name: name(page), html: try tree.serialized())
    }

    /// Part `part` (2 or more) of page `page`'s text: the text alone, with the highlights, between
    /// links to the parts before and after; the claims' rows are on the page's first part.
    private func renderText(page: Int, of count: Int, part: Int, parts: (count: Int, name: (Int) -> String),
                            body: (bytes: [UInt8], paragraphs: [Range<Int>], shown: Range<Int>), bodyClaims: [Claim],
                            highlightFrom: inout Int) throws -> ReportPage {
        let pageLabel = count > 1 ? "page \(page) of \(count), " : ""
        let tree = try HTMLTree(title: (document.title ?? document.id) + " (\(pageLabel)text part \(part) of \(parts.count)) — " + context.title,
                                stylesheet: ReportStyle.documentCSS)
        let main = addHeader(to: tree)
        let back = main.add("p", [("class", "note")])
        back.append("Text part \(part) of \(parts.count) of \(count > 1 ? "page \(page)" : "this document"); its claims are listed on ")
        back.add("a", [("href", parts.name(1) + "#claims")], text: "part 1")
        back.append(".")
        PageNavigation.add(page: part, of: parts.count, name: parts.name, label: "Text part", to: main)
        addBody(to: main, body, claims: bodyClaims, from: &highlightFrom, isFirst: false)
        PageNavigation.add(page: part, of: parts.count, name: parts.name, label: "Text part", to: main)
        TableScript.add(to: tree.body)
        return ReportPage(name: parts.name(part), html: try tree.serialized())
    }

    /// The document's header (back link, story link, heading); returns the page's empty `main`.
    private func addHeader(to tree: borrowing HTMLTree) -> HTMLElement {
        let heading = document.title ?? document.id
        let header = tree.body.add("header")
        let nav = header.add("nav")
        nav.add("a", [("href", IndexPage.name)], text: "← Back to the report")
        if let story = context.storyEntry(ofDocument: document.id) {
            nav.append(" · story: ")
            nav.add("a", [("href", story.pageName)], text: story.label)
        }
        header.add("h1", text: heading)
        return tree.body.add("main")
    }

    /// `shown` cut into parts of at most `budget` bytes (the last may be shorter; a part grows
    /// past it only to take in a claim that would be cut): each cut goes back to the last
    /// paragraph break, else line break, else space, in the second half of the part, then back
    /// to the start of a claim it would fall inside (or past its end, when the claim starts the
    /// part), then forward to a character boundary. `claims` are the body's claims by start.
    static func textParts(_ shown: Range<Int>, bytes: [UInt8], claims: [Claim], budget: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = shown.lowerBound
        while shown.upperBound - start > budget {
            let limit = start + budget, floor = start + budget / 2
            var cut = limit
            if let p = (floor..<limit - 1).last(where: { bytes[$0] == 0x0A && bytes[$0 + 1] == 0x0A }) {
                cut = p + 2
            } else if let p = (floor..<limit).last(where: { bytes[$0] == 0x0A }) {
                cut = p + 1
            } else if let p = (floor..<limit).last(where: { bytes[$0] == 0x20 }) {
                cut = p + 1
            }
            // Claims starting before the cut, latest first, back to the part's start.
            var i = Self.firstClaim(in: claims, startingAtOrAfter: cut) - 1
            while i >= 0, claims[i].start >= start {
                if claims[i].end > cut { cut = claims[i].start > start ? claims[i].start : claims[i].end }
                i -= 1
            }
            while cut < shown.upperBound, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            guard cut > start, cut < shown.upperBound else { break }
            parts.append(start..<cut)
            start = cut
        }
        parts.append(start..<shown.upperBound)
        return parts
    }

    /// Index of the first claim (sorted by start) that starts at or after `offset`.
    static func firstClaim(in claims: [Claim], startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = claims.count
        while low < high {
            let middle = (low + high) / 2
            if claims[middle].start >= offset { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Where each page's text starts, and the body's end after the last: page 1 starts at 0;
    /// page k at the paragraph of its first body claim, else (when an earlier page's claim is
    /// still open there) that claim's sentence, else the claim itself. Never backwards.
    static func cuts(bytes: [UInt8], paragraphs: [Range<Int>], claims: [Claim], perPage: Int, pages: Int) -> [Int] {
        var cuts = [0]
        var openUntil = 0
        var index = 0
        for page in 1..<pages {
            let firstOfPage = page * perPage
            while index < firstOfPage {
                if claims[index].field == .body { openUntil = max(openUntil, min(claims[index].end, bytes.count)) }
                index += 1
            }
            guard let next = claims[firstOfPage...].first(where: { $0.field == .body }) else {
                cuts.append(bytes.count)
                continue
            }
            let start = min(max(0, next.start), bytes.count)
            var cut = start
            let p = firstParagraph(in: paragraphs, endingAfter: start)
            if p < paragraphs.count, paragraphs[p].lowerBound <= start, paragraphs[p].lowerBound >= openUntil {
                cut = paragraphs[p].lowerBound
            } else if (openUntil...start).contains(next.sentenceStart) {
                cut = next.sentenceStart
            }
            while cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            cuts.append(max(cuts[cuts.count - 1], cut))
        }
        cuts.append(bytes.count)
        return cuts
    }

    private func addMetadata(to main: HTMLElement) {
        let section = main.add("section", [("id", "metadata")])
        section.add("h2", text: "Document")
        let list = section.add("dl", [("class", "metadata")])
        let fields: [(String, String?)] = [
            ("Title", document.title), ("Publisher", document.publisher), ("Author", document.author),
            ("Published", document.published), ("Modified", document.modified), ("Language", document.language),
            ("Path", document.path), ("URL", document.url), ("Document id", document.id),
        ]
        for (name, value) in fields {
            list.add("dt", text: name)
            list.add("dd", text: value ?? "—")
        }
    }

    /// The paragraphs (or parts of them) of `body.shown`, with the claims in them highlighted.
    /// `first` carries over from page to page: claims are sorted by start, so each paragraph
    /// looks only at those from the first that may still reach it, and the body costs its
    /// paragraphs plus its claims, not their product.
    private func addBody(to main: HTMLElement, _ body: (bytes: [UInt8], paragraphs: [Range<Int>], shown: Range<Int>),
                         claims: [Claim], from first: inout Int, isFirst: Bool) {
        let section = main.add("section", [("id", "text")])
        section.add("h2", text: "Text")
        let container = section.add("div", [("class", "body-text")])
        let bytes = body.bytes, shown = body.shown
        var p = Self.firstParagraph(in: body.paragraphs, endingAfter: shown.lowerBound)
        while p < body.paragraphs.count, body.paragraphs[p].lowerBound < shown.upperBound {
            let range = max(body.paragraphs[p].lowerBound, shown.lowerBound)..<min(body.paragraphs[p].upperBound, shown.upperBound)
            p += 1
            guard bytes[range].contains(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }) else { continue }
            let text = String(decoding: bytes[range], as: UTF8.self)
            while first < claims.count, claims[first].end <= range.lowerBound { first += 1 }
            var here: [Claim] = []
            var next = first
            while next < claims.count, claims[next].start < range.upperBound {
                if claims[next].end > range.lowerBound { here.append(claims[next]) }
                next += 1
            }
            let spans = here.map {
                Highlight(start: $0.start - range.lowerBound, end: $0.end - range.lowerBound,
                          label: "\($0.rule) — \($0.topic.label)")
            }
            HighlightedTextView.add(SpanHighlighter.pieces(of: text, highlights: spans), to: container.add("p"))
        }
        if container.node.pointee.children == nil {
            container.add("p", [("class", "none")], text: isFirst ? "(empty body)" : "(no text on this page)")
        }
    }

    /// `text` whole when it has at most `limit` bytes, else its first `limit` bytes (back to a
    /// character boundary) and " …".
    static func prefix(_ text: String, bytes limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let bytes = Array(text.utf8)
        var end = limit
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self) + " …"
    }

    /// Index of the first paragraph (sorted, disjoint) that ends after `offset`; `count` if none.
    static func firstParagraph(in paragraphs: [Range<Int>], endingAfter offset: Int) -> Int {
        var low = 0, high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].upperBound > offset { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Byte ranges of the paragraphs: the body split on "\n\n", blank paragraphs left out.
    static func paragraphs(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if bytes[start..<end].contains(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }) {
                ranges.append(start..<end)
            }
        }
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A, bytes[i + 1] == 0x0A {
                close(i)
                i += 2
                start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { close(bytes.count) }
        return ranges
    }

    private func addClaims(to main: HTMLElement, _ claims: ArraySlice<Claim>, total: Int) {
        let section = main.add("section", [("id", "claims"), ("data-filters", "")])
        section.add("h2", text: "Claims in this document ").add("span", [("class", "count")], text: "(\(total))")
        guard !claims.isEmpty else {
            section.add("p", [("class", "none")], text: "None.")
            return
        }
        if claims.count < total {
            section.add("p", [("class", "note")], text: "Claims \(claims.startIndex + 1)–\(claims.endIndex) of \(total) on this page.")
        }
        let context = context
        let table = ClaimTable(context: context, columns: [.topic, .speaker, .stance, .value, .sentence, .verdict],
                               verdict: { context.verdict(of: $0) }, rowIDs: true)
        table.add(to: section, claims: Array(claims))
    }

    /// On the first page (the first `ReportLimits.droppedShown` blocks, each cut to a
    /// sentence's length); the others link to it.
    private func addDropped(to main: HTMLElement, page: Int, name: (Int) -> String) {
        let section = main.add("section", [("id", "dropped")])
        section.add("h2", text: "Dropped as boilerplate ").add("span", [("class", "count")], text: "(\(document.dropped.count))")
        guard !document.dropped.isEmpty else {
            section.add("p", [("class", "none")], text: "none")
            return
        }
        guard page == 1 else {
            section.add("p", [("class", "none")]).add("a", [("href", name(1) + "#dropped")], text: "Listed on page 1.")
            return
        }
        let table = section.add("div", [("class", "table-wrap")]).add("table", [("class", "dropped")])
        let head = table.add("thead").add("tr")
        head.add("th", [("scope", "col")], text: "Text")
        head.add("th", [("scope", "col")], text: "Reason")
        let body = table.add("tbody")
        let shown = context.limits.droppedShown
        for block in document.dropped.prefix(shown) {
            let row = body.add("tr")
            row.add("td", text: Self.prefix(block.text, bytes: ReportLimits.sentenceBytes))
            row.add("td", [("class", "reason")], text: block.reason)
        }
        if document.dropped.count > shown {
            section.add("p", [("class", "none")],
                        text: "… and \(document.dropped.count - shown) more, listed with the document in documents.jsonl.")
        }
    }
}
