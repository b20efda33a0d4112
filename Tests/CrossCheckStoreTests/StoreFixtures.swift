import CrossCheck
import CrossCheckStore
import Foundation

/// The repository's rules, a temporary folder per test, and a small news corpus to grow.
enum StoreFixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // StoreFixtures.swift CrossCheckStoreTests/ Tests/ → root
        return url.path
    }()

    static let rules: RuleSet = {
        do { return try RuleSet.load(directory: root + "/rules") } catch { fatalError("the repository's rules do not load:\n\(error)") }
    }()

    static let pipeline = Pipeline(rules: rules, markupParser: nil)

    static func temporaryDirectory() -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("crosscheck-store-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let places = ["Norvale", "Kestrin", "Ostbury", "Marlow Bay", "Tennick"]
    static let outlets = ["Northern Wire", "Daily Ledger", "Coastal Times", "Metro Herald"]

    /// A text dump about story `story` (one of five: a place, a figure), as outlet `index` tells it:
    /// every fourth gives another figure, every seventh denies it.
    static func article(_ index: Int, story: Int, figure: Int? = nil) -> String {
        let place = places[story % places.count]
        let base = figure ?? (40 + story * 35)
        let told = index % 4 == 3 ? base + 60 : base
        var text = "\(told) people killed in \(place) after explosion\n\nBy \(outlets[index % outlets.count]) staff\n\n"
        text += "At least \(told) people were killed in \(place) on Tuesday, the interior ministry said. "
        if index % 7 == 6 { text += "The regional governor denied that \(base) people had been killed in \(place). " }
        text += "Rescue crews searched the streets of \(place) through the night, and schools in \(place) stayed closed. "
        text += "Officials said \(3 + index % 5) roads near \(place) would reopen on Friday.\n"
        return text
    }

    /// Writes articles `range` into `folder` (two subfolders), story by index.
    static func write(_ range: Range<Int>, into folder: String) throws {
        for index in range {
            let sub = folder + "/part-\(index % 2)"
            try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
            try article(index, story: index % 5).write(toFile: sub + "/a\(index).txt", atomically: true, encoding: .utf8)
        }
    }

    static func path(_ index: Int, in folder: String) -> String { folder + "/part-\(index % 2)/a\(index).txt" }

    /// Every output of a run as the files would hold it: documents as streamed (then their
    /// summaries with stories), stories, claims, findings, skipped.
    struct Outputs: Equatable {
        var streamed: String
        var documents: String
        var stories: String
        var claims: String
        var findings: String
        var skipped: String
    }

    static func run(_ folder: String, cache: (any FileWorkCache)? = nil, failAfter: Int? = nil) throws -> Outputs {
        try runWithStories(folder, cache: cache, failAfter: failAfter).0
    }

    /// A run through the store: one transaction, the run's stories kept.
    static func run(_ folder: String, store: ClaimStore, failAfter: Int? = nil) throws
        -> (Outputs, reused: Int, extracted: Int, dropped: Int, checksReused: Int, checksMade: Int) {
        try store.update { session in
            let (outputs, stories) = try runWithStories(folder, cache: session, failAfter: failAfter)
            session.stories = stories
            return (outputs, session.reused, session.extracted, session.dropped, session.checksReused, session.checksMade)
        }
    }

    static func runWithStories(_ folder: String, cache: (any FileWorkCache)?, failAfter: Int?) throws -> (Outputs, StoryAssignment) {
        var streamed: [Document] = []
        let result = try pipeline.run([folder], chunkSize: 8, cache: cache, sink: { document in
            if let failAfter, streamed.count >= failAfter { throw InputError("stopped on purpose after \(failAfter) documents") }
            streamed.append(document)
        }, reread: { each in streamed.forEach(each) })
        return (Outputs(streamed: JSONLines.encode(streamed), documents: JSONLines.encode(result.documents),
                        stories: JSONLines.encode(result.stories.stories), claims: JSONLines.encode(result.claims),
                        findings: JSONLines.encode(result.findings), skipped: JSONLines.encode(result.skipped)), result.stories)
    }
}
