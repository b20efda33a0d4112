import Foundation
import Testing
@testable import CrossCheck

/// JSON Lines records as a user writes them: what is read, what is refused and how it is named.
@Suite("JSON Lines input")
struct JSONLinesInputTests {
    static func parse(_ text: String) -> ([JSONLinesInput.Record], [String]) {
        let (records, skipped) = JSONLinesInput.parse(text, path: "in.jsonl")
        return (records, skipped.map { "\($0.path): \($0.reason)" })
    }

    @Test func recordsKeepTheirFieldsAndLineNumbers() {
        let (records, skipped) = Self.parse("""
            {"id":"a","url":"https://x.example/a","text":"One. Two."}

            {"html":"<p>Hi</p>","id":"b","extra":[1,{"k":[true,false,null]},-2.5e3]}
            """)
        #expect(skipped.isEmpty)
        #expect(records.map(\.id) == ["a", "b"])
        #expect(records.map(\.line) == [1, 3])
        #expect(records[0].url == "https://x.example/a" && records[0].text == "One. Two." && records[0].html == nil)
        #expect(records[1].html == "<p>Hi</p>" && records[1].text == nil && records[1].note == nil)
    }

    @Test func escapesDecodeAsJSONSays() {
        let (records, _) = Self.parse(#"{"id":"e","text":"q\"b\\s\/t\tn\nu\u00e9 \ud83d\ude00 \u0041"}"#)
        #expect(records.first?.text == "q\"b\\s/t\tn\nué 😀 A")
    }

    /// Number ids read as they always were (`12`, `-0` → "0", `1e3` → "1000.0").
    @Test(arguments: [("12", "12"), ("-5", "-5"), ("-0", "0"), ("12.0", "12.0"), ("1e3", "1000.0"), ("1.25e-7", "1.25e-07"),
                      ("123456789012345678901234", "123456789012345678901234"), ("true", "1")])
    func numberIDs(literal: String, id: String) {
        let (records, skipped) = Self.parse(#"{"id":\#(literal),"text":"x"}"#)
        #expect(skipped.isEmpty)
        #expect(records.first?.id == id)
    }

    @Test(arguments: [
        (#"{"id":"x","text":"a \ud800 b"}"#, "lone surrogate \\uD800 in a string (a high surrogate without the low one", 21),
        (#"{"id":"x","text":"a \udc01"}"#, "lone surrogate \\uDC01 in a string (a low surrogate without the high one", 21),
        (#"{"id":"x","text":"a \ud800\u0041"}"#, "lone surrogate \\uD800", 21),
        (#"{"id":"x","text":"a",}"#, "a comma before '}' (trailing commas are not JSON)", 21),
        (#"{"id":"x","text":"a"} {}"#, "text after the object", 23),
        (#"{"id":"x" "text":"a"}"#, "expected ',' or '}' after the value of \"id\", found '\"'", 11),
        (#"{"id":"x","text":"a\q"}"#, "unknown escape \\q in a string", 20),
        (#"{"id":"x","text":"a"#, "a string is not closed", 18),
        (#"{"id":01,"text":"a"}"#, "a number may not start with 0", 7),
        (#"[{"id":"x"}]"#, "not a JSON object: a line must hold one {...} object; found '['", 1),
    ] as [(String, String, Int)])
    func aBadLineSaysWhatAndWhere(line: String, message: String, column: Int) {
        let (records, skipped) = Self.parse("{\"id\":\"ok\",\"text\":\"fine\"}\n" + line)
        #expect(records.map(\.id) == ["ok"])
        #expect(skipped.count == 1)
        #expect(skipped.first?.hasPrefix("in.jsonl:2: ") == true)
        #expect(skipped.first?.contains(message) == true, "\(skipped)")
        #expect(skipped.first?.hasSuffix("(column \(column))") == true, "\(skipped)")
    }

    @Test func recordsWithoutIDOrTextAreNamed() {
        let (_, skipped) = Self.parse("{\"text\":\"a\"}\n{\"id\":\"\",\"text\":\"a\"}\n{\"id\":\"n\",\"text\":5}")
        #expect(skipped == ["in.jsonl:1: the record has no \"id\"", "in.jsonl:2: the record has no \"id\"",
                            "in.jsonl:3: record 'n' has neither \"text\" nor \"html\""])
    }

    /// NUL and other control bytes cost neither the file nor the record: they are dropped, noted.
    @Test func controlBytesAreDroppedFromTheirLineOnly() {
        let text = "{\"id\":\"a\",\"text\":\"Four\u{0}\u{0}\u{0}\u{0} NULs.\"}\n\u{1}\u{2}\u{3}\u{1B}\n\t{\"id\":\"b\",\u{7}\"text\":\"Tab\tkept.\"}\n"
        let (records, skipped) = Self.parse(text)
        #expect(records.map(\.id) == ["a", "b"])
        #expect(records[0].text == "Four NULs.")
        #expect(records[0].note == "4 control bytes (U+0000–U+001F) dropped from line 1")
        #expect(records[1].text == "Tab\tkept.")
        #expect(records[1].note == "1 control byte (U+0000–U+001F) dropped from line 3")
        #expect(skipped == ["in.jsonl:2: the line holds only control bytes (U+0000–U+001F), no record"])
    }

    /// Through the input collector a JSON Lines file with a line of control bytes keeps its other
    /// records (it was refused whole as binary), and the note reaches the Document's `dropped`.
    @Test func aJSONLinesFileIsNotBinaryForOneLine() throws {
        let folder = NSTemporaryDirectory() + "jsonl-controls-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let body = "The council approved the budget on Tuesday after a long debate. Members said the plan would cut costs by a fifth over three years."
        let lines = [String](repeating: "\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}", count: 3)
            + ["{\"id\":\"story\",\"text\":\"\(body.replacingOccurrences(of: "Tuesday", with: "Tues\u{0}day"))\"}"]
        try lines.joined(separator: "\n").write(toFile: folder + "/in.jsonl", atomically: true, encoding: .utf8)
        let (inputs, skipped) = InputCollector().read(path: folder + "/in.jsonl", root: folder)
        #expect(inputs.map(\.id) == ["story"])
        #expect(skipped.map(\.path) == (1...3).map { "\(folder)/in.jsonl:\($0)" })
        let document = try Normalizer(lexicons: Repository.rules.lexicons, markupParser: nil).normalize(try #require(inputs.first))
        #expect(document.body == body)
        #expect(document.dropped.first?.reason == "note: 1 control byte (U+0000–U+001F) dropped from line 4")
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let (records, skipped) = Self.parse("{\"id\":\"d\",\"text\":\"x\",\"deep\":\(deep)}")
        #expect(records.isEmpty)
        #expect(skipped.first?.contains("nested deeper than 512") == true)
    }
}

extension JSONLinesInputTests {
    /// U+FEFF inside a string is text like any other: kept, so that sentence offsets slice the
    /// text as every other JSON reader gives it (Foundation's reader dropped it after an escape).
    @Test func aByteOrderMarkInsideAStringIsKept() {
        let (records, _) = Self.parse("{\"id\":\"b\",\"text\":\"\u{FEFF}One.\\\"\u{FEFF}\\n\\nTwo.\"}")
        #expect(records.first?.text == "\u{FEFF}One.\"\u{FEFF}\n\nTwo.")
    }
}

/// `forEachTextRecord` (what `split` and `quantities` read) hands out the records, texts and
/// problems `forEachRecord` does, line for line.
@Suite("JSON Lines text records")
struct JSONLinesTextRecordTests {
    static let lines = [
        #"{"id":"a","text":"Plain. Text."}"#,
        #"{"id":"b","text":"q\"b\\s\/t\tn\nu\u00e9 \ud83d\ude00 \u0041"}"#,
        "{\"id\":\"c\",\"text\":\"raw\u{01}control\"}",
        #"{"id":"d","html":"<p>only html</p>"}"#,
        #"{"id":7,"text":"first","text":"second"}"#,
        #"{"id":"e","text":"kept","text":null}"#,
        #"{"id":"f","t\u0065xt":"escaped key"}"#,
        #"{"i\u0064":"g","text":"escaped id key"}"#,
        #"{"id":"h","text":"","meta":{"a":[1,{"b":"\n"}]}}"#,
        #"{"id":"i","text":"trailing",}"#,
        #"{"id":"j" "text":"no comma"}"#,
        #"{"id":"k","text":"bad \x"}"#,
        #"{"text":"no id"}"#,
        "",
        "[1]",
    ]

    @Test func theSameRecordsAsForEachRecord() {
        var text = Self.lines.joined(separator: "\n")
        var expected: [String] = []
        var found: [String] = []
        text.withUTF8 { bytes in
            JSONLinesInput.forEachRecord(utf8: bytes, path: "in.jsonl") { item in
                switch item {
                case .record(let r): expected.append("\(r.line) \(r.id) [\(r.text ?? "")] \(r.note ?? "-")")
                case .skipped(let s): expected.append("\(s.path) \(s.reason)")
                }
            }
            JSONLinesInput.forEachTextRecord(utf8: bytes, path: "in.jsonl") { item in
                switch item {
                case .record(let r): found.append("\(r.line) \(r.id) [\(String(decoding: r.text, as: UTF8.self))] \(r.note ?? "-")")
                case .skipped(let s): found.append("\(s.path) \(s.reason)")
                }
            }
        }
        #expect(expected.count == 14)
        #expect(found == expected)
        #expect(found.contains("2 b [q\"b\\s/t\tn\nué 😀 A] -"))
        #expect(found.contains("5 7 [second] -"))
        #expect(found.contains("7 f [escaped key] -"))
    }
}
