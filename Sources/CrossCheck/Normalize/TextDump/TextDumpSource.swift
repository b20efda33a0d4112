/// Where the text-dump normalizer's lines come from, pass after pass (it reads a page two or
/// three times: "Sixth pass" in docs/speed.md).
///
/// Reads: a page's text, cleaned (`TextCleanup`). Adds: its lines classified and annotated with
/// their cues (`TextDumpNormalizer.lines`, `annotate`), one at a time, from the first line at
/// every `restart`. A page in memory (`TextDumpPage`) is classified once and replayed; a file
/// (`TextDumpFile`) is read again a chunk at a time, so that what it holds does not grow with it.
protocol TextDumpSource: AnyObject {
    /// Starts a pass from the first line.
    func restart() throws(InputError)
    /// The next line of this pass, or nil at the end (or on a read error, which `restart`
    /// and `finish` report).
    func next() -> TextDumpNormalizer.Line?
    /// Throws what went wrong in the pass just ended (a read error, bytes that are not UTF-8).
    func finish() throws(InputError)
    /// The bytes the source holds at this moment (its buffers and the lines not yet handed on).
    var bytesHeld: Int { get }
    /// Whether lines read from now on are annotated with their cues (a pass that reads only the
    /// folded bytes, the publisher's count, need not ask them).
    var asksCues: Bool { get set }
}

/// A page held in memory: its lines classified once, handed out again at every pass.
final class TextDumpPage: TextDumpSource {
    private let lines: [TextDumpNormalizer.Line]
    private var position = 0
    let bytesHeld: Int
    /// A page in memory is annotated once, whatever a pass needs.
    var asksCues = true

    init(text: String, normalizer: TextDumpNormalizer) {
        var (lines, folded) = TextDumpNormalizer.lines(text)
        normalizer.annotate(&lines, folded)
        self.lines = lines
        bytesHeld = text.utf8.count + folded.bytes.count
    }

    func restart() { position = 0 }

    func next() -> TextDumpNormalizer.Line? {
        guard position < lines.count else { return nil }
        defer { position += 1 }
        return lines[position]
    }

    func finish() {}
}

/// The lines of a pass, with one line of look-ahead (a block joins the next line when it
/// continues the paragraph), and an observer that sees every line as it is taken.
final class TextDumpLineFeed {
    let source: any TextDumpSource
    /// Lines handed out again before the source's (the page's head, held by the first pass).
    private var queued: ArraySlice<TextDumpNormalizer.Line> = []
    private var peeked: TextDumpNormalizer.Line?
    /// The index of the next line `take` gives.
    private(set) var index = 0
    var observe: ((TextDumpNormalizer.Line, Int) -> Void)?

    init(_ source: any TextDumpSource) {
        self.source = source
    }

    /// Starts a pass over the source, from its first line.
    func restart() throws(InputError) {
        try source.restart()
        queued = []
        peeked = nil
        index = 0
    }

    /// Hands out `lines` (already observed, the lines from `index` on) before the source's next.
    func replay(_ lines: ArraySlice<TextDumpNormalizer.Line>, from index: Int) {
        precondition(peeked == nil)
        queued = lines
        self.index = index
    }

    func peek() -> TextDumpNormalizer.Line? {
        if peeked == nil {
            if let line = queued.first {
                queued.removeFirst()
                peeked = line
            } else if let line = source.next() {
                observe?(line, index)
                peeked = line
            }
        }
        return peeked
    }

    func take() -> TextDumpNormalizer.Line? {
        guard let line = peek() else { return nil }
        peeked = nil
        index += 1
        return line
    }
}
