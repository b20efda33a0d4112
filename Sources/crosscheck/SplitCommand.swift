import ArgumentParser
import CrossCheck
import Foundation

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split text into sentences (JSON Lines): index, UTF-8 byte offsets start/end, text.",
        discussion: """
            Plain text is read and split in chunks, so a huge input needs memory for one paragraph,
            not for the whole text or its sentence list.
            """
    )

    @Argument(help: "A text file; none or '-': standard input.")
    var file: String?

    @Flag(name: .long, help: "Read JSON Lines records {\"id\", \"text\"}; offsets are into each record's text.")
    var jsonl = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let splitter = SentenceSplitter(lexicons: try rules.load(.lexicons).lexicons)
        if jsonl {
            var json = JSONByteWriter(capacity: 1 << 17)
            var head = JSONByteWriter(capacity: 256)
            try InputText.forEachTextRecord(file) { record in
                var index = 0
                let buffer = record.text
                head.removeAll()
                head.raw("{\"id\":")
                head.string(record.id)
                head.raw(",\"index\":")
                head.withBytes { head in
                    splitter.forEachSentence(in: buffer) { range in
                        emit(head: head, index: index, range: range, bytes: UnsafeBufferPointer(rebasing: buffer[range]), into: &json)
                        index += 1
                    }
                }
            }
            Console.write(json)
        } else {
            try stream(splitter)
        }
        Console.flush()
    }

    /// Reads the input in 1 MiB chunks and writes each sentence as soon as it is complete.
    private func stream(_ splitter: SentenceSplitter) throws {
        let name = file ?? "<stdin>"
        let handle: FileHandle
        if let file, file != "-" {
            guard let h = FileHandle(forReadingAtPath: file) else {
                Console.error("\(file): error: [input] cannot read the file")
                throw ExitCode.failure
            }
            handle = h
        } else {
            handle = FileHandle.standardInput
        }
        var stream = StreamingSentenceSplitter(splitter: splitter)
        var json = JSONByteWriter(capacity: 1 << 17)
        var index = 0
        var total = 0
        var invalidAt: Int?
        let emitChecked: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void = { range, bytes in
            guard invalidAt == nil else { return }
            if String(validating: bytes, as: UTF8.self) == nil {
                invalidAt = range.lowerBound
                return
            }
            Self.plainHead.withUTF8Buffer { emit(head: $0, index: index, range: range, bytes: bytes, into: &json) }
            index += 1
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            if total == 0 {
                let head = [UInt8](chunk.prefix(8192))
                if head.contains(0) {
                    Console.error("\(name): error: [input] the file is binary, not text")
                    throw ExitCode.failure
                }
            }
            total += chunk.count
            stream.feed([UInt8](chunk), emitChecked)
            if invalidAt != nil { break }
        }
        if invalidAt == nil { stream.finish(emitChecked) }
        Console.write(json)
        if let invalidAt {
            Console.flush()
            Console.error("\(name): error: [input] the text is not valid UTF-8 (in the sentence starting at byte \(invalidAt))")
            throw ExitCode.failure
        }
        if total == 0 {
            Console.error("\(name): error: [input] the file is empty")
            throw ExitCode.failure
        }
    }

    /// The start of a sentence's line without an id.
    private static let plainHead: StaticString = "{\"index\":"

    /// One sentence as a JSON line, in `Sentence`'s key order, written straight as bytes into
    /// `json`, which goes to standard output each 64 KiB. `head` is the line's start up to the
    /// index (`{"id":"...","index":`), written once per record.
    private func emit(head: UnsafeBufferPointer<UInt8>, index: Int, range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>,
                      into json: inout JSONByteWriter) {
        // The fixed fields at once: one bounds check, not one per key and number.
        json.write(maxBytes: head.count + 3 * JSONByteWriter.maxIntBytes + 24) { out in
            var at = 0
            @inline(__always) func put(_ s: StaticString) {
                (out + at).update(from: s.utf8Start, count: s.utf8CodeUnitCount)
                at += s.utf8CodeUnitCount
            }
            if let base = head.baseAddress { out.update(from: base, count: head.count) }
            at = head.count
            at += JSONByteWriter.write(index, at: out + at)
            put(",\"start\":")
            at += JSONByteWriter.write(range.lowerBound, at: out + at)
            put(",\"end\":")
            at += JSONByteWriter.write(range.upperBound, at: out + at)
            put(",\"text\":")
            return at
        }
        json.string(utf8: bytes)
        json.raw("}\n")
        if json.count >= 1 << 16 {
            Console.write(json)
            json.removeAll()
        }
    }
}
