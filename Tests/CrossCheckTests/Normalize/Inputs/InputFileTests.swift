import Foundation
import Testing
@testable import CrossCheck

@Test(arguments: [
    ([UInt8](), "the file is empty"),
    (Array("  \n\n\t ".utf8), "the file is empty"),
    ([0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], "the file is empty"),
    ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41], "the file is binary, not text"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "the file is binary, not text"),
])
func unusableBytesAreRejectedWithAReason(bytes: [UInt8], reason: String) {
    #expect(throws: InputError.self) { try InputFile.decode(bytes) }
    do {
        _ = try InputFile.decode(bytes)
    } catch {
        #expect(error.reason == reason)
    }
}

@Test func aByteOrderMarkIsRemoved() throws {
    #expect(try InputFile.decode([0xEF, 0xBB, 0xBF] + Array("Hello.".utf8)) == "Hello.")
}

/// Text that is not UTF-8 is read as a browser would, never skipped: a demanding user expects a
/// latin-1 article to be read, and told that it was transcoded.
@Test(arguments: [
    ([0x48, 0x69, 0x20, 0xE9, 0x74, 0xE9], "Hi été", "transcoded from windows-1252 (no charset declared; not valid UTF-8 from byte 3)"),
    ([0x93, 0x51, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x9F], "“Q” €5 – Ÿ", "transcoded from windows-1252 (no charset declared; not valid UTF-8 from byte 0)"),
    ([0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00], "Hé", "transcoded from UTF-16LE (byte order mark)"),
    ([0xFE, 0xFF, 0x00, 0x48, 0x20, 0xAC], "H€", "transcoded from UTF-16BE (byte order mark)"),
    (Array("Déjà vu".utf8), "Déjà vu", nil),
] as [([UInt8], String, String?)])
func textThatIsNotUTF8IsTranscoded(bytes: [UInt8], text: String, note: String?) throws {
    let decoded = try InputDecoder.decode(bytes[...])
    #expect(decoded.text == text)
    #expect(decoded.note == note)
}

@Test func htmlCharsetDeclarationsAreHonouredOnlyWhenTheBytesAreNotUTF8() throws {
    let latin = Array("<meta charset=\"iso-8859-1\"><p>Caf".utf8) + [0xE9]
    let decoded = try InputDecoder.decode(latin[...], sniffMarkup: true)
    #expect(decoded.text.hasSuffix("Café"))
    #expect(decoded.note?.hasPrefix("transcoded from windows-1252 (declared") == true)
    // A page that claims windows-1252 but is valid UTF-8 is UTF-8 (pages lie).
    let lying = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Café".utf8)
    #expect(try InputDecoder.decode(lying[...], sniffMarkup: true).note == nil)
    // An HTTP header charset (from a WARC record) wins over sniffing; declared UTF-8 with a bad byte keeps the rest.
    let bad = Array("<p>ok ".utf8) + [0xFF] + Array(" fine".utf8)
    let repaired = try InputDecoder.decode(bad[...], declaredCharset: "UTF-8")
    #expect(repaired.text == "<p>ok \u{FFFD} fine")
    #expect(InputDecoder.metaCharset(Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8)[...]) == "iso-8859-1")
}

@Test func aRunSkipsBadInputsAndGoesOn() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let good = """
        Troops Leave

        Some 1,100 British soldiers are currently based in Estonia, the ministry of defence said on Monday in a statement.
        """
    #expect(FileManager.default.createFile(atPath: folder + "/good.txt", contents: Data(good.utf8)))
    #expect(FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data()))
    #expect(FileManager.default.createFile(atPath: folder + "/latin1.txt", contents: Data([0x43, 0x61, 0x66, 0xE9, 0x2E])))
    #expect(FileManager.default.createFile(atPath: folder + "/binary.txt", contents: Data([0x00, 0x01, 0x02, 0x41, 0x42])))
    let cafe = Array("Troops Arrive\n\nThe caf".utf8) + [0xE9]
        + Array(" owners near the base said on Monday that some 300 soldiers had arrived in the town over the weekend.\n".utf8)
    #expect(FileManager.default.createFile(atPath: folder + "/cafe.txt", contents: Data(cafe)))
    #expect(FileManager.default.createFile(atPath: folder + "/image.png", contents: Data([0x89, 0x50, 0x4E, 0x47])))
    let result = Pipeline(rules: Repository.rules, markupParser: nil).run([folder, folder + "/missing.txt"])
    // Latin-1 files are read (transcoded), not skipped.
    #expect(result.documents.map(\.id) == ["cafe", "good", "latin1"])
    let cafeDocument = try #require(result.documents.first)
    #expect(cafeDocument.body.contains("The café owners near the base"))
    #expect(result.documents.last?.body == "Café.")
    #expect(cafeDocument.dropped.first?.reason.hasPrefix("note: transcoded from windows-1252") == true)
    let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map { (($0.path as NSString).lastPathComponent, $0.reason) })
    #expect(reasons["empty.txt"] == "the file is empty")
    #expect(reasons["binary.txt"] == "the file is binary, not text")
    #expect(reasons["image.png"]?.hasPrefix("not an input format") == true)
    #expect(reasons["missing.txt"] == "no such file or directory")
    #expect(result.claims.contains { $0.topic.subject == "British troops in Estonia" })
}

/// Four NUL bytes in an article once made the whole file "binary"; now they are removed and
/// counted in `dropped`, and the article is read.
@Test func strayControlBytesAreRemovedAndNoted() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let article = Array("Troops Leave\n\nSome 1,100 British soldiers are currently based".utf8) + [0, 0, 0, 0]
        + Array(" in Estonia, the ministry of defence said on Monday in a\u{1B} statement.\n".utf8)
    #expect(FileManager.default.createFile(atPath: folder + "/nul.txt", contents: Data(article)))
    let result = Pipeline(rules: Repository.rules, markupParser: nil).run([folder])
    #expect(result.skipped.isEmpty)
    let document = try #require(result.documents.first)
    #expect(document.body.contains("currently based in Estonia"))
    #expect(!document.body.utf8.contains(0) && !document.body.utf8.contains(0x1B))
    #expect(document.dropped.contains { $0.text == "(control bytes)" && $0.reason == "note: 5 control bytes (NUL or other C0 controls) removed" })
    #expect(result.claims.contains { $0.topic.subject == "British troops in Estonia" })
}

/// Skipped records are listed by line number as a number: `:2` before `:10`.
@Test func skippedLinesSortByNumber() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var lines = (1...12).map { _ in "not json" }
    lines[0] = #"{"id": "a", "text": "Some 1,100 British soldiers are currently based in Estonia, the ministry said."}"#
    #expect(FileManager.default.createFile(atPath: folder + "/records.jsonl", contents: Data(lines.joined(separator: "\n").utf8)))
    let result = Pipeline(rules: Repository.rules, markupParser: nil).run([folder])
    let numbers = result.skipped.map { $0.path.split(separator: ":").last.map(String.init) ?? "" }
    #expect(numbers == (2...12).map(String.init))
    let unsorted = [SkippedInput(path: "x.warc:10 (https://a.example:8080/x)", reason: "r"),
                    SkippedInput(path: "x.warc:9 (https://a.example:8080/y)", reason: "r"),
                    SkippedInput(path: "x.warc", reason: "r"), SkippedInput(path: "w.txt", reason: "r")]
    #expect(unsorted.sorted(by: SkippedInput.listedBefore).map(\.path)
            == ["w.txt", "x.warc", "x.warc:9 (https://a.example:8080/y)", "x.warc:10 (https://a.example:8080/x)"])
}
