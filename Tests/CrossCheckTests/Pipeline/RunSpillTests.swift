import Foundation
import Testing
@testable import CrossCheck

/// A run whose claims go to disk (`RunSpill`) writes what the in-memory pipeline gives, and
/// holds one batch of stories' claims at a time, not the corpus's.
struct RunSpillTests {
    /// Several stories (floods, a landslide, a train crash, a carmaker, weather), the two seed
    /// articles, a JSON Lines file of records (one with a document id already taken, one not
    /// JSON) and a binary file that is skipped.
    static func mixedCorpus() throws -> String {
        let folder = Repository.temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/stories", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Repository.path("Tests/Fixtures/Stories/mixed")) {
            try fm.copyItem(atPath: Repository.path("Tests/Fixtures/Stories/mixed/" + name), toPath: folder + "/stories/" + name)
        }
        try fm.createDirectory(atPath: folder + "/seeds", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Repository.path("corpus")) where name.hasSuffix(".txt") {
            try fm.copyItem(atPath: Repository.path("corpus/" + name), toPath: folder + "/seeds/" + name)
        }
        let flood = try String(contentsOfFile: Repository.path("Tests/Fixtures/Stories/mixed/flood-b.txt"), encoding: .utf8)
        let records = [
            JSONValue.object([("id", .string("wire-flood")), ("text", .string(flood))]).serialized,
            JSONValue.object([("id", .string("stories/flood-a")), ("text", .string("Taken: this id is a file's already."))]).serialized,
            "not json",
            JSONValue.object([("id", .string("wire-short")), ("text", .string("Officials said 40 people were hurt in Porto Alegre."))]).serialized,
        ]
        try (records.joined(separator: "\n") + "\n").write(toFile: folder + "/wire.jsonl", atomically: true, encoding: .utf8)
        _ = fm.createFile(atPath: folder + "/broken.txt", contents: Data([0, 1, 2, 3, 0xFF]))
        return folder
    }

    struct Spilled {
        var result: Pipeline.SpilledResult
        var claims: String
        var findings: String
        var streamed: [Document]
    }

    static func spilledRun(_ folder: String, chunkSize: Int, claimsAtOnce: Int) throws -> Spilled {
        let out = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let spill = try RunSpill(claimsPath: out + "/claims.jsonl", findingsPath: out + "/findings.jsonl", scratch: out)
        var streamed: [Document] = []
        let result = try Pipeline(rules: Repository.rules, markupParser: nil)
            .run([folder], chunkSize: chunkSize, spill: spill, claimsAtOnce: claimsAtOnce,
                 sink: { streamed.append($0) }, reread: { each in streamed.forEach(each) })
        // The scratch files are gone; only the two outputs are left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["claims.jsonl", "findings.jsonl"])
        return Spilled(result: result, claims: try String(contentsOfFile: out + "/claims.jsonl", encoding: .utf8),
                       findings: try String(contentsOfFile: out + "/findings.jsonl", encoding: .utf8), streamed: streamed)
    }

    @Test(arguments: [(1, 0), (3, 10), (64, 100_000)])
    func aSpilledRunWritesWhatTheInMemoryRunGives(chunkSize: Int, claimsAtOnce: Int) throws {
        let folder = try Self.mixedCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = Pipeline(rules: Repository.rules, markupParser: nil).run([folder])
        let spilled = try Self.spilledRun(folder, chunkSize: chunkSize, claimsAtOnce: claimsAtOnce)
        #expect(whole.stories.stories.count >= 5)
        #expect(whole.findings.contains { $0.kind == .contradiction || $0.kind == .discrepancy })
        #expect(whole.claims.contains { $0.rule == StoryClaimCheck.rule })
        #expect(spilled.claims == JSONLines.encode(whole.claims))
        #expect(spilled.findings == JSONLines.encode(whole.findings))
        #expect(spilled.result.claims == whole.claims.count)
        #expect(spilled.result.findings == Dictionary(grouping: whole.findings, by: \.kind).mapValues(\.count))
        #expect(JSONLines.encode(spilled.result.documents) == JSONLines.encode(whole.documents.map(\.summary)))
        #expect(JSONLines.encode(spilled.result.stories.stories) == JSONLines.encode(whole.stories.stories))
        #expect(JSONLines.encode(spilled.result.skipped) == JSONLines.encode(whole.skipped))
        #expect(spilled.result.skipped.count == 3)
    }

    @Test func comparingHoldsOneStorysClaimsAtATime() throws {
        let folder = try Self.mixedCorpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = Pipeline(rules: Repository.rules, markupParser: nil).run([folder])
        let perStory = Dictionary(grouping: whole.claims) { whole.stories.storyOf[$0.document] ?? "" }.mapValues(\.count)
        let largest = perStory.values.max() ?? 0
        #expect(largest > 0 && largest < whole.claims.count)

        // A budget of no claims: every batch is one story, so no more than the largest story is held.
        let one = try Self.spilledRun(folder, chunkSize: 4, claimsAtOnce: 0)
        #expect(one.result.peakResidentClaims == largest)
        // A budget between: batches of stories, never past the budget unless one story is larger.
        let budget = largest + 1
        let some = try Self.spilledRun(folder, chunkSize: 4, claimsAtOnce: budget)
        #expect(some.result.peakResidentClaims <= budget)
        #expect(some.result.peakResidentClaims >= largest)
        #expect(some.findings == one.findings)
    }
}
