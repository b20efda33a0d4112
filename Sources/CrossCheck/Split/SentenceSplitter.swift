/// The sentence-split stage.
///
/// Reads: UTF-8 text (a `String` or a contiguous byte buffer) and the splitter lexicons from
/// `rules/split/` (see `SplitterLexicon` for the names: `split-titles`, `split-number-prefixes`,
/// `split-abbreviations`, `split-sentence-starters`, `split-time-words`,
/// `split-attribution-verbs`). Adds: the half-open UTF-8 byte ranges of the sentences, trimmed
/// of surrounding whitespace, in order, never crossing a blank-line paragraph break. Offsets are
/// into the bytes given, so `text.utf8[range]` is the sentence.
///
/// For inputs that do not fit in memory use `StreamingSentenceSplitter`, which feeds paragraphs
/// to this splitter and gives the same ranges.
public struct SentenceSplitter: Sendable {
    public let lexicon: SplitterLexicon

    /// Takes all loaded lexicons, keyed by name, and uses the ones named in
    /// `SplitterLexicon.names`; a missing one is an empty list.
    public init(lexicons: [String: Lexicon]) {
        self.lexicon = SplitterLexicon(lexicons: lexicons)
    }

    public init(lexicon: SplitterLexicon) {
        self.lexicon = lexicon
    }

    /// Half-open UTF-8 byte ranges of the sentences, trimmed of surrounding whitespace, in order,
    /// never crossing a blank-line paragraph break.
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { sentenceRanges(in: $0) }
    }

    public func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        forEachSentence(in: bytes) { out.append($0) }
        return out
    }

    /// Streaming form for big inputs: calls `body` per sentence as found.
    public func forEachSentence(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        SplitBytes.stopTable.withUnsafeBufferPointer { table in
            var scanner = SentenceScanner(p: base, start: 0, end: bytes.count, lexicon: lexicon,
                                          stop: table.baseAddress!)
            scanner.run(body)
        }
    }

    /// The sentences as text (convenience for tests and tools; the pipeline uses ranges).
    public func sentences(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { buf in
            sentenceRanges(in: buf).map { String(decoding: UnsafeBufferPointer(rebasing: buf[$0]), as: UTF8.self) }
        }
    }
}
