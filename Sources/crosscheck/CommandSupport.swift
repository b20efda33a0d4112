import ArgumentParser
import CrossCheck
import Foundation

/// `--rules DIR`, shared by every command that needs the rule files.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The rules directory (lexicons and claim rules).",
        discussion: "Default: $CROSSCHECK_RULES, else ./rules, else the rules/ folder of the checkout the tool was built in."))
    var rules: String?

    /// Loads the rules (the parts the command needs; lexicons alone through the cache, see
    /// `RuleCache`); a bad rule file stops the command before any work, with the lint messages.
    func load(_ parts: RuleSet.Parts = .all) throws -> RuleSet {
        let rules = RulesLocation.resolve(self.rules)
        do {
            let set = try RuleSet.load(directory: rules, parts: parts, cache: RuleCache.standard())
            for warning in set.diagnostics { Console.error(warning.description) }
            return set
        } catch {
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Console.error("crosscheck: stopped: \(count) error\(count == 1 ? "" : "s") in the rule files (run `crosscheck rules lint \(rules)`)")
            throw ExitCode(2)
        }
    }
}

/// Where the rules are when `--rules` is not given: `$CROSSCHECK_RULES`, `./rules`, or the
/// `rules/` folder above the executable (a build inside the checkout: `.build/debug/crosscheck`).
enum RulesLocation {
    static func resolve(_ explicit: String?) -> String {
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["CROSSCHECK_RULES"], !env.isEmpty { return env }
        let fm = FileManager.default
        if fm.fileExists(atPath: "rules") { return "rules" }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        for _ in 0..<6 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("rules")
            if fm.fileExists(atPath: candidate.appendingPathComponent("claims").path) { return candidate.path }
        }
        return "rules"
    }
}

/// Standard output (buffered) and standard error.
enum Console {
    nonisolated(unsafe) static var buffer: [UInt8] = []

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// What `writer` holds, copied once (no array made of it first).
    static func write(_ writer: JSONByteWriter) {
        writer.withBytes { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { pointer in
            var offset = 0
            while offset < pointer.count {
                let written = Foundation.write(1, pointer.baseAddress! + offset, pointer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes the items as JSON Lines through a writer that hands its bytes on every 64 KiB, so
    /// that a record is never held whole as bytes (a 100 MB document's line).
    static func writeLines<T: JSONLineRepresentable>(_ items: [T]) {
        var writer = JSONByteWriter(capacity: 1 << 16) { bytes in
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
        }
        for item in items {
            item.jsonValue.write(into: &writer)
            writer.raw("\n")
        }
        writer.flush()
    }

    /// Writes one record through `body` and a line feed, the bytes handed on every 64 KiB.
    static func writeLine<E: Error>(_ body: (inout JSONByteWriter) throws(E) -> Void) throws(E) {
        var writer = JSONByteWriter(capacity: 1 << 16) { bytes in
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
        }
        try body(&writer)
        writer.raw("\n")
        writer.flush()
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints an error the way every command does (a diagnostic as `path:line:col: error: ...`,
    /// anything else after `crosscheck: error:`) and returns the exit code to throw.
    static func failure(_ error: Error) -> Error {
        if error is ExitCode { return error }
        if let diagnostic = error as? Diagnostic {
            self.error(diagnostic.description)
        } else if WriteFailure.posixCode(error) != nil {
            // A system error (a full disk while writing): its reason in words, not the NSError dump.
            self.error("crosscheck: error: \(WriteFailure.reason(error))")
        } else {
            self.error("crosscheck: error: \(error)")
        }
        return ExitCode.failure
    }

    /// What the JSON Lines reader did to read a record (control bytes dropped), as warnings.
    static func notes(_ records: [JSONLinesInput.Record], path: String) {
        for record in records { if let note = record.note { error("\(path):\(record.line): warning: [input] \(note)") } }
    }

    static func skipped(_ items: [SkippedInput]) {
        for item in items { error("\(item.path): error: [input] \(item.reason)") }
    }
}

/// Reading a whole input: a named file or standard input.
enum InputText {
    /// The whole input as text. `allowEmpty` is for JSON Lines streams, where no records is a
    /// valid input (an earlier stage found nothing); plain text must not be empty.
    /// `jsonLines` reads JSON Lines: no binary test on the whole input (control bytes are
    /// dropped line by line by the reader).
    static func read(_ path: String?, allowEmpty: Bool = false, jsonLines: Bool = false) throws -> String {
        try decode(rawBytes(path), name: path ?? "<stdin>", allowEmpty: allowEmpty, jsonLines: jsonLines)
    }

    /// The input's bytes as they are: a named file or standard input.
    static func rawBytes(_ path: String?) throws -> [UInt8] {
        if let path, path != "-" {
            guard let b = readBytes(path) else {
                Console.error("\(path): error: [input] cannot read the file")
                throw ExitCode.failure
            }
            return b
        }
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    private static func decode(_ bytes: [UInt8], name: String, allowEmpty: Bool, jsonLines: Bool) throws -> String {
        if allowEmpty, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "" }
        do {
            return try InputDecoder.decode(bytes[...], refuseBinary: !jsonLines).text
        } catch {
            Console.error("\(name): error: [input] \(error.reason)")
            throw ExitCode.failure
        }
    }

    /// A file's bytes, read straight into one array (no `Data` in between); a file that grows
    /// while it is read is read again through `FileManager`.
    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        }
        let capacity = max(Int(info.st_size), 0) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let n = Foundation.read(fd, buffer.baseAddress! + count, capacity - count)
                if n < 0 { failed = true; count = 0; return }
                if n == 0 { return }
                count += n
            }
        }
        if failed { return nil }
        guard bytes.count < capacity else { return FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
        return bytes
    }

    /// JSON Lines records `{"id", "text"}` (or `"html"`), handed to `body` one at a time as they
    /// are read; bad lines are reported (and skipped), and so are control bytes dropped.
    static func forEachRecord(_ path: String?, _ body: (JSONLinesInput.Record) throws -> Void) throws {
        let name = path ?? "<stdin>"
        try withJSONLines(path) { bytes in
            try JSONLinesInput.forEachRecord(utf8: bytes, path: name) { item in
                switch item {
                case .record(let record):
                    Console.notes([record], path: name)
                    try body(record)
                case .skipped(let problem):
                    Console.skipped([problem])
                }
            }
        }
    }

    /// `forEachRecord` with each record's text as bytes (`JSONLinesInput.forEachTextRecord`):
    /// the same records, warnings and errors.
    static func forEachTextRecord(_ path: String?, _ body: (JSONLinesInput.TextRecord) throws -> Void) throws {
        let name = path ?? "<stdin>"
        try withJSONLines(path) { bytes in
            try JSONLinesInput.forEachTextRecord(utf8: bytes, path: name) { item in
                switch item {
                case .record(let record):
                    if let note = record.note { Console.error("\(name):\(record.line): warning: [input] \(note)") }
                    try body(record)
                case .skipped(let problem):
                    Console.skipped([problem])
                }
            }
        }
    }

    /// The UTF-8 bytes of a JSON Lines input, as `read(path, allowEmpty: true, jsonLines: true)`
    /// gives them: valid UTF-8 (most input) is used where it was read, checked eight bytes at a
    /// time, with no `String` made of it; anything else (UTF-16, another encoding, an empty
    /// file) goes through `read`.
    static func withJSONLines(_ path: String?, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let bytes = try rawBytes(path)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        let fast: Range<Int>? = bytes.withUnsafeBufferPointer { all in
            if all.allSatisfy(isSpace) { return 0..<0 }
            if all.starts(with: [0xFF, 0xFE]) || all.starts(with: [0xFE, 0xFF]) { return nil }
            let from = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let rest = UnsafeBufferPointer(rebasing: all[from...])
            if rest.allSatisfy({ isSpace($0) || $0 == 0x0C }) { return nil }
            return UTF8Validation.isValid(rest) ? from..<all.count : nil
        }
        if let fast {
            try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[fast])) }
            return
        }
        var text = try decode(bytes, name: path ?? "<stdin>", allowEmpty: true, jsonLines: true)
        try text.withUTF8 { try body($0) }
    }
}

/// A one-line progress report on standard error, rewritten in place, for long runs: inputs read
/// of all, documents, claims, documents a second and the time left. Shown only when standard
/// error is a terminal (never when it is piped or redirected), and not at all when `quiet`.
final class ProgressLine {
    let enabled: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
        start = clock.now
    }

    func update(_ progress: Pipeline.Progress) {
        guard enabled else { return }
        let now = clock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(200), progress.filesRead < progress.files { return }
        lastDrawn = now
        let elapsed = Self.seconds(now - start)
        let rate = elapsed > 0 ? Double(progress.documents) / elapsed : 0
        var line = "crosscheck: read \(progress.filesRead)/\(progress.files) inputs · \(progress.documents) documents · \(progress.claims) claims"
        if elapsed >= 0.5, progress.filesRead > 0 {
            line += " · \(Int(rate.rounded())) documents/s"
            let left = elapsed / Double(progress.filesRead) * Double(progress.files - progress.filesRead)
            line += progress.filesRead < progress.files ? " · about \(Self.duration(left)) left" : " · \(Self.duration(elapsed))"
        }
        show(line)
    }

    /// A phase after reading ("grouping stories", "writing the report").
    func phase(_ text: String) {
        guard enabled else { return }
        show("crosscheck: " + text + "…")
    }

    /// Clears the line, so the summary that follows starts on a clean one.
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func show(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) / 1e18
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total < 60 ? "\(total) s" : "\(total / 60) min \(total % 60) s"
    }
}

/// Writes records as JSON Lines to a file a megabyte at a time (`JSONLines.write`: the same bytes
/// as `JSONLines.encode`, never the whole file in memory), and closes it.
enum JSONLinesOutput {
    static func write<T: JSONLineRepresentable>(_ items: [T], to file: FileHandle) throws {
        try JSONLines.write(items, to: file)
        try file.close()
    }
}
