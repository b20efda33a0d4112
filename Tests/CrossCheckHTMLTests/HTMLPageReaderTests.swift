import Foundation
@testable import CrossCheck
import Testing
@testable import CrossCheckHTML

@Suite("HTMLPageReader")
struct HTMLPageReaderTests {
    private func parse(_ html: String) throws -> ParsedPage {
        try HTMLPageReader().parse(utf8: Array(html.utf8))
    }

    @Test func readsMetadata() throws {
        let page = try parse(PageFixtures.article)
        #expect(page.title == "US and S. Korea dismiss report & reaffirm")
        #expect(page.language == "en-GB")
        #expect(page.canonical == "https://english.almayadeen.net/news/politics/us-skorea")
        #expect(page.meta == [
            MetaTag(key: "description", content: "Seoul & Washington deny a WSJ report."),
            MetaTag(key: "og:title", content: "US and S. Korea dismiss report"),
            MetaTag(key: "author", content: "Al Mayadeen English"),
        ])
    }

    @Test func keepsJSONLDRawAndSkipsOtherScripts() throws {
        let page = try parse(PageFixtures.article)
        #expect(page.jsonLD.count == 2)
        #expect(page.jsonLD.first?.contains("\"datePublished\": \"2025-05-23T18:38:00+03:00\", \"headline\": \"a < b\"") == true)
        #expect(page.jsonLD.last == "{\"@type\": \"BreadcrumbList\"}")
        let allText = page.blocks.map(\.text).joined(separator: "\n")
        for hidden in ["DO NOT READ", "STYLE TEXT", "NOSCRIPT", "SVG TEXT", "BUTTON TEXT", "OPTION TEXT", "TEMPLATE TEXT", "@type"] {
            #expect(!allText.contains(hidden), "\(hidden) leaked into the blocks")
        }
    }

    @Test func blocksInPageOrderWithCollapsedText() throws {
        let page = try parse(PageFixtures.article)
        #expect(page.blocks.map(\.tag) == ["nav", "h1", "p", "p", "li", "p", "li", "p", "th", "td", "div"])
        #expect(page.blocks.map(\.text) == [
            "Home News",
            "US and S. Korea dismiss report",
            "By Al Mayadeen on 23 May",
            "South Korea's defense ministry firmly denied reports that the United States is planning to scale back.",
            "Intro", "Nested paragraph", "tail", "Only paragraph",
            "Poll", "45%",
            "Bare text in main Read more",
        ])
    }

    @Test func nestedBlocksDoNotDuplicateText() throws {
        let page = try parse("<ul><li>A <p>B</p><blockquote><p>C</p></blockquote> D</li></ul>")
        let text = page.blocks.map(\.text)
        #expect(text == ["A", "B", "C", "D"])
    }

    @Test func ancestryRunsFromRootToTheBlock() throws {
        let page = try parse(PageFixtures.article)
        let paragraph = try #require(page.blocks.first { $0.text.hasPrefix("South Korea") })
        #expect(paragraph.ancestry == ["html", "body", "div#main.wrapper.page", "article.story", "p"])
        let nav = try #require(page.blocks.first { $0.tag == "nav" })
        #expect(nav.ancestry == ["html", "body", "nav.menu.top"])
        let bare = try #require(page.blocks.last)
        #expect(bare.ancestry == ["html", "body", "div#main.wrapper.page"])
    }

    @Test func countsLinkTextBytes() throws {
        let page = try parse(PageFixtures.article)
        // Two links separated by a space outside them: the space is not link text.
        #expect(page.blocks[0].linkTextBytes == "HomeNews".utf8.count)
        let byline = try #require(page.blocks.first { $0.text.hasPrefix("By ") })
        #expect(byline.linkTextBytes == "Al Mayadeen".utf8.count)
        #expect(page.blocks.last?.linkTextBytes == "Read more".utf8.count)
        let plain = try #require(page.blocks.first { $0.tag == "h1" })
        #expect(plain.linkTextBytes == 0)
    }

    @Test func timeDatetimeBelongsToItsBlock() throws {
        let page = try parse(PageFixtures.article)
        let byline = try #require(page.blocks.first { $0.text.hasPrefix("By ") })
        #expect(byline.dateTime == "2025-05-23T18:38")
        #expect(page.blocks.filter { $0.dateTime != nil }.count == 1)
    }

    @Test func decodesEntitiesAndNoBreakSpaces() throws {
        let page = try parse("<p>Tom&nbsp;&amp;&nbsp;Jerry &eacute;t&eacute; &#8220;q&#8221; &lt;b&gt;</p>")
        #expect(page.blocks.map(\.text) == ["Tom & Jerry été “q” <b>"])
    }

    @Test func inlineElementsDoNotAddSpacesButBreaksDo() throws {
        let page = try parse("<p>foo<b>bar</b> baz<br>qux</p><div>one<div>two</div>three</div>")
        #expect(page.blocks.map(\.text) == ["foobar baz qux", "one", "two", "three"])
        #expect(page.blocks.map(\.tag) == ["p", "div", "div", "div"])
    }

    @Test func divInsideBlockOnlySeparatesWords() throws {
        let page = try parse("<table><tr><td><div>cell</div><div>text</div></td></tr></table>")
        #expect(page.blocks.map(\.tag) == ["td"])
        #expect(page.blocks.map(\.text) == ["cell text"])
    }

    @Test func survivesTenThousandNestedElements() throws {
        let depth = 10_000
        let html = String(repeating: "<div class=\"d\">", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth)
        let page = try parse("<p>before</p>" + html + "<p>after</p>")
        let block = try #require(page.blocks.first { $0.text == "deep text" })
        // libxml2 would stop at depth 256 and lose the rest of the page without XML_PARSE_HUGE.
        #expect(page.blocks.map(\.text) == ["before", "deep text", "after"])
        #expect(block.ancestry.count <= PageTreeWalker.ancestryHead + PageTreeWalker.ancestryTail + 1)
        #expect(block.ancestry.prefix(2) == ["html", "body"])
        #expect(block.ancestry.last == "div.d")
        #expect(block.ancestry.contains("…"))
    }

    @Test func deepInlineNestingToo() throws {
        let depth = 10_000
        let html = "<p>" + String(repeating: "<span><b>", count: depth) + "x" + String(repeating: "</b></span>", count: depth) + "</p>"
        let page = try parse(html)
        #expect(page.blocks.map(\.text) == ["x"])
    }

    @Test func emptyAndBlankInputGiveEmptyPages() throws {
        #expect(try parse("") == ParsedPage())
        #expect(try parse("  \n\t ") == ParsedPage())
        #expect(try parse("<!-- only a comment -->").blocks.isEmpty)
    }

    @Test func recoversFromBrokenMarkup() throws {
        let page = try parse("<p>unclosed <b>bold<p>second</i></div>")
        #expect(page.blocks.map(\.text) == ["unclosed bold", "second"])
    }

    @Test func aFewMegabytesParseQuickly() throws {
        let paragraph = "<div class=\"c\"><p>Paragraph with <a href=\"/x\">a link</a> and &amp; some text about 28,500 troops.</p></div>\n"
        let html = "<html><body>" + String(repeating: paragraph, count: 30_000) + "</body></html>"
        #expect(html.utf8.count > 3_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let page = try parse(html)
        let elapsed = clock.now - start
        #expect(page.blocks.count == 30_000)
        #expect(elapsed < .seconds(10), "parsing \(html.utf8.count) bytes took \(elapsed)")
    }
}

// MARK: - The reader's new signals

@Suite("HTMLPageReader signals")
struct HTMLPageReaderSignalTests {
    private func parse(_ html: String) throws -> ParsedPage {
        try HTMLPageReader().parse(utf8: Array(html.utf8))
    }

    @Test func twoLineBreaksEndAParagraph() throws {
        let page = try parse("<div>one<br>still one<br> \n <br>two<br><br><br>three</div>")
        #expect(page.blocks.map(\.text) == ["one still one", "two", "three"])
    }

    @Test func hiddenElementsAreNotRead() throws {
        let page = try parse("""
            <p>shown</p><div hidden><p>A</p></div><p style="display: none">B</p>
            <span aria-hidden="true">C</span><p style="color:red">shown too</p>
            """)
        #expect(page.blocks.map(\.text) == ["shown", "shown too"])
    }

    @Test func timesAndAncestorIDsAndItemprop() throws {
        let page = try parse("""
            <div class="a"><p>x <time itemprop="datePublished" datetime="2025-05-23">23 May</time></p></div>
            <div class="a" itemprop="articleBody" role="main"><p>y</p></div>
            """)
        #expect(page.times == [PageTime(dateTime: "2025-05-23", label: "time@datepublished", text: "23 May", blockIndex: 0)])
        // Two sibling divs with one label are two elements.
        #expect(page.blocks[0].ancestorIDs[2] != page.blocks[1].ancestorIDs[2])
        #expect(page.blocks[1].ancestry[2] == "div.a@articlebody@main")
    }

    @Test func invisibleCharactersAreDroppedAndOddSpacesCollapse() throws {
        let page = try parse("<p>co&shy;operation&#8203; 28&#8239;500 &#x2009; troops</p>")
        #expect(page.blocks.map(\.text) == ["cooperation 28 500 troops"])
    }
}

// MARK: - HTML normalization end to end (page reader + HTMLNormalizer + rules)

@Suite("HTML normalization")
struct HTMLNormalizationTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let rules: RuleSet = {
        do { return try RuleSet.load(directory: root + "/rules") } catch { fatalError("rules do not load: \(error)") }
    }()
    static let normalizer = Normalizer(lexicons: rules.lexicons, markupParser: HTMLPageReader())

    static func document(_ fixture: String) throws -> Document {
        let path = root + "/Tests/Fixtures/Normalize/" + fixture
        let (inputs, skipped) = InputCollector().read(path: path, root: root + "/Tests/Fixtures/Normalize")
        #expect(skipped.isEmpty)
        return try normalizer.normalize(try #require(inputs.first))
    }

    static func html(_ html: String) throws(InputError) -> Document {
        try normalizer.normalize(InputFile(id: "t", path: "t.html", format: .html, text: html))
    }

    @Test func newsPageBodyIsTheArticleOnly() throws {
        let doc = try Self.document("news-page.html")
        #expect(doc.body.components(separatedBy: "\n\n") == [
            "South Korea's defense ministry on Friday firmly denied a report that Washington is considering withdrawing approximately 4,500 of the 28,500 US troops stationed in the country.",
            "\"There have been no discussions whatsoever on the reduction of US forces in Korea,\" the ministry said in a statement, adding that the alliance remained strong.",
            "Pentagon response",
            "The Pentagon's spokesperson said such reports are not true, and that Washington remains committed to the defense of its ally in the region.",
            "South Korea spends over $1 billion a year on the troops under a five-year cost-sharing agreement signed last year, officials said.",
        ])
    }

    @Test(arguments: [
        ("We use cookies", "cookie notice"),
        ("Home", "page header"),
        ("BREAKING Iran-US talks", "link list"),
        ("Seoul denies troop cut report", "title"),
        ("By Jane Roe", "byline"),
        ("A South Korean army tank", "caption"),
        ("Share on Facebook", "share buttons"),
        ("Read more: DPRK", "link to another article"),
        ("Sign up for our daily briefing", "newsletter"),
        ("Russia ties peace deal", "<aside>"),
        ("This is an outrageous decision", "comments"),
        ("Ms. Rachel accused", "sidebar"),
        ("Our most popular stories", "sidebar"),
        ("© 2025 Example Times", "<footer>"),
    ])
    func newsPageBoilerplateIsDroppedWithItsReason(text: String, reason: String) throws {
        let doc = try Self.document("news-page.html")
        let dropped = try #require(doc.dropped.first { $0.text.hasPrefix(text) }, "not dropped: \(text)")
        #expect(dropped.reason.contains(reason), "\(dropped.reason)")
        #expect(!doc.body.contains(text))
    }

    struct Expected: Sendable, CustomTestStringConvertible {
        var fixture: String
        var title: String?
        var publisher: String?
        var author: String?
        var published: String?
        var modified: String?
        var language: String?
        var paragraphs: Int
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Expected(fixture: "news-page.html", title: "Seoul denies troop cut report", publisher: "Example Times", author: "Jane Roe",
                 published: "2025-05-23T18:38:00+09:00", modified: "2025-05-24T08:00:00+09:00", language: "en", paragraphs: 5),
        Expected(fixture: "news-page.html.gz", title: "Seoul denies troop cut report", publisher: "Example Times", author: "Jane Roe",
                 published: "2025-05-23T18:38:00+09:00", modified: "2025-05-24T08:00:00+09:00", language: "en", paragraphs: 5),
        Expected(fixture: "div-soup.htm", title: "Ministry says garrison plan on hold", publisher: "Daily Wire Service", author: "Sam Lee",
                 published: "2025-08-23T06:18:00+05:30", modified: "2025-08-23T06:18:00+05:30", language: nil, paragraphs: 3),
        Expected(fixture: "jsonld-body.html", title: "Talks resume in Geneva & Vienna", publisher: "Shell News", author: "Ana Ruiz, Li Wei",
                 published: "2025-05-23", modified: "2025-05-24", language: "en-US", paragraphs: 3),
        Expected(fixture: "dates-in-byline.html", title: "Cost-sharing deal signed", publisher: nil, author: nil,
                 published: "2024-03-12", modified: "2024-03-14T10:05:00Z", language: "en", paragraphs: 2),
    ])
    func metadataIsRead(_ e: Expected) throws {
        let doc = try Self.document(e.fixture)
        #expect(doc.title == e.title)
        #expect(doc.publisher == e.publisher)
        #expect(doc.author == e.author)
        #expect(doc.published == e.published)
        #expect(doc.modified == e.modified)
        #expect(doc.language == e.language)
        #expect(doc.body.components(separatedBy: "\n\n").count == e.paragraphs)
    }

    @Test func aWindows1252PageIsTranscodedAndSaysSo() throws {
        let doc = try Self.document("div-soup.htm")
        #expect(doc.body.contains("“We are not in a hurry,” a spokesman"))
        #expect(doc.dropped.first?.reason == "note: transcoded from windows-1252 (declared; not valid UTF-8 from byte 791)")
        #expect(doc.dropped.contains { $0.text.hasPrefix("Tragedy in Hoshiarpur") })
        #expect(doc.dropped.contains { $0.text == "Tags: army defence" })
    }

    @Test func aBodyClassHintDoesNotDropTheArticle() throws {
        let doc = try Self.html("""
            <body class="has-sidebar comments-open"><div class="menu"><a href="/">Home</a></div>
            <div class="post"><p>The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends.</p>
            <p>Officials declined to say how many soldiers would be affected by the decision, local media said.</p></div></body>
            """)
        #expect(doc.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test(arguments: [
        "", "   ", "<html><body><div><a href='/'>Home</a></div></body></html>", "<!-- nothing -->",
    ])
    func pagesWithoutArticleTextGiveAClearMessage(html: String) {
        #expect(throws: InputError.self) { try Self.html(html) }
        do { _ = try Self.html(html) } catch { #expect(error.reason.hasPrefix("no article text found")) }
    }

    @Test func tenThousandNestedTagsGiveAResult() throws {
        let paragraph = "<p>The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends.</p>"
        let html = String(repeating: "<div>", count: 10_000) + paragraph + String(repeating: "</div>", count: 10_000)
        #expect(try Self.html(html).body.hasPrefix("The ministry said"))
    }

    @Test(arguments: [
        ("2025-05-23T18:38:00.000Z", "2025-05-23T18:38:00Z"),
        ("2025-05-23T18:38:00+0900", "2025-05-23T18:38:00+09:00"),
        ("2025-05-23T18:38+09:00", "2025-05-23T18:38:00+09:00"),
        ("2025-05-23 18:38:05", "2025-05-23T18:38:05"),
        ("20250523", "2025-05-23"),
        ("Fri, 23 May 2025 18:38:00 GMT", "2025-05-23T18:38:00Z"),
        ("May 23, 2025 6:38 pm EDT", "2025-05-23T18:38:00-04:00"),
        ("Updated: 23-08-2025 06:18 IST", "2025-08-23T06:18:00+05:30"),
        ("2025-13-45", nil),
        ("not a date", nil),
    ] as [(String, String?)])
    func machineAndHumanDatesAreRead(raw: String, iso: String?) {
        let reader = HTMLMetadataReader(dates: PublicationDateParser(lexicons: Self.rules.lexicons),
                                        cues: BoilerplateCues(lexicons: Self.rules.lexicons),
                                        roles: AuthorRoles(lexicons: Self.rules.lexicons),
                                        hints: ClassHints(lexicons: Self.rules.lexicons))
        #expect(reader.iso(raw) == iso)
    }

    @Test(arguments: [
        ("https://x.com/world/2025/05/23/story", "2025-05-23"),
        ("https://x.com/2024-03-12-deal-signed", "2024-03-12"),
        ("https://x.com/news/12345", nil),
    ] as [(String, String?)])
    func datesInURLs(url: String, day: String?) {
        #expect(HTMLMetadataReader.urlDate(url) == day)
    }
}
