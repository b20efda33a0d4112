import Foundation

/// A text dump's Document written as its JSON Lines record (`Document.jsonValue`, byte for
/// byte) without the Document ever being held: the body loop's paragraphs and dropped blocks
/// go, escaped, to two files on disk (`SpillFile`) as they are decided, and the record is
/// written from them once the page's other fields are known.
///
/// Held in memory: headings waiting for the paragraph under them, the body's first words (for
/// the language), and, only while no paragraph is kept, the lines that would be the article if
/// none ever is (`TextDumpBody.finish`). Reads: `TextDumpOutput`'s calls. Adds: the record.
struct TextDumpJSONLine: TextDumpOutput {
    private let body: SpillFile
    private let dropped: SpillFile
    private var scratch = JSONByteWriter(capacity: 1 << 12)
    private let normalizer: TextDumpNormalizer
    /// Paragraphs kept so far (headings that have a paragraph under them included).
    private var written = 0
    private var droppedCount = 0
    /// Headings kept since the last paragraph: the body's only if a paragraph follows.
    private var headings: [String] = []
    /// The body's start, for the language (`LanguageGuesser` reads its first words only).
    private var start: [String] = []
    private var startBytes = 0
    /// While no paragraph is kept: the blocks dropped for their shape that read as a note, and
    /// where they are among the dropped.
    private var notes: [(index: Int, text: String)] = []
    private var noteCandidates = 0
    /// The first write to a spill file that failed (a full disk), thrown by `finish`.
    private var failure: InputError?
    /// The bytes of the body's start kept for the language: enough for `sampleWords` words.
    static let startBytesKept = 64 << 10

    var hasKept: Bool { written > 0 || !headings.isEmpty }

    init(normalizer: TextDumpNormalizer, directory: String) throws(InputError) {
        self.normalizer = normalizer
        let stem = (directory as NSString).appendingPathComponent("crosscheck-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        body = try SpillFile(path: stem + ".body")
        dropped = try SpillFile(path: stem + ".dropped")
        unlink(body.path)
        unlink(dropped.path)
    }

    /// The JSON string of `text`, escaped, without its quotes.
    private mutating func escaped(_ text: String) -> ArraySlice<UInt8> {
        scratch.removeAll()
        scratch.string(text)
        return scratch.bytes.dropFirst().dropLast()
    }

    private mutating func paragraph(_ text: String) {
        let bytes = escaped(text)
        do throws(InputError) {
            if written > 0 { try body.append(Array(#"\n\n"#.utf8)) }
            try body.append(bytes)
        } catch {
            failure = failure ?? error
        }
        written += 1
        if startBytes < Self.startBytesKept {
            start.append(text)
            startBytes += text.utf8.count + 2
        }
    }

    mutating func keep(_ text: String, heading: Bool) {
        if heading {
            headings.append(text)
            return
        }
        for heading in headings { paragraph(heading) }
        headings = []
        paragraph(text)
        notes = []
    }

    mutating func drop(_ block: DroppedBlock) {
        scratch.removeAll()
        JSONValue.object([("text", .string(block.text)), ("reason", .string(block.reason))]).write(into: &scratch)
        scratch.raw("\n")
        do throws(InputError) { try dropped.append(scratch.bytes) } catch { failure = failure ?? error }
        droppedCount += 1
    }

    mutating func dropUnshaped(_ block: DroppedBlock) {
        if written == 0 {
            noteCandidates += 1
            if normalizer.readsAsNote(block.text) { notes.append((droppedCount, block.text)) }
        }
        drop(block)
    }

    /// Writes the record: `head` is the Document without body and dropped blocks (their place
    /// is filled from the spill files), `notesFirst` the notes `dropped` gets at its start.
    mutating func finish(head: Document, notesFirst: [DroppedBlock], into out: inout JSONByteWriter,
                         work: inout Int) throws(InputError) {
        // Trailing headings have nothing under them (the last first, as `TextDumpBody` drops them).
        for heading in headings.reversed() { drop(DroppedBlock(text: heading, reason: "short line (headline, link or label)")) }
        headings = []
        var skip: Set<Int> = []
        if written == 0 {
            for note in notes { paragraph(note.text) }
            skip = Set(notes.map(\.index))
            work += noteCandidates + droppedCount - skip.count
        }
        guard written > 0 else { throw InputError("no article text found (everything looked like page furniture)") }
        if let failure { throw failure }
        try body.flush()
        try dropped.flush()
        var document = head
        document.language = normalizer.languages.language(of: start.joined(separator: "\n\n"))
        document.body = ""
        document.dropped = []
        scratch.removeAll()
        document.jsonValue.write(into: &scratch)
        let record = scratch.bytes
        let tail = Array(#""body":"","dropped":[],"story":null}"#.utf8)
        precondition(document.story == nil && record.count > tail.count && Array(record.suffix(tail.count)) == tail,
                     "a Document's record ends with its body, dropped blocks and story")
        // The record up to the body's opening quote, then the body and the dropped blocks.
        out.append(Array(record.prefix(record.count - tail.count + #""body":""#.utf8.count)))
        try copy(body, into: &out) { _, bytes, out in out.append(bytes) }
        out.raw("\",\"dropped\":[")
        var first = true
        for note in notesFirst {
            scratch.removeAll()
            JSONValue.object([("text", .string(note.text)), ("reason", .string(note.reason))]).write(into: &scratch)
            out.append(scratch.bytes)
            first = false
        }
        var index = 0
        try copy(dropped, into: &out, lines: true) { _, line, out in
            defer { index += 1 }
            guard !skip.contains(index) else { return }
            if !first { out.raw(",") }
            out.append(line)
            first = false
        }
        out.raw("],\"story\":null}")
    }

    /// Reads `file` back a megabyte at a time (with `lines`, a line at a time, without its
    /// line feed) into `body`.
    private func copy(_ file: SpillFile, into out: inout JSONByteWriter, lines: Bool = false,
                      _ body: (Int, UnsafeBufferPointer<UInt8>, inout JSONByteWriter) -> Void) throws(InputError) {
        var offset: Int64 = 0
        var carry: [UInt8] = []
        while offset < file.size {
            let count = Int(min(Int64(SpillFile.bufferSize), file.size - offset))
            var bytes = try file.read(offset: offset, length: count)
            offset += Int64(count)
            guard lines else {
                bytes.withUnsafeBufferPointer { body(0, $0, &out) }
                continue
            }
            if !carry.isEmpty {
                bytes = carry + bytes
                carry = []
            }
            var from = 0
            bytes.withUnsafeBufferPointer { all in
                while let lf = all[from...].firstIndex(of: 0x0A) {
                    body(0, UnsafeBufferPointer(rebasing: all[from..<lf]), &out)
                    from = lf + 1
                }
            }
            carry = Array(bytes[from...])
        }
    }
}
