/// Where the text-dump normalizer's body loop puts what it decides, block by block, in page
/// order: paragraphs kept (a heading kept only if a paragraph follows it) and blocks dropped.
protocol TextDumpOutput {
    mutating func keep(_ text: String, heading: Bool)
    mutating func drop(_ block: DroppedBlock)
    /// A block dropped only for its shape (no sentence stop), outside any section: the article
    /// after all when nothing else on the page is (`TextDumpBody.finish`).
    mutating func dropUnshaped(_ block: DroppedBlock)
    /// Whether anything was kept so far (headings too).
    var hasKept: Bool { get }
}

/// The body and dropped blocks in memory, as `Document` holds them.
struct TextDumpBody: TextDumpOutput {
    private var kept: [(text: String, heading: Bool)] = []
    private var dropped: [DroppedBlock] = []
    /// Where in `dropped` the blocks are that `dropUnshaped` dropped.
    private var unshaped: [Int] = []

    mutating func keep(_ text: String, heading: Bool) { kept.append((text, heading)) }
    mutating func drop(_ block: DroppedBlock) { dropped.append(block) }

    mutating func dropUnshaped(_ block: DroppedBlock) {
        unshaped.append(dropped.count)
        dropped.append(block)
    }

    var hasKept: Bool { !kept.isEmpty }

    /// The paragraphs and the dropped blocks: trailing headings, with nothing under them, are
    /// dropped; and when nothing had the shape of a paragraph (a short note, a headline-like
    /// sentence with no stop), what no cue marks as furniture and reads as a sentence is the
    /// article.
    mutating func finish(_ normalizer: TextDumpNormalizer, work: inout Int) -> ([String], [DroppedBlock]) {
        while let last = kept.last, last.heading {
            dropped.append(DroppedBlock(text: last.text, reason: "short line (headline, link or label)"))
            kept.removeLast()
        }
        if kept.isEmpty {
            let sentences = unshaped.filter { i in normalizer.readsAsNote(dropped[i].text) }
            kept = sentences.map { (dropped[$0].text, false) }
            let taken = Set(sentences)
            dropped = dropped.indices.filter { !taken.contains($0) }.map { dropped[$0] }
            work += unshaped.count + dropped.count
        }
        return (kept.map(\.text), dropped)
    }
}
