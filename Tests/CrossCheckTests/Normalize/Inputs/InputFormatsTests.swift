import Foundation
import Testing
@testable import CrossCheck

/// Gzip, WARC and folder inputs, on fixtures in Tests/Fixtures/Normalize.
@Suite("Input formats")
struct InputFormatsTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: Repository.path("Tests/Fixtures/Normalize/\(name)"))))
    }

    @Test func gzipDecompressesToTheOriginal() throws {
        #expect(try Gzip.decompress(Self.fixture("news-page.html.gz")) == Self.fixture("news-page.html"))
        // A gzipped WARC is one member per record.
        #expect(try Gzip.decompress(Self.fixture("crawl.warc.gz")) == Self.fixture("crawl.warc"))
    }

    @Test(arguments: [
        ([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03] + [UInt8](repeating: 0xFF, count: 12), "the gzip data is corrupt"),
        ([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4B, 0x04], "the gzip data is"),
        ([0x1F, 0x8B, 0x09] + [UInt8](repeating: 0, count: 20), "gzip data uses an unknown compression method"),
        (Array("plain text, not gzip at all".utf8), "not gzip data"),
    ] as [([UInt8], String)])
    func corruptGzipGivesAReason(bytes: [UInt8], reason: String) {
        do {
            _ = try Gzip.decompress(bytes)
            Issue.record("no error for corrupt data")
        } catch {
            #expect(error.reason.hasPrefix(reason), "\(error.reason)")
        }
    }

    @Test func aDecompressionBombStopsAtTheLimit() throws {
        let gz = try Self.fixture("news-page.html.gz")
        #expect(throws: InputError.self) { try Gzip.decompress(gz, limit: 1000) }
    }

    /// A gzip bomb: `size` zero bytes, deflated with zlib (through Python, as `gzip` would).
    static func bomb(_ size: Int) throws -> [UInt8] {
        let folder = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import gzip,sys; sys.stdout.buffer.write(gzip.compress(bytes(\(size)), 9))"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    /// The cap bounds memory, not only the output: the buffer of a bomb never grows past it
    /// (it used to double past the cap, to about twice the cap with the copy).
    @Test(arguments: [3_000_000, 5_000_000]) func aBombNeverTakesMoreMemoryThanTheCap(limit: Int) throws {
        let gz = try Self.bomb(64 << 20)
        #expect(gz.count < 200_000)
        // A lying trailer (size 0) must not let it grow either.
        var lying = gz
        for i in (lying.count - 4)..<lying.count { lying[i] = 0 }
        for input in [gz, lying] {
            var out: [UInt8] = []
            do {
                try Gzip.decompress(input, limit: limit, into: &out)
                Issue.record("the bomb was not refused")
            } catch {
                #expect(error.reason.hasPrefix("the gzip data inflates to more than \(limit) bytes, the limit for one input"), "\(error.reason)")
            }
            #expect(out.count <= limit)
            #expect(out.capacity <= limit + 4096, "capacity \(out.capacity) for a cap of \(limit)")
        }
        // Under the cap, the same data inflates whole.
        #expect(try Gzip.decompress(try Self.bomb(1 << 20), limit: limit).count == 1 << 20)
    }

    @Test(arguments: ["crawl.warc", "crawl.warc.gz"])
    func warcResponsesBecomeHTMLInputs(name: String) throws {
        let path = Repository.path("Tests/Fixtures/Normalize/\(name)")
        let (inputs, skipped) = InputCollector().read(path: path, root: Repository.path("Tests/Fixtures/Normalize"))
        #expect(inputs.map(\.id) == ["crawl/example.com-world-2025-05-23-seoul-denies", "crawl/wire.example-ministry"])
        #expect(inputs.map(\.url) == ["https://example.com/world/2025/05/23/seoul-denies", "https://wire.example/ministry"])
        #expect(inputs.allSatisfy { $0.format == .html })
        // Chunked transfer encoding undone; gzip content encoding undone and ISO-8859-1 (header) transcoded.
        #expect(inputs[0].text.hasPrefix("<!DOCTYPE html>") && inputs[0].text.hasSuffix("</html>\n"))
        #expect(inputs[0].encodingNote == nil)
        #expect(inputs[1].text.contains("the café and"))
        #expect(inputs[1].encodingNote?.hasPrefix("transcoded from windows-1252 (declared") == true)
        #expect(skipped.map(\.reason) == ["not an HTML page (image/jpeg)", "HTTP status 301, not a page"])
        #expect(skipped.first?.path == "\(path):5 (https://example.com/tank.jpg)")
    }

    /// A Content-Length as large as Int allows once overflowed `headerEnd + length` and killed
    /// the run; now the record is skipped with its reason and the records after it are read.
    @Test(arguments: ["9223372036854775807", "9223372036854775000", "-5", "12x", "99999999"])
    func aBadContentLengthCostsOnlyItsRecord(length: String) throws {
        let good = try Self.fixture("crawl.warc")
        let bad = Array("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: \(length)\r\n\r\nGARBAGE\r\n\r\n".utf8)
        let (inputs, skipped) = WARCReader.inputs(bad + good, path: "x.warc", id: "x")
        #expect(inputs.map(\.url) == ["https://example.com/world/2025/05/23/seoul-denies", "https://wire.example/ministry"])
        #expect(skipped.first?.path == "x.warc:1")
        #expect(skipped.first?.reason.contains("wrong Content-Length ('\(length)'); reading on at the next record") == true,
                "\(skipped.first?.reason ?? "")")
        // Alone in its file, it is one skipped record and no crash.
        let (none, alone) = WARCReader.inputs(Array("WARC/1.0\r\nContent-Length: \(length)\r\n\r\n".utf8), path: "y.warc", id: "y")
        #expect(none.isEmpty && alone.count == 1)
    }

    @Test func aBadRecordHeaderInTheMiddleCostsOnlyItself() throws {
        let good = try Self.fixture("crawl.warc")
        let (inputs, skipped) = WARCReader.inputs(good + Array("\r\nWARX/1.0 junk\r\n".utf8) + good, path: "x.warc", id: "x")
        #expect(inputs.count == 4)
        #expect(skipped.contains { $0.reason.hasPrefix("bad WARC record header at byte") && $0.reason.contains("reading on") })
    }

    @Test func aFileThatIsNotWARCIsReported() {
        let (inputs, skipped) = WARCReader.inputs(Array("hello".utf8), path: "x.warc", id: "x")
        #expect(inputs.isEmpty)
        #expect(skipped.map(\.reason) == ["not a WARC file (no 'WARC/' record header)"])
    }

    @Test func foldersAreReadRecursivelyInAStableOrder() throws {
        let folder = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/b/c", withIntermediateDirectories: true)
        for name in ["z.txt", "b/c/a.html", "b/a.warc.gz", "a.jsonl", "b/.hidden.txt", "b/notes.pdf"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        let (files, skipped) = InputCollector().files([folder])
        #expect(files.map { String($0.path.dropFirst(folder.count + 1)) } == ["a.jsonl", "b/a.warc.gz", "b/c/a.html", "z.txt"])
        #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["notes.pdf"])
    }
}
