/// The lines of a text dump through `BoilerplateCues.fold`, in one UTF-8 buffer, so that every
/// cue question about a line reads bytes and no line needs a folded `String` of its own.
///
/// Reads: each line's UTF-8, in order. Adds: the folded lines one after another, separated by
/// "\n" — the start of the buffer (up to `pageEnd`) is the whole page folded, where a
/// publisher's name is counted — and, past it, the folded forms of paragraphs joined from
/// hard-wrapped lines. A reference: the lines of one page (or of one chunk of a dump read from a
/// file, `TextDumpFile`) share it, and it lives as long as a line or block refers to it.
final class FoldedLines {
    private(set) var bytes: [UInt8] = []
    /// The end of the folded page: what `appendLine` wrote.
    private(set) var pageEnd = 0
    private var lineCount = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Folds a line and appends it (after a "\n", unless it is the first); returns where it is.
    func appendLine(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        precondition(pageEnd == bytes.count, "lines come before joined paragraphs")
        if lineCount > 0 { bytes.append(0x0A) }
        lineCount += 1
        let start = bytes.count
        BoilerplateCues.fold(line, appendingTo: &bytes)
        pageEnd = bytes.count
        return start..<bytes.count
    }

    /// Appends `first`, a space and `second` (which may be in another `FoldedLines`, the next
    /// chunk's) past the page, extending `first` in place when it is already the last thing
    /// there; returns where the result is.
    func join(_ first: Range<Int>, _ second: Range<Int>, of other: FoldedLines) -> Range<Int> {
        var start = first.lowerBound
        if first.lowerBound < pageEnd || first.upperBound != bytes.count {
            start = bytes.count
            for i in first { bytes.append(bytes[i]) }
        }
        bytes.append(0x20)
        if other === self {
            for i in second { bytes.append(bytes[i]) }
        } else {
            bytes.append(contentsOf: other.bytes[second])
        }
        return start..<bytes.count
    }

    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The folded page: every line appended with `appendLine`, separated by "\n".
    func withPage<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withBytes(0..<pageEnd, body)
    }

    func string(_ range: Range<Int>) -> String {
        withBytes(range) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the folded text at `range` equals `other` as `String`s do (canonical
    /// equivalence), comparing bytes when both are plain (`isPlain`).
    func equals(_ range: Range<Int>, _ other: String) -> Bool {
        var other = other
        return withBytes(range) { mine in
            other.withUTF8 { theirs in
                if mine.count == theirs.count, mine.elementsEqual(theirs) { return true }
                if Self.isPlain(mine), Self.isPlain(theirs) { return false }
                return String(decoding: mine, as: UTF8.self) == String(decoding: theirs, as: UTF8.self)
            }
        }
    }

    /// Whether every scalar of the text is one a `String` treats as plain bytes: in NFC, never
    /// combining with its neighbours, one `Character` each. So two plain texts are equal as
    /// `String`s exactly when their bytes are. Plain scalars: below U+0300 (Latin, spacing
    /// modifiers), U+2010-U+2027 and U+2030-U+205E (dashes, quotes, bullets), U+20A0-U+20BF
    /// (currency signs) and U+2500-U+25FF (box drawing, blocks, geometric shapes).
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        var i = 0
        let n = text.count
        while i < n {
            // ASCII is plain: skip it 8 bytes at a time.
            if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = text[i]
            if b < 0x80 {
                i += 1
            } else if b >= 0xC2 && b <= 0xCB {
                i += 2
            } else if b == 0xE2, i + 2 < n {
                let b1 = text[i + 1], b2 = text[i + 2]
                let plain = (b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0))
                    || (b1 == 0x81 && b2 <= 0x9E)
                    || (b1 == 0x82 && b2 >= 0xA0 && b2 <= 0xBF)
                    || (b1 >= 0x94 && b1 <= 0x97)
                guard plain else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
