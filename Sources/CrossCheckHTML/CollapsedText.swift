/// Text accumulated from text nodes with whitespace runs (ASCII whitespace, no-break and
/// typographic spaces) collapsed; soft hyphens and zero-width characters are dropped. Collapsed to one space and no space at either end. Counts the bytes that came from inside links.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    /// UTF-8 bytes of the text that were appended from inside `<a>` elements.
    private(set) var linkBytes = 0
    private var pendingSpace = false
    /// The pending space came from whitespace inside a link.
    private var pendingInLink = false

    var isEmpty: Bool { bytes.isEmpty }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw text; whitespace becomes at most one space between words. Runs of visible
    /// bytes are copied at once.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        var i = 0
        let count = chunk.count
        while i < count {
            let byte = chunk[i]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                breakWord(inLink: inLink)
                i += 1
            } else if byte >= 0xC2, let (length, isSpace) = Self.invisible(chunk, at: i) {
                if isSpace { breakWord(inLink: inLink) }
                i += length
            } else {
                // The run goes on over single spaces between visible bytes: such a space is
                // written as is (and is link text exactly when the run is).
                let start = i
                i += 1
                while i < count {
                    let b = chunk[i]
                    if b == 0x20, i + 1 < count, Self.isVisible(chunk, at: i + 1) {
                        i += 2
                    } else if Self.isVisible(chunk, at: i) {
                        i += 1
                    } else {
                        break
                    }
                }
                appendVisible(UnsafeBufferPointer(rebasing: chunk[start..<i]), inLink: inLink)
            }
        }
    }

    /// Not whitespace, nor a space or character that `invisible` drops.
    @inline(__always)
    private static func isVisible(_ c: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = c[i]
        return !(b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0xC2 && invisible(c, at: i) != nil))
    }

    /// No-break and typographic spaces (a word break), and soft hyphens, zero-width spaces, word
    /// joiners and byte order marks (dropped): their byte length and whether they break words.
    @inline(__always)
    private static func invisible(_ c: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Bool)? {
        let b = c[i]
        guard i + 1 < c.count else { return nil }
        let b1 = c[i + 1]
        if b == 0xC2 { return b1 == 0xA0 ? (2, true) : b1 == 0xAD ? (2, false) : nil }
        guard i + 2 < c.count else { return nil }
        let b2 = c[i + 2]
        switch b {
        case 0xE2 where b1 == 0x80:
            if b2 == 0x8B { return (3, false) }
            if (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9 { return (3, true) }
        case 0xE2 where b1 == 0x81:
            if b2 == 0xA0 { return (3, false) }
            if b2 == 0x9F { return (3, true) }
        case 0xE3 where b1 == 0x80 && b2 == 0x80: return (3, true)
        case 0xEF where b1 == 0xBB && b2 == 0xBF: return (3, false)
        default: break
        }
        return nil
    }

    mutating func append(_ string: String, inLink: Bool = false) {
        var copy = string
        copy.withUTF8 { append($0, inLink: inLink) }
    }

    /// Marks a word boundary: a space is written before the next visible byte. The space counts as
    /// link text only when both the whitespace and the text after it are inside a link.
    mutating func breakWord(inLink: Bool = false) {
        guard !bytes.isEmpty else { return }
        pendingInLink = pendingSpace ? pendingInLink && inLink : inLink
        pendingSpace = true
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        linkBytes = 0
        pendingSpace = false
    }

    private mutating func appendVisible(_ run: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        if pendingSpace {
            bytes.append(0x20)
            if inLink && pendingInLink { linkBytes += 1 }
            pendingSpace = false
        }
        bytes.append(contentsOf: run)
        if inLink { linkBytes += run.count }
    }
}
