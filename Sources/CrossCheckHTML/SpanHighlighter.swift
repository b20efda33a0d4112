/// Cuts text into plain and highlighted pieces at UTF-8 byte offsets. Offsets are clamped to the
/// text and moved outwards to character boundaries; spans that overlap or touch merge into one
/// highlighted piece carrying all their labels, so marks never nest or cross.
enum SpanHighlighter {
    static func pieces(of text: String, highlights: [Highlight]) -> [TextPiece] {
        let bytes = Array(text.utf8)
        var pieces: [TextPiece] = []
        var position = 0
        for span in merged(highlights, in: bytes) {
            if span.start > position {
                pieces.append(TextPiece(text: decode(bytes[position..<span.start]), labels: []))
            }
            pieces.append(TextPiece(text: decode(bytes[span.start..<span.end]), labels: span.labels))
            position = span.end
        }
        if position < bytes.count {
            pieces.append(TextPiece(text: decode(bytes[position...]), labels: []))
        }
        return pieces
    }

    private struct Span {
        var start: Int
        var end: Int
        var labels: [String]
    }

    private static func merged(_ highlights: [Highlight], in bytes: [UInt8]) -> [Span] {
        let spans = highlights.compactMap { clamped($0, in: bytes) }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var result: [Span] = []
        for span in spans {
            if let last = result.last, span.start <= last.end {
                result[result.count - 1].end = max(last.end, span.end)
                for label in span.labels where !last.labels.contains(label) {
                    result[result.count - 1].labels.append(label)
                }
            } else {
                result.append(span)
            }
        }
        return result
    }

    private static func clamped(_ highlight: Highlight, in bytes: [UInt8]) -> Span? {
        var start = min(max(highlight.start, 0), bytes.count)
        var end = min(max(highlight.end, 0), bytes.count)
        while start > 0, start < bytes.count, isContinuation(bytes[start]) { start -= 1 }
        while end < bytes.count, isContinuation(bytes[end]) { end += 1 }
        guard start < end else { return nil }
        return Span(start: start, end: end, labels: [highlight.label])
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
