import Foundation

/// The normalizer's knowledge of page furniture, read from lexicons in `rules/`:
/// `section-markers` (headings that start a non-article section: "Most Read", "BREAKING"),
/// `link-prefixes` ("Read more:"), `caption-cues` ("AP Photo", "AI-generated"),
/// `credit-cues` ("With inputs from", "All Rights Reserved"), `page-controls` ("Listen",
/// "Left Menu") and `byline-labels` ("By", "Updated:", "Created:").
public struct BoilerplateCues: Sendable {
    let sectionMarkers: [String: String]
    let linkPrefixes: [String]
    let captionCues: [String]
    let creditCues: [String]
    let pageControls: Set<String>
    let bylineLabels: [String: String]

    public init(lexicons: [String: Lexicon]) {
        func forms(_ name: String) -> [String] {
            (lexicons[name]?.entries ?? []).flatMap(\.forms).map { Self.fold($0) }
        }
        var markers: [String: String] = [:]
        for entry in lexicons["section-markers"]?.entries ?? [] {
            for form in entry.forms { markers[Self.fold(form)] = entry.canonical }
        }
        sectionMarkers = markers
        linkPrefixes = forms("link-prefixes")
        captionCues = forms("caption-cues")
        creditCues = forms("credit-cues")
        pageControls = Set(forms("page-controls"))
        var labels: [String: String] = [:]
        for entry in lexicons["byline-labels"]?.entries ?? [] {
            for form in entry.forms { labels[Self.fold(form)] = entry.canonical }
        }
        bylineLabels = labels
    }

    /// Lowercased, spaces collapsed, typographic quotes straightened.
    static func fold(_ s: String) -> String {
        Tokenizer.matchKey(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The section a marker line starts ("Most Read"), if the line is one.
    public func sectionMarker(_ line: String) -> String? {
        var folded = Self.fold(line)
        if folded.hasSuffix(":") { folded.removeLast() }
        return sectionMarkers[folded]
    }

    /// "Read more: ..." and its typos ("Reaed more:").
    public func isLinkLine(_ line: String) -> Bool {
        let folded = Self.fold(line)
        for prefix in linkPrefixes {
            if folded.hasPrefix(prefix) { return true }
            // One typo in the prefix ("reaed more:"), when the prefix ends with a colon.
            if prefix.hasSuffix(":"), let colon = folded.firstIndex(of: ":") {
                let head = String(folded[...colon])
                if abs(head.count - prefix.count) <= 1,
                   Suggestion.distance(Array(head.utf8), Array(prefix.utf8)) <= 1 { return true }
            }
        }
        return false
    }

    public func isCaption(_ line: String) -> Bool {
        let folded = Self.fold(line)
        return captionCues.contains { folded.contains($0) }
    }

    public func isCredit(_ line: String) -> Bool {
        let folded = Self.fold(line)
        return creditCues.contains { folded.contains($0) }
    }

    public func isPageControl(_ line: String) -> Bool {
        pageControls.contains(Self.fold(line))
    }

    /// The canonical byline label a segment starts with ("updated", "by"), and the rest.
    public func bylineLabel(_ segment: String) -> (label: String, rest: String)? {
        let folded = Self.fold(segment)
        for (form, canonical) in bylineLabels.sorted(by: { $0.key.count > $1.key.count }) where folded.hasPrefix(form) {
            let after = folded.dropFirst(form.count)
            if after.isEmpty || after.first == " " || form.hasSuffix(":") {
                let restStart = segment.index(segment.startIndex, offsetBy: min(segment.count, form.count))
                return (canonical, String(segment[restStart...]).trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }
}
