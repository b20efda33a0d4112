import CrossCheck
import Foundation
import Testing
@testable import CrossCheckHTML

/// A text dump whose article text is full of markup (script tags, an img with an onerror, a
/// link with a javascript: address, closing tags), run through the pipeline and the report as
/// `crosscheck run` does: on every page the markup is text, escaped, never an element.
@Suite struct MarkupInTextTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/Report/markup").path
    }()

    static let pages: [ReportPage] = {
        do {
            var rules = URL(fileURLWithPath: #filePath)
            for _ in 0..<3 { rules.deleteLastPathComponent() }
            let ruleSet = try RuleSet.load(directory: rules.appendingPathComponent("rules").path)
            var documents: [Document] = []
            let result = try Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
                .run([folder], sink: { documents.append($0) }, reread: { each in documents.forEach(each) })
            var documentsWithStory = documents
            for index in documentsWithStory.indices { documentsWithStory[index].story = result.stories.storyOf[documentsWithStory[index].id] }
            return try HTMLReportWriter.render(ReportInput(documents: documentsWithStory, claims: result.claims,
                                                           findings: result.findings, stories: result.stories.stories))
        } catch {
            fatalError("the markup fixture's run failed: \(error)")
        }
    }()

    @Test func theFixtureGivesClaimsAndAStoryPage() {
        #expect(Self.pages.contains { $0.name.hasPrefix("story-") })
        #expect(Self.pages.contains { $0.name.hasPrefix("doc-") })
        let document = Self.pages.first { $0.name.hasPrefix("doc-") }!.html
        #expect(document.contains("<mark"), "the fixture's claims are marked in its body")
    }

    @Test func noPageHoldsTheArticlesMarkupAsElements() {
        for page in Self.pages {
            let html = page.html
            #expect(html.components(separatedBy: "<script").count - 1 == 1, "\(page.name): only the report's own script")
            for raw in ["<img", "<b>", "<i>", "<em>", "<a href=\"javascript", "innerHTML=''</script>"] {
                #expect(!html.contains(raw), "\(page.name) holds \(raw) as markup")
            }
        }
        let document = Self.pages.first { $0.name.hasPrefix("doc-") }!.html
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(document.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(document.contains("&lt;/p&gt;&lt;/td&gt;&lt;/table&gt;&lt;script&gt;"))
    }

    @Test func theTextReadsBackAsWritten() throws {
        let document = try #require(Self.pages.first { $0.name.hasPrefix("doc-") }).html
        let parsed = try HTMLPageReader().parse(utf8: Array(document.utf8))
        #expect(parsed.blocks.map(\.text).contains {
            $0.hasPrefix("Officials said 4,500 troops <script>alert(1)</script> were stationed at the base, and that the <img src=x onerror=alert(2)> figure")
        })
    }
}
