/// The outlet of a text dump: a short line repeated on the page (site name in header, byline,
/// footer or a domain), that also appears in the byline, the first lines or next to the
/// copyright — found in passes that keep the candidates, never the page.
///
/// Reads: every line in a first pass (`observe`: the short lines that can be a name, the first
/// three lines), every credit line in a second (`anchor`: which candidates a copyright line
/// names), and, when a candidate is anchored, the page once more (`publisher`: how often each
/// anchored one occurs). Adds: the publisher's name. Memory: one entry per distinct short line
/// that can be a name (its text and folded bytes).
final class PublisherCandidates {
    private struct Candidate {
        var text: String
        var name: String
        var bytes: [UInt8]
        var inCreditLine = false
    }

    private var candidates: [Candidate] = []
    private var seen: Set<String> = []
    private var firstLines: Set<String> = []
    private var nonBlankSeen = 0

    /// A line of the first pass.
    func observe(_ line: TextDumpNormalizer.Line) {
        guard !line.blank else { return }
        if nonBlankSeen < 3 {
            firstLines.insert(line.store.string(line.folded))
            nonBlankSeen += 1
        }
        guard !line.bullet, line.words >= 1, line.words <= 4, !line.endsSentence,
              TextDumpNormalizer.startsUppercase(line.text), !line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
        let name = line.store.string(line.folded)
        guard seen.insert(name).inserted, line.cues.marker == nil, !line.cues.control else { return }
        candidates.append(Candidate(text: line.text, name: name, bytes: Array(name.utf8)))
    }

    /// A credit line of the second pass: the candidates it contains are anchored.
    func anchor(creditLine line: TextDumpNormalizer.Line) {
        line.store.withBytes(line.folded) { credit in
            for i in candidates.indices where !candidates[i].inCreditLine {
                candidates[i].inCreditLine = candidates[i].bytes.withUnsafeBufferPointer { BoilerplateCues.contains(credit, $0) }
            }
        }
    }

    /// The publisher, after the second pass; counting the anchored candidates on the page takes
    /// one more pass of `feed`, when there are any.
    func publisher(bylineText: [UInt8], feed: TextDumpLineFeed) throws(InputError) -> String? {
        var anchored: [(index: Int, inByline: Bool)] = []
        for (i, candidate) in candidates.enumerated() {
            let inByline = bylineText.withUnsafeBufferPointer { byline in
                candidate.bytes.withUnsafeBufferPointer { BoilerplateCues.contains(byline, $0) }
            }
            if inByline || firstLines.contains(candidate.name) || candidate.inCreditLine { anchored.append((i, inByline)) }
        }
        guard !anchored.isEmpty else { return nil }
        // Occurrences on the folded page, counted on each `FoldedLines` (the page, or each chunk
        // of it) once: a name holds no line feed, so no occurrence spans two lines.
        var counts = [Int](repeating: 0, count: anchored.count)
        try feed.restart()
        var last: FoldedLines?
        feed.observe = { [candidates] line, _ in
            guard line.store !== last else { return }
            last = line.store
            line.store.withPage { page in
                for (k, entry) in anchored.enumerated() {
                    counts[k] += candidates[entry.index].bytes.withUnsafeBufferPointer { TextDumpNormalizer.occurrences(of: $0, in: page) }
                }
            }
        }
        // Only the folded bytes are read: the lines' cues need not be asked again.
        feed.source.asksCues = false
        defer { feed.source.asksCues = true }
        while feed.take() != nil {}
        try feed.source.finish()
        var found: [(name: String, folded: String, score: Int)] = []
        for (k, entry) in anchored.enumerated() {
            // Named once only (the byline's author), it is nobody's outlet.
            guard counts[k] >= 2 else { continue }
            let score = counts[k] + (entry.inByline ? 2 : 0)
            found.append((candidates[entry.index].text, candidates[entry.index].name, score))
        }
        // The most repeated name (three times at least); but a menu item "World" repeats inside
        // "WorldWire Daily", so a longer anchored name (twice at least) that contains it is the
        // outlet's full name.
        guard var best = found.enumerated().filter({ $0.element.score >= 3 })
            .max(by: { ($0.element.score, -$0.offset) < ($1.element.score, -$1.offset) })?.element else {
            return nil
        }
        let longer = found.filter { $0.folded.utf8.count > best.folded.utf8.count && BoilerplateCues.contains($0.folded, best.folded) }
        if let full = longer.max(by: { ($0.score, $0.folded.utf8.count) < ($1.score, $1.folded.utf8.count) }) { best = full }
        return best.name
    }
}
