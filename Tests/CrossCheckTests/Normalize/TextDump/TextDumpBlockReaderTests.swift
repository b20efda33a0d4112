import Foundation
import Testing
@testable import CrossCheck

/// The body of a text dump is read one block at a time (`BlockReader`), in each pass over the
/// page's lines: lines joined where a paragraph was hard-wrapped, the same whether the page is
/// in memory (`TextDumpPage`) or read from its file a chunk at a time (`TextDumpFile`).
@Suite("Text dump blocks")
struct TextDumpBlockReaderTests {
    static let normalizer = TextDumpNormalizer(lexicons: Repository.rules.lexicons)

    static func blocks(_ source: any TextDumpSource) throws -> [TextDumpNormalizer.Block] {
        let feed = TextDumpLineFeed(source)
        try feed.restart()
        var reader = TextDumpNormalizer.BlockReader()
        var blocks: [TextDumpNormalizer.Block] = []
        while let block = reader.next(normalizer, feed) { blocks.append(block) }
        try source.finish()
        return blocks
    }

    static func blocks(_ text: String) throws -> [TextDumpNormalizer.Block] {
        try blocks(TextDumpPage(text: text, normalizer: normalizer))
    }

    @Test func hardWrappedLinesJoinBulletsAndBlankLinesDoNot() throws {
        let page = """
            The council met on Tuesday and the members
            agreed on a budget for the new roads.
            - Menu item
            - other item
            A heading

            the next paragraph starts in lowercase
            and goes on here.
            """
        let full = try Self.blocks(page)
        #expect(full.map(\.text) == [
            "The council met on Tuesday and the members agreed on a budget for the new roads.",
            "Menu item",
            "other item",
            "A heading",
            "the next paragraph starts in lowercase and goes on here.",
        ])
        #expect(full[0].words == 16 && full[0].endsSentence)
        // A joined paragraph's folded form is the folded lines joined by a space.
        #expect(full[0].store.string(full[0].folded) == BoilerplateCues.fold(full[0].text))
        #expect(full[1].bullet && full[2].bullet)
    }

    @Test func aJoinedParagraphsCuesAreAskedAgain() throws {
        // "file photo" is a caption cue; broken across the two lines, neither line holds it.
        let page = "Boats wait at the southern quay, a file\nphoto taken by the harbour authority shows\n"
        var (lines, folded) = TextDumpNormalizer.lines(page)
        Self.normalizer.annotate(&lines, folded)
        #expect(!lines[0].cues.caption && !lines[1].cues.caption)
        let full = try Self.blocks(page)
        #expect(full.count == 1)
        #expect(full.first?.cues.caption == true)
    }

    /// A generated dump of a few megabytes with hard-wrapped paragraphs, bullets and lines
    /// under bullets, CR LF line ends and no-break spaces (which cleaning changes), so that
    /// chunks of `TextDumpFile` end inside every kind of run.
    static func wrappedDump(bytes: Int) -> String {
        var out = "\u{FEFF}Council approves the road budget\r\n\r\n"
        var n = 0
        while out.utf8.count < bytes {
            n += 1
            switch n % 5 {
            case 0: out += "- Menu item \(n)\n  caption under item \(n)\n- other item\u{00A0}\(n)\n\n"
            case 1: out += "The council met on day \(n) and the members\nagreed on a budget\nfor the new roads \(n).\r\n\r\n"
            case 2: out += "Short heading \(n)\n"
            default: out += (0..<(n % 7 + 1)).map { "Paragraph \(n) line \($0) goes on and on without a stop" }.joined(separator: "\n")
                + "\nand ends at last.\n\n"
            }
        }
        return out
    }

    /// Read from its file in chunks of `TextDumpFile.chunkBytes`, a dump gives the lines and
    /// blocks it gives in memory after `InputDecoder` and `TextCleanup`, across the chunks' ends.
    @Test func aFileReadInChunksGivesThePagesBlocks() throws {
        let dump = Self.wrappedDump(bytes: 3 * TextDumpFile.chunkBytes + 12_345)
        let path = NSTemporaryDirectory() + "crosscheck-blocks-\(getpid()).txt"
        try Data(dump.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let decoded = try InputFile.decode(Array(dump.utf8))
        let inMemory = try Self.blocks(TextDumpPage(text: TextCleanup.clean(decoded), normalizer: Self.normalizer))
        let file = try TextDumpFile(path: path, normalizer: Self.normalizer)
        let fromFile = try Self.blocks(file)
        #expect(fromFile.count == inMemory.count)
        #expect(fromFile.map(\.text) == inMemory.map(\.text))
        #expect(fromFile.map(\.bullet) == inMemory.map(\.bullet))
        #expect(fromFile.map(\.underBullet) == inMemory.map(\.underBullet))
        #expect(fromFile.map { $0.store.string($0.folded) } == inMemory.map { $0.store.string($0.folded) })
        // Some paragraph was joined across a chunk's end (a line feed at a chunk boundary).
        #expect(inMemory.count > 1000)
        // A second pass gives the same blocks again.
        #expect(try Self.blocks(file).map(\.text) == inMemory.map(\.text))
    }
}
