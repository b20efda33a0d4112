import CrossCheck
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
