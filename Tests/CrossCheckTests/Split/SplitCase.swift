import Testing

/// One row of the splitter's table: a category, an input and the sentences it must give.
struct SplitCase: Sendable, CustomTestStringConvertible {
    var category: String
    var text: String
    var sentences: [String]

    init(_ category: String, _ text: String, _ sentences: [String]) {
        self.category = category
        self.text = text
        self.sentences = sentences
    }

    var testDescription: String {
        let short = text.count > 50 ? String(text.prefix(50)) + "…" : text
        return "[\(category)] \(short.debugDescription)"
    }
}
