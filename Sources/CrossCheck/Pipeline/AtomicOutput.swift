import Foundation

/// Writes a run's output files so that a failed run never leaves a half-written report: every
/// file goes to a temporary folder inside the output folder first, and only when all are written
/// are they renamed into place (`commit`). Files can be added one at a time, so a large report
/// never has to be held in memory whole. If `commit` is never reached, the temporary folder is
/// removed and the output folder is as it was.
public final class AtomicOutput {
    public let directory: String
    private let staging: String
    private var names: [String] = []
    private var committed = false

    /// Creates the output folder if needed, and a fresh temporary folder inside it.
    public init(directory: String) throws(InputError) {
        self.directory = directory
        self.staging = (directory as NSString).appendingPathComponent(".crosscheck-\(ProcessInfo.processInfo.processIdentifier)")
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("\(directory): cannot create the output folder: \(error.localizedDescription)")
        }
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw InputError("\(staging): cannot create a temporary folder: \(error.localizedDescription)")
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Writes one file into the temporary folder.
    public func write(_ name: String, _ contents: String) throws(InputError) {
        var text = contents
        var failure: InputError?
        text.withUTF8 { bytes in
            do throws(InputError) { try write(name, bytes: bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes one file into the temporary folder, with plain `open`/`write`/`close`: the files
    /// become visible only at `commit`, so each need not be synced on its own (FileManager's
    /// `createFile` writes a temporary file and syncs it, which made writing a report's pages
    /// cost several times rendering them).
    public func write(_ name: String, bytes: UnsafeBufferPointer<UInt8>) throws(InputError) {
        let path = stagedPath(name)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw InputError("\(path): cannot write the file") }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                close(fd)
                throw InputError("\(path): cannot write the file (errno \(errno))")
            }
            offset += written
        }
        guard close(fd) == 0 else { throw InputError("\(path): cannot write the file (errno \(errno))") }
        names.append(name)
    }

    public func write(_ name: String, bytes: [UInt8]) throws(InputError) {
        var failure: InputError?
        bytes.withUnsafeBufferPointer { pointer in
            do throws(InputError) { try write(name, bytes: pointer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Creates one file in the temporary folder to be written bit by bit (a JSON Lines stream);
    /// the caller closes the handle before `commit`. `stagedPath` tells where it is, to read back.
    public func create(_ name: String) throws(InputError) -> FileHandle {
        let path = stagedPath(name)
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw InputError("\(path): cannot write the file")
        }
        names.append(name)
        return handle
    }

    /// Where a file lives until `commit`.
    public func stagedPath(_ name: String) -> String {
        (staging as NSString).appendingPathComponent(name)
    }

    /// Moves every written file into the output folder.
    public func commit() throws(InputError) {
        for name in names {
            let from = (staging as NSString).appendingPathComponent(name)
            let to = (directory as NSString).appendingPathComponent(name)
            if rename(from, to) != 0 {
                throw InputError("\(to): cannot move the file into place (errno \(errno))")
            }
        }
        committed = true
        try? FileManager.default.removeItem(atPath: staging)
    }
}
