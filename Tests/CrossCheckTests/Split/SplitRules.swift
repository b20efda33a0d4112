import Foundation
@testable import CrossCheck

/// Loads the real splitter rule files from `rules/split/` of the repository, found by walking up
/// from this source file (symlinks resolved).
enum SplitRules {
    static let directory: URL = {
        var dir = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("rules/split")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "rules/split")
    }()

    static func loadAll() throws -> [String: Lexicon] {
        var out: [String: Lexicon] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        for name in files {
            let path = directory.appendingPathComponent(name).path
            let lexicon = try Lexicon.load(yaml: String(contentsOfFile: path, encoding: .utf8), file: path)
            out[lexicon.name] = lexicon
        }
        return out
    }

    static let lexicons: [String: Lexicon] = (try? loadAll()) ?? [:]
    static let splitter = SentenceSplitter(lexicons: lexicons)
}
