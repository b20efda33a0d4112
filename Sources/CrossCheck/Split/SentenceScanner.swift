/// One forward pass over a contiguous UTF-8 buffer that finds sentence boundaries.
///
/// Reads: the bytes `[start, end)` and the compiled `SplitterLexicon`. Adds: half-open byte
/// ranges of sentences, trimmed of surrounding whitespace, handed to a callback in order.
///
/// The hot loop skips bytes through a 256-entry stop table and stops only at `. ? !`, line feeds,
/// the double quote and the lead bytes E2/E3/EF (… ‼ ” 。 U+2029). Each stop is decided from a few
/// bytes of context: the word before the punctuation (abbreviation, initial, number, list marker,
/// address), the closing quotes, brackets, footnote marks and HTML tags after it, the word after it
/// (case, sentence starter, time word, attribution, list marker), and whether it stands inside a
/// quotation or a bracket that goes on (quotations counted from the paragraph's start, carried
/// forward, so the pass stays linear; every other look is bounded in bytes). Line breaks inside a paragraph are decided from the shape of the two lines
/// and of the paragraph (hard-wrapped prose, or one item per line); blank lines always split.
struct SentenceScanner {
    let p: UnsafePointer<UInt8>
    let start: Int
    let end: Int
    let lexicon: SplitterLexicon
    /// 1 for a byte the main loop stops at (`SplitBytes.stopTable`), else 0.
    let stop: UnsafePointer<UInt8>

    /// First non-space byte of the current sentence (>= end when none yet).
    private var sentFirst = 0
    /// Where a list marker of the current sentence starts (after any bullet).
    private var listStart = 0
    /// The next inline list item or bullet of the current sentence's line, where it splits.
    private var pendingSplit = Int.max
    /// "(" and "[" opened and not closed in the current sentence on its current line.
    private var bracketDepth = 0
    private var lineStart = 0
    private var paraStart = 0
    private var stats = ParagraphShape()

    /// Line statistics of a window of a paragraph, to tell hard-wrapped prose from one item per line.
    private struct ParagraphShape {
        var from = 0
        var until = -1
        var maxWidth = 0
        var wrapped = false
    }

    init(p: UnsafePointer<UInt8>, start: Int, end: Int, lexicon: SplitterLexicon, stop: UnsafePointer<UInt8>) {
        self.p = p
        self.start = start
        self.end = end
        self.lexicon = lexicon
        self.stop = stop
    }

    // MARK: - Main loop

    mutating func run(_ body: (Range<Int>) -> Void) {
        startSentence(at: start)
        paraStart = sentFirst
        lineStart = start
        var i = start
        while true {
            let limit = pendingSplit < end ? pendingSplit : end
            // Eight bytes a step while none of them is a stop: one branch per eight bytes, not two
            // per byte (most bytes are letters and spaces); then byte by byte to the stop. (Finding
            // the stop's place from a word of the eight entries instead cost 11% more instructions
            // for fewer mispredicted branches: no gain to measure.)
            while i &+ 8 <= limit {
                let s = stop[Int(p[i])] | stop[Int(p[i &+ 1])] | stop[Int(p[i &+ 2])] | stop[Int(p[i &+ 3])]
                    | stop[Int(p[i &+ 4])] | stop[Int(p[i &+ 5])] | stop[Int(p[i &+ 6])] | stop[Int(p[i &+ 7])]
                if s != 0 { break }
                i &+= 8
            }
            while i < limit && stop[Int(p[i])] == 0 { i &+= 1 }
            if i >= pendingSplit && pendingSplit < end {
                let at = pendingSplit
                emit(sentFirst, at, body)
                startSentence(at: at)
                if i < at { i = at }
                continue
            }
            if i >= end { break }
            let b = p[i]
            if b == 0x0A {
                i = newline(at: i, body)
                continue
            }
            if b == 0x28 || b == 0x5B {
                bracketDepth &+= 1
                i &+= 1
                continue
            }
            if b == 0x29 || b == 0x5D {
                if bracketDepth > 0 { bracketDepth &-= 1 }
                i &+= 1
                continue
            }
            // A straight double quote is no terminal and no separator: only the quotation test.
            if b == 0x22 {
                if let after = interruptedQuotation(at: i) {
                    i = boundary(after, body)
                } else {
                    i &+= 1
                }
                continue
            }
            let (kind, _) = SplitBytes.terminal(p, i, end)
            if kind != .none {
                i = terminal(at: i, body)
                continue
            }
            if SplitBytes.isParagraphSeparator(p, i, end) {
                emit(sentFirst, i, body)
                i += 3
                startSentence(at: i)
                paraStart = sentFirst
                lineStart = i
                continue
            }
            if let after = interruptedQuotation(at: i) {
                i = boundary(after, body)
                continue
            }
            i &+= 1
        }
        emit(sentFirst, end, body)
    }

    /// Calls `body` with `[s, e)` trimmed of trailing whitespace, if anything is left.
    @inline(__always)
    private func emit(_ s: Int, _ e: Int, _ body: (Range<Int>) -> Void) {
        var e = e
        while e > s {
            let w = SplitBytes.whitespaceBefore(p, e, s)
            if w == 0 { break }
            e -= w
        }
        if e > s { body(s..<e) }
    }

    /// Starts a sentence at `s`: skips whitespace, notes a leading bullet or list marker, and
    /// looks ahead on the same line for the next item of an inline list.
    private mutating func startSentence(at s: Int) {
        var f = s
        while f < end {
            let w = SplitBytes.whitespace(p, f, end)
            if w == 0 { break }
            f += w
        }
        sentFirst = f
        listStart = f
        pendingSplit = Int.max
        bracketDepth = 0
        guard f < end else { return }
        let bw = SplitBytes.bullet(p, f, end)
        if bw > 0 {
            // Only true bullet signs separate items on one line; - * + – — are also dashes.
            let inline = p[f] >= 0x80 && !(bw == 3 && p[f + 1] == 0x80 && (p[f + 2] == 0x93 || p[f + 2] == 0x94))
            var g = f + bw
            while g < end {
                let w = SplitBytes.horizontalSpace(p, g, end)
                if w == 0 { break }
                g += w
            }
            listStart = g
            if inline, let next = findOnLine(bulletAt: f, width: bw, from: g) {
                pendingSplit = next
                return
            }
        }
        if let marker = listMarker(at: listStart), let next = nextListItem(after: marker) {
            pendingSplit = next
        }
    }

    // MARK: - Line breaks

    /// Handles the line feed at `i`; returns where to continue.
    private mutating func newline(at i: Int, _ body: (Range<Int>) -> Void) -> Int {
        var j = i + 1
        while j < end {
            let w = SplitBytes.horizontalSpace(p, j, end)
            if w == 0 { break }
            j += w
        }
        if j < end && SplitBytes.lineBreak(p, j, end) > 0 {
            emit(sentFirst, i, body)
            startSentence(at: j)
            paraStart = sentFirst
            lineStart = sentFirst
            return sentFirst
        }
        let previousLineStart = lineStart
        lineStart = i + 1
        bracketDepth = 0
        if i < sentFirst || j >= end { return i + 1 }
        if lineBreakEndsSentence(at: i, previousLineStart: previousLineStart, next: j) {
            emit(sentFirst, i, body)
            startSentence(at: i + 1)
        }
        return i + 1
    }

    /// Whether a single line break ends the sentence. `next` is the first non-space byte after it.
    private mutating func lineBreakEndsSentence(at i: Int, previousLineStart: Int, next j: Int) -> Bool {
        var e = i
        while e > previousLineStart {
            let w = SplitBytes.whitespaceBefore(p, e, previousLineStart)
            if w == 0 { break }
            e -= w
        }
        if e <= sentFirst { return false }
        // A bullet or a numbered item on the next line starts a new sentence.
        if SplitBytes.bullet(p, j, end) > 0 || listMarker(at: j) != nil { return true }
        // Ends in terminal punctuation (maybe inside quotes): the punctuation already decided.
        var z = e
        while z > previousLineStart {
            let b = p[z - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { z -= 1; continue }
            if z - 3 >= previousLineStart && p[z - 3] == 0xE2 && p[z - 2] == 0x80 && (b == 0x9D || b == 0x99) { z -= 3; continue }
            if z - 2 >= previousLineStart && p[z - 2] == 0xC2 && b == 0xBB { z -= 2; continue }
            break
        }
        if z > previousLineStart {
            let b = p[z - 1]
            if b == 0x2E || b == 0x3F || b == 0x21 { return false }
            if z - 3 >= previousLineStart, SplitBytes.terminal(p, z - 3, end).0 != .none { return false }
        }
        // A line ending in a comma, colon, hyphen, dash or open bracket continues.
        let last = p[e - 1]
        switch last {
        case 0x2C, 0x3B, 0x3A, 0x2D, 0x28, 0x2F, 0x26, 0x2B, 0x3D: return false
        default: break
        }
        if e - 3 >= previousLineStart && p[e - 3] == 0xE2 && p[e - 2] == 0x80 && (last == 0x93 || last == 0x94) {
            return false
        }
        var k = j
        while k < end {
            let w = SplitBytes.opener(p, k, end)
            if w == 0 { break }
            k += w
        }
        guard k < end else { return true }
        // "400 yd\n( 365.8 m ).": after a lowercase word, an aside in brackets that is no list
        // marker ("(1)", "(a)") goes on; after a capitalized one ("Trophy\n(6 in)") the line is a title.
        var lw = e
        while lw > previousLineStart && SplitBytes.isLetter(p[lw - 1]) { lw -= 1 }
        if p[j] == 0x28, lw < e, SplitBytes.isLower(p[lw]) {
            var x = k
            while x < end, SplitBytes.horizontalSpace(p, x, end) > 0 { x += 1 }
            if x < end, SplitBytes.letterCase(p, x, end) == .lower || SplitBytes.isDigit(p[x]) {
                var y = x
                while y < end && SplitBytes.isAlnum(p[y]) { y += 1 }
                if y < end && p[y] != 0x29 { return false }
            }
        }
        var a = previousLineStart
        while a < e {
            let w = SplitBytes.whitespace(p, a, end)
            if w == 0 { break }
            a += w
        }
        let nextCase = SplitBytes.letterCase(p, k, end)
        if nextCase == .lower && !isBrandName(k) {
            // Hard-wrapped prose, unless both lines start in lowercase: a list of lowercase items.
            var fa = a
            while fa < e {
                let w = SplitBytes.opener(p, fa, end)
                if w == 0 { break }
                fa += w
            }
            guard SplitBytes.letterCase(p, fa, end) == .lower else { return false }
            let shape = paragraphShape(at: i)
            return shape.wrapped ? !lineIsFull(from: a, to: e, next: j, width: shape.maxWidth) : true
        }
        let shape = paragraphShape(at: i)
        if shape.wrapped { return !lineIsFull(from: a, to: e, next: j, width: shape.maxWidth) }
        return true
    }

    /// Whether the line `[a, e)` was broken because the next word did not fit the paragraph width.
    /// Hard-wrappers differ (greedy or not, width 72 or 80), so a line counts as broken early
    /// only when it is clearly short: under 70% of the widest line, and the next word would fit.
    private func lineIsFull(from a: Int, to e: Int, next j: Int, width: Int) -> Bool {
        let w = SplitBytes.scalarCount(p, a, e)
        if w * 10 >= width * 7 { return true }
        var k = j
        while k < end && SplitBytes.whitespace(p, k, end) == 0 { k += 1 }
        let f = SplitBytes.scalarCount(p, j, k)
        return w + 1 + f > width
    }

    /// The shape of the paragraph around the line feed at `i` (windows of up to 256 lines).
    private mutating func paragraphShape(at i: Int) -> ParagraphShape {
        if i >= stats.from && i < stats.until { return stats }
        var from = (stats.until > paraStart && stats.until <= i) ? stats.until : paraStart
        while true {
            measure(from: from)
            if i < stats.until || stats.until > end { break }
            from = stats.until
        }
        return stats
    }

    private mutating func measure(from: Int) {
        let capacity = 256
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { widths in
            var x = from
            var lines = 0
            var maxWidth = 0
            var until = from
            while x < end && lines < capacity {
                var e = x
                while e < end && p[e] != 0x0A { e += 1 }
                var a = x
                while a < e {
                    let w = SplitBytes.whitespace(p, a, end)
                    if w == 0 { break }
                    a += w
                }
                var z = e
                while z > a {
                    let w = SplitBytes.whitespaceBefore(p, z, a)
                    if w == 0 { break }
                    z -= w
                }
                let width = SplitBytes.scalarCount(p, a, z)
                if width == 0 { break }
                widths[lines] = Int32(width)
                lines += 1
                if width > maxWidth { maxWidth = width }
                x = e + 1
                until = x
            }
            if x >= end { until = end + 1 }
            var wrapped = false
            if lines >= 3 && maxWidth >= 30 && maxWidth <= 150 {
                var near = 0
                for k in 0..<(lines - 1) where Int(widths[k]) * 10 >= maxWidth * 7 { near += 1 }
                wrapped = near * 4 >= (lines - 1) * 3
            }
            stats = ParagraphShape(from: from, until: max(until, from + 1), maxWidth: maxWidth, wrapped: wrapped)
        }
    }

    // MARK: - Terminal punctuation

    /// Handles the terminal punctuation starting at `i`; returns where to continue.
    private mutating func terminal(at i: Int, _ body: (Range<Int>) -> Void) -> Int {
        var q = i
        var dots = 0
        var questionOrExclamation = false
        var ellipsis = false
        var ideographic = false
        var spaced = false
        scan: while q < end {
            let (t, w) = SplitBytes.terminal(p, q, end)
            switch t {
            case .period: dots += 1
            case .questionOrExclamation: questionOrExclamation = true
            case .ellipsis: ellipsis = true
            case .ideographic: ideographic = true
            case .none:
                // ". . ." spaced ellipsis
                if dots > 0 && p[q] == 0x20 && q + 1 < end && p[q + 1] == 0x2E
                    && (q + 2 >= end || p[q + 2] == 0x20 || p[q + 2] == 0x2E || p[q + 2] == 0x0A
                        || SplitBytes.closer(p, q + 2, end).width > 0) {
                    spaced = true
                    q += 1
                    continue scan
                }
                break scan
            }
            q += w
        }
        if dots >= 2 { ellipsis = true }
        var r = q
        var closed = false
        var quoted = false
        while r < end {
            var c = SplitBytes.closer(p, r, end)
            if c.width == 0 {
                // An HTML closing tag left in the text is transparent: "Yes.</em> <em>It is".
                let tag = SplitBytes.htmlTag(p, r, end, closing: true)
                if tag > 0 {
                    r += tag
                    continue
                }
                // French spacing before a closing guillemet: "partons. »"
                let w = SplitBytes.horizontalSpace(p, r, end)
                guard w > 0, r + w + 1 < end, p[r + w] == 0xC2, p[r + w + 1] == 0xBB else { break }
                c = (w + 2, true)
            }
            closed = true
            if c.quote { quoted = true } else if c.width == 1 && bracketDepth > 0 { bracketDepth -= 1 }
            r += c.width
        }
        // Footnote marks after the stop: "end.[3] Next", "end.[12][13] Next", "end.[a] Next",
        // "end.[citation needed] Next", superscript digits "end.³ Next".
        while r < end {
            let w = footnoteMark(at: r)
            if w == 0 { break }
            r += w
            closed = true
        }
        if ideographic {
            return boundary(r, body)
        }
        if r >= end { return end }
        if SplitBytes.whitespace(p, r, end) == 0 {
            if !ellipsis && !closed && !questionOrExclamation && dots == 1 && gluedSentence(period: i) {
                return boundary(q, body)
            }
            if !ellipsis && dots == 1, let e = footnoteNumbers(after: r, period: i) {
                return boundary(e, body)
            }
            // HTML left in the text: a tag or a no-break space entity stands for the space
            // ("old.<br>It was", "old.&nbsp;It was").
            var n = r
            if SplitBytes.htmlTag(p, r, end, closing: false) > 0 {
                n = r
            } else if r + 6 <= end, p[r] == 0x26, p[r + 1] == 0x6E, p[r + 2] == 0x62, p[r + 3] == 0x73, p[r + 4] == 0x70, p[r + 5] == 0x3B {
                n = r + 6
                while n < end, SplitBytes.horizontalSpace(p, n, end) > 0 { n += 1 }
            } else {
                return r
            }
            guard n < end else { return r }
            let ends = decide(period: i, next: n, ellipsis: ellipsis, spaced: spaced, dots: dots,
                              questionOrExclamation: questionOrExclamation, quoted: quoted)
            return ends ? boundary(r, body) : r
        }
        var n = r
        var breaks = 0
        var paragraph = false
        while n < end {
            let w = SplitBytes.whitespace(p, n, end)
            if w == 0 { break }
            if SplitBytes.lineBreak(p, n, end) > 0 {
                breaks += 1
                if breaks >= 2 || SplitBytes.isParagraphSeparator(p, n, end) { paragraph = true }
            }
            n += w
        }
        if paragraph || n >= end { return boundary(r, body) }
        let ends = decide(period: i, next: n, ellipsis: ellipsis, spaced: spaced, dots: dots,
                          questionOrExclamation: questionOrExclamation, quoted: quoted)
        return ends ? boundary(r, body) : r
    }

    @inline(__always)
    private mutating func boundary(_ r: Int, _ body: (Range<Int>) -> Void) -> Int {
        emit(sentFirst, r, body)
        startSentence(at: r)
        return r
    }

    /// Whether the punctuation at `i` (whose run ended, after closers, before whitespace and the
    /// word at `n`) ends the sentence.
    private mutating func decide(period i: Int, next n: Int, ellipsis: Bool, spaced: Bool, dots: Int,
                                 questionOrExclamation: Bool, quoted: Bool) -> Bool {
        var k = n
        var opened = false
        var openedQuote = false
        var openedBracket = false
        while k < end {
            let w = SplitBytes.opener(p, k, end)
            if w == 0 {
                // An HTML opening tag left in the text is transparent too.
                let tag = SplitBytes.htmlTag(p, k, end, closing: false)
                if tag == 0 { break }
                k += tag
                continue
            }
            let b = p[k]
            let bracket = b == 0x28 || b == 0x5B || b == 0x7B || b == 0xEF
            // A quotation inside a parenthesis ("Inc. (“Harbour”)") is the parenthesis'.
            if !opened { openedBracket = bracket }
            if !bracket && !openedBracket { openedQuote = true }
            opened = true
            k += w
        }
        guard k < end else { return true }
        let next = SplitBytes.letterCase(p, k, end)
        // Inside a parenthesis or bracket that closes later on the line: "[16: firma? 13:28]".
        if bracketGoesOn(stop: i, next: n) { return false }
        // An inline list starts after the stop: "... Smith. a. here it is b. another".
        if !opened, next != .upper, let marker = listMarker(at: k), nextListItem(after: marker) != nil { return true }

        if ellipsis {
            if i > start && (p[i - 1] == 0x5B || p[i - 1] == 0x28) { return false }   // [...] (...)
            if spaced && i > start && SplitBytes.whitespaceBefore(p, i, start) > 0 && dots < 4 { return false }
            return next == .upper || (opened && next != .lower)
        }
        if questionOrExclamation {
            if next == .lower { return false }
            // "-- voila! -- it was": an aside between dashes goes on.
            if !opened, SplitBytes.dashWidth(p, k, end) > 0 || spacedHyphen(at: k, after: i) { return false }
            // “Stop! Stop!” and ran: inside a quotation that the sentence goes on after.
            if !quoted, next == .upper, quotationGoesOn(from: i) { return false }
            if quoted && attributionFollows(k) { return false }
            // "'... off the top of the house!' (Which was very likely true.)": a bracketed aside
            // right after a quoted exclamation or question is the narrator's, and stays with it.
            if quoted && openedBracket { return false }
            return true
        }

        // A period: look at the word before it.
        var t = i
        let floor = max(start, sentFirst, i - 64)
        while t > floor && SplitBytes.whitespaceBefore(p, t, floor) == 0 { t -= 1 }
        if t == sentFirst && listStart > sentFirst && listStart < i { t = listStart }
        while t < i {
            let w = SplitBytes.opener(p, t, end)
            if w == 0 { break }
            t += w
        }
        if t >= i { return next == .upper || next == .digit || opened }
        if t == listStart && isListMarkerToken(t, i) { return false }
        let last = p[i - 1]
        if SplitBytes.isDigit(last) { return next != .lower }

        if !looksLikeAddress(t, i) {
            var kind = lexicon.abbreviation(p, t, i)
            if kind == nil && SplitBytes.isDigit(p[t]) {
                var u = t
                while u < i && SplitBytes.isDigit(p[u]) { u += 1 }
                if lexicon.abbreviation(p, u, i) == .time { kind = .time }
            }
            if kind == nil && isMultiPeriodAbbreviation(t, i) { kind = .ending }
            if kind == nil && i - t == 1 && SplitBytes.isLetter(p[t]) {
                // An initial (J. R. R. Tolkien, S. Korea) or a single letter (Plan B., you and I.).
                guard next == .upper else { return false }
                let we = wordEnd(k)
                return we - k > 1 && isStarter(k, we)
            }
            if let kind {
                switch kind {
                case .inline:
                    return false
                case .title:
                    // "Downing St. He said": after a capitalized word or a number it is a street.
                    guard next == .upper, t > sentFirst, isStarter(k, wordEnd(k)) else { return false }
                    var u = t
                    while u > sentFirst && SplitBytes.whitespaceBefore(p, u, sentFirst) > 0 { u -= 1 }
                    var w = u
                    while w > sentFirst && SplitBytes.isAlnum(p[w - 1]) { w -= 1 }
                    return w < u && (SplitBytes.isUpper(p[w]) || SplitBytes.isDigit(p[w]))
                case .number:
                    if next == .digit { return false }
                case .time:
                    if next == .lower || next == .digit { return false }
                    if next == .upper {
                        let we = wordEnd(k)
                        if let key = SplitKey(p, k, we), lexicon.timeWords.contains(key) { return false }
                        return !sentenceIsShort(before: t)
                    }
                    return openedQuote
                case .ending:
                    if next == .lower || next == .digit { return false }
                    if openedQuote { return next == .upper }
                    if opened { return false }
                    if next == .upper { return isStarter(k, wordEnd(k)) }
                    return false
                }
            }
        }
        switch next {
        case .upper, .digit, .other: return true
        case .lower: return opened || isBrandName(k)
        }
    }

    /// Whether `i` is inside a double quotation opened in this sentence, whose closing quote
    /// (on the same line, within 160 bytes) comes right after a "!" or "?" and is followed by a
    /// lowercase word or a comma: the exclamations are quoted inside one sentence.
    private mutating func quotationGoesOn(from i: Int) -> Bool {
        // Which quotations are open at `i`, counted from the paragraph's start (a sentence may
        // start inside a quotation), carried forward from the last call.
        if quoteState.at < paraStart || quoteState.at > i { quoteState = QuoteState(at: paraStart) }
        var double = quoteState.double
        var single = quoteState.single
        var u = quoteState.at
        while u < i {
            let b = p[u]
            if b == 0x22 {
                double.toggle()
            } else if b == 0x27 || b == 0x60 {
                if singleQuoteOpens(at: u, width: 1) { single = true } else if b == 0x27, singleQuoteCloses(at: u, width: 1) { single = false }
            } else if b == 0xE2, u + 2 < i, p[u + 1] == 0x80 {
                switch p[u + 2] {
                case 0x9C: double = true
                case 0x9D: double = false
                case 0x98: single = true
                case 0x99: if singleQuoteCloses(at: u, width: 3) { single = false }
                default: break
                }
            } else if b == 0x0A {
                double = false   // a quotation is not carried across lines
                single = false
            }
            u += 1
        }
        quoteState = QuoteState(at: i, double: double, single: single)
        guard double || single else { return false }
        // The quotation must end in "!" or "?" too, soon and on the same line: a run of
        // exclamations or questions is one sentence ("Oh dear! Oh dear! I shall be too late!" But ...).
        var v = i + 1
        let limit = min(end, i + Self.quotationLookahead)
        while v < limit, p[v] != 0x0A {
            var w = 0
            let b = p[v]
            if double {
                if b == 0x22 { w = 1 } else if b == 0xE2, v + 2 < end, p[v + 1] == 0x80, p[v + 2] == 0x9D { w = 3 }
            } else if b == 0x27, singleQuoteCloses(at: v, width: 1) {
                w = 1
            } else if b == 0xE2, v + 2 < end, p[v + 1] == 0x80, p[v + 2] == 0x99, singleQuoteCloses(at: v, width: 3) {
                w = 3
            }
            if w > 0 { return p[v - 1] == 0x21 || p[v - 1] == 0x3F }
            v += 1
        }
        return false
    }

    /// A single quote at `u` (`'`, `` ` `` or ‘) that opens a quotation: at the start of a word,
    /// after a space, a bracket or a double quote, and before a word ("'Well!'", not "dogs' ").
    private func singleQuoteOpens(at u: Int, width: Int) -> Bool {
        guard u + width < end, SplitBytes.whitespace(p, u + width, end) == 0 else { return false }
        if u == start { return true }
        let before = p[u - 1]
        return before == 0x20 || before == 0x0A || before == 0x09 || before == 0x28 || before == 0x5B || before == 0x22
            || (u >= 3 && p[u - 3] == 0xE2 && p[u - 2] == 0x80 && before == 0x9C)
    }

    /// A single quote at `u` (`'` or ’) that closes a quotation: after a word or punctuation and
    /// not before a letter ("house!' (Which", not "they'll" or "dragon’s").
    private func singleQuoteCloses(at u: Int, width: Int) -> Bool {
        guard u > start, SplitBytes.whitespaceBefore(p, u, start) == 0 else { return false }
        let after = u + width
        return after >= end || !(SplitBytes.isLetter(p[after]) || p[after] >= 0xC3 && SplitBytes.whitespace(p, after, end) == 0)
    }

    /// A hyphen standing for a dash at `k`, with a space after it and only spaces (no line break)
    /// since the stop at `i`, that closes an aside opened by a spaced hyphen in the 48 bytes before
    /// the stop: "the box - voila! - it was" (not "Wow! - That was close").
    private func spacedHyphen(at k: Int, after i: Int) -> Bool {
        guard p[k] == 0x2D, k + 1 < end, p[k + 1] == 0x20 else { return false }
        var u = i + 1
        while u < k {
            if SplitBytes.lineBreak(p, u, end) > 0 { return false }
            u += 1
        }
        var v = i - 1
        let floor = max(sentFirst, lineStart, i - 48)
        while v - 1 >= floor {
            if p[v] == 0x20 && p[v - 1] == 0x2D && v - 2 >= floor && p[v - 2] == 0x20 { return true }
            v -= 1
        }
        return false
    }

    /// The width of a footnote mark at `r` right after a stop (0 if none): a bracket holding at
    /// most 24 bytes of letters, digits and spaces ("[3]", "[a]", "[citation needed]"), or a run of
    /// superscript digits (¹ ² ³ ⁰–⁹).
    private func footnoteMark(at r: Int) -> Int {
        if p[r] == 0x5B {
            var u = r + 1
            while u < end && u - r <= 25 {
                let b = p[u]
                if b == 0x5D { return u > r + 1 && p[r + 1] != 0x20 ? u + 1 - r : 0 }
                guard SplitBytes.isAlnum(b) || b == 0x20 else { return 0 }
                u += 1
            }
            return 0
        }
        var u = r
        while u + 1 < end {
            if p[u] == 0xC2, p[u + 1] == 0xB9 || p[u + 1] == 0xB2 || p[u + 1] == 0xB3 { u += 2; continue }
            if u + 2 < end, p[u] == 0xE2, p[u + 1] == 0x81, p[u + 2] >= 0xB0 && p[u + 2] <= 0xB9 { u += 3; continue }
            break
        }
        return u - r
    }

    /// Whether the stop at `i` (the next word at `n`) stands inside a "(" or "[" opened on its line
    /// in this sentence (`bracketDepth`, kept by the main loop) and not closed right after the
    /// stop, that closes later on the same line within `bracketLookahead` bytes: "[16: firma? 13:28]".
    private func bracketGoesOn(stop i: Int, next n: Int) -> Bool {
        guard bracketDepth > 0 else { return false }
        var v = n
        let limit = min(end, i + Self.bracketLookahead)
        while v < limit {
            let b = p[v]
            if b == 0x0A || b == 0x28 || b == 0x5B { return false }
            if b == 0x29 || b == 0x5D { return true }
            v += 1
        }
        return false
    }

    /// Footnote numbers glued to a stop: "a consultation.11 12 Take", "(type 2).10 This". The
    /// period at `i` follows a lowercase word that is no abbreviation, or a ")"; `r` is the first
    /// digit. One to three digits, maybe more such groups after a space, then a capitalized word.
    /// Returns where the numbers end.
    private func footnoteNumbers(after r: Int, period i: Int) -> Int? {
        guard r == i + 1, i > start, r < end, SplitBytes.isDigit(p[r]) else { return nil }
        let prev = p[i - 1]
        if SplitBytes.isLower(prev) {
            var w = i
            while w > start && SplitBytes.isLetter(p[w - 1]) { w -= 1 }
            guard i - w >= 2, lexicon.abbreviation(p, w, i) == nil else { return nil }
            if w > start && (p[w - 1] == 0x2E || SplitBytes.isDigit(p[w - 1])) { return nil }
        } else if prev != 0x29 {
            return nil
        }
        var x = r
        var numbersEnd = r
        while true {
            var d = x
            while d < end && d - x < 4 && SplitBytes.isDigit(p[d]) { d += 1 }
            guard d > x, d - x <= 3, d < end, p[d] == 0x20 else { break }
            numbersEnd = d
            x = d + 1
            if x >= end || !SplitBytes.isDigit(p[x]) { break }
        }
        guard numbersEnd > r, x < end, SplitBytes.isUpper(p[x]), x + 1 < end, SplitBytes.isLower(p[x + 1]) else { return nil }
        return numbersEnd
    }

    /// A quotation broken off with a dash, then a new sentence: `to--" At this moment`,
    /// `sir—” The Rabbit`. `i` is a closing double quote; the next word must be a sentence
    /// starter ("The", "At"), so `sir--" Alice said` goes on. Returns the end of the quote.
    private func interruptedQuotation(at i: Int) -> Int? {
        let w: Int
        if p[i] == 0x22 { w = 1 } else if i + 2 < end, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x9D { w = 3 } else { return nil }
        guard i - 2 >= max(start, sentFirst) else { return nil }
        let dashed = (p[i - 1] == 0x2D && p[i - 2] == 0x2D)
            || (i - 3 >= sentFirst && p[i - 3] == 0xE2 && p[i - 2] == 0x80 && (p[i - 1] == 0x94 || p[i - 1] == 0x93))
        guard dashed else { return nil }
        let q = i + w
        guard q < end, SplitBytes.horizontalSpace(p, q, end) > 0 else { return nil }
        var k = q
        while k < end {
            let s = SplitBytes.horizontalSpace(p, k, end)
            if s == 0 { break }
            k += s
        }
        guard k < end, SplitBytes.isUpper(p[k]), isStarter(k, wordEnd(k)) else { return nil }
        return q
    }

    // MARK: - Word tests

    @inline(__always)
    private func wordEnd(_ k: Int) -> Int {
        var e = k
        let limit = min(end, k + 32)
        while e < limit && SplitBytes.isLetter(p[e]) { e += 1 }
        return e
    }

    @inline(__always)
    private func isStarter(_ k: Int, _ e: Int) -> Bool {
        guard let key = SplitKey(p, k, e) else { return false }
        return lexicon.starters.contains(key)
    }

    /// "iPhone", "eBay", "iOS": a lowercase-initial word with a capital inside starts a sentence.
    private func isBrandName(_ k: Int) -> Bool {
        var e = k + 1
        while e < end && e < k + 12 && SplitBytes.isLetter(p[e]) {
            if SplitBytes.isUpper(p[e]) { return true }
            e += 1
        }
        return false
    }

    /// "U.S", "e.g", "Ph.D", "N.Y": letter runs of one or two separated by periods.
    private func isMultiPeriodAbbreviation(_ t: Int, _ i: Int) -> Bool {
        var run = 0
        var periods = 0
        var k = t
        while k < i {
            let b = p[k]
            if SplitBytes.isLetter(b) {
                run += 1
                if run > 2 { return false }
            } else if b == 0x2E {
                if run == 0 { return false }
                run = 0
                periods += 1
            } else {
                return false
            }
            k += 1
        }
        return periods > 0 && run > 0
    }

    /// E-mail addresses, URLs, paths and handles: their last period is an ordinary one.
    private func looksLikeAddress(_ t: Int, _ i: Int) -> Bool {
        if i - t >= 4 && (p[t] | 0x20) == 0x77 && (p[t + 1] | 0x20) == 0x77 && (p[t + 2] | 0x20) == 0x77 && p[t + 3] == 0x2E {
            return true
        }
        var k = t
        while k < i {
            let b = p[k]
            if b == 0x40 || b == 0x2F || b == 0x5F || b == 0x23 { return true }
            k += 1
        }
        return false
    }

    /// A list marker token before a period: 1–3 digits, one letter, or a roman numeral up to 4 letters.
    private func isListMarkerToken(_ t: Int, _ i: Int) -> Bool {
        let n = i - t
        guard n >= 1 && n <= 4 else { return false }
        var digits = true, roman = true
        for k in t..<i {
            let b = p[k]
            if !SplitBytes.isDigit(b) { digits = false }
            let l = b | 0x20
            if !(l == 0x69 || l == 0x76 || l == 0x78) { roman = false }
        }
        if digits { return n <= 3 }
        if n == 1 { return SplitBytes.isLetter(p[t]) }
        return roman
    }

    /// Few words before `t` in this sentence ("At 5 a.m. Mr. Smith went ..."): not a sentence end.
    private func sentenceIsShort(before t: Int) -> Bool {
        guard t - sentFirst <= 16 else { return false }
        var words = 0
        var inWord = false
        var k = sentFirst
        while k < t {
            let space = SplitBytes.whitespace(p, k, end) > 0
            if !space && !inWord { words += 1 }
            inWord = !space
            k += 1
        }
        return words <= 2
    }

    /// After `?"` or `!"`: one to three capitalized words and an attribution verb ("Why?" Smith asked.).
    private func attributionFollows(_ k: Int) -> Bool {
        var x = k
        var capitals = 0
        for _ in 0..<4 {
            guard x < end else { return false }
            let c = SplitBytes.letterCase(p, x, end)
            let we = wordEnd(x)
            if c == .lower {
                guard capitals > 0, let key = SplitKey(p, x, we) else { return false }
                return lexicon.attributionVerbs.contains(key)
            }
            guard c == .upper else { return false }
            capitals += 1
            var e = x
            let limit = min(end, x + 64)
            while e < limit {
                let b = p[e]
                if SplitBytes.isLetter(b) || b == 0x2E || b == 0x2D || b == 0x27 || b >= 0x80 && SplitBytes.whitespace(p, e, end) == 0 {
                    e += 1
                } else { break }
            }
            guard e < end, p[e] == 0x20 else { return false }
            x = e + 1
        }
        return false
    }

    /// "end.Next", "1,000.That": a period glued to the next sentence. Not in addresses, file or
    /// domain names, abbreviations or numbers.
    private func gluedSentence(period i: Int) -> Bool {
        let q = i + 1
        guard i > start, q + 1 < end, SplitBytes.isUpper(p[q]), SplitBytes.isLower(p[q + 1]) else { return false }
        let prev = p[i - 1]
        guard SplitBytes.isLower(prev) || SplitBytes.isDigit(prev) else { return false }
        var t = i
        let floor = max(start, sentFirst, i - 64)
        while t > floor && SplitBytes.whitespaceBefore(p, t, floor) == 0 { t -= 1 }
        var e = q
        while e < end && e < q + 64 && SplitBytes.whitespace(p, e, end) == 0 {
            let b = p[e]
            if b == 0x40 || b == 0x2F || b == 0x5F || b == 0x3A { return false }
            if b == 0x2E && e + 1 < end && SplitBytes.isLetter(p[e + 1]) { return false }
            e += 1
        }
        if looksLikeAddress(t, i) { return false }
        var w = i
        while w > t && SplitBytes.isLetter(p[w - 1]) { w -= 1 }
        if SplitBytes.isDigit(prev) { return true }
        guard i - w >= 2 else { return false }
        return lexicon.abbreviation(p, w, i) == nil && !isMultiPeriodAbbreviation(t, i)
    }

    // MARK: - Lists

    /// How far along a line to look for the next item of an inline list (keeps the scan linear).
    static let listLookahead = 2048

    private struct ListMarker {
        var number: Int?      // 1, 2, 3
        var letter: UInt8?    // a, b, c
        var roman: Int?       // i, ii, iii (lowercase, 1–9)
        var suffix: (UInt8, UInt8?)  // "." / ")" / ".)"
        var end: Int
    }

    /// A list marker at `g` ("1.", "2)", "3.)", "a.", "b)", "iv."), followed by a space.
    private func listMarker(at g: Int) -> ListMarker? {
        var k = g
        var number = 0
        while k < end && k < g + 3 && SplitBytes.isDigit(p[k]) {
            number = number * 10 + Int(p[k] - 0x30)
            k += 1
        }
        var marker = ListMarker(number: nil, letter: nil, suffix: (0, nil), end: 0)
        if k > g {
            marker.number = number
        } else {
            while k < end && k < g + 4 && SplitBytes.isLetter(p[k]) { k += 1 }
            guard k > g else { return nil }
            if k - g == 1 {
                marker.letter = p[g]
            } else {
                for x in g..<k {
                    let l = p[x] | 0x20
                    if !(l == 0x69 || l == 0x76 || l == 0x78) { return nil }
                }
            }
            if SplitBytes.isLower(p[g]), let n = Self.romanNumerals.firstIndex(where: { $0.elementsEqual(UnsafeBufferPointer(start: p + g, count: k - g)) }) {
                marker.roman = n + 1
            }
        }
        guard k < end else { return nil }
        if p[k] == 0x2E {
            if k + 1 < end && p[k + 1] == 0x29 {
                marker.suffix = (0x2E, 0x29)
                k += 2
            } else {
                marker.suffix = (0x2E, nil)
                k += 1
            }
        } else if p[k] == 0x29 {
            marker.suffix = (0x29, nil)
            k += 1
        } else {
            return nil
        }
        guard k < end, p[k] == 0x20 || p[k] == 0x09 else { return nil }
        // "A." / "I." starting a sentence are initials as often as markers: never search inline for them.
        marker.end = k
        return marker
    }

    /// Position of the next item ("2." after "1.", "b)" after "a)") later on the same line.
    private mutating func nextListItem(after marker: ListMarker) -> Int? {
        // The next marker's token: the next number, the next roman numeral ("ii" after "i"), the
        // next letter ("b" after "a"); "i", "v", "x" may be letters or numerals, so both are tried.
        var tokens: [[UInt8]] = []
        if let n = marker.number {
            let next = n + 1
            if next >= 1000 { return nil }
            tokens.append(Array(String(next).utf8))
        } else {
            if let r = marker.roman, r < Self.romanNumerals.count { tokens.append(Self.romanNumerals[r]) }
            if let l = marker.letter, SplitBytes.isLower(l), l < 0x7A { tokens.append([l + 1]) }
        }
        for token in tokens {
            var key: UInt64 = 0
            var count = 0
            for b in token + [marker.suffix.0] + (marker.suffix.1.map { [$0] } ?? []) {
                key |= UInt64(b) << (UInt64(count) * 8)
                count += 1
            }
            if let found = findItem(key: key, count: count, bullet: false, from: marker.end) { return found }
        }
        return nil
    }

    /// Lowercase roman numerals that number list items, 1 to 9.
    static let romanNumerals: [[UInt8]] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"].map { Array($0.utf8) }

    /// The next occurrence of the bullet at `f` on the same line, after a space.
    private mutating func findOnLine(bulletAt f: Int, width: Int, from g: Int) -> Int? {
        var key: UInt64 = 0
        for o in 0..<width { key |= UInt64(p[f + o]) << (UInt64(o) * 8) }
        return findItem(key: key, count: width, bullet: true, from: g)
    }

    /// What the last item search covered: `[from, to)` holds no match before `found` (-1: none),
    /// and `lineEnded` says the line ended at `to`. Lets sentences that all start with "1." or
    /// "•" share one scan instead of each scanning ahead again.
    private struct ItemSearch {
        var key: UInt64 = 0
        var count = 0
        var bullet = false
        var from = 0
        var to = -1
        var found = -1
        var lineEnded = false
    }

    private var itemSearch = ItemSearch()

    /// Whether a double quotation is open at `at` (see `quotationGoesOn`).
    private struct QuoteState {
        var at = 0
        var double = false
        var single = false
    }

    private var quoteState = QuoteState()

    /// How far past a "!" or "?" to look for the end of the quotation it stands in.
    static let quotationLookahead = 300
    /// How far past a stop to look for the bracket that closes around it.
    static let bracketLookahead = 120

    /// First `key` (`count` bytes) after a space or tab at or after `from`, on the same line and
    /// within `listLookahead` bytes; a list item must be followed by a space, a bullet must be one.
    private mutating func findItem(key: UInt64, count: Int, bullet: Bool, from: Int) -> Int? {
        var c = itemSearch
        var x = from
        if c.key == key && c.count == count && c.bullet == bullet && from >= c.from && from <= c.to {
            if c.found >= from { return c.found }
            if c.found < 0 {
                if c.lineEnded { return nil }
                x = max(from, c.to - count)
            }
        } else {
            c = ItemSearch(key: key, count: count, bullet: bullet, from: from, to: from, found: -1, lineEnded: false)
        }
        if c.found >= 0 && c.found < from {
            c = ItemSearch(key: key, count: count, bullet: bullet, from: from, to: from, found: -1, lineEnded: false)
        }
        let first = UInt8(truncatingIfNeeded: key)
        let limit = min(end, from + Self.listLookahead)
        var result: Int?
        while x + count < limit || (bullet && x + count <= limit) {
            let b = p[x]
            if b == 0x0A {
                c.lineEnded = true
                break
            }
            if b == first && x > from && (p[x - 1] == 0x20 || p[x - 1] == 0x09) {
                var ok = true
                for o in 1..<max(count, 1) where p[x + o] != UInt8(truncatingIfNeeded: key >> (UInt64(o) * 8)) {
                    ok = false
                    break
                }
                if ok {
                    if bullet {
                        ok = SplitBytes.bullet(p, x, end) == count
                    } else {
                        let after = p[x + count]
                        ok = after == 0x20 || after == 0x09
                    }
                }
                if ok {
                    result = x
                    break
                }
            }
            x += 1
        }
        c.to = max(c.to, x)
        c.found = result ?? -1
        itemSearch = c
        return result
    }
}
