import Foundation

/// Loads the quantity lexicons from a directory of YAML files (`rules/quantities/`).
public enum QuantityRules {
    /// Every `*.yaml` file in `directory`, keyed by lexicon name; throws all problems found.
    public static func load(directory: String) throws(DiagnosticList) -> [String: Lexicon] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw DiagnosticList([Diagnostic(id: "unreadable", "cannot list the directory: \(error)", file: directory)])
        }
        var lexicons: [String: Lexicon] = [:]
        var problems: [Diagnostic] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Diagnostic(id: "unreadable", "cannot read the file", file: path))
                continue
            }
            do {
                let lexicon = try Lexicon.load(yaml: String(decoding: data, as: UTF8.self), file: path)
                lexicons[lexicon.name] = lexicon
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        return lexicons
    }

    /// `rules/quantities` of this checkout: `$CROSSCHECK_RULES/quantities` when set, otherwise
    /// found from this source file's location (for tests and benchmarks).
    public static var defaultDirectory: String {
        if let root = ProcessInfo.processInfo.environment["CROSSCHECK_RULES"] { return root + "/quantities" }
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path + "/rules/quantities"
    }
}
