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

    @Test func pagesAreIndexThenDocumentsSortedByID() throws {
        #expect(pages.map(\.name).first == "index.html")
        #expect(pages.count == 4)
        let names = pages.dropFirst().map(\.name)
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
            #expect(!page.html.contains("<script"), "\(page.name) has a raw script tag")
            #expect(!page.html.contains("<img"), "\(page.name) has a raw img tag")
            #expect(!page.html.contains("<b>"), "\(page.name) has raw markup from a publisher")
        }
        let hostile = try page(for: SampleReport.hostile)
        #expect(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry"))
        #expect(hostile.contains("Tom &amp; Jerry's &lt;b&gt;Gazette&lt;/b&gt;"))
        #expect(hostile.contains("&lt;img src=x onerror=alert(2)&gt;"))
        // An attribute value holding double quotes is written in single quotes, markup escaped.
        #expect(hostile.contains("title='rule-&lt;x&gt;&amp;\"y\" — Tom &amp; \"Jerry\" &lt;i&gt; / count'"))
        #expect(index.contains("&lt;script&gt;alert(3)&lt;/script&gt; &amp; \"quotes\" in an explanation."))
        #expect(index.contains("corpus/broken &lt;1&gt;.warc"))
    }

    @Test func sentenceHighlightUsesByteOffsetsPastNonASCII() {
        // “Quoted” and é take several UTF-8 bytes each; the mark must still land on "4,500 troops".
        #expect(index.contains("“Quoted” café owners in Montréal said <mark title=\"count-é\">4,500 troops</mark> left"))
        #expect(index.contains("the ministry stated") && index.contains("\"<mark title=\"sample-rule\">There have been no discussions whatsoever</mark>\""))
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

    @Test func sectionsFollowKindRankWithContradictionsFirst() throws {
        let ids = ["contradictions", "discrepancies", "updates", "agreements", "single-source", "all-claims", "skipped"]
        let positions = try ids.map { id in
            try #require(index.firstRange(of: "<section id=\"\(id)\"")).lowerBound
        }
        #expect(positions == positions.sorted())
        // The contradiction was given after the agreement, and still comes first.
        let contradiction = try #require(index.firstRange(of: "finding F-contra")).lowerBound
        let agreement = try #require(index.firstRange(of: "finding F-agree")).lowerBound
        #expect(contradiction < agreement)
        let article = try #require(index.firstRange(of: "<article class=\"finding contradiction\">")).upperBound
        #expect(index[article...].hasPrefix("<h4>\n<span class=\"badge contradiction\">contradiction</span> <span class=\"topic\">US troops in South Korea / withdrawal</span>"))
    }

    @Test func findingsAreGroupedByStoryUnderTheStoryLabel() throws {
        let heading = try #require(index.firstRange(of: "<h3 class=\"story-label\">South Korea, US troops, Pentagon <span class=\"count\">(2 documents, story s-korea)</span>"))
        let contradiction = try #require(index.firstRange(of: "finding F-contra")).lowerBound
        #expect(heading.upperBound < contradiction)
        // The hostile story's label is text, escaped, never markup.
        #expect(index.contains("Tom &amp; \"Jerry\" &lt;i&gt;, &lt;/h3&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
        #expect(!index.contains("<script>alert(4)"))
        let discrepancies = try #require(index.firstRange(of: "<section id=\"discrepancies\"")).upperBound
        let hostileHeading = try #require(index[discrepancies...].firstRange(of: "<h3 class=\"story-label\">Tom &amp;")).lowerBound
        let hostileFinding = try #require(index[discrepancies...].firstRange(of: "finding F-hostile")).lowerBound
        #expect(hostileHeading < hostileFinding)
    }

    @Test func findingTablesShowSourceStanceValueAndVerdict() {
        #expect(index.contains("<a href=\"doc-almayadeen-2025-05-23.html\" title=\"document almayadeen-2025-05-23\">Al Mayadeen English</a>"))
        #expect(index.contains("the Wall Street Journal, via Al Mayadeen English"))
        #expect(index.contains("speculative; positive"))
        #expect(index.contains("denied; negative"))
        #expect(index.contains("<span class=\"value-text\">approximately 4,500</span><span class=\"interval\">4,275–4,725 troops</span>"))
        #expect(index.contains("1,000,000,000–∞ USD"))
        #expect(index.contains("Claim missing-claim is not among the report's claims."))
        #expect(index.contains("<span class=\"count\">(0)</span>"), "the empty updates section shows its count")
    }

    @Test func countsAndSkippedInputs() {
        #expect(index.contains("<strong>3</strong> documents"))
        #expect(index.contains("<strong>9</strong> claims"))
        #expect(index.contains("<strong>1</strong> skipped inputs"))
        #expect(index.contains("truncated WARC record &amp; bad header"))
    }

    @Test func allClaimsTableIsSortedByDocumentThenStart() throws {
        let section = try #require(index.firstRange(of: "<section id=\"all-claims\"")).lowerBound
        let rest = index[section...]
        let order = ["44.39 million citizens", "over $1 billion annually", "4,500 troops</mark> left"].map {
            rest.firstRange(of: $0)?.lowerBound
        }
        let found = order.compactMap { $0 }
        #expect(found.count == 3)
        #expect(found == found.sorted())
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
        let html = try HTMLReportWriter.render(input)[0].html
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
        #expect(pages.map(\.name) == ["index.html"])
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
