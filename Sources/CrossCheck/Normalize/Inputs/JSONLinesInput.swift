import Foundation

/// Reads JSON Lines input: one JSON object per line. Normalize takes `{"id", "url"?, "html" | "text"}`;
/// the other stages take `{"id", "text"}`. Lines are read on their UTF-8 bytes by `JSONLineScanner`
/// (strict JSON); a bad line is skipped and reported as `path:line` with what is wrong and where,
/// never the file. Raw control bytes in a line are dropped and noted on the record (`note`).
public enum JSONLinesInput {
    public struct Record: Sendable {
        public var id: String
        public var url: String?
        public var text: String?
        public var html: String?
        public var line: Int
        /// What was done to the line to read it ("3 control bytes dropped ..."), or nil.
        public var note: String?
    }

    /// A line's outcome: a record, or why the line is none (named `path:line`).
    public enum Item: Sendable {
        case record(Record)
        case skipped(SkippedInput)
    }

    /// Parses every line; problems are returned as skipped inputs named `path:line`.
    public static func parse(_ text: String, path: String) -> (records: [Record], skipped: [SkippedInput]) {
        var text = text
        return text.withUTF8 { parse(utf8: $0, path: path) }
    }

    /// Parses every line of UTF-8 bytes (already checked to be valid UTF-8).
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) -> (records: [Record], skipped: [SkippedInput]) {
        var records: [Record] = []
        var skipped: [SkippedInput] = []
        forEachRecord(utf8: bytes, path: path) { result in
            switch result {
            case .record(let record): records.append(record)
            case .skipped(let problem): skipped.append(problem)
            }
        }
        return (records, skipped)
    }

    /// Reads the lines one by one, handing each record (or the reason a line is none) to `body`
    /// as soon as it is read: a stage can work record by record, in memory for one.
    public static func forEachRecord(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String,
                                     _ body: (Item) throws -> Void) rethrows {
        var scratch: [UInt8] = []
        try forEachLine(bytes) { line, lineNumber in
            let result = record(line, number: lineNumber, scratch: &scratch)
            switch result {
            case .none: break
            case .record(let record): try body(.record(record))
            case .problem(let reason): try body(.skipped(SkippedInput(path: "\(path):\(lineNumber)", reason: reason)))
            }
        }
    }

    /// Records as inputs for the normalizer.
    public static func records(_ text: String, path: String) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        let (records, skipped) = parse(text, path: path)
        var inputs: [InputFile] = []
        var more = skipped
        for record in records {
            let content = record.html ?? record.text ?? ""
            if TextCleanup.isBlank(content) {
                more.append(SkippedInput(path: "\(path):\(record.line)", reason: "record '\(record.id)' is empty"))
                continue
            }
            inputs.append(InputFile(id: record.id, path: "\(path):\(record.line)", format: record.html != nil ? .html : .text,
                                    text: content, url: record.url, encodingNote: record.note))
        }
        return (inputs, more)
    }

    /// Calls `body` with each line (without its line feed) and its 1-based number.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            let rest = bytes.count - start
            let end: Int
            if let found = memchr(base + start, 0x0A, rest) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = bytes.count
            }
            try body(UnsafeBufferPointer(start: base + start, count: end - start), number)
            start = end + 1
        }
    }

    enum LineResult {
        case none
        case record(Record)
        case problem(String)
    }

    /// One line: blank (none), a record, or the reason it is not one.
    static func record(_ line: UnsafeBufferPointer<UInt8>, number: Int, scratch: inout [UInt8]) -> LineResult {
        var text: [UInt8] = []
        switch fields(line, number: number, scratch: &scratch, text: &text) {
        case .none: return .none
        case .problem(let reason): return .problem(reason)
        case .record(let fields):
            let body = fields.text.map { range in
                range.inLine
                    ? String(decoding: UnsafeBufferPointer(rebasing: line[range.range]), as: UTF8.self)
                    : String(decoding: text, as: UTF8.self)
            }
            return .record(Record(id: fields.id, url: fields.url, text: body, html: fields.html, line: number, note: fields.note))
        }
    }

    /// A record whose text is bytes, for stages that read it as bytes (`forEachTextRecord`).
    public struct TextRecord {
        public var id: String
        /// The decoded UTF-8 bytes of `"text"` (empty when the record has only `"html"`); valid
        /// only during the call that hands out the record.
        public var text: UnsafeBufferPointer<UInt8>
        public var line: Int
        /// What was done to the line to read it ("3 control bytes dropped ..."), or nil.
        public var note: String?
    }

    /// A line's outcome for `forEachTextRecord`: a record, or why the line is none.
    public enum TextItem {
        case record(TextRecord)
        case skipped(SkippedInput)
    }

    /// `forEachRecord` for stages that read the text as bytes: the same records and problems, in
    /// the same order, but the text is never made a `String` (a text without escapes is a slice
    /// of the line; one with escapes is decoded once into memory reused from line to line).
    public static func forEachTextRecord(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String,
                                         _ body: (TextItem) throws -> Void) rethrows {
        var scratch: [UInt8] = []
        var decoded: [UInt8] = []
        try forEachLine(bytes) { line, lineNumber in
            switch fields(line, number: lineNumber, scratch: &scratch, text: &decoded) {
            case .none: break
            case .problem(let reason): try body(.skipped(SkippedInput(path: "\(path):\(lineNumber)", reason: reason)))
            case .record(let fields):
                func hand(_ text: UnsafeBufferPointer<UInt8>) throws {
                    try body(.record(TextRecord(id: fields.id, text: text, line: lineNumber, note: fields.note)))
                }
                if let range = fields.text {
                    if range.inLine {
                        try hand(UnsafeBufferPointer(rebasing: line[range.range]))
                    } else {
                        try decoded.withUnsafeBufferPointer { try hand($0) }
                    }
                } else {
                    try hand(UnsafeBufferPointer(start: nil, count: 0))
                }
            }
        }
    }

    /// A line's members as the readers need them; the text is where `TextPlace` says.
    struct Fields {
        var id: String
        var url: String?
        var text: TextPlace?
        var html: String?
        var note: String?
    }

    /// Where a record's text is: `range` of the line (no escapes in it), or all of the
    /// `text` buffer given to `fields`.
    struct TextPlace {
        var inLine: Bool
        var range: Range<Int>
    }

    enum FieldsResult {
        case none
        case record(Fields)
        case problem(String)
    }

    static let idKey = 0, urlKey = 1, textKey = 2, htmlKey = 3

    /// Which member a key names (`id`, `url`, `text`, `html`), from its bytes.
    static func memberName(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        func spells(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == key.count && memcmp(word.utf8Start, key.baseAddress!, key.count) == 0
        }
        switch key.count {
        case 2: return spells("id") ? idKey : nil
        case 3: return spells("url") ? urlKey : nil
        case 4: return spells("text") ? textKey : spells("html") ? htmlKey : nil
        default: return nil
        }
    }

    /// One line read into its members (the last of repeated keys wins, as in an object): blank
    /// (none), a record, or the reason it is not one. A text with escapes is decoded into `text`.
    static func fields(_ line: UnsafeBufferPointer<UInt8>, number: Int, scratch: inout [UInt8], text textBuffer: inout [UInt8]) -> FieldsResult {
        var scanner = JSONLineScanner(line, scratch: scratch)
        scratch = []
        defer { scratch = scanner.scratch }
        if scanner.isBlank() {
            guard scanner.droppedControlBytes == 0 else { return .problem("the line holds only control bytes (U+0000–U+001F), no record") }
            return .none
        }
        var id: String?
        var idProblem: String?
        var url: String?
        var text: TextPlace?
        var html: String?
        let lineStart = line.baseAddress
        do throws(JSONLineError) {
            try scanner.fields(name: memberName) { key, field in
                switch (key, field) {
                case (idKey, .string(let s)):
                    (id, idProblem) = (String(decoding: s, as: UTF8.self), nil)
                case (idKey, .other(let value)):
                    (id, idProblem) = identifier(value)
                case (urlKey, .string(let s)): url = String(decoding: s, as: UTF8.self)
                case (urlKey, .other): url = nil
                case (htmlKey, .string(let s)): html = String(decoding: s, as: UTF8.self)
                case (htmlKey, .other): html = nil
                case (textKey, .string(let s)):
                    if let base = s.baseAddress, let lineStart, base >= lineStart, base + s.count <= lineStart + line.count {
                        let from = lineStart.distance(to: base)
                        text = TextPlace(inLine: true, range: from..<(from + s.count))
                    } else {
                        textBuffer.removeAll(keepingCapacity: true)
                        textBuffer.append(contentsOf: s)
                        text = TextPlace(inLine: s.isEmpty, range: 0..<0)
                    }
                case (textKey, .other): text = nil
                default: break
                }
            }
        } catch {
            return .problem(error.description)
        }
        if let idProblem { return .problem(idProblem) }
        guard let id, !id.isEmpty else { return .problem("the record has no \"id\"") }
        guard text != nil || html != nil else { return .problem("record '\(id)' has neither \"text\" nor \"html\"") }
        var note: String?
        if scanner.droppedControlBytes > 0 {
            let n = scanner.droppedControlBytes
            note = "\(n) control byte\(n == 1 ? "" : "s") (U+0000–U+001F) dropped from line \(number)"
        }
        return .record(Fields(id: id, url: url, text: text, html: html, note: note))
    }

    /// A record's id: a string, or a number written as JSON numbers were always read here
    /// (`12` → "12", `-0` → "0", `1e3` → "1000.0"; `true` → "1", `false` → "0").
    static func identifier(_ value: JSONLineScanner.Value) -> (String?, String?) {
        switch value {
        case .string(let s):
            return (s, nil)
        case .number(let literal, let integer):
            if integer {
                return (literal.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") } ? "0" : literal, nil)
            }
            guard let double = Double(literal), double.isFinite else {
                return (nil, "the record's \"id\" \(literal) is too large a number to name it (write it as a string)")
            }
            return ("\(double)", nil)
        case .bool(let b):
            return (b ? "1" : "0", nil)
        case .null, .nested:
            return (nil, nil)
        }
    }
}
