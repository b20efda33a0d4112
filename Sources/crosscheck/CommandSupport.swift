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
