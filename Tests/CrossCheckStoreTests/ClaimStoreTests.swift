import CrossCheck
import CrossCheckStore
import Foundation
import Testing

@Suite struct ClaimStoreTests {
    let rules = RulesFingerprint.of(directory: StoreFixtures.rules.directory)

    @Test func aGrownFolderGivesTheOutputsOfAFreshRun() throws {
        let folder = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/in", storePath = folder + "/store.sqlite"
        try StoreFixtures.write(0..<30, into: corpus)
        let store = try ClaimStore(path: storePath, rules: rules)
        let first = try StoreFixtures.run(corpus, store: store)
        #expect(first.reused == 0 && first.extracted == 30)
        #expect(first.checksReused == 0 && first.checksMade == 30)
        #expect(first.0 == (try StoreFixtures.run(corpus)))
        #expect(first.0.findings.contains("\"kind\":\"contradiction\""))

        // Grow it: 15 new articles (some in new stories' places), 3 changed, 2 removed.
        try StoreFixtures.write(30..<45, into: corpus)
        for index in [4, 11, 17] {
            try StoreFixtures.article(index, story: index % 5, figure: 500 + index)
                .write(toFile: StoreFixtures.path(index, in: corpus), atomically: true, encoding: .utf8)
        }
        for index in [2, 9] { try FileManager.default.removeItem(atPath: StoreFixtures.path(index, in: corpus)) }
        let second = try StoreFixtures.run(corpus, store: try ClaimStore(path: storePath, rules: rules))
        #expect(second.reused == 25 && second.extracted == 18 && second.dropped == 2)
        let fresh = try StoreFixtures.run(corpus)
        #expect(second.0 == fresh)
        #expect(!fresh.streamed.contains("a2.txt") && fresh.streamed.contains("a44.txt"))
        #expect(fresh.streamed.contains("At least 571 people were killed in Kestrin") && fresh.claims.contains("571"))

        let summary = try ClaimStore(path: storePath, rules: rules).summary()
        #expect(summary.files == 43 && summary.documents == 43 && summary.runs == 2 && summary.rules == rules)
        // A third run over the same folder reads nothing again and still gives the same.
        let third = try StoreFixtures.run(corpus, store: try ClaimStore(path: storePath, rules: rules))
        #expect(third.reused == 43 && third.extracted == 0 && third.0 == fresh)
        // Nor does it check any story claim again: same documents, same central claims.
        #expect(third.checksReused == 43 && third.checksMade == 0)
        #expect(fresh.claims.contains("\"rule\":\"story-claim\""))
    }

    @Test func aRunThatFailsPartWayLeavesTheStoreAsItWas() throws {
        let folder = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/in", storePath = folder + "/store.sqlite"
        try StoreFixtures.write(0..<20, into: corpus)
        let store = try ClaimStore(path: storePath, rules: rules)
        _ = try StoreFixtures.run(corpus, store: store)
        let before = try store.summary(), stories = try store.storyAssignments()

        try StoreFixtures.write(20..<40, into: corpus)
        try FileManager.default.removeItem(atPath: StoreFixtures.path(3, in: corpus))
        #expect(throws: InputError.self) { _ = try StoreFixtures.run(corpus, store: store, failAfter: 30) }
        let reopened = try ClaimStore(path: storePath, rules: rules)
        #expect(try reopened.summary() == before)
        #expect(try reopened.storyAssignments() == stories)

        // The next run finds exactly the first run's work, and ends as a fresh run does.
        let next = try StoreFixtures.run(corpus, store: reopened)
        #expect(next.reused == 19 && next.extracted == 20 && next.dropped == 1)
        #expect(next.0 == (try StoreFixtures.run(corpus)))
    }

    @Test func aStoreMadeWithOtherRulesIsRefusedUnlessRebuilt() throws {
        let folder = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/in", storePath = folder + "/store.sqlite"
        try StoreFixtures.write(0..<6, into: corpus)
        _ = try StoreFixtures.run(corpus, store: try ClaimStore(path: storePath, rules: "r-old-rules"))

        #expect(throws: InputError.self) { _ = try ClaimStore(path: storePath, rules: rules) }
        do {
            _ = try ClaimStore(path: storePath, rules: rules)
        } catch {
            #expect(error.reason.contains("made with other rules (rules fingerprint r-old-rules"))
            #expect(error.reason.contains("--rebuild-store"))
        }
        let rebuilt = try StoreFixtures.run(corpus, store: try ClaimStore(path: storePath, rules: rules, rebuild: true))
        #expect(rebuilt.reused == 0 && rebuilt.extracted == 6)
        #expect(try ClaimStore(path: storePath, rules: rules).summary().rules == rules)
    }

    @Test func aFileThatIsNotAStoreIsAClearError() throws {
        let folder = StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/notes.sqlite"
        try "not a database, just notes".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try ClaimStore(path: path, rules: rules)
            Issue.record("a text file opened as a store")
        } catch {
            #expect(error.reason.hasPrefix("\(path): cannot open the claim store"))
        }
    }
}
