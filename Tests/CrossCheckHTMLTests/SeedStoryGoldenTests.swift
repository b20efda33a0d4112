import CrossCheck
import Foundation
import Testing
@testable import CrossCheckHTML

/// The report of the bundled corpus (the two seed articles), run as `crosscheck run corpus`
/// runs it: their one story's page shows the contradiction and the agreement, the claim × source
/// table and the chart of the troop figures, and matches Tests/Fixtures/Golden/seeds/ byte for
/// byte. After an intended change, regenerate with
/// `CROSSCHECK_UPDATE_GOLDEN=1 swift test --filter SeedStoryGolden` and review the diff.
@Suite struct SeedStoryGoldenTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let pages: [ReportPage] = {
        do {
            let rules = try RuleSet.load(directory: root + "/rules")
            var documents: [Document] = []
            let result = try Pipeline(rules: rules, markupParser: HTMLPageReader())
                .run([root + "/corpus"], sink: { documents.append($0) }, reread: { each in documents.forEach(each) })
            let input = ReportInput(documents: result.documents, claims: result.claims, findings: result.findings,
                                    skipped: result.skipped, stories: result.stories.stories)
            var pages: [ReportPage] = []
            try ReportRenderer(input).overviewPages { pages.append($0) }
            return pages
        } catch {
            fatalError("the seed run failed: \(error)")
        }
    }()

    var story: ReportPage {
        get throws { try #require(Self.pages.first { $0.name.hasPrefix("story-") }) }
    }

    @Test func theSeedsFormOneStory() {
        #expect(Self.pages.filter { $0.name.hasPrefix("story-") }.count == 1)
    }

    @Test func storyPageShowsTheContradictionAndTheAgreementWithTableAndChart() throws {
        let html = try story.html
        let contradiction = try #require(html.firstRange(of: "<article class=\"finding contradiction\"")).lowerBound
        let agreement = try #require(html.firstRange(of: "<article class=\"finding agreement\"")).lowerBound
        #expect(contradiction < agreement, "contradictions first")
        #expect(html.contains("Wall Street Journal, via Al Mayadeen English"))
        #expect(html.contains("South Korea's defense ministry, via Al Mayadeen English"))
        // The claim × source table: a column per outlet, the agreed figure in both.
        let table = try #require(html.firstRange(of: "<table class=\"matrix\"")).lowerBound
        let tableEnd = try #require(html[table...].firstRange(of: "</table>")).lowerBound
        let matrix = html[table..<tableEnd]
        #expect(matrix.contains("<th scope=\"col\">Al Mayadeen English</th>") && matrix.contains("<th scope=\"col\">Devdiscourse</th>"))
        #expect(matrix.components(separatedBy: ">28,500</a>").count - 1 == 2)
        // The chart of the agreed troop count: both outlets, each with its own marker and number.
        let chart = try #require(html.firstRange(of: "<figure class=\"chart\"")).lowerBound
        let chartEnd = try #require(html[chart...].firstRange(of: "</figure>")).lowerBound
        let svg = html[chart..<chartEnd]
        #expect(svg.contains("US troops in South Korea / count"))
        #expect(svg.contains(">1 Al Mayadeen English</text>") && svg.contains(">2 Devdiscourse</text>"))
        #expect(svg.contains(">2025-05-23</text>") && svg.contains(">2025-08-23</text>"))
    }

    @Test func storyPageMatchesItsGoldenFile() throws {
        let page = try story
        let path = Self.root + "/Tests/Fixtures/Golden/seeds/story.html"
        if ProcessInfo.processInfo.environment["CROSSCHECK_UPDATE_GOLDEN"] == "1" {
            try page.html.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: path), "no golden file \(path)")
        #expect(String(decoding: golden, as: UTF8.self) == page.html, "the seeds' story page differs from \(path)")
    }
}
