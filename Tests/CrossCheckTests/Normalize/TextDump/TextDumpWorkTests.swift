import Foundation
import Testing
@testable import CrossCheck

/// The text-dump normalizer's work grows with the dump, not with its square (a 2 MB dump once
/// took 2.7 s, 22 MB 6.5 minutes): counted in steps on generated dumps, never timed.
@Suite("Text dump work")
struct TextDumpWorkTests {
    /// A generated dump of about `bytes` bytes: distinct paragraphs, menus, headings, and a
    /// standfirst repeated at the start of the last paragraph.
    static func dump(bytes: Int) -> String {
        var generator = SyntheticStories.SplitMix(state: 12)
        let words = ["council", "budget", "members", "said", "the", "plan", "would", "cut", "costs", "over", "three", "years",
                     "after", "a", "long", "debate", "on", "Tuesday", "and", "of", "in", "city", "report", "new", "roads"]
        func sentence(_ n: Int) -> String {
            let count = 8 + Int(generator.next() % 14)
            let body = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            return body.prefix(1).uppercased() + body.dropFirst() + " \(n)."
        }
        let standfirst = "The council members said the plan would cut the costs of the new roads over three years."
        var out = "Council approves the road budget\n\nBy Jane Doe\n\n" + standfirst + "\n\n"
        var n = 0
        while out.utf8.count < bytes {
            n += 1
            if n % 37 == 0 { out += "- Menu item \(n)\n- Other item \(n)\n\n"; continue }
            if n % 53 == 0 { out += "Short heading \(n)\n\n"; continue }
            out += (0..<(2 + n % 4)).map { sentence(n * 10 + $0) }.joined(separator: " ") + "\n\n"
        }
        return out + standfirst + " " + sentence(0) + "\n"
    }

    static func work(_ text: String) -> (Int, Document) {
        var work = 0
        let input = InputFile(id: "generated", path: "generated.txt", format: .text, text: text)
        let document = TextDumpNormalizer(lexicons: Repository.rules.lexicons).normalize(input, work: &work)
        return (work, document)
    }

    @Test func workGrowsWithTheDumpNotItsSquare() {
        let (small, smallDoc) = Self.work(Self.dump(bytes: 1_000_000))
        let (large, largeDoc) = Self.work(Self.dump(bytes: 4_000_000))
        let blocks = largeDoc.dropped.count + largeDoc.body.components(separatedBy: "\n\n").count
        // The standfirst is still found across the whole dump.
        #expect(largeDoc.dropped.contains { $0.reason == "standfirst (repeated in the article)" })
        #expect(smallDoc.dropped.contains { $0.reason == "standfirst (repeated in the article)" })
        // Four times the input: about four times the work (n log n allows a little more), where
        // a scan of later blocks per paragraph made it sixteen.
        #expect(Double(large) / Double(small) < 5.0, "\(small) → \(large) steps")
        // And a few dozen steps per block (its head hashed, a look-up or two).
        #expect(large < blocks * 80, "\(large) steps for \(blocks) blocks")
    }

    /// The summary answers exactly what a scan of the later blocks answers, for texts shorter
    /// and longer than its head (`StandfirstSummary.headBytes`) and texts that share a head.
    @Test func theStandfirstSummaryAgreesWithAScan() {
        var generator = SyntheticStories.SplitMix(state: 3)
        let alphabet = ["a", "b", "ab", "é", " "]
        let head = String(repeating: "x", count: StandfirstSummary.headBytes - 3)
        let texts = (0..<600).map { k in
            (k % 3 == 0 ? head : "") + (0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % 5)] }.joined()
        }
        var summary = StandfirstSummary()
        for (position, text) in texts.enumerated() {
            summary.observe(text, at: position)
            if !text.isEmpty { summary.ask(text) }
        }
        for (position, text) in texts.enumerated() where !text.isEmpty {
            let scanned = texts[(position + 1)...].contains { $0.utf8.count > text.utf8.count && $0.utf8.starts(with: text.utf8) }
            #expect(summary.laterBlockExtends(text, after: position) == scanned, "\(position): '\(text)'")
        }
        #expect(summary.entries <= texts.count)
    }
}
