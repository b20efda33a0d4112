import Foundation
import Testing
@testable import CrossCheck

/// One row: an input that is an article body already (paragraphs, no menus) with one kind of
/// furniture line or one odd shape, the body it must give, and the furniture line it must drop.
struct CleanBodyCase: Sendable, CustomTestStringConvertible {
    var category: String
    var input: String
    var body: String
    var dropped: (text: String, reason: String)?

    init(_ category: String, _ input: String, body: String, dropped: (String, String)? = nil) {
        self.category = category
        self.input = input
        self.body = body
        self.dropped = dropped.map { (text: $0.0, reason: $0.1) }
    }

    var testDescription: String { category }
}

/// Clean article bodies: a furniture line is dropped, never the article; an input that is
/// nothing but prose is an article.
@Suite("Text dumps: clean article bodies")
struct TextDumpCleanBodyTests {
    static let first = "The harbour authority said on Monday that the north pier would close for repairs until the end of the summer season."
    static let second = "Fishing boats will use the southern quay instead, and the ferry to the islands will leave from the old customs house."
    static let third = "Local traders said they had not been told how long the works would take or who would pay for them."
    static let body = [first, second, third].joined(separator: "\n\n")

    static func normalize(_ text: String) throws -> Document {
        try Normalizer(lexicons: Repository.rules.lexicons, markupParser: nil)
            .normalize(InputFile(id: "x", path: "x.txt", format: .text, text: text))
    }

    static let cases: [CleanBodyCase] = [
        CleanBodyCase("a trailing SEE ALSO link", body + "\n\nSEE ALSO:  Ten Ways To Spend A Weekend By The Sea",
                      body: body, dropped: ("SEE ALSO:  Ten Ways To Spend A Weekend By The Sea", "link to another article")),
        CleanBodyCase("a trailing MORE link", body + "\n\nMORE: Pier closures: what they mean for the town",
                      body: body, dropped: ("MORE: Pier closures: what they mean for the town", "link to another article")),
        CleanBodyCase("a photo credit in brackets", body + "\n\n[Photo Credit: Harbour Images]",
                      body: body, dropped: ("[Photo Credit: Harbour Images]", "caption or image credit")),
        CleanBodyCase("images via a blog", body + "\n\nImages via Coastwatch Blog",
                      body: body, dropped: ("Images via Coastwatch Blog", "caption or image credit")),
        CleanBodyCase("a poll placeholder", [first, second, "Poll loading …", third].joined(separator: "\n\n"),
                      body: body, dropped: ("Poll loading …", "page control")),
        CleanBodyCase("a list of sources", body + "\n\nSources: Harbour Gazette, Coastal Wire",
                      body: body, dropped: ("Sources: Harbour Gazette, Coastal Wire", "credit, copyright or contact line")),
        CleanBodyCase("a copyright line", body + "\n\n© Harbour Gazette",
                      body: body, dropped: ("© Harbour Gazette", "credit, copyright or contact line")),
        CleanBodyCase("a trailing last-updated line", body + "\n\nLast updated Sat 24 Jan 2015",
                      body: body, dropped: ("Last updated Sat 24 Jan 2015", "date line")),
        CleanBodyCase("a signed post quoted after the first paragraphs",
                      [first, second, "Pier closed again, what a summer — Ann Lee (@annlee) June 3, 2015", third].joined(separator: "\n\n"),
                      body: body),
        CleanBodyCase("a date line in the middle of the article",
                      [first, second, "Monday, 12 January 2015", third].joined(separator: "\n\n"), body: body,
                      dropped: ("Monday, 12 January 2015", "date line")),
        CleanBodyCase("a subheading in the middle, no headline",
                      [first, second, "What the traders say", third].joined(separator: "\n\n"),
                      body: [first, second, "What the traders say", third].joined(separator: "\n\n")),
        CleanBodyCase("no blank lines", [first, second, third].joined(separator: "\n"), body: [first, second, third].joined(separator: "\n\n")),
        CleanBodyCase("one line of sentences cut off before its last stop",
                      first + " " + second + " Local traders said they had not been told how long",
                      body: first + " " + second + " Local traders said they had not been told how long"),
        CleanBodyCase("a very short body: one sentence with no stop", "A fishing boat sank off the north pier on Monday",
                      body: "A fishing boat sank off the north pier on Monday"),
        CleanBodyCase("a wire dateline naming the agency",
                      "PORT HAMRA, May 3 (Reuters) - " + first + "\n\n" + second,
                      body: "PORT HAMRA, May 3 (Reuters) - " + first + "\n\n" + second),
        CleanBodyCase("a credit closing the last paragraph",
                      first + "\n\n" + second + " " + third + " (Writing by Ann Lee; Editing by Tom Roe)",
                      body: first + "\n\n" + second + " " + third,
                      dropped: ("(Writing by Ann Lee; Editing by Tom Roe)", "credit, copyright or contact line")),
        CleanBodyCase("a paragraph closed by a parenthesis", body + "\n\n(If you were on the pier that day, write to us.)",
                      body: body + "\n\n(If you were on the pier that day, write to us.)"),
        CleanBodyCase("a source tag after the last stop", body + " [Harbour Gazette]", body: body + " [Harbour Gazette]"),
        CleanBodyCase("a paragraph introducing a quotation", [first, "In a post on the harbour's page last night, the mayor wrote:", third].joined(separator: "\n\n"),
                      body: [first, "In a post on the harbour's page last night, the mayor wrote:", third].joined(separator: "\n\n")),
        CleanBodyCase("full-width stops", "港务局周一表示，北码头将关闭维修，直到夏季结束。\n\n渔船将改用南码头。",
                      body: "港务局周一表示，北码头将关闭维修，直到夏季结束。\n\n渔船将改用南码头。"),
    ]

    @Test(arguments: cases)
    func keepsTheArticleAndDropsTheFurnitureLine(_ row: CleanBodyCase) throws {
        let doc = try Self.normalize(row.input)
        #expect(doc.body == row.body)
        if let dropped = row.dropped {
            #expect(doc.dropped.contains { $0.text == dropped.text && $0.reason == dropped.reason }, "\(doc.dropped)")
        }
    }

    @Test func aHeadlineAboveTheBodyIsItsTitleNotALineAtTheEnd() throws {
        let doc = try Self.normalize("Harbour pier to close for summer repairs\n\n" + Self.body + "\n\nImages via Coastwatch Blog")
        #expect(doc.title == "Harbour pier to close for summer repairs")
        #expect(doc.body == Self.body)
    }

    @Test func aPageOfMenusAloneHasNoArticle() {
        #expect(throws: InputError.self) { try Self.normalize("- Home\n- News\n- Sport\n- Weather\n\nSign in\n\n© Harbour Gazette") }
    }
}
