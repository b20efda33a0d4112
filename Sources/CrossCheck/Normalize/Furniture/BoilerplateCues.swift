import Foundation

/// The normalizer's knowledge of page furniture, read from lexicons in `rules/`:
/// `section-markers` (headings that start a non-article section: "Most Read", "BREAKING"),
/// `link-prefixes` ("Read more:"), `caption-cues` ("AP Photo", "AI-generated"),
/// `credit-cues` ("With inputs from", "All Rights Reserved"), `page-controls` ("Listen",
/// "Left Menu") and `byline-labels` ("By", "Updated:", "Created:").
public struct BoilerplateCues: Sendable {
    let sectionMarkers: [String: String]
    /// Markers whose section, once the article has begun, runs to the end of the page (prose in
    /// it, such as readers' comments, never resumes the article): attribute
    /// `after-the-article: ends-it` in `section-markers`.
    let closingMarkers: Set<String>
    /// `sectionMarkers` for folded lines in ASCII, looked up by bytes.
    let sectionMarkerTable: ASCIIPhraseTable<String>
    /// UTF-8 length of the longest marker form.
    let longestMarker: Int
    let linkPrefixes: [String]
    let linkPrefixBytes: [[UInt8]]
    let linkPrefixFirstBytes: Set<UInt8>
    /// `caption-cues` (kind `captionKind`) and `credit-cues` (kind `creditKind`): one scan of a
    /// line answers both.
    let captionAndCreditCues: PhraseSet
    static let captionKind: UInt8 = 1
    static let creditKind: UInt8 = 2
    let pageControls: Set<String>
    /// `pageControls` for folded lines in ASCII, looked up by bytes.
    let pageControlTable: ASCIIPhraseTable<Bool>
    /// A folded line longer than this (in UTF-8 bytes) is no page control; nil when a control
    /// is not ASCII (then every line is looked up). An ASCII control can equal (canonically) a
    /// line only if every scalar of the line composes to one ASCII scalar, of at most 4 bytes.
    let longestControlLine: Int?
    let bylineLabels: [String: String]
    /// `bylineLabels`, longest form first (the order in which they are tried).
    let bylineLabelsByLength: [(form: String, canonical: String)]
    /// The first bytes of the (folded) byline labels, for a quick no.
    let bylineLabelFirstBytes: Set<UInt8>

    public init(lexicons: [String: Lexicon]) {
        func forms(_ name: String) -> [String] {
            (lexicons[name]?.entries ?? []).flatMap(\.forms).map { Self.fold($0) }
        }
        var markers: [String: String] = [:]
        var closing: Set<String> = []
        for entry in lexicons["section-markers"]?.entries ?? [] {
            for form in entry.forms { markers[Self.fold(form)] = entry.canonical }
            if entry.attributes["after-the-article"] == "ends-it" { closing.insert(entry.canonical) }
        }
        closingMarkers = closing
        sectionMarkers = markers
        sectionMarkerTable = ASCIIPhraseTable(markers)
        longestMarker = markers.keys.map(\.utf8.count).max() ?? 0
        linkPrefixes = forms("link-prefixes")
        linkPrefixBytes = linkPrefixes.map { Array($0.utf8) }
        linkPrefixFirstBytes = Set(linkPrefixBytes.compactMap(\.first))
        captionAndCreditCues = PhraseSet(kinds: [forms("caption-cues"), forms("credit-cues")])
        pageControls = Set(forms("page-controls"))
        pageControlTable = ASCIIPhraseTable(Dictionary(uniqueKeysWithValues: pageControls.map { ($0, true) }))
        longestControlLine = pageControls.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? 4 * (pageControls.map(\.utf8.count).max() ?? 0) : nil
        var labels: [String: String] = [:]
        for entry in lexicons["byline-labels"]?.entries ?? [] {
            for form in entry.forms { labels[Self.fold(form)] = entry.canonical }
        }
        bylineLabels = labels
        bylineLabelsByLength = labels.sorted(by: { $0.key.count > $1.key.count }).map { ($0.key, $0.value) }
        bylineLabelFirstBytes = Set(labels.keys.compactMap(\.utf8.first))
    }

    /// Lowercased, spaces collapsed, typographic quotes straightened.
    static func fold(_ s: String) -> String {
        var text = s
        if let simple = text.withUTF8({ bytes -> String? in
            guard !bytes.isEmpty else { return "" }
            var isSimple = true
            let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
                guard let count = foldSimple(bytes, into: out.baseAddress!) else {
                    isSimple = false
                    return 0
                }
                return count
            }
            return isSimple ? folded : nil
        }) {
            return simple
        }
        var key = Tokenizer.matchKey(s)
        return key.withUTF8 { bytes in
            // Collapse runs of spaces and tabs to one space, trimming both ends.
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for b in bytes {
                if b == 0x20 || b == 0x09 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `fold` of UTF-8 text, appended to `out`: on bytes for simple text, through `fold` of a
    /// `String` otherwise.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo out: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let start = out.count
        out += repeatElement(0, count: bytes.count)
        let count = out.withUnsafeMutableBufferPointer { foldSimple(bytes, into: $0.baseAddress! + start) }
        out.removeLast(bytes.count - (count ?? 0))
        if count == nil { out += fold(String(decoding: bytes, as: UTF8.self)).utf8 }
    }

    /// `fold` of simple text in one pass, written to `out` (room for `bytes.count` bytes; the
    /// result is never longer); returns the length written, or nil (and garbage in `out`) when
    /// the text is not simple. Simple text is what `Tokenizer.matchKey` lowercases on bytes:
    /// every scalar ASCII or in U+0080-U+00FF or U+2000-U+2FFF (lead bytes 0xC2, 0xC3, 0xE2).
    /// Then it does what `matchKey` does (ASCII letters and À-Þ lowercased, curly quotes
    /// straightened), and runs of spaces and tabs become one space, both ends trimmed.
    private static func foldSimple(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        // A run of spaces and tabs becomes one space before the next character, unless nothing
        // was written yet. Whether to write it depends on the input only (the byte before is a
        // space, a character was seen), not on `n`: no chain through `n` from byte to byte.
        var n = 0
        var afterSpace: UInt8 = 0
        var seenCharacter: UInt8 = 0
        var i = 0
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        while i < count {
            // Eight bytes at a time where folding only lowercases: ASCII, no tab, no space first
            // or next to another, and a byte after them that is no space or tab (so a space
            // among them is one between two characters, written as it is).
            if i + 8 < count {
                let chunk = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let spaces = Self.zeroBytes(chunk ^ 0x2020_2020_2020_2020)
                if chunk & 0x8080_8080_8080_8080 == 0, Self.zeroBytes(chunk ^ 0x0909_0909_0909_0909) == 0,
                   spaces & (spaces >> 8 | 0x80) == 0, bytes[i + 8] != 0x20, bytes[i + 8] != 0x09 {
                    if afterSpace & seenCharacter != 0 {
                        out[n] = 0x20
                        n += 1
                    }
                    // A-Z: adding 0x3F reaches 0x80 from "A" on, adding 0x25 from "[" on.
                    let upper = (chunk &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(chunk &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                    UnsafeMutableRawPointer(out + n).storeBytes(of: (chunk | upper >> 2).littleEndian, as: UInt64.self)
                    n += 8
                    i += 8
                    afterSpace = 0
                    seenCharacter = 1
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                // Without branches (spaces come every few bytes). Writes past the result are
                // garbage that later bytes overwrite; the result is never longer than the
                // bytes read, so they stay in room.
                let space = UInt8(truncatingIfNeeded: (0x1_0000_0200 as UInt64) >> UInt64(b & 0x3F)) & (b < 0x40 ? 1 : 0)
                let character = space ^ 1
                out[n] = 0x20
                n &+= Int(afterSpace & seenCharacter & character)
                out[n] = b &+ (b &- 0x41 < 26 ? 0x20 : 0)
                n &+= Int(character)
                seenCharacter |= character
                afterSpace = space
                i += 1
                continue
            }
            if afterSpace & seenCharacter != 0 {
                out[n] = 0x20
                n += 1
            }
            afterSpace = 0
            seenCharacter = 1
            if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80,
               bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 || bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                out[n] = bytes[i + 2] <= 0x99 ? UInt8(ascii: "'") : UInt8(ascii: "\"")
                n += 1
                i += 3
            } else if b == 0xC3, i + 1 < count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
                out[n] = 0xC3
                out[n + 1] = bytes[i + 1] + 0x20   // À-Þ → à-þ
                n += 2
                i += 2
            } else {
                // A lead byte other than 0xC2, 0xC3 or 0xE2: not simple (continuation bytes pass).
                if b >= 0xC0 && b != 0xC2 && b != 0xC3 && b != 0xE2 { return nil }
                out[n] = b
                n += 1
                i += 1
            }
        }
        return n
    }

    private static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        !text.contains { $0 >= 0x80 }
    }

    /// 0x80 in each byte of `word` that is zero, 0 in the others (no carries between bytes).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// The section a marker line starts ("Most Read"), if the line is one.
    public func sectionMarker(_ line: String) -> String? { sectionMarker(folded: Self.fold(line)) }

    /// `sectionMarker` on a line already passed through `fold` (fold once, ask many questions).
    func sectionMarker(folded line: String) -> String? {
        // Markers are short: a long line (a paragraph) is never one, and needs no hashing.
        guard line.utf8.count <= longestMarker + 8 else { return nil }
        var folded = line
        if folded.hasSuffix(":") { folded.removeLast() }
        if let marker = sectionMarkers[folded] { return marker }
        // A count before or after the heading: "17 Comments", "Comments (17)".
        let words = folded.split(separator: " ")
        guard words.count >= 2 else { return nil }
        func isCount(_ word: Substring) -> Bool {
            let digits = word.hasPrefix("(") && word.hasSuffix(")") ? word.dropFirst().dropLast() : word
            return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        if isCount(words[0]) { return sectionMarkers[words.dropFirst().joined(separator: " ")] }
        if isCount(words[words.count - 1]) { return sectionMarkers[words.dropLast().joined(separator: " ")] }
        return nil
    }

    /// `sectionMarker` on the UTF-8 bytes of a folded line (by bytes when it is ASCII).
    func sectionMarker(folded line: UnsafeBufferPointer<UInt8>) -> String? {
        guard line.count <= longestMarker + 8 else { return nil }
        guard Self.isASCII(line) else { return sectionMarker(folded: String(decoding: line, as: UTF8.self)) }
        let heading = line.last == 0x3A ? UnsafeBufferPointer(rebasing: line.dropLast()) : line
        if let marker = sectionMarkerTable.value(for: heading) { return marker }
        // A count before or after the heading: "17 comments", "comments (17)".
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var start = heading.startIndex, end = heading.endIndex
        if let first = heading.first, isDigit(first) {
            while start < end, isDigit(heading[start]) { start += 1 }
            guard start < end, heading[start] == 0x20 else { return nil }
            start += 1
        } else if let last = heading.last, isDigit(last) || last == 0x29 {
            if last == 0x29 { end -= 1 }
            let digitsEnd = end
            while end > start, isDigit(heading[end - 1]) { end -= 1 }
            guard end < digitsEnd else { return nil }
            if last == 0x29 { guard end > start, heading[end - 1] == 0x28 else { return nil }; end -= 1 }
            guard end > start, heading[end - 1] == 0x20 else { return nil }
            end -= 1
        } else {
            return nil
        }
        guard start < end else { return nil }
        return sectionMarkerTable.value(for: UnsafeBufferPointer(rebasing: heading[start..<end]))
    }

    /// "Read more: ..." and its typos ("Reaed more:").
    public func isLinkLine(_ line: String) -> Bool { isLinkLine(folded: Self.fold(line)) }

    func isLinkLine(folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { isLinkLine(folded: $0) }
    }

    /// `isLinkLine` on the UTF-8 bytes of a folded line.
    func isLinkLine(folded: UnsafeBufferPointer<UInt8>) -> Bool {
        // Cheap test first: a link line starts like a prefix, or has a colon early on (typos).
        guard let first = folded.first else { return false }
        let head = UnsafeBufferPointer(rebasing: folded.prefix(48))
        let colon = head.firstIndex(of: 0x3A)
        if !linkPrefixFirstBytes.contains(first), colon == nil { return false }
        for prefix in linkPrefixBytes {
            if head.starts(with: prefix) { return true }
            // One typo in the prefix ("reaed more:"), when the prefix ends with a colon.
            if prefix.last == 0x3A, let colon, abs(colon + 1 - prefix.count) <= 1,
               prefix.withUnsafeBufferPointer({ Self.isWithinOneEdit(UnsafeBufferPointer(rebasing: head[...colon]), $0) }) {
                return true
            }
        }
        return false
    }

    /// Whether `Suggestion.distance(a, b) <= 1`: equal, or one insertion, deletion, substitution
    /// or swap of neighbours apart. Compares bytes, with no table.
    static func isWithinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = a.count, n = b.count
        guard abs(m - n) <= 1 else { return false }
        func restEqual(_ i: Int, _ j: Int) -> Bool {
            guard m - i == n - j else { return false }
            var i = i, j = j
            while i < m {
                if a[i] != b[j] { return false }
                i += 1
                j += 1
            }
            return true
        }
        var i = 0
        while i < min(m, n), a[i] == b[i] { i += 1 }
        if i == m && i == n { return true }
        if m > n { return restEqual(i + 1, i) }
        if m < n { return restEqual(i, i + 1) }
        return restEqual(i + 1, i + 1) || (i + 1 < m && a[i] == b[i + 1] && a[i + 1] == b[i] && restEqual(i + 2, i + 2))
    }

    public func isCaption(_ line: String) -> Bool { isCaption(folded: Self.fold(line)) }

    func isCaption(folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { captionAndCreditCues.kinds(in: $0, among: Self.captionKind) } != 0
    }

    public func isCredit(_ line: String) -> Bool { isCredit(folded: Self.fold(line)) }

    func isCredit(folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { captionAndCreditCues.kinds(in: $0, among: Self.creditKind) } != 0
    }

    /// `isCaption` and `isCredit` of the UTF-8 bytes of a folded line, in one scan.
    func captionAndCredit(folded: UnsafeBufferPointer<UInt8>) -> (caption: Bool, credit: Bool) {
        let kinds = captionAndCreditCues.kinds(in: folded)
        return (kinds & Self.captionKind != 0, kinds & Self.creditKind != 0)
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is far slower in hot loops).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in n.withUTF8 { nb in contains(hb, nb) } }
    }

    /// Whether `needle` occurs in `haystack`, on bytes.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    public func isPageControl(_ line: String) -> Bool { pageControls.contains(Self.fold(line)) }

    func isPageControl(folded: String) -> Bool { pageControls.contains(folded) }

    /// `isPageControl` on the UTF-8 bytes of a folded line (by bytes when it is ASCII).
    func isPageControl(folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if let longestControlLine, folded.count > longestControlLine { return false }
        guard Self.isASCII(folded) else { return pageControls.contains(String(decoding: folded, as: UTF8.self)) }
        return pageControlTable.value(for: folded) != nil
    }

    /// The canonical byline label a segment starts with ("updated", "by"), and the rest.
    public func bylineLabel(_ segment: String) -> (label: String, rest: String)? {
        // Most segments start with a letter no label starts with: no folding for them.
        if let first = segment.utf8.first, first > 0x20, first < 0x80 {
            let lower = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
            guard bylineLabelFirstBytes.contains(lower) else { return nil }
        }
        guard let (form, canonical) = bylineForm(folded: Self.fold(segment)) else { return nil }
        let restStart = segment.index(segment.startIndex, offsetBy: min(segment.count, form.count))
        return (canonical, TextCleanup.trimmingWhitespace(segment[restStart...]))
    }

    /// The canonical byline label a line already passed through `fold` starts with.
    func bylineLabel(folded: String) -> String? { bylineForm(folded: folded)?.canonical }

    /// The longest byline form `folded` starts with, followed by a space, the end, or with a colon.
    private func bylineForm(folded: String) -> (form: String, canonical: String)? {
        for (form, canonical) in bylineLabelsByLength where folded.hasPrefix(form) {
            let after = folded.dropFirst(form.count)
            if after.isEmpty || after.first == " " || form.hasSuffix(":") { return (form, canonical) }
        }
        return nil
    }
}
