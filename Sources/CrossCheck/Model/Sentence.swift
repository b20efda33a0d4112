/// A sentence: a byte range into the text it was split from.
public struct Sentence: Sendable, Hashable {
    /// The id of the document (or input record) the text came from.
    public var document: String?
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String?, index: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

extension Sentence: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let document { pairs.append(("id", .string(document))) }
        pairs += [("index", .int(index)), ("start", .int(start)), ("end", .int(end)), ("text", .string(text))]
        return .object(pairs)
    }
}
