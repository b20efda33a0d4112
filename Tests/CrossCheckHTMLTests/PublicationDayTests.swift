import Foundation
import Testing
@testable import CrossCheck
@testable import CrossCheckHTML

/// The publication day is the local day the page states: a zone name or an offset is kept as
/// given (never converted to UTC), a UTC stamp gives way to the same instant in the page's own
/// zone, and the modified date never stands for the published one.
@Suite("Publication day: time zones, published against modified")
struct PublicationDayTests {
    static let parser = PublicationDateParser(lexicons: HTMLNormalizationTests.rules.lexicons)
    static let paragraph = RealWorldMarkupTests.paragraph

    @Test(arguments: [
        ("Updated: 23-08-2025 06:18 IST", "2025-08-23T06:18:00+05:30"),
        ("May 23, 2025 11:45 PM ET", "2025-05-23T23:45:00-05:00"),
        ("23 May 2025 23:30 GMT+5:30", "2025-05-23T23:30:00+05:30"),
        ("23 May 2025 23:30 (IST)", "2025-05-23T23:30:00+05:30"),
        ("May 23, 2025, 11:30 pm +0530", "2025-05-23T23:30:00+05:30"),
        ("23 May 2025 22:10 UTC-4", "2025-05-23T22:10:00-04:00"),
        ("Thursday, 5 February 2015 14:39 AEDT", "2015-02-05T14:39:00+11:00"),
        ("23 May 2025 23:30 (Tuesday)", "2025-05-23T23:30:00"),
    ])
    func theZoneIsThePagesOwn(text: String, iso: String) {
        #expect(Self.parser.dates(in: text).first?.iso == iso)
    }

    @Test func aUTCStampGivesWayToTheSameInstantInThePagesZone() throws {
        let doc = try HTMLNormalizationTests.html("""
            <html><head><meta property="article:published_time" content="2025-05-23T20:00:00Z"></head>
            <body><article><h1>Buses</h1><p class="byline">Published 24 May 2025 01:30 IST</p>\(Self.paragraph)</article></body></html>
            """)
        #expect(doc.published == "2025-05-24T01:30:00+05:30")
    }

    @Test func aUTCStampStaysWhenNoLocalFormOfItIsGiven() throws {
        let doc = try HTMLNormalizationTests.html("""
            <html><head><meta property="article:published_time" content="2025-05-23T20:00:00Z"></head>
            <body><article><h1>Buses</h1><p class="byline">Published 21 May 2025 09:00 IST</p>\(Self.paragraph)</article></body></html>
            """)
        #expect(doc.published == "2025-05-23T20:00:00Z")
    }

    @Test func anUpdateTimeIsNotThePublicationTime() throws {
        let doc = try HTMLNormalizationTests.html("""
            <body><article><h1>Buses</h1><time class="updated" datetime="2025-05-25T08:00:00+02:00">25 May</time>
            <time class="entry-date" datetime="2025-05-23T18:00:00+02:00">23 May</time>\(Self.paragraph)</article></body>
            """)
        #expect(doc.published == "2025-05-23T18:00:00+02:00")
    }

    static func dump(_ byline: String) -> Document {
        TextDumpNormalizer(lexicons: HTMLNormalizationTests.rules.lexicons).normalize(InputFile(
            id: "x", path: "x.txt", format: .text,
            text: "Harbour pier to close for repairs\n\n\(byline)\n\nThe harbour authority said on Monday that the north pier would close for repairs until the end of the summer."))
    }

    @Test(arguments: [
        ("Last updated 25 May 2025 | Published 23 May 2025", "2025-05-23", "2025-05-25"),
        ("Last update: Sunday, 25 May 2025 | Posted on 23 May 2025", "2025-05-23", "2025-05-25"),
        ("Published May 23, 2025 11:45 PM ET", "2025-05-23T23:45:00-05:00", nil),
        ("Last modified 25 May 2025 10:00 | 23 May 2025 18:00", "2025-05-23T18:00:00", "2025-05-25T10:00:00"),
    ] as [(String, String, String?)])
    func theBylinesPublishedDateWinsOverItsUpdate(byline: String, published: String, modified: String?) {
        let doc = Self.dump(byline)
        #expect(doc.published == published)
        #expect(doc.modified == modified)
    }
}
