import Foundation

/// The normalizer's knowledge of page furniture, read from lexicons in `rules/`:
/// `section-markers` (headings that start a non-article section: "Most Read", "BREAKING"),
/// `link-prefixes` ("Read more:"), `caption-cues` ("AP Photo", "AI-generated"),
/// `credit-cues` ("With inputs from", "All Rights Reserved"), `page-controls` ("Listen",
/// "Left Menu") and `byline-labels` ("By", "Updated:", "Created:").
public struct BoilerplateCues: Sendable {
    let sectionMarkers: [String: String]
    /// UTF-8 length of the longest marker form.
    let longestMarker: Int
    let linkPrefixes: [String]
    let linkPrefixBytes: [[UInt8]]
    let linkPrefixFirstBytes: Set<UInt8>
    let captionCues: PhraseSet
    let creditCues: PhraseSet
    let pageControls: Set<String>
    let bylineLabels: [String: String]
    /// `bylineLabels`, longest form first (the order in which they are tried).
    let bylineLabelsByLength: [(form: String, canonical: String)]

    public init(lexicons: [String: Lexicon]) {
        func forms(_ name: String) -> [String] {
            (lexicons[name]?.entries ?? []).flatMap(\.forms).map { Self.fold($0) }
        }
        var markers: [String: String] = [:]
        for entry in lexicons["section-markers"]?.entries ?? [] {
            for form in entry.forms { markers[Self.fold(form)] = entry.canonical }
        }
        sectionMarkers = markers
        longestMarker = markers.keys.map(\.utf8.count).max() ?? 0
        linkPrefixes = forms("link-prefixes")
        linkPrefixBytes = linkPrefixes.map { Array($0.utf8) }
        linkPrefixFirstBytes = Set(linkPrefixBytes.compactMap(\.first))
        captionCues = PhraseSet(forms("caption-cues"))
        creditCues = PhraseSet(forms("credit-cues"))
        pageControls = Set(forms("page-controls"))
        var labels: [String: String] = [:]
        for entry in lexicons["byline-labels"]?.entries ?? [] {
            for form in entry.forms { labels[Self.fold(form)] = entry.canonical }
        }
        bylineLabels = labels
        bylineLabelsByLength = labels.sorted(by: { $0.key.count > $1.key.count }).map { ($0.key, $0.value) }
    }

    /// Lowercased, spaces collapsed, typographic quotes straightened.
    static func fold(_ s: String) -> String {
        var text = s
        if let ascii = text.withUTF8(foldASCII) { return ascii }
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

    /// `fold` of an ASCII text in one pass (letters lowercased, runs of spaces and tabs collapsed
    /// to one space, both ends trimmed); nil when the text is not ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false
            for b in bytes {
                if b == 0x20 || b == 0x09 {
                    pendingSpace = n > 0
                } else {
                    if pendingSpace {
                        out[n] = 0x20
                        n += 1
                    }
                    pendingSpace = false
                    out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
            }
            return n
        }
    }

    /// The section a marker line starts ("Most Read"), if the line is one.
    public func sectionMarker(_ line: String) -> String? { sectionMarker(folded: Self.fold(line)) }

    /// `sectionMarker` on a line already passed through `fold` (fold once, ask many questions).
    func sectionMarker(folded line: String) -> String? {
        // Markers are short: a long line (a paragraph) is never one, and needs no hashing.
        guard line.utf8.count <= longestMarker + 1 else { return nil }
        var folded = line
        if folded.hasSuffix(":") { folded.removeLast() }
        return sectionMarkers[folded]
    }

    /// "Read more: ..." and its typos ("Reaed more:").
    public func isLinkLine(_ line: String) -> Bool { isLinkLine(folded: Self.fold(line)) }

    func isLinkLine(folded: String) -> Bool {
        // Cheap test first: a link line starts like a prefix, or has a colon early on (typos).
        guard let first = folded.utf8.first else { return false }
        if !linkPrefixFirstBytes.contains(first), !folded.utf8.prefix(48).contains(0x3A) { return false }
        let head = Array(folded.utf8.prefix(48))
        let colon = head.firstIndex(of: 0x3A)
        for prefix in linkPrefixBytes {
            if head.starts(with: prefix) { return true }
            // One typo in the prefix ("reaed more:"), when the prefix ends with a colon.
            if prefix.last == 0x3A, let colon, abs(colon + 1 - prefix.count) <= 1,
               Suggestion.distance(Array(head[...colon]), prefix) <= 1 { return true }
        }
        return false
    }

    public func isCaption(_ line: String) -> Bool { isCaption(folded: Self.fold(line)) }

    func isCaption(folded: String) -> Bool { captionCues.occurs(in: folded) }

    public func isCredit(_ line: String) -> Bool { isCredit(folded: Self.fold(line)) }

    func isCredit(folded: String) -> Bool { creditCues.occurs(in: folded) }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is far slower in hot loops).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard let first = nb.first else { return true }
                guard nb.count <= hb.count else { return false }
                var i = 0
                let last = hb.count - nb.count
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < nb.count, hb[i + k] == nb[k] { k += 1 }
                        if k == nb.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    public func isPageControl(_ line: String) -> Bool { pageControls.contains(Self.fold(line)) }

    func isPageControl(folded: String) -> Bool { pageControls.contains(folded) }

    /// The canonical byline label a segment starts with ("updated", "by"), and the rest.
    public func bylineLabel(_ segment: String) -> (label: String, rest: String)? {
        guard let (form, canonical) = bylineForm(folded: Self.fold(segment)) else { return nil }
        let restStart = segment.index(segment.startIndex, offsetBy: min(segment.count, form.count))
        return (canonical, String(segment[restStart...]).trimmingCharacters(in: .whitespaces))
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
