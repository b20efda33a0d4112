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
    #expect(visible(folder) == ["claims.jsonl", "current", "index.html"])
}

/// The names a reader sees in an output folder (not the hidden generation folders).
func visible(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
}

func commitRun(_ folder: String, _ files: [String: String]) throws {
    let output = try AtomicOutput(directory: folder)
    for (name, contents) in files.sorted(by: { $0.key < $1.key }) { try output.write(name, contents) }
    try output.commit()
}

@Test func pagesTheNewRunDoesNotWriteAreGone() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A folder from before generation folders: plain files, one page nothing will write again.
    try "old".write(toFile: folder + "/index.html", atomically: true, encoding: .utf8)
    try "old page".write(toFile: folder + "/doc-gone.html", atomically: true, encoding: .utf8)
    try "notes".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
    try commitRun(folder, ["index.html": "one", "doc-a.html": "a1", "doc-b.html": "b1"])
    #expect(visible(folder) == ["README.md", "current", "doc-a.html", "doc-b.html", "index.html"])
    try commitRun(folder, ["index.html": "two", "doc-a.html": "a2"])
    #expect(visible(folder) == ["README.md", "current", "doc-a.html", "index.html"])
    #expect(try String(contentsOfFile: folder + "/index.html", encoding: .utf8) == "two")
    #expect(try String(contentsOfFile: folder + "/doc-a.html", encoding: .utf8) == "a2")
    // One generation folder is left: the current one.
    let hidden = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
    #expect(hidden.count == 1 && hidden[0].hasPrefix(".generation-"))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/current") == hidden[0])
}

@Test func whatDeadRunsLeftIsRemovedAtStart() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try commitRun(folder, ["index.html": "one"])
    // A process that has exited: its id names no live process.
    let done = Process()
    done.executableURL = URL(fileURLWithPath: "/bin/true")
    try done.run()
    done.waitUntilExit()
    let dead = done.processIdentifier
    for name in [".crosscheck-\(dead)", ".generation-\(dead)-1", ".crosscheck-1"] {
        try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/" + name + "/big.jsonl", contents: Data(count: 1000)))
    }
    let output = try AtomicOutput(directory: folder)
    let hidden = Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") })
    #expect(!hidden.contains(".crosscheck-\(dead)") && !hidden.contains(".generation-\(dead)-1"))
    // Process 1 is alive: its staging folder may be a run in progress, and stays.
    #expect(hidden.contains(".crosscheck-1"))
    // The current generation stays.
    #expect(hidden.contains(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/current")))
    _ = output
}

@Test func anOutputPathThatIsAFileIsAClearError() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/taken"
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    #expect(throws: InputError.self) { _ = try AtomicOutput(directory: file) }
    do {
        _ = try AtomicOutput(directory: file)
    } catch {
        #expect(error.reason.hasPrefix("\(file): cannot create the output folder"))
    }
}

/// A full disk gives a reason in words, not an NSError dump (/dev/full fails every write with ENOSPC).
@Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
func aFullDiskIsSaidInWords() throws {
    let handle = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    do {
        try handle.write(contentsOf: Data(repeating: 0x41, count: 1 << 16))
        try handle.synchronize()
        Issue.record("writing to /dev/full did not fail")
    } catch {
        #expect(WriteFailure.reason(error) == "the disk is full (no space left on device)", "\(error)")
        #expect(WriteFailure.isOutOfSpace(error))
    }
    do {
        try Data("x".utf8).write(to: URL(fileURLWithPath: "/dev/full"))
        Issue.record("writing to /dev/full did not fail")
    } catch {
        #expect(WriteFailure.reason(error) == "the disk is full (no space left on device)", "\(error)")
    }
}
