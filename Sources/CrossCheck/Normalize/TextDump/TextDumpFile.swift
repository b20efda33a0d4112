import Foundation

/// A text dump read from its file a chunk at a time, at every pass of the normalizer, so that
/// what is held does not grow with the file: the chunk being read (`chunkBytes`, more only for a
/// longer line) and its classified lines.
///
/// Reads: the file's bytes. Adds: the lines `InputCollector` and `TextCleanup` would give (a
/// UTF-8 byte order mark taken off, stray control bytes removed and counted, the text cleaned,
/// a chunk at a time: chunks end after a line feed, where no cleaning step and no UTF-8
/// sequence crosses). What only the whole file can be decoded as (UTF-16, bytes that are not
/// UTF-8 and need a charset, gzip, WARC) is refused with `needsWholeFile`, before any line is
/// handed out: the caller reads such a file in memory, as before.
final class TextDumpFile: TextDumpSource {
    /// The reason of the error for a file this reader does not decode (see above).
    static let needsWholeFile = "needs to be decoded whole"
    static let chunkBytes = 1 << 20

    let path: String
    private let fd: Int32
    private let normalizer: TextDumpNormalizer
    /// Bytes read and not yet classified (after the last chunk's line feed).
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var atEnd = false
    private var firstChunk = true
    private var previousBullet = false
    private var lines: [TextDumpNormalizer.Line] = []
    private var position = 0
    private var failure: InputError?
    /// The stray control bytes removed in the last whole pass.
    private(set) var controlBytes = 0
    /// Whether the last whole pass saw anything but white space.
    private(set) var hasText = false
    var asksCues = true
    /// The most bytes held at once (`bytesHeld`) since the file was opened.
    private(set) var peakBytesHeld = 0

    init(path: String, normalizer: TextDumpNormalizer) throws(InputError) {
        self.path = path
        self.normalizer = normalizer
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("cannot read the file (permissions?)") }
        // The checks `InputCollector` and `InputDecoder` make on the file's start.
        var head = [UInt8](repeating: 0, count: 8192 + 3)
        let count = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { close(fd); throw InputError("cannot read the file (permissions?)") }
        head.removeLast(head.count - count)
        if Gzip.isGzip(head) || head.starts(with: Array("WARC/".utf8)) || head.starts(with: [0xFF, 0xFE])
            || head.starts(with: [0xFE, 0xFF]) {
            close(fd)
            throw InputError(Self.needsWholeFile)
        }
        let sample = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head[3...].prefix(8192) : head.prefix(8192)
        var controls = 0, nuls = 0
        for b in sample where InputDecoder.isStrayControl(b) {
            if b == 0 { nuls += 1 }
            controls += 1
        }
        let onlySpace = sample.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }
        if !onlySpace, (nuls > 8 && nuls * 100 > sample.count) || controls * 20 > sample.count {
            close(fd)
            throw InputError("the file is binary, not text")
        }
    }

    deinit { close(fd) }

    var bytesHeld: Int {
        pending.capacity + lines[position...].reduce(0) { $0 + $1.text.utf8.count + $1.folded.count }
    }

    func restart() throws(InputError) {
        try finish()
        guard lseek(fd, 0, SEEK_SET) == 0 else { throw InputError("cannot read the file again") }
        pending.removeAll(keepingCapacity: true)
        pendingStart = 0
        atEnd = false
        firstChunk = true
        chunkDone = false
        previousBullet = false
        lines = []
        position = 0
        controlBytes = 0
        hasText = false
    }

    func finish() throws(InputError) {
        if let failure { throw failure }
    }

    func next() -> TextDumpNormalizer.Line? {
        while position == lines.count {
            guard failure == nil, readChunk() else { return nil }
        }
        defer { position += 1 }
        return lines[position]
    }

    /// Whether the last chunk (the one after the file's end) has been classified.
    private var chunkDone = false

    /// Classifies the next chunk into `lines`; false at the end of the file or on an error.
    private func readChunk() -> Bool {
        if chunkDone { return false }
        // Read until a line feed is in what is pending, or the file ends.
        var searchFrom = pendingStart
        var cut: Int?
        while true {
            if let lf = pending[searchFrom...].lastIndex(of: 0x0A) { cut = lf + 1; break }
            searchFrom = pending.count
            if atEnd { break }
            if pendingStart > 0 {
                pending.removeFirst(pendingStart)
                searchFrom -= pendingStart
                pendingStart = 0
            }
            let old = pending.count
            pending.append(contentsOf: repeatElement(0, count: Self.chunkBytes))
            let got = pending.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, Self.chunkBytes) }
            if got < 0 {
                failure = InputError("cannot read the file (\(WriteFailure.reason(errno: errno)))")
                return false
            }
            pending.removeLast(Self.chunkBytes - got)
            if got == 0 { atEnd = true }
        }
        let last = cut == nil
        let end = cut ?? pending.count
        var bytes = pending[pendingStart..<end]
        pendingStart = end
        if last { chunkDone = true }
        if firstChunk, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        firstChunk = false
        if !hasText, bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C) }) {
            hasText = true
        }
        let controls = bytes.reduce(0) { $0 + (InputDecoder.isStrayControl($1) ? 1 : 0) }
        if controls > 0 {
            controlBytes += controls
            bytes = bytes.filter { !InputDecoder.isStrayControl($0) }[...]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            failure = InputError(Self.needsWholeFile)
            return false
        }
        var (chunkLines, folded) = TextDumpNormalizer.lines(TextCleanup.clean(text), previousBullet: &previousBullet, last: last)
        if asksCues { normalizer.annotate(&chunkLines, folded) }
        lines = chunkLines
        position = 0
        peakBytesHeld = max(peakBytesHeld, bytesHeld + folded.bytes.capacity)
        return true
    }
}
