/// A sentence cut down to at most about `limit` bytes around a claim's byte span: the whole
/// sentence when it fits, else the span with an equal share of context either side (a span
/// longer than the limit is kept whole), cut at character boundaries.
struct SentenceExcerpt {
    let text: String
    /// The span, in bytes of `text`.
    let start: Int
    let end: Int
    let cutBefore: Bool
    let cutAfter: Bool

    init(_ sentence: String, start: Int, end: Int, limit: Int) {
        let bytes = Array(sentence.utf8)
        let s = min(max(start, 0), bytes.count)
        let e = min(max(end, s), bytes.count)
        guard bytes.count > limit else {
            (text, self.start, self.end, cutBefore, cutAfter) = (sentence, start, end, false, false)
            return
        }
        let context = max(0, (limit - (e - s)) / 2)
        var from = max(0, s - context)
        var to = min(bytes.count, e + context)
        while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
        text = String(decoding: bytes[from..<to], as: UTF8.self)
        self.start = s - from
        self.end = e - from
        cutBefore = from > 0
        cutAfter = to < bytes.count
    }
}
