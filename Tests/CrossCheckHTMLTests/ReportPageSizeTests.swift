import CrossCheck
import Testing
@testable import CrossCheckHTML

/// A generated run far larger than any page holds: 12,000 documents in 40 stories (one of
/// 6,000 documents), 30,000 claims, findings of every kind including one of 4,000 claims, a
/// sentence of 20 KB. Every page but the documents' own stays under a fixed size, and nothing
/// is lost to the paging: every finding's every claim is shown on exactly one story page.
@Suite struct ReportPageSizeTests {
    static let bound = 1_000_000

    static let input: ReportInput = {
        var documents: [Document] = [], claims: [Claim] = [], findings: [Finding] = [], stories: [Story] = []
        var next = 0
        for s in 0..<40 {
            let size = s == 0 ? 6_000 : 150
            let ids = (0..<size).map { i -> String in
                next += 1
                return "doc-\(s)-\(i)"
            }
            for (i, id) in ids.enumerated() {
                documents.append(Document(id: id, path: id + ".txt", title: "Story \(s) report \(i)", publisher: "Outlet \(i % 37)",
                                          published: "2025-0\(1 + i % 9)-1\(i % 10)T00:00:00", body: ""))
            }
            stories.append(Story(id: "s\(s)", label: "Story \(s), place, person", documents: ids.sorted()))
            var storyClaims: [Claim] = []
            for (i, id) in ids.enumerated() {
                let sentence = i == 7 ? String(repeating: "word ", count: 4_000) + "5 people died." : "Officials said \(i) people died in the town."
                let start = sentence.utf8.count - 14
                storyClaims.append(Claim(
                    id: "c-\(id)", document: id, sentence: 0, start: start, end: start + 8, rule: "count",
                    topic: Topic(subject: "people in story \(s)", predicate: "deaths"),
                    value: ClaimValue(value: Double(i), low: Double(i) * 0.9, high: Double(i) * 1.1, unit: "people", text: "\(i)"),
                    polarity: .positive, modality: i % 5 == 0 ? .reported : .asserted,
                    attribution: Attribution(speaker: "Official \(i % 11)", via: "Outlet \(i % 37)"),
                    date: "2025-0\(1 + i % 9)-1\(i % 10)", text: "\(i) people", sentenceText: sentence, sentenceStart: 0,
                    source: "Outlet \(i % 37)"))
            }
            claims += storyClaims
            let kinds: [Finding.Kind] = [.contradiction, .discrepancy, .update, .agreement, .singleSource]
            // Findings of 1 to 40 claims, and in the large story one of 4,000.
            var offset = 0
            var k = 0
            while offset < storyClaims.count {
                let n = s == 0 && k == 3 ? 4_000 : 1 + (k * 7) % 40
                let members = storyClaims[offset..<min(storyClaims.count, offset + n)].map(\.id)
                findings.append(Finding(id: "f-\(s)-\(k)", kind: kinds[k % kinds.count], story: "s\(s)", topic: storyClaims[offset].topic,
                                        claims: members, sources: members.count, explanation: "Finding \(k) of story \(s)."))
                offset += n
                k += 1
            }
        }
        return ReportInput(documents: documents, claims: claims, findings: findings, stories: stories)
    }()

    @Test func everyOverviewPageStaysUnderTheBoundAndShowsEveryClaimOnce() throws {
        let renderer = ReportRenderer(Self.input)
        var largest = 0, count = 0, storyPages = 0
        var shown: [String: Int] = [:]
        try renderer.overviewPages { page in
            count += 1
            largest = max(largest, page.html.utf8.count)
            #expect(page.html.utf8.count < Self.bound, "\(page.name) has \(page.html.utf8.count) bytes")
            guard page.name.hasPrefix("story-") else { return }
            storyPages += 1
            // Claim rows of the findings' tables link to "doc-….html#claim-<id>" from the source cell.
            for piece in page.html.components(separatedBy: "#claim-c-").dropFirst() {
                guard let end = piece.firstIndex(of: "\""), piece[end...].hasPrefix("\" title=\"document ") else { continue }
                shown["c-" + piece[..<end], default: 0] += 1
            }
        }
        let inFindings = Set(Self.input.findings.flatMap(\.claims))
        #expect(Set(shown.keys) == inFindings)
        #expect(shown.values.allSatisfy { $0 == 1 }, "a claim shown twice in the findings' tables")
        // The index, the document list and the large story were cut into pages.
        #expect(count > 40 + 1 + 12_000 / 500)
        #expect(storyPages >= 40 + 6_000 / ReportLimits().claimsPerPage)
    }

    @Test func theLongSentenceIsCutAroundItsClaim() throws {
        let renderer = ReportRenderer(Self.input)
        let entry = try #require(renderer.context.storyEntries.first { $0.id == "s0" })
        let context = try renderer.context.loading(entry)
        let pages = try (1...StoryPage.pageCount(entry, context)).map { try StoryPage(context: context, entry: entry, page: $0).render().html }
        let html = try #require(pages.first { $0.contains("<mark title=\"count\">5 people</mark>") })
        #expect(html.contains("<td class=\"col-sentence\">… "))
        #expect(html.contains("<mark title=\"count\">5 people</mark> died."))
        #expect(!html.contains(String(repeating: "word ", count: 200)))
    }

    /// A generated 5 MB document of short paragraphs, a count claim in four sentences of five:
    /// 50,000 claims. Its pages each stay under the bound; together they show every sentence of
    /// the body once, every claim's row once, on the page that links to the claim name.
    @Test func aClaimDenseDocumentIsPagedUnderTheBound() throws {
        var body = "", claims: [Claim] = [], calm = 0
        var k = 0
        while body.utf8.count < 5_000_000 {
            for s in 0..<10 {
                if s > 0 { body += " " }
                if (k + s) % 5 == 4 {
                    body += "The weather was calm."
                    calm += 1
                    continue
                }
                let sentence = "Officials said \(claims.count) people died in town \(k)."
                let start = body.utf8.count
                let value = start + 15
                body += sentence
                claims.append(Claim(
                    id: "c\(claims.count)", document: "big", sentence: k * 10 + s, start: value, end: value + "\(claims.count) people".utf8.count,
                    rule: "count", topic: Topic(subject: "people", predicate: "deaths"),
                    value: ClaimValue(value: Double(claims.count), low: Double(claims.count), high: Double(claims.count), unit: "people", text: "\(claims.count)"),
                    polarity: .positive, modality: .asserted, attribution: Attribution(speaker: "Officials", via: nil),
                    date: "2025-01-01", text: "\(claims.count) people", sentenceText: sentence, sentenceStart: start, source: "Outlet"))
            }
            body += "\n\n"
            k += 1
        }
        let document = Document(id: "big", path: "big.txt", title: "A long report", publisher: "Outlet",
                                published: "2025-01-01T00:00:00", body: body)
        let renderer = ReportRenderer(ReportInput(documents: [document.summary], claims: claims, findings: [], stories: []))
        var pages: [ReportPage] = []
        try renderer.documentPages(document) { pages.append($0) }
        #expect(pages.count == (claims.count + 199) / 200)
        #expect(pages.first?.name == renderer.context.pageName(forDocument: "big"))
        var rowPage: [String: String] = [:], rows = 0, calmShown = 0
        for page in pages {
            #expect(page.html.utf8.count < Self.bound, "\(page.name) has \(page.html.utf8.count) bytes")
            calmShown += page.html.components(separatedBy: "The weather was calm.").count - 1
            for piece in page.html.components(separatedBy: " id=\"claim-").dropFirst() {
                rows += 1
                rowPage[String(piece.prefix { $0 != "\"" })] = page.name
            }
        }
        #expect(calmShown == calm, "the body's sentences without a claim are each shown once")
        #expect(rows == claims.count)
        let context = try renderer.context.loading(["big"])
        #expect(claims.allSatisfy { rowPage[$0.id] != nil && rowPage[$0.id] == context.pageName(forClaim: $0) })
    }

    /// A generated 3 MB document of numbered paragraphs with three claims (near the start, in the
    /// middle, at the end): its text goes onto text pages of at most `bodyBytesPerPage`, each
    /// paragraph once, each claim highlighted once, its rows on the page its links name, and
    /// every page linked from the one before.
    @Test func aLongDocumentWithFewClaimsIsCutIntoTextPagesUnderTheBound() throws {
        var body = "", claims: [Claim] = [], paragraphs = 0
        while body.utf8.count < 3_000_000 {
            if [10, 20_000, 40_000].contains(paragraphs) {
                let sentence = "Officials said \(claims.count + 3) people died."
                let start = body.utf8.count + 15
                claims.append(Claim(
                    id: "c\(claims.count)", document: "long", sentence: paragraphs, start: start, end: start + 8, rule: "count",
                    topic: Topic(subject: "people", predicate: "deaths"),
                    value: ClaimValue(value: 3, low: 3, high: 3, unit: "people", text: "3"), polarity: .positive, modality: .asserted,
                    attribution: Attribution(speaker: "Officials", via: nil), date: "2025-01-01", text: "\(claims.count + 3) people",
                    sentenceText: sentence, sentenceStart: body.utf8.count, source: "Outlet"))
                body += sentence + " "
            }
            body += "Paragraph \(paragraphs) says nothing new.\n\n"
            paragraphs += 1
        }
        let document = Document(id: "long", path: "long.txt", title: "A long report", publisher: "Outlet",
                                published: "2025-01-01T00:00:00", body: body)
        let renderer = ReportRenderer(ReportInput(documents: [document.summary], claims: claims, findings: [], stories: []))
        var pages: [ReportPage] = []
        try renderer.documentPages(document) { pages.append($0) }
        let budget = ReportLimits().bodyBytesPerPage
        #expect(pages.count >= 3_000_000 / budget)
        #expect(Set(pages.map(\.name)).count == pages.count)
        var shown: [Int: Int] = [:], marks = 0, rows: [String: String] = [:]
        for (index, page) in pages.enumerated() {
            #expect(page.html.utf8.count < budget + 100_000, "\(page.name) has \(page.html.utf8.count) bytes")
            for piece in page.html.components(separatedBy: "Paragraph ").dropFirst() {
                if let n = Int(piece.prefix { $0.isNumber }) { shown[n, default: 0] += 1 }
            }
            // Marks in the text (the claim rows mark their sentence too).
            for text in page.html.components(separatedBy: "<div class=\"body-text\">").dropFirst() {
                marks += (text.components(separatedBy: "</div>").first ?? "").components(separatedBy: "<mark ").count - 1
            }
            for piece in page.html.components(separatedBy: " id=\"claim-").dropFirst() { rows[String(piece.prefix { $0 != "\"" })] = page.name }
            if index + 1 < pages.count { #expect(page.html.contains("href=\"\(pages[index + 1].name)\""), "\(page.name) links on") }
        }
        #expect(shown.count == paragraphs && shown.values.allSatisfy { $0 == 1 }, "every paragraph once")
        #expect(marks == claims.count, "each claim highlighted once in the text")
        let context = try renderer.context.loading(["long"])
        #expect(claims.allSatisfy { rows[$0.id] != nil && rows[$0.id] == context.pageName(forClaim: $0) })
    }

    /// A text dump that is mostly furniture: 20,000 dropped blocks, one of 50 KB. The first page
    /// lists the first `droppedShown`, each cut, and says how many more there are.
    @Test func aDocumentWithThousandsOfDroppedBlocksListsTheFirstOnes() throws {
        let dropped = (0..<20_000).map { DroppedBlock(text: $0 == 3 ? String(repeating: "é", count: 25_000) : "Menu item \($0)", reason: "link list") }
        let document = Document(id: "menus", path: "menus.txt", title: "Menus", body: "Police said 3 people died.", dropped: dropped)
        let renderer = ReportRenderer(ReportInput(documents: [document.summary], claims: [], findings: [], stories: []))
        var pages: [ReportPage] = []
        try renderer.documentPages(document) { pages.append($0) }
        let html = try #require(pages.first).html
        #expect(html.utf8.count < 100_000, "\(html.utf8.count) bytes")
        #expect(html.contains("Menu item \(ReportLimits().droppedShown - 1)<"))
        #expect(!html.contains("Menu item \(ReportLimits().droppedShown)<"))
        #expect(html.contains("… and \(20_000 - ReportLimits().droppedShown) more, listed with the document in documents.jsonl."))
        #expect(html.contains(String(repeating: "é", count: 300) + " …<"))
    }
}
