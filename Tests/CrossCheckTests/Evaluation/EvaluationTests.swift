import Foundation
import Testing
@testable import CrossCheck

@Suite("Evaluation: token overlap")
struct TokenOverlapTests {
    @Test(arguments: [
        ("Word tokens are lowercased runs of letters and digits", "It's 4,500 troops.", ["it", "s", "4", "500", "troops"]),
        ("Chinese is scored character by character", "美军驻韩", ["美", "军", "驻", "韩"]),
        ("Thai too", "ทหาร", ["ท", "ห", "า", "ร"]),
        ("Korean is spaced, so words stay words", "주한 미군", ["주한", "미군"]),
        ("Accented letters belong to the word", "Café Zürich", ["café", "zürich"]),
    ] as [(String, String, [String])])
    func tokens(_ behaviour: String, text: String, tokens: [String]) {
        #expect(TokenOverlap.tokens(text) == tokens, "\(behaviour)")
    }

    @Test func sharedTokensCountWithMultiplicity() {
        // gold: the(2) ministry denied report ; extracted: the(3) ministry denied ads
        let overlap = TokenOverlap(extracted: "The ministry denied the the ads", gold: "The ministry denied the report")
        #expect(overlap.shared == 4)
        #expect(overlap.extracted == 6)
        #expect(overlap.gold == 5)
        #expect(abs(overlap.precision - 4.0 / 6) < 1e-9)
        #expect(abs(overlap.recall - 0.8) < 1e-9)
        #expect(abs(overlap.f1 - 2 * (4.0 / 6) * 0.8 / (4.0 / 6 + 0.8)) < 1e-9)
    }

    @Test func nothingExtractedScoresZero() {
        let overlap = TokenOverlap(extracted: "", gold: "Some article text")
        #expect(overlap.precision == 0 && overlap.recall == 0 && overlap.f1 == 0)
    }
}

@Suite("Evaluation: sets and scores")
struct ExtractionEvaluationTests {
    static func manifest(_ lines: [String], files: [String: String] = [:]) -> String {
        let folder = Repository.temporaryDirectory()
        for (name, text) in files { #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))) }
        let path = folder + "/manifest.jsonl"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8)))
        return path
    }

    @Test func aManifestGivesPagesWithPathsRelativeToIt() throws {
        let path = Self.manifest([
            #"{"page": "a.html", "gold": "a.txt", "title": "T", "published": "2025-05-23", "author": null}"#,
            #"{"page": "b.txt", "body": "inline gold"}"#,
        ], files: ["a.html": "<p>x</p>", "a.txt": "Gold body.", "b.txt": "page"])
        let pages = try GoldPageSet.read(path)
        #expect(pages.count == 2)
        #expect(pages[0].page.hasSuffix("/a.html") && pages[0].body == "Gold body.")
        #expect(pages[0].title == .value("T") && pages[0].published == .value("2025-05-23") && pages[0].author == GoldPage.Expected<String>.none)
        #expect(pages[0].publisher == .unscored)
        #expect(pages[1].body == "inline gold")
    }

    @Test func aMistypedFieldIsAnErrorWithASuggestion() throws {
        let path = Self.manifest([#"{"page": "a.html", "publised": "2025-05-23"}"#], files: ["a.html": "x"])
        do {
            _ = try GoldPageSet.read(path)
            Issue.record("no error")
        } catch {
            #expect(error.description.hasSuffix("manifest.jsonl:1:1: error: [evaluation-set] unknown field \"publised\"\n  note: did you mean 'published'?"))
        }
    }

    @Test func aMissingPageIsNamed() throws {
        let path = Self.manifest([#"{"page": "gone.html"}"#])
        #expect(throws: Diagnostic.self) { try GoldPageSet.read(path) }
        do { _ = try GoldPageSet.read(path) } catch { #expect(error.message.contains("gone.html does not exist")) }
    }

    @Test func theBenchmarkLayoutIsRead() throws {
        let folder = Repository.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/html", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder + "/html/b2.html", contents: Data("<p>x</p>".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/html/a1.html.gz", contents: Data([0x1F, 0x8B])))
        #expect(FileManager.default.createFile(atPath: folder + "/ground-truth.json", contents: Data(#"{"b2": {"articleBody": "B"}, "a1": {"articleBody": "A", "url": "u"}}"#.utf8)))
        let pages = try GoldPageSet.read(folder)
        #expect(pages.map { ($0.page as NSString).lastPathComponent } == ["a1.html.gz", "b2.html"])
        #expect(pages.map(\.body) == ["A", "B"])
    }

    @Test func scoresBodiesDaysAndFields() {
        var evaluation = ExtractionEvaluation()
        var good = GoldPage(page: "good.html", body: "The ministry denied the report")
        good.published = .value("2025-08-23T06:18:00+05:30")
        good.author = .none
        evaluation.add(good, document: Document(id: "g", path: "good.html", published: "2025-08-23", body: "The ministry denied the report"))
        var bad = GoldPage(page: "bad.html", body: "Troops stay")
        bad.published = .value("2025-05-23")
        bad.author = .value("Jane Roe")
        evaluation.add(bad, document: nil, failure: "no article text found in the page")
        let summary = evaluation.summary
        #expect(summary.bodyPages == 2)
        #expect(abs(summary.precision - 0.5) < 1e-9 && abs(summary.recall - 0.5) < 1e-9)
        #expect(summary.accuracy("published day") == 0.5)
        #expect(summary.accuracy("author") == 0.5)
        #expect(summary.accuracy("title") == nil)
        let report = evaluation.report(showAll: false)
        #expect(report.hasPrefix("bad.html  P 0.000  R 0.000  F1 0.000\n    no document: no article text found in the page\n    published day: expected 2025-05-23, found none\n    author: expected Jane Roe, found none\n"))
        #expect(!report.contains("good.html"))
        #expect(report.contains("body: precision 0.500, recall 0.500, F1 0.500"))
        #expect(report.contains("published day: 1 of 2 right (50.0%)"))
    }
}
