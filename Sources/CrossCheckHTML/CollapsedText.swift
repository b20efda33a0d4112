/// Text accumulated from text nodes with whitespace runs (ASCII whitespace and no-break spaces)
/// collapsed to one space and no space at either end. Counts the bytes that came from inside links.
struct CollapsedText {
    private(set) var bytes: [UInt8] = []
    /// UTF-8 bytes of the text that were appended from inside `<a>` elements.
    private(set) var linkBytes = 0
    private var pendingSpace = false
    /// The pending space came from whitespace inside a link.
    private var pendingInLink = false

    var isEmpty: Bool { bytes.isEmpty }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends raw text; whitespace becomes at most one space between words.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>, inLink: Bool) {
        var i = 0
        let count = chunk.count
        while i < count {
            let byte = chunk[i]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                breakWord(inLink: inLink)
                i += 1
            } else if byte == 0xC2, i + 1 < count, chunk[i + 1] == 0xA0 {
                breakWord(inLink: inLink)
                i += 2
            } else {
                appendVisible(byte, inLink: inLink)
                i += 1
            }
        }
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

    private mutating func appendVisible(_ byte: UInt8, inLink: Bool) {
        if pendingSpace {
            bytes.append(0x20)
            if inLink && pendingInLink { linkBytes += 1 }
            pendingSpace = false
        }
        bytes.append(byte)
        if inLink { linkBytes += 1 }
    }
}
