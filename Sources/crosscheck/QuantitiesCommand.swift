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
            try InputText.forEachRecord(file) { record in
                for q in extractor.quantities(in: record.text ?? "") {
                    Console.write(JSONValue.object([("id", .string(record.id))] + q.fields).serialized + "\n")
                }
            }
        } else {
            Console.writeLines(extractor.quantities(in: try InputText.read(file)))
        }
        Console.flush()
    }
}

extension Quantity {
    /// The JSON object's fields, for prefixing an id.
    var fields: [(String, JSONValue)] {
        if case .object(let pairs) = jsonValue { return pairs }
        return []
    }
}
