import Foundation
import Testing
@testable import CrossCheck
@testable import CrossCheckHTML

/// Markup patterns met on real news sites (each found failing on a public test page), as small pages.
@Suite("HTML normalization: real-world markup")
struct RealWorldMarkupTests {
    static func html(_ html: String) throws(InputError) -> Document { try HTMLNormalizationTests.html(html) }

    static let paragraph = "<p>The council said on Tuesday that the new budget would fund twelve more buses for the eastern districts.</p>"

    @Test func aChinesePageHasABody() throws {
        let doc = try Self.html("""
            <html lang="zh"><body><nav><a href="/">首页</a><a href="/n">新闻</a></nav>
            <div class="article"><h1>市议会通过新预算</h1>
            <p>市议会周二表示，新预算将为东部地区增加十二辆公共汽车，并在明年春季开始运营。</p>
            <p>议员们说，这笔资金来自去年未使用的交通拨款，不会提高居民的税负。</p></div>
            <div class="footer"><a href="/about">关于我们</a></div></body></html>
            """)
        #expect(doc.body == "市议会周二表示，新预算将为东部地区增加十二辆公共汽车，并在明年春季开始运营。\n\n议员们说，这笔资金来自去年未使用的交通拨款，不会提高居民的税负。")
    }

    @Test func aThaiParagraphWithoutSentencePunctuationIsText() throws {
        let thai = "ผู้สื่อข่าวรายงานว่าสภาเมืองได้อนุมัติงบประมาณใหม่สำหรับรถโดยสารประจำทางสิบสองคันในเขตตะวันออก ซึ่งจะเริ่มให้บริการในฤดูใบไม้ผลิปีหน้า"
        let doc = try Self.html("<body><div class='story'><h1>งบประมาณ</h1><p>\(thai)</p><p>\(thai) อีกครั้ง</p></div></body>")
        #expect(doc.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test func aDrupalBodyFieldWithAHiddenLabelIsTheArticle() throws {
        let doc = try Self.html("""
            <body><div class="sidebar"><p>Other news: the mayor opened a new park in the north of the city last week.</p></div>
            <div class="field field-name-body field-label-hidden"><div class="field-items">\(Self.paragraph)
            <p>Officials said the buses would run every ten minutes at peak hours, starting in March.</p></div></div></body>
            """)
        #expect(doc.body.hasPrefix("The council said on Tuesday"))
        #expect(doc.body.components(separatedBy: "\n\n").count == 2)
    }

    @Test func theStorysLeadSetApartBeforeTheBodyIsItsFirstParagraph() throws {
        let doc = try Self.html("""
            <body><h1>Buses for the east</h1>
            <div class="article__lead">The city will buy twelve buses for its eastern districts, the council decided on Tuesday.</div>
            <div class="article__body">\(Self.paragraph)<p>Officials said the buses would run every ten minutes at peak hours.</p></div></body>
            """)
        #expect(doc.body.hasPrefix("The city will buy twelve buses for its eastern districts"))
        #expect(doc.body.components(separatedBy: "\n\n").count == 3)
    }

    @Test(arguments: [
        ("<span class='byline__name'>By <a href='/p/m'>Marianne Hollis</a></span> <span class='byline__role'>Transport Correspondent</span>", "Marianne Hollis"),
        ("<p class='byline'>By Tomasz Brennan, Staff Writer</p>", "Tomasz Brennan"),
        ("<div class='article-head__byline'><div class='by'>Kelsey Marr</div><div class='when'>9 July 2025 21:04</div></div>", "Kelsey Marr"),
        ("<p class='byline'>By Staff Writer</p>", nil),
    ] as [(String, String?)])
    func theAuthorIsTheNameWithoutTheRole(byline: String, author: String?) throws {
        let doc = try Self.html("<body><article><h1>Buses</h1>\(byline)\(Self.paragraph)</article></body>")
        #expect(doc.author == author)
    }

    @Test(arguments: [
        ("<div class='byline'>By Joel Ashworth <span class='posted-on'>Published 3 March 2024, 09:15 GMT</span></div>", "2024-03-03T09:15:00Z"),
        ("<ul class='info'><li>27 juin 2019</li><li>Par Elba</li></ul>", "2019-06-27"),
        ("<p class='meta'>23.06.2016 um 16:14 Uhr - Markus Reuter</p>", "2016-06-23T16:14:00"),
        ("<p class='dateline'>Friday, 8 November 2024 – 10:00</p>", "2024-11-08T10:00:00"),
    ])
    func theBylinesDateIsRead(byline: String, published: String) throws {
        let doc = try Self.html("<body><article><h1>Buses</h1>\(byline)\(Self.paragraph)</article></body>")
        #expect(doc.published == published)
    }

    @Test func datesOfOtherPostsAfterTheArticleAreNotItsDate() throws {
        let doc = try Self.html("""
            <body><article><h1>Buses</h1>\(Self.paragraph)<p>Officials said the buses would run every ten minutes at peak hours.</p></article>
            <div class="simple-list"><h2>From the blog</h2><ul>
            <li><a href="/a">A later post</a> <time datetime="2019-07-30">30 July 2019</time></li></ul></div></body>
            """)
        #expect(doc.published == nil)
    }

    @Test func theDateOfAMetaTagNamedForTheOriginalIsRead() throws {
        let doc = try Self.html("""
            <head><meta name="article_date_original" content="Saturday, December 27, 2014, 12:06 PM">
            <meta name="article_date_updated" content="Saturday, December 27, 2014, 12:10 PM"></head>
            <body><article>\(Self.paragraph)</article></body>
            """)
        #expect(doc.published == "2014-12-27T12:06:00")
        #expect(doc.modified == "2014-12-27T12:10:00")
    }

    @Test(arguments: [
        "Staff writer Kelsey Marr covers public lands for the Observer. Send tips to kmarr@example.com.",
        "If you have been affected by the flooding and want to share your story, email newsdesk@example.co.uk",
    ])
    func aShortParagraphGivingAnEmailAddressIsAContactLine(line: String) throws {
        let doc = try Self.html("<body><article>\(Self.paragraph)<p>\(line)</p></article></body>")
        #expect(!doc.body.contains("@"))
        #expect(doc.dropped.contains { $0.text == line && $0.reason == "credit, copyright or contact line" })
    }

    @Test func aLabelThatIntroducesNothingEndsNoArticle() throws {
        let doc = try Self.html("<body><article>\(Self.paragraph)<p>See more photos:</p></article></body>")
        #expect(doc.body == "The council said on Tuesday that the new budget would fund twelve more buses for the eastern districts.")
        #expect(doc.dropped.contains { $0.text == "See more photos:" && $0.reason == "label with nothing after it" })
    }
}

/// The normalizer on the hand-made gold pages of Tests/Fixtures/Extraction (HTML pages and text
/// dumps of every kind of boilerplate, and the two seeds): the scores must not fall below what
/// it reaches today.
@Suite("Extraction quality on the gold pages")
struct ExtractionGoldTests {
    @Test func scoresStayAtTheirLevel() throws {
        let manifest = HTMLNormalizationTests.root + "/Tests/Fixtures/Extraction/manifest.jsonl"
        let pipeline = Pipeline(rules: HTMLNormalizationTests.rules, markupParser: HTMLPageReader())
        var evaluation = ExtractionEvaluation()
        evaluation.add(try GoldPageSet.read(manifest), normalizingWith: pipeline)
        let summary = evaluation.summary
        let report = evaluation.report(showAll: false)
        #expect(summary.pages == 18)
        #expect(summary.f1 >= 0.975, "\(report)")
        for field in ["published day", "title", "author", "publisher"] {
            #expect(summary.accuracy(field) == 1, "\(field)\n\(report)")
        }
    }
}
