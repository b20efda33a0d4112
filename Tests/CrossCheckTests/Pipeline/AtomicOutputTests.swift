import Foundation
import Testing
@testable import CrossCheck

@Test func filesAppearOnlyOnCommit() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "old report".write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
    do {
        let output = try AtomicOutput(directory: folder)
        try output.write("index.html", "new report")
        try output.write("claims.jsonl", "{}\n")
        // The run fails here: no commit.
    }
    #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == "old report")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["index.html"])

    let output = try AtomicOutput(directory: folder)
    try output.write("index.html", "new report")
    try output.write("claims.jsonl", "{}\n")
    try output.commit()
    #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == "new report")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["claims.jsonl", "index.html"])
}

@Test func anOutputPathThatIsAFileIsAClearError() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/taken"
    FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    #expect(throws: InputError.self) { _ = try AtomicOutput(directory: file) }
    do {
        _ = try AtomicOutput(directory: file)
    } catch {
        #expect(error.reason.hasPrefix("\(file): cannot create the output folder"))
    }
}
