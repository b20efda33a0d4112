import Foundation

/// An input the run could not use, and why; listed in the report so nothing is silently dropped.
public struct SkippedInput: Sendable, Hashable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

extension SkippedInput {
    /// The order skipped inputs are listed in: by file, then by record or line number as a
    /// number (`x.jsonl:2` before `x.jsonl:10`), then by the rest of the path and the reason.
    public static func listedBefore(_ a: SkippedInput, _ b: SkippedInput) -> Bool {
        let ka = a.sortKey, kb = b.sortKey
        if ka.file != kb.file { return ka.file < kb.file }
        if ka.number != kb.number { return ka.number < kb.number }
        if a.path != b.path { return a.path < b.path }
        return a.reason < b.reason
    }

    /// The file part of `path` and the number after its last `:` ("x.warc:12 (https://...)"),
    /// or -1 when there is none.
    var sortKey: (file: Substring, number: Int) {
        // A WARC record's label ends in " (its URL)", which may hold colons of its own.
        let head = path.range(of: " (").map { path[..<$0.lowerBound] } ?? path[...]
        let utf8 = head.utf8
        var colon = utf8.endIndex
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            if utf8[i] == UInt8(ascii: ":") { colon = i; break }
        }
        guard colon < utf8.endIndex else { return (head, -1) }
        var number = 0, digits = 0
        var j = utf8.index(after: colon)
        while j < utf8.endIndex, utf8[j] >= 0x30, utf8[j] <= 0x39, digits < 18 {
            number = number * 10 + Int(utf8[j] - 0x30)
            digits += 1
            j = utf8.index(after: j)
        }
        guard digits > 0, j == utf8.endIndex else { return (head, -1) }
        return (head[..<colon], number)
    }
}

extension SkippedInput: JSONLineRepresentable {
    public var jsonValue: JSONValue { .object([("path", .string(path)), ("reason", .string(reason))]) }
}
