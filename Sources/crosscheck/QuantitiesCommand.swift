import ArgumentParser
import CrossCheck

struct QuantitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantities",
        abstract: "List every number in a text (JSON Lines): value, interval, unit, currency and kind."
    )

    @Argument(help: "A text file; none or '-': standard input.")
    var file: String?

    @Flag(name: .long, help: "Read JSON Lines records {\"id\", \"text\"}; each output carries the record's id.")
    var jsonl = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let extractor = QuantityExtractor(lexicons: try rules.load(.lexicons).lexicons)
        if jsonl {
            var json = JSONByteWriter(capacity: 1 << 17)
            try InputText.forEachTextRecord(file) { record in
                for q in extractor.quantities(in: record.text) {
                    q.write(into: &json, id: record.id)
                    json.raw("\n")
                }
                if json.count >= 1 << 16 {
                    Console.write(json)
                    json.removeAll()
                }
            }
            Console.write(json)
        } else {
            Console.writeLines(extractor.quantities(in: try InputText.read(file)))
        }
        Console.flush()
    }
}
