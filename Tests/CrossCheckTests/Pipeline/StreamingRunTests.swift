import Foundation
import Testing
@testable import CrossCheck

@Test(arguments: [1, 2, 64])
func aStreamingRunFindsWhatAWholeRunFinds(chunkSize: Int) throws {
    let pipeline = Pipeline(rules: Repository.rules, markupParser: nil)
    let whole = pipeline.run([Repository.path("corpus")])
    var seen: [Document] = []
    // The documents are handed back from where the sink put them, for the story claim check.
    let streamed = try pipeline.run([Repository.path("corpus")], chunkSize: chunkSize, sink: { seen.append($0) },
                                    reread: { each in seen.forEach(each) })
    // Documents pass the sink before the stories are grouped: the same documents, story not yet set.
    #expect(seen == whole.documents.map { var document = $0; document.story = nil; return document })
    #expect(streamed.documents == whole.documents.map(\.summary))
    #expect(streamed.documents.allSatisfy { $0.story != nil })
    #expect(streamed.documents.allSatisfy { $0.body.isEmpty && $0.dropped.isEmpty })
    #expect(JSONLines.encode(streamed.claims) == JSONLines.encode(whole.claims))
    #expect(JSONLines.encode(streamed.findings) == JSONLines.encode(whole.findings))
}

@Test func aStreamingRunReportsDuplicateIDsAndBadInputs() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = try String(contentsOfFile: Repository.path("corpus/devdiscourse-2025-08-23-us-skorea-alliance.txt"), encoding: .utf8)
    try text.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
    try text.write(toFile: folder + "/a.md", atomically: true, encoding: .utf8)
    _ = FileManager.default.createFile(atPath: folder + "/b.txt", contents: Data([0, 1, 2, 3]))
    var count = 0
    let result = try Pipeline(rules: Repository.rules, markupParser: nil).run([folder], chunkSize: 1) { _ in count += 1 }
    #expect(count == 1)
    #expect(result.documents.map(\.id) == ["a"])
    #expect(result.skipped.map { ($0.path as NSString).lastPathComponent }.sorted() == ["a.txt", "b.txt"])
    #expect(result.skipped.contains { $0.reason == "another input already has the document id 'a'" })
}

@Test func theFileReaderReadsLongLinesAcrossChunks() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let long = String(repeating: "x", count: 3 << 20)
    let text = "{\"id\":\"a\",\"text\":\"\(long)\"}\n\n{\"id\":\"b\"}\nnot json\n"
    try text.write(toFile: folder + "/in.jsonl", atomically: true, encoding: .utf8)
    var reader = try JSONLinesFileReader(path: folder + "/in.jsonl")
    #expect((try reader.next())?["text"] as? String == long)
    #expect((try reader.next())?["id"] as? String == "b")
    #expect(throws: Diagnostic.self) { _ = try reader.next() }
    #expect(reader.line == 4)
}
