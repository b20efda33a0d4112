import ArgumentParser
import CrossCheck

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split text into sentences (JSON Lines): index, UTF-8 byte offsets start/end, text."
    )

    @Argument(help: "A text file; none or '-': standard input.")
    var file: String?

    @Flag(name: .long, help: "Read JSON Lines records {\"id\", \"text\"}; offsets are into each record's text.")
    var jsonl = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let splitter = SentenceSplitter(lexicons: try rules.load().lexicons)
        if jsonl {
            for record in try InputText.records(file) {
                write(record.text ?? "", id: record.id, splitter: splitter)
            }
        } else {
            write(try InputText.read(file), id: nil, splitter: splitter)
        }
        Console.flush()
    }

    private func write(_ text: String, id: String?, splitter: SentenceSplitter) {
        var utf8 = Array(text.utf8)
        var index = 0
        utf8.withUnsafeMutableBufferPointer { raw in
            let buffer = UnsafeBufferPointer(raw)
            splitter.forEachSentence(in: buffer) { range in
                let sentence = Sentence(document: id, index: index, start: range.lowerBound, end: range.upperBound,
                                        text: String(decoding: buffer[range], as: UTF8.self))
                Console.write(sentence.jsonValue.serialized + "\n")
                index += 1
            }
        }
    }
}
