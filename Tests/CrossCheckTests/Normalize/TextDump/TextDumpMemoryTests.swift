import Foundation
import Testing
@testable import CrossCheck

/// A text dump read from its file (`Normalizer.normalizeTextFile`) holds what a chunk needs,
/// whatever the dump's size, and gives the Document the dump gives read whole: counted in bytes
/// the reader holds at once (`TextDumpFile.peakBytesHeld`), never timed.
@Suite("Text dump memory")
struct TextDumpMemoryTests {
    static let normalizer = Normalizer(lexicons: Repository.rules.lexicons, markupParser: nil)

    static func file(_ text: String, _ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "crosscheck-\(name)-\(getpid()).txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aDumpReadInChunksHoldsAChunkWhateverItsSize() throws {
        var peaks: [Int] = []
        for megabytes in [3, 12] {
            let dump = TextDumpWorkTests.dump(bytes: megabytes << 20)
            let path = try Self.file(dump, "memory-\(megabytes)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            var work = 0
            let (streamed, peak) = try Self.normalizer.normalizeTextFile(path: path, id: "generated", work: &work)
            let whole = try Self.normalizer.normalize(InputFile(id: "generated", path: path, format: .text, text: dump))
            // The same Document, standfirst found across the dump included.
            #expect(streamed == whole)
            #expect(streamed.dropped.contains { $0.reason == "standfirst (repeated in the article)" })
            // What the reader held at once: a chunk and its lines, not the dump.
            #expect(peak < 6 * TextDumpFile.chunkBytes, "\(peak) bytes held for \(dump.utf8.count)")
            peaks.append(peak)
        }
        // Four times the dump, the same bytes held (within a chunk's worth).
        #expect(peaks[1] < peaks[0] + TextDumpFile.chunkBytes, "\(peaks)")
    }

    /// What the file reader cannot decode by chunks (not UTF-8) is refused before anything is
    /// made, and read whole by the pipeline instead, with the same outcome as before.
    @Test func aDumpThatIsNotUTF8IsReadWhole() throws {
        var bytes = Array(TextDumpWorkTests.dump(bytes: 200_000).utf8)
        bytes[100] = 0xE9  // "é" in Windows-1252
        let path = NSTemporaryDirectory() + "crosscheck-latin-\(getpid()).txt"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.self) { try Self.normalizer.normalizeTextFile(path: path, id: "latin") }
        do {
            _ = try Self.normalizer.normalizeTextFile(path: path, id: "latin")
        } catch {
            #expect(error.reason == TextDumpFile.needsWholeFile)
        }
    }

    /// A dump with stray control bytes and a byte order mark: the note and the text are those
    /// of the dump read whole.
    @Test func controlBytesAndAByteOrderMarkAsReadWhole() throws {
        let dump = "\u{FEFF}" + TextDumpWorkTests.dump(bytes: 300_000).replacingOccurrences(of: "Menu item 37", with: "Menu\u{0}item 37")
        let path = try Self.file(dump, "controls")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let streamed = try Self.normalizer.normalizeTextFile(path: path, id: "controls")
        let decoded = try InputDecoder.decode(Array(dump.utf8)[...])
        let whole = try Self.normalizer.normalize(InputFile(id: "controls", path: path, format: .text, text: decoded.text,
                                                            controlBytes: decoded.controlBytes))
        #expect(decoded.controlBytes > 0)
        #expect(streamed == whole)
    }
}
