import Foundation
import Testing
@testable import CrossCheck

/// The byte reader gives what Foundation's JSONSerialization gave for the stages' own lines, so
/// that `compare`, `report` and `run` read them back as before.
@Suite("JSON line scanner")
struct JSONLineScannerTests {
    static func both(_ line: String) throws -> (mine: [String: Any], foundation: [String: Any]) {
        var line = line
        let mine = try line.withUTF8 { bytes throws(JSONLineError) in
            var scanner = JSONLineScanner(bytes)
            return try scanner.foundationObject()
        }
        let foundation = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return (mine, foundation)
    }

    @Test(arguments: [
        #"{"id":"d","n":12,"neg":-3,"x":1.5,"e":2.5e-3,"big":1e300,"t":true,"f":false,"z":null}"#,
        #"{"list":[1,"two",[3,[]],{"k":{"deep":["v"]}}],"empty":{},"s":"q\"\\\/\b\f\n\r\tüé\u00e9\ud83d\ude00<"}"#,
        #"{"a":1,"a":2}"#,
        #"  {"spaced" : [ 1 , 2 ] }  "#,
    ])
    func valuesAreThoseOfJSONSerialization(line: String) throws {
        let (mine, foundation) = try Self.both(line)
        #expect(mine.keys.sorted() == foundation.keys.sorted())
        for key in mine.keys.sorted() {
            if let bool = foundation[key] as? Bool, !(foundation[key] is String) {
                // true and false: read as `Bool` and as `NSNumber` alike.
                #expect(mine[key] as? Bool == bool, "\(key)")
                #expect((mine[key] as? NSNumber)?.intValue == (foundation[key] as? NSNumber)?.intValue, "\(key)")
                continue
            }
            #expect(NSArray(array: [mine[key]!]).isEqual(to: [foundation[key]!]), "\(key): \(mine[key]!) vs \(foundation[key]!)")
        }
    }

    /// A string the writer escaped reads back as it was, wherever its quotes, backslashes,
    /// escapes and multi-byte characters fall in an eight-byte word.
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\t", "’", "😀", "\u{2028}", "<"])
    func writtenStringsReadBack(special: String) throws {
        for before in 0..<17 {
            let text = String(repeating: "a", count: before) + special + "“b”" + special + String(repeating: "c", count: before % 9)
            var writer = JSONByteWriter(capacity: 16)
            writer.string(text)
            var line = String(decoding: writer.bytes, as: UTF8.self)
            let read = try line.withUTF8 { bytes throws(JSONLineError) in
                var scanner = JSONLineScanner(bytes)
                return try scanner.readString()
            }
            #expect(read == text, "\(before)")
        }
    }

    @Test func theStagesOwnLinesReadBackTheSame() throws {
        let document = Document(id: "a/b", path: "a/b.txt", url: "https://x.example/", title: "T \"q\"", publisher: nil,
                                author: "A", published: "2025-05-23", modified: nil, description: nil, language: "en",
                                body: "One.\n\nTwo <b> \u{2028} end.", dropped: [DroppedBlock(text: "Menu", reason: "menu")])
        let line = JSONLines.encode([document]).trimmingCharacters(in: .newlines)
        let (mine, foundation) = try Self.both(line)
        #expect(NSDictionary(dictionary: mine).isEqual(to: foundation))
        #expect(try ModelDecoding.document(mine).body == document.body)
        #expect(try JSONLines.objects(line + "\r\n" + line, path: "d").count == 2)
    }

    @Test func numbersAndBooleansCastAsBefore() throws {
        let (mine, _) = try Self.both(#"{"start":42,"part_of":0.5,"increment":true}"#)
        #expect((mine["start"] as? NSNumber)?.intValue == 42)
        #expect((mine["part_of"] as? NSNumber)?.doubleValue == 0.5)
        #expect(mine["increment"] as? Bool == true)
    }

    @Test func aBadLineNamesItsPlace() {
        #expect(throws: Diagnostic.self) { try JSONLines.objects("{\"a\":1}\n{\"a\":}", path: "f.jsonl") }
        do {
            _ = try JSONLines.objects("{\"a\":1}\n{\"a\":}", path: "f.jsonl")
        } catch {
            #expect(error.description == "f.jsonl:2:6: error: [bad-json] not valid JSON: expected a value, found '}'")
        }
    }

    @Test(arguments: [
        ([0x41, 0xC3, 0xA9], true), ([0xE2, 0x80, 0xA8], true), ([0xF0, 0x9F, 0x98, 0x80], true),
        ([0xC0, 0x80], false), ([0xED, 0xA0, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false), ([0xE2, 0x80], false), ([0x80], false),
    ] as [([UInt8], Bool)])
    func utf8IsChecked(bytes: [UInt8], valid: Bool) {
        let padded = [UInt8](repeating: 0x61, count: 9) + bytes
        #expect(padded.withUnsafeBufferPointer { UTF8Validation.isValid($0) } == valid)
        #expect(padded.withUnsafeBufferPointer { UTF8Validation.isValid($0) } == (String(validating: padded, as: UTF8.self) != nil))
    }
}
