import Foundation
import CrossCheck
import Testing
@testable import CrossCheckHTML

@Suite("HTMLReportWriter")
struct HTMLReportWriterTests {
    let pages: [ReportPage]

    init() throws {
        pages = try HTMLReportWriter.render(SampleReport.input)
    }

    private var index: String { pages[0].html }

    private func page(for document: Document) throws -> String {
        let name = try #require(DocumentFileNames(ids: SampleReport.input.documents.map(\.id)).name(for: document.id))
        return try #require(pages.first { $0.name == name }).html
    }

    private func named(_ name: String) throws -> String {
        try #require(pages.first { $0.name == name }, "no page \(name)").html
    }

    private var korea: String { get throws { try named("story-s-korea.html") } }
    private var hostileStory: String { get throws { try named("story-s-hostile.html") } }

    @Test func pagesAreIndexDocumentListStoriesThenDocumentsSortedByID() throws {
        #expect(pages.map(\.name).prefix(4) == ["index.html", "documents.html", "story-s-korea.html", "story-s-hostile.html"])
        #expect(pages.count == 7)
        let names = pages.dropFirst(4).map(\.name)
        #expect(names[0] == "doc-almayadeen-2025-05-23.html")
        #expect(names[1] == "doc-devdiscourse-2025-08-23.html")
        #expect(names[2].hasPrefix("doc-news-Tom---Jerry-.html-"))
    }

    @Test func everyPageIsHTML5WithUTF8() {
        for page in pages {
            #expect(page.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(page.name)")
            #expect(page.html.contains("<meta charset=\"utf-8\">"), "\(page.name)")
            #expect(!page.html.contains("http-equiv"), "\(page.name)")
        }
    }

    @Test func articleTextIsEscapedEverywhere() throws {
        for page in pages {
            // The one script of each page is the report's own.
            let scripts = page.html.components(separatedBy: "<script").count - 1
            #expect(scripts == 1, "\(page.name) has \(scripts) script tags")
            #expect(page.html.components(separatedBy: "<script>").count - 1 == 1, "\(page.name)")
            #expect(!page.html.contains("<script>alert"), "\(page.name) has a raw script tag")
            #expect(!page.html.contains("<img"), "\(page.name) has a raw img tag")
            #expect(!page.html.contains("<b>"), "\(page.name) has raw markup from a publisher")
        }
        let hostile = try page(for: SampleReport.hostile)
        #expect(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry"))
        #expect(hostile.contains("Tom &amp; Jerry's &lt;b&gt;Gazette&lt;/b&gt;"))
        #expect(hostile.contains("&lt;img src=x onerror=alert(2)&gt;"))
        // An attribute value holding double quotes is written in single quotes, markup escaped.
        #expect(hostile.contains("title='rule-&lt;x&gt;&amp;\"y\" — Tom &amp; \"Jerry\" &lt;i&gt; / count'"))
        #expect(try hostileStory.contains("&lt;script&gt;alert(3)&lt;/script&gt; &amp; \"quotes\" in an explanation."))
        #expect(index.contains("corpus/broken &lt;1&gt;.warc"))
    }

    @Test func sentenceHighlightUsesByteOffsetsPastNonASCII() throws {
        // “Quoted” and é take several UTF-8 bytes each; the mark must still land on "4,500 troops".
        #expect(try hostileStory.contains("“Quoted” café owners in Montréal said <mark title=\"count-é\">4,500 troops</mark> left"))
        #expect(try korea.contains("the ministry stated") && korea.contains("\"<mark title=\"sample-rule\">There have been no discussions whatsoever</mark>\""))
    }

    @Test func documentPageHighlightsEveryClaimInTheBody() throws {
        let hostile = try page(for: SampleReport.hostile)
        #expect(hostile.contains("“Quoted” café owners in Montréal said <mark title='count-é — Tom &amp; \"Jerry\" &lt;i&gt; / count'>4,500 troops</mark> left, and 12 more"))
        let almayadeen = try page(for: SampleReport.almayadeen)
        #expect(almayadeen.contains("<mark title=\"sample-rule — South Korea / eligible voters\">44.39 million citizens</mark> are eligible"))
    }

    @Test func overlappingClaimsMergeIntoOneMark() throws {
        // c3 ("Washington ... approximately 4,500") and c7 ("approximately 4,500 of the 28,500") overlap,
        // and c1 ("28,500 US troops") overlaps c7: one mark covers all three.
        let almayadeen = try page(for: SampleReport.almayadeen)
        #expect(almayadeen.contains(">Washington is considering withdrawing approximately 4,500 of the 28,500 US troops</mark> currently"))
        #expect(almayadeen.contains("<mark class=\"overlap\"") || almayadeen.contains("class=\"overlap\""))
        #expect(!almayadeen.contains("<mark><mark"))
    }

    @Test func storyIndexHasOneRowPerStoryContradictionsFirst() throws {
        let rows = index.components(separatedBy: "<th scope=\"row\">").dropFirst()
        #expect(rows.count == 2)
        // s-korea has the contradiction; s-hostile only a discrepancy.
        #expect(rows.first?.hasPrefix("<a href=\"story-s-korea.html\">South Korea, US troops, Pentagon</a>") == true)
        let korea = try #require(rows.first)
        // Documents, independent sources, then contradictions … single-source, then the days.
        let cells = korea.components(separatedBy: "<td").dropFirst().prefix(9).map {
            ("<td" + $0).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(Array(cells) == ["2", "2", "1", "0", "0", "1", "1", "2025-05-23", "2025-08-23"])
        // The hostile story's label is text, escaped, never markup.
        #expect(index.contains("Tom &amp; \"Jerry\" &lt;i&gt;, &lt;/h3&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
    }

    @Test func indexNoLongerListsClaims() {
        #expect(!index.contains("28,500 US troops"))
        #expect(!index.contains("<table class=\"claims\""))
        #expect(index.contains("<a href=\"documents.html\"><strong>3</strong> documents</a>"))
    }

    @Test func storyPageShowsFindingsContradictionsFirstWithWhyCompared() throws {
        let korea = try korea
        let contradiction = try #require(korea.firstRange(of: "finding F-contra")).lowerBound
        let agreement = try #require(korea.firstRange(of: "finding F-agree")).lowerBound
        #expect(contradiction < agreement)
        #expect(korea.contains("<article class=\"finding contradiction\" id=\"finding-F-contra\" data-kind=\"contradiction\">"))
        #expect(korea.contains("Compared because they share: </span>topic US troops in South Korea / withdrawal"))
        #expect(!korea.contains("F-hostile"), "another story's finding")
    }

    @Test func findingTablesShowSourceStanceValueAndLinkToTheSentence() throws {
        let korea = try korea
        #expect(korea.contains("<a href=\"doc-almayadeen-2025-05-23.html#claim-c3\" title=\"document almayadeen-2025-05-23\">Al Mayadeen English</a>"))
        #expect(korea.contains("the Wall Street Journal, via Al Mayadeen English"))
        #expect(korea.contains("speculative; positive"))
        #expect(korea.contains("denied; negative"))
        #expect(korea.contains("<span class=\"value-text\">approximately 4,500</span><span class=\"interval\">4,275–4,725 troops</span>"))
        #expect(korea.contains("1,000,000,000–∞ USD"))
        #expect(korea.contains("Claim missing-claim is not among the report's claims."))
        // The rows the story page links to exist on the document page.
        #expect(try page(for: SampleReport.almayadeen).contains("<tr id=\"claim-c3\">"))
    }

    @Test func claimSourceTableHasARowPerFindingAndAColumnPerOutlet() throws {
        let korea = try korea
        let table = try #require(korea.firstRange(of: "<table class=\"matrix\" data-sortable=\"\">")).upperBound
        let end = try #require(korea[table...].firstRange(of: "</table>")).lowerBound
        let matrix = String(korea[table..<end])
        #expect(matrix.contains("<th scope=\"col\">Al Mayadeen English</th>"))
        #expect(matrix.contains("<th scope=\"col\">Devdiscourse</th>"))
        #expect(matrix.components(separatedBy: "<th scope=\"row\">").count - 1 == 3)
        // The agreement row: both outlets' 28,500, each linking to its sentence.
        #expect(matrix.contains("<a href=\"doc-almayadeen-2025-05-23.html#claim-c1\" title=\"2025-05-23 · Al Mayadeen English · asserted; positive\">28,500</a>"))
        #expect(matrix.contains("<a href=\"doc-devdiscourse-2025-08-23.html#claim-c2\""))
        // The denial has no value: its stance stands in the cell.
        #expect(matrix.contains(">denied; negative</a>"))
    }

    @Test func aCellWithManyClaimsFoldsThemUnderATally() throws {
        var input = SampleReport.input
        let extra = (0..<6).map { i -> Claim in
            var claim = SampleReport.claims[0]
            claim.id = "c1-\(i)"
            return claim
        }
        input.claims += extra
        input.findings[0].claims += extra.map(\.id)
        let html = try #require(HTMLReportWriter.render(input).first { $0.name == "story-s-korea.html" }).html
        #expect(html.contains("<summary>7 claims: 7 × 28,500</summary>"))
        // Every claim is still there, linked, for a reader without scripts.
        #expect(html.contains("#claim-c1-5\""))
    }

    @Test func chartDrawsEachSourcesFigureWithShapeAndNumber() throws {
        let korea = try korea
        let figure = try #require(korea.firstRange(of: "<figure class=\"chart\" id=\"chart-F-agree\">")).upperBound
        let end = try #require(korea[figure...].firstRange(of: "</figure>")).lowerBound
        let chart = String(korea[figure..<end])
        #expect(chart.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="))
        #expect(chart.contains("<circle class=\"marker\""), "the first source is a circle")
        #expect(chart.contains("<rect class=\"marker\""), "the second a square")
        #expect(chart.contains(">1 Al Mayadeen English</text>") && chart.contains(">2 Devdiscourse</text>"))
        #expect(chart.contains(">2025-05-23</text>") && chart.contains(">2025-08-23</text>"))
        #expect(chart.contains("28,500 (28,450–28,550 troops)"))
        // Single-source findings get no chart.
        #expect(!korea.contains("chart-F-single"))
    }

    @Test func countsAndSkippedInputs() {
        #expect(index.contains("<strong>3</strong> documents"))
        #expect(index.contains("<strong>9</strong> claims"))
        #expect(index.contains("<strong>2</strong> stories"))
        #expect(index.contains("<strong>1</strong> skipped inputs"))
        #expect(index.contains("truncated WARC record &amp; bad header"))
    }

    @Test func skippedSaysNoneWhenEmpty() throws {
        var input = SampleReport.input
        input.skipped = []
        let html = try HTMLReportWriter.render(input)[0].html
        let section = try #require(html.firstRange(of: "<section id=\"skipped\">")).upperBound
        let end = try #require(html[section...].firstRange(of: "</section>")).lowerBound
        #expect(html[section..<end].contains("<p class=\"none\">none</p>"))
        #expect(!html[section..<end].contains("<li>"))
    }

    @Test func renderingIsDeterministicAndIndependentOfInputOrder() throws {
        let again = try HTMLReportWriter.render(SampleReport.input)
        #expect(again == pages)
        var shuffled = SampleReport.input
        shuffled.documents.reverse()
        shuffled.claims.reverse()
        #expect(try HTMLReportWriter.render(shuffled) == pages)
    }

    @Test func escapedTextReadsBackAsTheOriginalText() throws {
        // Parsing the rendered page recovers the article text as text: nothing became markup.
        let hostile = try page(for: SampleReport.hostile)
        let parsed = try HTMLPageReader().parse(utf8: Array(hostile.utf8))
        let texts = parsed.blocks.map(\.text)
        #expect(texts.contains("<script>alert(1)</script> Tom & Jerry said \"hello\" & 'bye'."))
        #expect(texts.contains("<img src=x onerror=alert(2)>"))
        #expect(parsed.title == "<script>alert(1)</script> Tom & Jerry \"quoted\" — crosscheck report")
        #expect(parsed.jsonLD.isEmpty)
    }

    @Test func attributeWithBothQuoteKindsIsEscaped() throws {
        var input = SampleReport.input
        input.claims[0].rule = "it's \"x\" & <y>"
        let html = try #require(HTMLReportWriter.render(input).first { $0.name == "story-s-korea.html" }).html
        #expect(html.contains("<mark title=\"it's &quot;x&quot; &amp; &lt;y&gt;\">28,500 US troops</mark>"))
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        var input = SampleReport.input
        input.title = "report\u{0}\u{1}\u{7F}end"
        let html = try HTMLReportWriter.render(input)[0].html
        #expect(html.contains("<title>report\u{FFFD}\u{FFFD}\u{FFFD}end</title>"))
    }

    @Test func emptyReportRenders() throws {
        let pages = try HTMLReportWriter.render(ReportInput(documents: [], claims: [], findings: []))
        #expect(pages.map(\.name) == ["index.html", "documents.html"])
        #expect(pages[0].html.contains("<strong>0</strong> documents"))
    }

    @Test func droppedBlocksAreListed() throws {
        let almayadeen = try page(for: SampleReport.almayadeen)
        #expect(almayadeen.contains("<td>BREAKING Kremlin says no agreements yet on next platform</td>"))
        #expect(almayadeen.contains("ticker: BREAKING"))
        #expect(try page(for: SampleReport.devdiscourse).contains("<p class=\"none\">none</p>"))
        #expect(almayadeen.contains("<a href=\"index.html\">← Back to the report</a>"))
    }
}
