import Foundation
import Testing
@testable import CrossCheck
@testable import CrossCheckHTML

/// Pages that gave no document: the article sat next to a longer comment thread, or inside a
/// wrapper whose class names what it holds ("has-ads") or a page builder's generic "widget".
@Suite("HTML normalization: which region is the article")
struct ArticleRegionTests {
    static func html(_ html: String) throws(InputError) -> Document { try HTMLNormalizationTests.html(html) }

    static let post = """
        <p>The council said on Tuesday that the new budget would fund twelve more buses for the eastern districts.</p>
        <p>Officials said the buses would run every ten minutes at peak hours, starting in March next year.</p>
        """

    static func comment(_ n: Int) -> String {
        "<li class=\"comment\"><p>Reader \(n) wrote that the buses were a good idea, although the timetable for the evening services still looked thin to them and the fares were too high.</p></li>"
    }

    @Test func aLongCommentThreadDoesNotOutweighThePost() throws {
        let doc = try Self.html("""
            <body><div id="page"><h1>Buses for the east</h1><div class="post">\(Self.post)</div>
            <ol class="commentlist">\((1...12).map(Self.comment).joined())</ol></div></body>
            """)
        #expect(doc.body.hasPrefix("The council said on Tuesday"))
        #expect(doc.body.components(separatedBy: "\n\n").count == 2)
        #expect(!doc.body.contains("Reader"))
    }

    static let intro = "<div class=\"intro\"><p>The city has argued for years about how to serve its fast-growing eastern districts, where many residents still drive.</p></div>"

    @Test(arguments: ["o-section o-section--has-ads", "story with-sidebar", "main no-comments"])
    func aClassThatSaysWhatTheWrapperHoldsIsNoHint(wrapper: String) throws {
        let doc = try Self.html("""
            <body><h1>Buses for the east</h1>\(Self.intro)<section class="\(wrapper)"><div class="c-article-body">\(Self.post)</div></section></body>
            """)
        #expect(doc.body.hasPrefix("The city has argued"))
        #expect(doc.body.components(separatedBy: "\n\n").count == 3)
    }

    @Test func aWordAfterAModifierStillCountsInAnotherName() throws {
        let doc = try Self.html("""
            <body><h1>Buses for the east</h1><div class="article">\(Self.post)</div>
            <div class="sidebar has-ads"><p>Read our guide to the city's ten best parks, updated for the new season this week.</p></div></body>
            """)
        #expect(!doc.body.contains("parks"))
    }

    @Test func aPageBuildersWidgetsAreNotASidebar() throws {
        let doc = try Self.html("""
            <body><h1>Buses for the east</h1>\(Self.intro)<div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor">
            <div class="elementor-widget-container">\(Self.post)</div></div></div>
            <aside class="widget widget_recent_entries"><p>Recent posts: parks, libraries and the new swimming pool in the north.</p></aside></body>
            """)
        #expect(doc.body.components(separatedBy: "\n\n").count == 3)
        #expect(!doc.body.contains("Recent posts"))
    }

    @Test(arguments: [
        "node node-article node-promoted",
        "node node--type-article node--promoted",
        "field field--name-body field--label-hidden",
    ])
    func drupalsOwnClassesMarkTheArticle(wrapper: String) throws {
        let doc = try Self.html("""
            <body><h1>Buses for the east</h1>\(Self.intro)<div class="\(wrapper)"><div class="content">\(Self.post)</div></div></body>
            """)
        #expect(doc.body.components(separatedBy: "\n\n").count == 3)
    }
}
