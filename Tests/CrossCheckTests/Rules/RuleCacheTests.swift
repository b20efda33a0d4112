import Foundation
import Testing
@testable import CrossCheck

/// The compiled-lexicon cache gives what parsing gives, and never an old answer.
@Suite("Rule cache")
struct RuleCacheTests {
    static func folder(_ name: String) throws -> String {
        let folder = NSTemporaryDirectory() + "rule-cache-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder + "/rules", withIntermediateDirectories: true)
        return folder
    }

    static func summary(_ set: RuleSet) -> [String] {
        set.lexicons.values.sorted { $0.name < $1.name }.flatMap { lexicon in
            ["\(lexicon.name) \(lexicon.file):\(lexicon.line) \(lexicon.description ?? "-") examples:\(lexicon.examples.count)"]
                + lexicon.entries.map { "  \($0.canonical) \($0.forms) \($0.attributes.sorted { $0.key < $1.key }) @\($0.line)" }
        } + set.diagnostics.map(\.description)
    }

    @Test func theRepositoryLexiconsComeBackAsParsed() throws {
        let folder = try Self.folder("repo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = RuleCache(directory: folder + "/cache")
        let rules = Repository.path("rules")
        let parsed = RuleSet.lint(directory: rules, parts: .lexicons)
        let first = try RuleSet.load(directory: rules, parts: .lexicons, cache: cache)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/cache")
        #expect(files.count == 1 && files[0].hasPrefix("rules-"))
        let second = try RuleSet.load(directory: rules, parts: .lexicons, cache: cache)
        #expect(Self.summary(first) == Self.summary(parsed))
        #expect(Self.summary(second) == Self.summary(parsed))
        #expect(second.lexicons.count > 50)
    }

    @Test func anEditedRuleFileIsReadAgain() throws {
        let folder = try Self.folder("edit")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = RuleCache(directory: folder + "/cache")
        let file = folder + "/rules/greetings.yaml"
        try "lexicon: greetings\nterms:\n  - hello: [hi, hey]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let before = try RuleSet.load(directory: folder + "/rules", parts: .lexicons, cache: cache)
        #expect(before.lexicons["greetings"]?.entries.first?.forms == ["hello", "hi", "hey"])
        // Same size, other bytes: a cache keyed on sizes or times could miss this.
        try "lexicon: greetings\nterms:\n  - hello: [yo, hey]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let after = try RuleSet.load(directory: folder + "/rules", parts: .lexicons, cache: cache)
        #expect(after.lexicons["greetings"]?.entries.first?.forms == ["hello", "yo", "hey"])
        // A new file is part of the key too.
        try "lexicon: partings\nterms: [bye]\n".write(toFile: folder + "/rules/partings.yaml", atomically: true, encoding: .utf8)
        let added = try RuleSet.load(directory: folder + "/rules", parts: .lexicons, cache: cache)
        #expect(added.lexicons.keys.sorted() == ["greetings", "partings"])
    }

    @Test func aDamagedCacheFileIsIgnored() throws {
        let folder = try Self.folder("damaged")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = RuleCache(directory: folder + "/cache")
        try "lexicon: greetings\nterms: [hello]\n".write(toFile: folder + "/rules/g.yaml", atomically: true, encoding: .utf8)
        _ = try RuleSet.load(directory: folder + "/rules", parts: .lexicons, cache: cache)
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: folder + "/cache").first)
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: folder + "/cache/" + entry))
        let set = try RuleSet.load(directory: folder + "/rules", parts: .lexicons, cache: cache)
        #expect(set.lexicons["greetings"]?.entries.map(\.canonical) == ["hello"])
    }

    @Test func splitNeedsNoClaimRuleFile() throws {
        let folder = try Self.folder("parts")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "lexicon: greetings\nterms: [hello]\n".write(toFile: folder + "/rules/g.yaml", atomically: true, encoding: .utf8)
        try "# claims\nrules:\n  - id: x\n    broken: [\n".write(toFile: folder + "/rules/claims.yaml", atomically: true, encoding: .utf8)
        // Lexicons alone: the claim rule file is not read, so its syntax error does not stop them.
        #expect(try RuleSet.load(directory: folder + "/rules", parts: .lexicons).lexicons.keys.sorted() == ["greetings"])
        #expect(throws: DiagnosticList.self) { try RuleSet.load(directory: folder + "/rules") }
    }
}
