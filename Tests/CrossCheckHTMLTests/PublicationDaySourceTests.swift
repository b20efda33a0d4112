import Foundation
import Testing
@testable import CrossCheck
@testable import CrossCheckHTML

/// Where pages put their date besides `article:published_time` and JSON-LD: `http-equiv` meta
/// tags, microdata with a `datetime` attribute, Dublin Core's issued and created, microformat
/// `<abbr>` titles and Unix times, URLs with one-digit months, labelled bylines with a two-digit
/// year, and a page that dates only its update.
@Suite("Publication day: the other places pages put it")
struct PublicationDaySourceTests {
    static let paragraph = RealWorldMarkupTests.paragraph

    static func page(head: String = "", body: String = "") throws -> Document {
        try HTMLNormalizationTests.html("""
            <html><head>\(head)</head><body><article><h1>Harbour pier to close</h1>\(body)\(paragraph)</article></body></html>
            """)
    }

    @Test(arguments: [
        (#"<meta http-equiv="date" content="2024-03-07">"#, "2024-03-07"),
        (#"<meta itemprop="dateCreated" datetime="2024-03-07T10:00:00+01:00">"#, "2024-03-07"),
        (#"<meta name="DC.issued" content="2024-03-07">"#, "2024-03-07"),
        (#"<meta property="dc:created" content="2024-03-07">"#, "2024-03-07"),
        (#"<meta name="created" content="2024-03-07">"#, "2024-03-07"),
        (#"<meta http-equiv="last-modified" content="2024-04-01"><meta http-equiv="date" content="2024-03-07">"#, "2024-03-07"),
        (#"<meta name="pubdate" content="20240307">"#, "2024-03-07"),
        (#"<meta name="pubdate" content="20240307231500">"#, "2024-03-07"),
    ])
    func metaTagsOtherThanOpenGraph(head: String, day: String) throws {
        #expect(try Self.page(head: head).published?.prefix(10) == day[...])
    }

    @Test(arguments: [
        (#"<meta http-equiv="last-modified" content="2024-04-01">"#, "2024-04-01"),
        (#"<meta itemprop="dateModified" datetime="2024-04-01">"#, "2024-04-01"),
        (#"<meta name="lastmodified" content="2024-04-01">"#, "2024-04-01"),
    ])
    func aPageThatDatesOnlyItsUpdateIsDatedByIt(head: String, day: String) throws {
        let doc = try Self.page(head: head)
        #expect(doc.published?.prefix(10) == day[...])
        #expect(doc.modified?.prefix(10) == day[...])
    }

    @Test(arguments: ["20241307", "12345678", "2024030"])
    func digitsThatAreNoCompactDate(content: String) throws {
        #expect(try Self.page(head: "<meta name=\"pubdate\" content=\"\(content)\">").published == nil)
    }

    @Test func theModifiedDateStillNeverStandsForAStatedPublication() throws {
        let doc = try Self.page(head: #"<meta http-equiv="last-modified" content="2024-04-01"><meta name="created" content="2024-03-07">"#)
        #expect(doc.published == "2024-03-07")
        #expect(doc.modified == "2024-04-01")
    }

    @Test(arguments: [
        (#"<abbr class="published" title="2023-11-02">2 Nov</abbr>"#, "2023-11-02"),
        (#"<abbr class="timestamp" data-utime="1700000000">Tuesday</abbr>"#, "2023-11-14"),
    ])
    func microformatAbbreviations(body: String, day: String) throws {
        #expect(try Self.page(body: body).published?.prefix(10) == day[...])
    }

    @Test func anAbbreviationThatIsNoDateGivesNone() throws {
        #expect(try Self.page(body: #"<abbr title="North Atlantic Treaty Organization">NATO</abbr>"#).published == nil)
    }

    @Test(arguments: [
        ("1700000000", "2023-11-14T22:13:20Z"),
        ("86400", nil),
        ("0951782400", "2000-02-29T00:00:00Z"),
        ("12345678901", nil),
    ] as [(String, String?)])
    func unixTimes(raw: String, iso: String?) {
        #expect(PageTreeWalker.unixTimeISO(raw) == iso)
    }

    @Test(arguments: [
        ("Published: 7/3/24", "2024-03-07"),
        ("Last updated: 03/23/21", "2021-03-23"),
        ("Veröffentlicht am 6.12.06", "2006-12-06"),
        ("Stand: 1.4.18", "2018-04-01"),
    ])
    func labelledBylinesWithTwoDigitYears(byline: String, day: String) throws {
        #expect(try Self.page(body: "<p class=\"byline\">\(byline)</p>").published?.prefix(10) == day[...])
    }

    @Test func anUnlabelledTwoDigitYearIsNoDate() throws {
        #expect(try Self.page(body: "<p>Version 1.4.18</p>").published == nil)
    }

    @Test(arguments: [
        ("https://example.org/news/2019/6/26/pier-closes", "2019-06-26"),
        ("https://example.org/2019/06/26/pier-closes", "2019-06-26"),
        ("https://example.org/2019-06-26/pier-closes", "2019-06-26"),
        ("https://example.org/2019/13/26/pier-closes", nil),
        ("https://example.org/2019/pier-closes", nil),
    ] as [(String, String?)])
    func datesInURLs(url: String, day: String?) {
        #expect(HTMLMetadataReader.urlDate(url) == day)
    }

    @Test(arguments: [
        ("2024-03-08T03:30:00Z", "Published March 7, 2024", "2024-03-07"),
        ("2024-03-07T20:00:00Z", "Published 8 March 2024", "2024-03-08"),
        ("2024-03-08T03:30:00Z", "Published March 8, 2024", "2024-03-08T03:30:00Z"),
        ("2024-03-09T03:30:00Z", "Published March 7, 2024", "2024-03-09T03:30:00Z"),
    ])
    func aUTCStampGivesWayToThePrintedDayItFallsOnInSomeZone(stamp: String, byline: String, published: String) throws {
        let doc = try Self.page(head: "<meta property=\"article:published_time\" content=\"\(stamp)\">",
                                body: "<p class=\"byline\">\(byline)</p>")
        #expect(doc.published == published)
    }

    @Test func aDayHoldsTheInstantsOfItsZones() throws {
        let start = try #require(HTMLMetadataReader.instantMinutes("2024-03-07T00:00Z"))
        #expect(HTMLMetadataReader.day("2024-03-07", couldHold: start - 14 * 60))
        #expect(!HTMLMetadataReader.day("2024-03-07", couldHold: start - 14 * 60 - 1))
        #expect(HTMLMetadataReader.day("2024-03-07", couldHold: start + 36 * 60 - 1))
        #expect(!HTMLMetadataReader.day("2024-03-07", couldHold: start + 36 * 60))
    }

    @Test func theSharedPicturesPathDatesAPageWithNoOtherDate() throws {
        #expect(try Self.page(head: #"<meta property="og:image" content="https://example.org/uploads/2024/03/07/pier.jpg">"#).published == "2024-03-07")
    }

    @Test func anyOtherDateWinsOverThePicturesPath() throws {
        let doc = try Self.page(head: #"<meta property="og:image" content="https://example.org/uploads/2023/01/02/pier.jpg"><meta http-equiv="last-modified" content="2024-04-01">"#)
        #expect(doc.published == "2024-04-01")
    }

    @Test func aPageOfNothingButATimeIsNoArticleNotACrash() {
        #expect(throws: InputError.self) {
            try HTMLNormalizationTests.html(#"<html><body><abbr class="published" title="2024-03-07">x</abbr><time datetime="2024-03-07"></time></body></html>"#)
        }
    }
}
