import ArgumentParser
import CrossCheck
import Foundation

/// `--rules DIR`, shared by every command that needs the rule files.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The rules directory (lexicons and claim rules).",
        discussion: "Default: $CROSSCHECK_RULES, else ./rules, else the rules/ folder of the checkout the tool was built in."))
    var rules: String?

    /// Loads the rules; a bad rule file stops the command before any work, with the lint messages.
    func load() throws -> RuleSet {
        let rules = RulesLocation.resolve(self.rules)
        do {
            let set = try RuleSet.load(directory: rules)
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

    static func writeLines<T: JSONLineRepresentable>(_ items: [T]) {
        var writer = JSONByteWriter(capacity: 4096)
        for item in items {
            writer.removeAll()
            item.jsonValue.write(into: &writer)
            writer.raw("\n")
            write(bytes: writer.bytes)
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints an error the way every command does (a diagnostic as `path:line:col: error: ...`,
    /// anything else after `crosscheck: error:`) and returns the exit code to throw.
    static func failure(_ error: Error) -> Error {
        if error is ExitCode { return error }
        if let diagnostic = error as? Diagnostic { self.error(diagnostic.description) } else { self.error("crosscheck: error: \(error)") }
        return ExitCode.failure
    }

    static func skipped(_ items: [SkippedInput]) {
        for item in items { error("\(item.path): error: [input] \(item.reason)") }
    }
}

/// Reading a whole input: a named file or standard input.
enum InputText {
    /// The whole input as text. `allowEmpty` is for JSON Lines streams, where no records is a
    /// valid input (an earlier stage found nothing); plain text must not be empty.
    static func read(_ path: String?, allowEmpty: Bool = false) throws -> String {
        let data: Data
        let name = path ?? "<stdin>"
        if let path, path != "-" {
            guard let d = FileManager.default.contents(atPath: path) else {
                Console.error("\(path): error: [input] cannot read the file")
                throw ExitCode.failure
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        if allowEmpty, data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return "" }
        do {
            return try InputFile.decode([UInt8](data))
        } catch {
            Console.error("\(name): error: [input] \(error.reason)")
            throw ExitCode.failure
        }
    }

    /// JSON Lines records `{"id", "text"}` (or `"html"`); bad lines are reported and skipped.
    static func records(_ path: String?) throws -> [JSONLinesInput.Record] {
        let text = try read(path, allowEmpty: true)
        let (records, skipped) = JSONLinesInput.parse(text, path: path ?? "<stdin>")
        Console.skipped(skipped)
        return records
    }
}

/// Writes claims.csv, findings.csv and findings.jsonld into a report folder being staged.
enum ExportFiles {
    static func write(_ exports: ReportExports, to output: AtomicOutput) throws {
        for (name, bytes) in [("claims.csv", exports.claimsCSV()), ("findings.csv", exports.findingsCSV()),
                              ("findings.jsonld", exports.findingsJSONLD())] {
            try output.write(name, bytes: bytes)
        }
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

/// Writes records as JSON Lines to a file a megabyte at a time (the same bytes as
/// `JSONLines.encode`, never the whole file in memory), and closes it.
enum JSONLinesOutput {
    static func write<T: JSONLineRepresentable>(_ items: [T], to file: FileHandle) throws {
        var writer = JSONByteWriter(capacity: 1 << 20)
        for item in items {
            item.jsonValue.write(into: &writer)
            writer.raw("\n")
            if writer.bytes.count >= 1 << 20 {
                try file.write(contentsOf: writer.bytes)
                writer.removeAll()
            }
        }
        try file.write(contentsOf: writer.bytes)
        try file.close()
    }
}
