import Foundation

/// An append-only file written through a buffer and read back by byte range (`pread`), for
/// what a run keeps on disk instead of in memory (`RunSpill`). Appends come from one thread;
/// once `flush` has run, reads may come from any thread.
final class SpillFile: @unchecked Sendable {
    let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes appended so far, written or still in the buffer.
    private(set) var size: Int64 = 0

    static let bufferSize = 1 << 20

    init(path: String) throws(InputError) {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: errno))") }
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// An existing file, for reading by range only.
    init(readingAt path: String) throws(InputError) {
        self.path = path
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError("\(path): cannot read the file: \(WriteFailure.reason(errno: errno))") }
        size = Int64(lseek(fd, 0, SEEK_END))
    }

    deinit { if fd >= 0 { Foundation.close(fd) } }

    /// Appends `bytes`; returns the offset they start at.
    @discardableResult
    func append(_ bytes: some Collection<UInt8>) throws(InputError) -> Int64 {
        let offset = size
        buffer.append(contentsOf: bytes)
        size += Int64(bytes.count)
        if buffer.count >= Self.bufferSize { try flush() }
        return offset
    }

    /// Writes the buffer out, so that everything appended can be read.
    func flush() throws(InputError) {
        var failure: InputError?
        buffer.withUnsafeBufferPointer { bytes in
            var done = 0
            while done < bytes.count {
                let written = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    failure = InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: written == 0 ? ENOSPC : errno))")
                    return
                }
                done += written
            }
        }
        if let failure { throw failure }
        buffer.removeAll(keepingCapacity: true)
    }

    /// `length` bytes from `offset` (flushed before).
    func read(offset: Int64, length: Int) throws(InputError) -> [UInt8] {
        guard length > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: length)
        var failure: InputError?
        out.withUnsafeMutableBufferPointer { bytes in
            var done = 0
            while done < length {
                let got = pread(fd, bytes.baseAddress! + done, length - done, off_t(offset) + off_t(done))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    failure = InputError("\(path): cannot read back what this run wrote (\(got == 0 ? "the file is shorter" : WriteFailure.reason(errno: errno)))")
                    return
                }
                done += got
            }
        }
        if let failure { throw failure }
        return out
    }

    /// Flushes and closes the file; `remove` deletes it too.
    func close(remove: Bool) throws(InputError) {
        try flush()
        if fd >= 0 { Foundation.close(fd) }
        fd = -1
        if remove { unlink(path) }
    }
}
