import Foundation

/// Writes a run's output files so that a reader of the output folder sees the previous run or
/// the new one, whole, never a mix — even when the run is killed (`kill -9`) at any moment.
///
/// Layout of an output folder `out/`:
///
///     out/.crosscheck-<pid>/        the run being written (staging); removed when it fails
///     out/.generation-<pid>-<n>/    a finished run: every file it wrote, nothing else
///     out/current -> .generation-<pid>-<n>
///     out/index.html -> current/index.html      one link per file name, fixed once made
///     out/claims.jsonl -> current/claims.jsonl  ...
///
/// Every file is written into the staging folder first (files can be added one at a time, so a
/// large report never has to be held in memory whole). `commit` renames the staging folder to
/// a generation folder, makes sure each of its file names has a link at the top level, and then
/// switches `current` to it with one `rename` of a symbolic link: that one step is the switch.
/// Afterwards the links and folders of the previous run that the new one does not have are
/// removed, so pages of earlier runs do not linger. `out/index.html` keeps working by path,
/// and relative links between pages resolve through the top-level links.
///
/// At start, staging and generation folders left by processes that are no longer alive (a run
/// killed before it finished) are removed. If `commit` is never reached, the staging folder is
/// removed and the output folder is as it was.
public final class AtomicOutput {
    public let directory: String
    private let staging: String
    private var names: [String] = []
    private var committed = false

    /// The link that names the current generation.
    public static let currentLink = "current"
    static let stagingPrefix = ".crosscheck-"
    static let generationPrefix = ".generation-"

    /// Creates the output folder if needed, removes what dead runs left, and makes a fresh
    /// staging folder inside it.
    public init(directory: String) throws(InputError) {
        self.directory = directory
        let pid = ProcessInfo.processInfo.processIdentifier
        self.staging = (directory as NSString).appendingPathComponent("\(Self.stagingPrefix)\(pid)")
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("\(directory): cannot create the output folder: \(WriteFailure.reason(error))")
        }
        Self.removeLeftovers(in: directory)
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw InputError("\(staging): cannot create a temporary folder: \(WriteFailure.reason(error))")
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Writes one file into the staging folder.
    public func write(_ name: String, _ contents: String) throws(InputError) {
        var text = contents
        var failure: InputError?
        text.withUTF8 { bytes in
            do throws(InputError) { try write(name, bytes: bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes one file into the staging folder, with plain `open`/`write`/`close`: the files
    /// become visible only at `commit`, so each need not be synced on its own (FileManager's
    /// `createFile` writes a temporary file and syncs it, which made writing a report's pages
    /// cost several times rendering them).
    public func write(_ name: String, bytes: UnsafeBufferPointer<UInt8>) throws(InputError) {
        let path = stagedPath(name)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: errno))") }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let code = written == 0 ? ENOSPC : errno
                close(fd)
                throw InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: code))")
            }
            offset += written
        }
        guard close(fd) == 0 else { throw InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: errno))") }
        names.append(name)
    }

    public func write(_ name: String, bytes: [UInt8]) throws(InputError) {
        var failure: InputError?
        bytes.withUnsafeBufferPointer { pointer in
            do throws(InputError) { try write(name, bytes: pointer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Creates one file in the staging folder to be written bit by bit (a JSON Lines stream);
    /// the caller closes the handle before `commit`. `stagedPath` tells where it is, to read back.
    public func create(_ name: String) throws(InputError) -> FileHandle {
        let path = stagedPath(name)
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw InputError("\(path): cannot write the file: \(WriteFailure.reason(errno: errno))")
        }
        names.append(name)
        return handle
    }

    /// Where a file lives until `commit`.
    public func stagedPath(_ name: String) -> String {
        (staging as NSString).appendingPathComponent(name)
    }

    /// Publishes the written files as the output folder's current run, in one step.
    public func commit() throws(InputError) {
        let fm = FileManager.default
        // Files the caller put in staging without `write`/`create` (scratch files) go too.
        let staged = Set((try? fm.contentsOfDirectory(atPath: staging)) ?? [])
        for name in staged where !names.contains(name) { try? fm.removeItem(atPath: stagedPath(name)) }
        let kept = Set(names).intersection(staged)

        let generationName = Self.newGenerationName(in: directory)
        let generation = path(generationName)
        guard rename(staging, generation) == 0 else {
            throw InputError("\(generation): cannot move the finished run into place: \(WriteFailure.reason(errno: errno))")
        }
        committed = true

        // Top-level links `name -> current/name`. A name that is new gets its link now (it
        // points nowhere until the switch, and nothing in the previous run links to it). A
        // plain file of the old layout is replaced by its link right after the switch.
        var afterSwitch: [String] = []
        for name in kept.sorted() {
            switch Self.entry(path(name)) {
            case .link(let target) where target == Self.linkTarget(name): continue
            case .file: afterSwitch.append(name)
            default: try Self.replace(path(name), withLinkTo: Self.linkTarget(name))
            }
        }
        // The switch: one rename of the `current` link.
        try Self.replace(path(Self.currentLink), withLinkTo: generationName)
        for name in afterSwitch { try Self.replace(path(name), withLinkTo: Self.linkTarget(name)) }

        // What the new run did not write goes: old links, files of the old layout, old runs.
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where !kept.contains(name) {
            switch Self.entry(path(name)) {
            case .link(let target) where target.hasPrefix(Self.currentLink + "/"):
                try? fm.removeItem(atPath: path(name))
            case .file where Self.reportExtensions.contains((name as NSString).pathExtension.lowercased()):
                try? fm.removeItem(atPath: path(name))
            case .directory where name.hasPrefix(Self.generationPrefix) && name != generationName:
                try? fm.removeItem(atPath: path(name))
            default: break
            }
        }
    }

    /// Endings of the files runs write: plain files with them at the top level are an earlier
    /// run's output (from before generation folders) and go when a new run is committed.
    static let reportExtensions: Set<String> = ["html", "jsonl", "csv", "json", "jsonld"]

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    static func linkTarget(_ name: String) -> String { currentLink + "/" + name }

    enum Entry: Equatable {
        case none, file, directory
        case link(String)
    }

    static func entry(_ path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        switch info.st_mode & S_IFMT {
        case S_IFLNK: return .link((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "")
        case S_IFDIR: return .directory
        default: return .file
        }
    }

    /// Puts a symbolic link at `path` in one step: a new link beside it, renamed over it.
    static func replace(_ path: String, withLinkTo target: String) throws(InputError) {
        let temporary = path + ".link-\(ProcessInfo.processInfo.processIdentifier)"
        unlink(temporary)
        guard symlink(target, temporary) == 0 else {
            throw InputError("\(path): cannot make a link: \(WriteFailure.reason(errno: errno))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = WriteFailure.reason(errno: errno)
            unlink(temporary)
            throw InputError("\(path): cannot put the link in place: \(reason)")
        }
    }

    /// A generation name no other run uses: this process's id and a number.
    static func newGenerationName(in directory: String) -> String {
        let pid = ProcessInfo.processInfo.processIdentifier
        var n = 1
        while entry((directory as NSString).appendingPathComponent("\(generationPrefix)\(pid)-\(n)")) != .none { n += 1 }
        return "\(generationPrefix)\(pid)-\(n)"
    }

    /// Removes staging folders, generation folders that `current` does not name, and temporary
    /// links, of processes that are no longer alive.
    static func removeLeftovers(in directory: String) {
        let fm = FileManager.default
        let current = (try? fm.destinationOfSymbolicLink(atPath: (directory as NSString).appendingPathComponent(currentLink)))
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where name != current {
            let owner: Int32?
            if name.hasPrefix(stagingPrefix) {
                owner = Int32(name.dropFirst(stagingPrefix.count))
            } else if name.hasPrefix(generationPrefix) {
                owner = Int32(name.dropFirst(generationPrefix.count).prefix { $0 != "-" })
            } else if let range = name.range(of: ".link-", options: .backwards) {
                owner = Int32(name[range.upperBound...])
            } else {
                owner = nil
            }
            guard let owner, owner > 0, !isAlive(owner) else { continue }
            try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }

    /// Whether a process with this id exists (one we may not signal exists too).
    static func isAlive(_ pid: Int32) -> Bool {
        if pid == ProcessInfo.processInfo.processIdentifier { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
