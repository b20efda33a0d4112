import Foundation
import Testing
@testable import CrossCheck

/// The body of a text dump is read one block at a time (`BlockReader`), twice: once for the
/// standfirst index's texts, once for the loop that keeps or drops each block. Both passes must
/// see the same blocks, joined the same way.
@Suite("Text dump blocks")
struct TextDumpBlockReaderTests {
    static let normalizer = TextDumpNormalizer(lexicons: Repository.rules.lexicons)

    static func blocks(_ text: String) -> (full: [TextDumpNormalizer.Block], texts: [String], folded: FoldedLines) {
        var (lines, folded) = TextDumpNormalizer.lines(text)
        normalizer.annotate(&lines, folded)
        var reader = TextDumpNormalizer.BlockReader(lines: lines[...])
        var full: [TextDumpNormalizer.Block] = []
        while let block = reader.next(normalizer, &folded) { full.append(block) }
        let texts = Array(TextDumpNormalizer.BlockTexts(lines: lines[...]))
        return (full, texts, folded)
    }

    @Test func hardWrappedLinesJoinBulletsAndBlankLinesDoNot() {
        let page = """
            The council met on Tuesday and the members
            agreed on a budget for the new roads.
            - Menu item
            - other item
            A heading

            the next paragraph starts in lowercase
            and goes on here.
            """
        let (full, texts, folded) = Self.blocks(page)
        #expect(full.map(\.text) == [
            "The council met on Tuesday and the members agreed on a budget for the new roads.",
            "Menu item",
            "other item",
            "A heading",
            "the next paragraph starts in lowercase and goes on here.",
        ])
        #expect(texts == full.map(\.text))
        #expect(full[0].words == 16 && full[0].endsSentence)
        // A joined paragraph's folded form is the folded lines joined by a space.
        #expect(folded.string(full[0].folded) == BoilerplateCues.fold(full[0].text))
        #expect(full[1].bullet && full[2].bullet)
    }

    @Test func aJoinedParagraphsCuesAreAskedAgain() {
        // "file photo" is a caption cue; broken across the two lines, neither line holds it.
        let page = "Boats wait at the southern quay, a file\nphoto taken by the harbour authority shows\n"
        var (lines, folded) = TextDumpNormalizer.lines(page)
        Self.normalizer.annotate(&lines, folded)
        #expect(!lines[0].cues.caption && !lines[1].cues.caption)
        let (full, _, _) = Self.blocks(page)
        #expect(full.count == 1)
        #expect(full.first?.cues.caption == true)
    }

    /// On a generated multi-megabyte dump, the index's pass and the loop's pass give the same
    /// blocks, in the same order, as many as the page's paragraphs.
    @Test func bothPassesSeeTheSameBlocks() {
        let dump = TextDumpWorkTests.dump(bytes: 2_000_000)
        let (full, texts, _) = Self.blocks(dump)
        #expect(full.count == texts.count)
        #expect(full.map(\.text) == texts)
        #expect(full.count == dump.components(separatedBy: "\n\n").filter { !$0.isEmpty }.reduce(0) { count, paragraph in
            // A menu is one block per item; every other paragraph one block.
            count + (paragraph.hasPrefix("- ") ? paragraph.split(separator: "\n").count : 1)
        })
    }
}
