import Testing
@testable import CrossCheckHTML

@Suite("SpanHighlighter")
struct SpanHighlighterTests {
    @Test func marksBytesAfterMultiByteCharacters() {
        let text = "é “x” 4,500 troops"
        let start = "é “x” ".utf8.count
        let pieces = SpanHighlighter.pieces(of: text, highlights: [Highlight(start: start, end: start + 5, label: "n")])
        #expect(pieces == [
            TextPiece(text: "é “x” ", labels: []),
            TextPiece(text: "4,500", labels: ["n"]),
            TextPiece(text: " troops", labels: []),
        ])
    }

    @Test func clampsOutOfRangeSpans() {
        let pieces = SpanHighlighter.pieces(of: "abc", highlights: [
            Highlight(start: -5, end: 1, label: "a"), Highlight(start: 2, end: 99, label: "b"),
            Highlight(start: 50, end: 60, label: "gone"), Highlight(start: 2, end: 1, label: "reversed"),
        ])
        #expect(pieces == [
            TextPiece(text: "a", labels: ["a"]), TextPiece(text: "b", labels: []), TextPiece(text: "c", labels: ["b"]),
        ])
    }

    @Test func offsetsInsideACharacterWidenToWholeCharacters() {
        // "é" is bytes 0..<2; a span 1..<3 starts inside it.
        let pieces = SpanHighlighter.pieces(of: "éab", highlights: [Highlight(start: 1, end: 3, label: "x")])
        #expect(pieces == [TextPiece(text: "éa", labels: ["x"]), TextPiece(text: "b", labels: [])])
    }

    @Test func overlappingAndTouchingSpansMerge() {
        let pieces = SpanHighlighter.pieces(of: "0123456789", highlights: [
            Highlight(start: 5, end: 8, label: "b"), Highlight(start: 1, end: 4, label: "a"),
            Highlight(start: 3, end: 5, label: "c"), Highlight(start: 2, end: 3, label: "a"),
        ])
        #expect(pieces == [
            TextPiece(text: "0", labels: []), TextPiece(text: "1234567", labels: ["a", "c", "b"]),
            TextPiece(text: "89", labels: []),
        ])
    }
}
