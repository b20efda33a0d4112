import Foundation
import Testing
@testable import CrossCheck

/// Text dumps of news pages: the byline block's names and roles, headline against standfirst,
/// the outlet's full name, the story's own lists, readers' comments and contact lines.
@Suite("Text dumps: bylines, lists, comments")
struct TextDumpBylineAndListTests {
    static func normalize(_ dump: String) -> Document {
        TextDumpNormalizer(lexicons: Repository.rules.lexicons)
            .normalize(InputFile(id: "x", path: "x.txt", format: .text, text: TextCleanup.clean(dump)))
    }

    static let paragraph = "The council said on Tuesday that the new budget would fund twelve more buses for the eastern districts of the city."

    @Test func namesAroundTheDateBelongToTheByline() {
        let doc = Self.normalize("""
            Eastbrook Gazette
            News
            Health

            Nurses at Eastbrook General begin 3-day strike over staffing

            Union says some units have one nurse for every eight patients; hospital brings in 400 replacement nurses

            Marcus Delgado
            Eastbrook Gazette
            Published Oct 2, 2025, 8:45 AM ET | Updated Oct 2, 2025, 1:30 PM ET

            \(Self.paragraph)

            © 2025 Eastbrook Gazette. Eastbrook Gazette, 12 Harbor Avenue.
            """)
        #expect(doc.title == "Nurses at Eastbrook General begin 3-day strike over staffing")
        #expect(doc.description == "Union says some units have one nurse for every eight patients; hospital brings in 400 replacement nurses")
        #expect(doc.author == "Marcus Delgado")
        #expect(doc.publisher == "Eastbrook Gazette")
        #expect(doc.body == Self.paragraph)
    }

    @Test func anAuthorUnderTheDatesWithARoleLine() {
        let doc = Self.normalize("""
            Six Westmarch secondary schools to trial 9.30am start

            Updated 5 hours ago
            Published 14 September 2025, 07:12 BST

            Eleanor Pike
            Education reporter

            \(Self.paragraph)
            """)
        #expect(doc.author == "Eleanor Pike")
        #expect(doc.published == "2025-09-14T07:12:00+01:00")
        #expect(doc.dropped.contains { $0.text == "Education reporter" && $0.reason == "byline" })
    }

    @Test(arguments: [
        ("By Tomasz Brennan, Staff Writer | May 23, 2025", "Tomasz Brennan"),
        ("By Carla Mendes | March 18, 2025", "Carla Mendes"),
        ("By Staff Writer | March 18, 2025", nil),
    ] as [(String, String?)])
    func theAuthorIsTheNameWithoutTheRole(byline: String, author: String?) {
        let doc = Self.normalize("Buses for the east, council decides\n\n\(byline)\n\n\(Self.paragraph)")
        #expect(doc.author == author)
    }

    @Test func theOutletsFullNameWinsOverAMenuItemInsideIt() {
        let doc = Self.normalize("""
            WorldWire Daily
            Top Stories
            World
            Business

            Buses for the east, council decides

            By Sigrid Halvorsen
            February 4, 2025 3:12 PM GMT

            \(Self.paragraph)

            World
            About WorldWire
            © 2025 WorldWire Daily. All rights reserved.
            """)
        #expect(doc.publisher == "WorldWire Daily")
    }

    @Test func sentencesListedAfterAColonAreTheStorys() {
        let doc = Self.normalize("""
            Buses for the east, council decides

            By Jane Roe | 4 March 2024

            \(Self.paragraph)

            The trial, funded by a grant from the Harcourt Trust, will run until July 2027. Under the plan:

            - Lessons will start at 9.30am and finish at 3.50pm, 50 minutes later than now.
            - School buses on 14 routes will run a second, later service.

            Related topics
            - Education
            - Transport
            """)
        #expect(doc.body.components(separatedBy: "\n\n") == [
            Self.paragraph,
            "The trial, funded by a grant from the Harcourt Trust, will run until July 2027. Under the plan:",
            "Lessons will start at 9.30am and finish at 3.50pm, 50 minutes later than now.",
            "School buses on 14 routes will run a second, later service.",
        ])
    }

    @Test func readersCommentsAfterTheArticleNeverResumeIt() throws {
        let doc = Self.normalize("""
            Buses for the east, council decides

            By Jane Roe | 4 March 2024

            Share on Facebook
            17 Comments

            \(Self.paragraph)

            Carla Mendes covers city government for the Record. Contact her at cmendes@record.example.

            17 Comments
            Sort by: Newest

            jbarker_55
            March 18, 2025 at 9:12 am
            Is there a map of where the lead lines are? How do I find out if my house has one before the work starts?
            """)
        #expect(doc.body == Self.paragraph)
        let comment = try #require(doc.dropped.first { $0.text.hasPrefix("Is there a map") })
        #expect(comment.reason == "section: Comments")
        let contact = try #require(doc.dropped.first { $0.text.hasPrefix("Carla Mendes covers") })
        #expect(contact.reason == "credit, copyright or contact line")
    }

    @Test(arguments: ["17 Comments", "Comments (17)", "comments 17", "comments:", "Comments", "17 commentaires (fr)"])
    func aCountedHeadingIsStillAMarker(line: String) {
        let cues = BoilerplateCues(lexicons: Repository.rules.lexicons)
        let expected = line.hasSuffix("(fr)") ? nil : "Comments"
        #expect(cues.sectionMarker(line) == expected)
        var folded = BoilerplateCues.fold(line)
        #expect(folded.withUTF8 { cues.sectionMarker(folded: $0) } == expected, "on bytes")
    }

    @Test(arguments: ["1. Riverton's oldest diner changes hands", "2025", "(17)", "17", "comments (1a)"])
    func numbersAloneOrNumberedItemsAreNoMarkers(line: String) {
        let cues = BoilerplateCues(lexicons: Repository.rules.lexicons)
        var folded = BoilerplateCues.fold(line)
        #expect(folded.withUTF8 { cues.sectionMarker(folded: $0) } == nil)
        #expect(cues.sectionMarker(line) == nil)
    }
}
