/// Sentence splitting of an input too big to hold, fed in chunks (a 1 GB stdin).
///
/// Reads: byte chunks in order, and a `SentenceSplitter`. Adds: each completed sentence's range
/// in absolute byte offsets of the whole input, with its bytes, as soon as it is certain. Keeps
/// only the unfinished tail: text after the last blank-line paragraph break, since sentences
/// never cross one. A paragraph longer than `maxPending` bytes is split as far as it can be and
/// only its last, unfinished sentence is kept; so memory stays near `maxPending` plus one chunk.
/// The ranges equal those of `SentenceSplitter` on the whole input, except inside such
/// over-long paragraphs (where a decision needing more than 1 KB of look-ahead may differ) and
/// for a single run of over `4 * maxPending` bytes with no sentence end, which is cut.
///
/// ```swift
/// var stream = StreamingSentenceSplitter(splitter: splitter)
/// while let chunk = read() { chunk.withUnsafeBufferPointer { stream.feed($0) { range, bytes in ... } } }
/// stream.finish { range, bytes in ... }
/// ```
public struct StreamingSentenceSplitter {
    public let splitter: SentenceSplitter
    /// Bytes of one paragraph kept before splitting it without waiting for its end.
    public var maxPending: Int
    private var buffer: [UInt8] = []
    /// Absolute offset of `buffer[0]`.
    private var offset = 0
    /// Bytes of `buffer` already searched for a paragraph break.
    private var searched = 0

    public init(splitter: SentenceSplitter, maxPending: Int = 4 << 20) {
        self.splitter = splitter
        self.maxPending = max(1024, maxPending)
    }

    /// Absolute offset of the first byte not yet emitted as part of a sentence.
    public var pendingOffset: Int { offset }

    /// Adds a chunk; calls `body` with each sentence completed so far (absolute range, bytes).
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>,
                              _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        buffer.append(contentsOf: chunk)
        let cut = lastParagraphBreak()
        if cut > 0 {
            split(upTo: cut, keepLast: false, body)
        } else if buffer.count > maxPending {
            split(upTo: buffer.count, keepLast: true, body)
        }
    }

    public mutating func feed(_ chunk: [UInt8], _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        chunk.withUnsafeBufferPointer { feed($0, body) }
    }

    /// Ends the input: emits the remaining sentences.
    public mutating func finish(_ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        split(upTo: buffer.count, keepLast: false, body)
    }

    /// The end of the last blank-line break in the buffer (just after its second line feed), or 0.
    private mutating func lastParagraphBreak() -> Int {
        let from = max(0, searched - 8)
        searched = buffer.count
        return buffer.withUnsafeBufferPointer { buf -> Int in
            guard let p = buf.baseAddress else { return 0 }
            var k = buf.count - 1
            while k > from {
                if p[k] == 0x0A {
                    var j = k - 1
                    while j >= 0 && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0D) { j -= 1 }
                    if j >= 0 && p[j] == 0x0A { return k + 1 }
                }
                k -= 1
            }
            return 0
        }
    }

    /// Bytes before the cut of an over-long paragraph within which a sentence end may still
    /// change once more text arrives (the splitter looks a few words ahead).
    static let lookahead = 1024

    private mutating func split(upTo cut: Int, keepLast: Bool,
                                _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
        guard cut > 0 else { return }
        var consumed = cut
        let base = offset
        // With keepLast, only sentences ending well before the cut are final; the rest are kept,
        // unless the buffer has grown far past maxPending (one endless sentence), then all but the last.
        let safeEnd = buffer.count > 4 * maxPending ? cut : cut - Self.lookahead
        buffer.withUnsafeBufferPointer { whole in
            let part = UnsafeBufferPointer(rebasing: whole[0..<cut])
            var previous: Range<Int>?
            var kept: Int?
            splitter.forEachSentence(in: part) { range in
                if let prev = previous, kept == nil {
                    if keepLast && prev.upperBound > safeEnd {
                        kept = prev.lowerBound
                    } else {
                        body((prev.lowerBound + base)..<(prev.upperBound + base), UnsafeBufferPointer(rebasing: part[prev]))
                    }
                }
                previous = range
            }
            if let last = previous {
                if keepLast && kept == nil && last.lowerBound == 0 && cut > 4 * maxPending {
                    // One endless "sentence" (no punctuation, no blank line): cut it here.
                    body((last.lowerBound + base)..<(last.upperBound + base), UnsafeBufferPointer(rebasing: part[last]))
                } else if keepLast {
                    consumed = kept ?? last.lowerBound
                } else {
                    body((last.lowerBound + base)..<(last.upperBound + base), UnsafeBufferPointer(rebasing: part[last]))
                }
            }
        }
        if consumed > 0 {
            buffer.removeFirst(consumed)
            offset += consumed
            searched = max(0, searched - consumed)
        }
    }
}
