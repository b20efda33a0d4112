import Testing
@testable import CrossCheck

/// Random texts built from the tokens the splitter reacts to: whatever they are, ranges stay
/// ordered, trimmed and disjoint, only whitespace lies between them, and streaming in any chunk
/// size gives the same ranges as the whole text.
@Suite("Sentence splitter invariants")
struct SplitterFuzzTests {
    static let tokens = ["Mr.", "U.S.", " ", " ", " ", "\n", "\n\n", "a", "The", "he", "1.", "2.", "a)", "• ", "- ",
                         "...", "…", ". . .", "\"", "”", "“", "’", "?", "!", "?!", "。", "\u{00A0}", "x.com", "\r\n",
                         "(", ")", "e.g.", "5", "44.39", "p.m.", "J.", "\t", "é", "🇰🇷", "@a", "#b", ".", ",", ":",
                         "\u{2029}", "\u{2028}", "iPhone", "said", "[...]", "»", "« "]

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func texts(count: Int) -> [String] {
        var g = Generator(state: 42)
        return (0..<count).map { _ in
            let n = Int(g.next() % 60) + 1
            return (0..<n).map { _ in tokens[Int(g.next() % UInt64(tokens.count))] }.joined()
        }
    }

    @Test("random texts keep every invariant")
    func invariants() {
        let splitter = SplitRules.splitter
        for text in Self.texts(count: 400) {
            let bytes = Array(text.utf8)
            let ranges = bytes.withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
            var last = 0
            var covered = [Bool](repeating: false, count: bytes.count)
            for r in ranges {
                #expect(r.lowerBound >= last && r.upperBound <= bytes.count && !r.isEmpty, "\(text.debugDescription)")
                last = r.upperBound
                for k in r { covered[k] = true }
                let s = String(decoding: bytes[r], as: UTF8.self).unicodeScalars
                #expect(!(s.first?.properties.isWhitespace ?? true) && !(s.last?.properties.isWhitespace ?? true),
                        "\(text.debugDescription)")
            }
            let rest = String(decoding: zip(bytes, covered).filter { !$0.1 }.map(\.0), as: UTF8.self)
            #expect(rest.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }, "\(text.debugDescription)")
            for chunk in [1, 5] {
                var stream = StreamingSentenceSplitter(splitter: splitter)
                var streamed: [Range<Int>] = []
                var k = 0
                while k < bytes.count {
                    stream.feed(Array(bytes[k..<min(bytes.count, k + chunk)])) { r, _ in streamed.append(r) }
                    k += chunk
                }
                stream.finish { r, _ in streamed.append(r) }
                #expect(streamed == ranges, "chunk \(chunk): \(text.debugDescription)")
            }
        }
    }
}
