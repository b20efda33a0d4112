import Foundation
import Testing
@testable import CrossCheck

func normalizeCorpusFile(_ name: String) throws -> Document {
    let path = Repository.path("corpus/\(name)")
    let data = try #require(FileManager.default.contents(atPath: path))
    let input = InputFile(id: (name as NSString).deletingPathExtension, path: path, format: .text,
                          text: try InputFile.decode([UInt8](data)))
    return TextDumpNormalizer(lexicons: Repository.rules.lexicons).normalize(input)
}

struct SeedMetadata: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    var publisher: String
    var author: String?
    var published: String
    var modified: String?
    var firstWords: String
    var lastWords: String
    var testDescription: String { file }
}

@Test(arguments: [
    SeedMetadata(file: "almayadeen-2025-05-23-us-skorea-troops.txt",
                 title: "US and S. Korea dismiss report of troop reduction, reaffirm alliance",
                 publisher: "Al Mayadeen English", author: nil, published: "2025-05-23T18:38:00", modified: nil,
                 firstWords: "South Korea's defense ministry on Friday firmly denied",
                 lastWords: "at a time of intensifying regional power shifts."),
    SeedMetadata(file: "devdiscourse-2025-08-23-us-skorea-alliance.txt",
                 title: "Tensions in the Peninsula: U.S.-South Korea Alliance at Crossroads",
                 publisher: "Devdiscourse", author: "Devdiscourse News Desk", published: "2025-08-23T06:18:00+05:30",
                 modified: "2025-08-23T06:18:00+05:30",
                 firstWords: "South Korean President Lee Jae Myung is slated to meet",
                 lastWords: "continued diplomacy and denuclearization efforts."),
])
func seedMetadataAndBodyBounds(_ seed: SeedMetadata) throws {
    let doc = try normalizeCorpusFile(seed.file)
    #expect(doc.title == seed.title)
    #expect(doc.publisher == seed.publisher)
    #expect(doc.author == seed.author)
    #expect(doc.published == seed.published)
    #expect(doc.modified == seed.modified)
    #expect(doc.body.hasPrefix(seed.firstWords))
    #expect(doc.body.hasSuffix(seed.lastWords))
}

/// Boilerplate of the seeds that must be dropped, with the reason it must be dropped for.
@Test(arguments: [
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Al Mayadeen correspondent: The fifth round of Iran-US talks ended", "section: BREAKING"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Turkish public prosecutor has issued arrest warrants", "section: BREAKING"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Russia ties peace deal with Ukraine", "section: Related News"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Boeing reaches deal with DoJ", "section: Related News"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Reaed more: DPRK reports", "link to another article"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "A South Korean army K1E1 tank crosses", "caption"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Ms. Rachel accused of antisemitism", "section: Most Read"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "UK retains US base access", "section: Read Next"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "Al Mayadeen is an Arab Independent Media", "section: Read Next"),
    ("almayadeen-2025-05-23-us-skorea-troops.txt", "The backdrop to the speculation includes ongoing discussions over the cost of maintaining US troops in Asia.", "standfirst (repeated in the article)"),
    ("devdiscourse-2025-08-23-us-skorea-alliance.txt", "This image is AI-generated", "caption or image credit"),
    ("devdiscourse-2025-08-23-us-skorea-alliance.txt", "(With inputs from agencies.)", "credit, copyright or contact line"),
    ("devdiscourse-2025-08-23-us-skorea-alliance.txt", "Tragedy in Hoshiarpur", "section: Trending"),
    ("devdiscourse-2025-08-23-us-skorea-alliance.txt", "Hybrid deep learning strengthens GDP forecasting", "section: Opinion"),
    ("devdiscourse-2025-08-23-us-skorea-alliance.txt", "Phone: +91-720-6444012", "credit, copyright or contact line"),
])
func seedBoilerplateIsDroppedWithItsReason(file: String, text: String, reason: String) throws {
    let doc = try normalizeCorpusFile(file)
    // A standfirst repeats the start of a paragraph: the paragraph keeps it, once.
    #expect(doc.body.components(separatedBy: text).count - 1 == (reason.hasPrefix("standfirst") ? 1 : 0))
    let dropped = try #require(doc.dropped.first { $0.text.hasPrefix(text) }, "not in dropped: \(text)")
    #expect(dropped.reason == reason)
}

@Test func hardWrappedParagraphsAreJoinedAndBlankLinesKept() {
    let dump = """
        Ministry Says Plan Is On Hold

        By Jane Roe | Published: 4 March 2024 09:15 GMT

        The ministry said on Tuesday that the plan to move
        the garrison was on hold until the review ends in the spring.

        A second paragraph follows here, with enough words to count as a paragraph of an article.
        """
    let doc = TextDumpNormalizer(lexicons: Repository.rules.lexicons)
        .normalize(InputFile(id: "x", path: "x.txt", format: .text, text: dump))
    #expect(doc.title == "Ministry Says Plan Is On Hold")
    #expect(doc.author == "Jane Roe")
    #expect(doc.published == "2024-03-04T09:15:00Z")
    #expect(doc.body == """
        The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends in the spring.

        A second paragraph follows here, with enough words to count as a paragraph of an article.
        """)
}

@Test(arguments: [
    ("23 May 2025 18:38", "2025-05-23T18:38:00"),
    ("Updated: 23-08-2025 06:18 IST", "2025-08-23T06:18:00+05:30"),
    ("May 23, 2025", "2025-05-23"),
    ("Monday, July. 31, 2017", "2017-07-31"),
    ("2025-05-23", "2025-05-23"),
    ("08/23/2025 5:04 pm EDT", "2025-08-23T17:04:00-04:00"),
])
func publicationDatesAreRead(text: String, iso: String) {
    let parser = PublicationDateParser(lexicons: Repository.rules.lexicons)
    #expect(parser.dates(in: text).first?.iso == iso)
}

/// A text dump with every kind of page furniture the seeds have, each dropped with its reason.
@Test(arguments: [
    ("Home", "menu"),
    ("Politics", "menu"),
    ("BREAKING", "section heading: BREAKING"),
    ("Ceasefire talks resume in Cairo", "section: BREAKING"),
    ("By Jane Roe | Published: 4 March 2024 09:15 GMT", "byline"),
    ("Soldiers at the base on Monday. (AP Photo/Jane Doe)", "caption or image credit"),
    ("Read more: Army chief visits the border", "link to another article"),
    ("TRENDING", "section heading: Trending"),
    ("Storm hits the coast", "section: Trending"),
    ("Coverage", "section heading: Coverage"),
    ("Most Read", "section heading: Most Read"),
    ("Minister resigns over budget row", "section: Most Read"),
    ("© 2024 Example Wire. All Rights Reserved.", "credit, copyright or contact line"),
])
func textDumpFurnitureIsDropped(text: String, reason: String) throws {
    let dump = """
        Example Wire
        • Home
        • Politics

        BREAKING
        Ceasefire talks resume in Cairo

        Garrison Move Put On Hold By Ministry

        By Jane Roe | Published: 4 March 2024 09:15 GMT

        The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends in the spring.

        Soldiers at the base on Monday. (AP Photo/Jane Doe)

        Officials declined to say how many soldiers would be affected, but local media put the figure at about 1,100 troops.

        Read more: Army chief visits the border

        TRENDING
        Storm hits the coast
        Coverage
        Most Read
        Minister resigns over budget row

        © 2024 Example Wire. All Rights Reserved.
        """
    let doc = TextDumpNormalizer(lexicons: Repository.rules.lexicons)
        .normalize(InputFile(id: "x", path: "x.txt", format: .text, text: TextCleanup.clean(dump)))
    #expect(doc.title == "Garrison Move Put On Hold By Ministry")
    #expect(doc.author == "Jane Roe")
    #expect(doc.published == "2024-03-04T09:15:00Z")
    #expect(doc.body.components(separatedBy: "\n\n").count == 2)
    #expect(!doc.body.contains(text))
    let dropped = try #require(doc.dropped.first { $0.text == text }, "not in dropped: \(text)")
    #expect(dropped.reason == reason)
}

/// Function words tell prose from lists: a short paragraph after a related-stories list brings
/// the article back, and a "sentence" of names only is a tag line.
@Test func functionWordsTellProseFromLists() throws {
    let dump = """
        Garrison Move Put On Hold By Ministry

        By Jane Roe | Published: 4 March 2024 09:15 GMT

        The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends in the spring.

        Tags: Estonia, Latvia, Lithuania, Poland, NATO, Baltic Defence.

        Related News

        Army chief visits border posts in the north

        The review itself is due to end in the spring, it said.

        Most Read

        The sun sets over Nuuk, Greenland, Monday, July. 31, 2017.
        """
    let doc = TextDumpNormalizer(lexicons: Repository.rules.lexicons)
        .normalize(InputFile(id: "x", path: "x.txt", format: .text, text: dump))
    #expect(doc.body.components(separatedBy: "\n\n") == [
        "The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends in the spring.",
        "The review itself is due to end in the spring, it said.",
    ])
    let tags = try #require(doc.dropped.first { $0.text.hasPrefix("Tags:") })
    #expect(tags.reason == "not prose (a list of names or tags)")
    let caption = try #require(doc.dropped.first { $0.text.hasPrefix("The sun sets") })
    #expect(caption.reason == "section: Most Read")
}
