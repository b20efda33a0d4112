import Testing
@testable import CrossCheckHTML

@Suite("DocumentFileNames")
struct DocumentFileNamesTests {
    @Test func safeIDsAreKept() {
        let names = DocumentFileNames(ids: ["almayadeen-2025-05-23.txt", "A_b.c"])
        #expect(names.name(for: "almayadeen-2025-05-23.txt") == "doc-almayadeen-2025-05-23.txt.html")
        #expect(names.name(for: "A_b.c") == "doc-A_b.c.html")
    }

    @Test func unsafeBytesAreReplacedAndHashed() throws {
        let name = try #require(DocumentFileNames(ids: ["news/a b?é.html"]).name(for: "news/a b?é.html"))
        #expect(name.hasPrefix("doc-news-a-b---.html-"))
        #expect(name.hasSuffix(".html"))
        #expect(name.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: " ") })
        #expect(name.utf8.count == "doc-news-a-b---.html-".utf8.count + 8 + ".html".utf8.count)
    }

    @Test func collisionsGetDistinctNames() {
        let ids = ["a-b", "a b", "a/b", "A-B", "", "../etc"]
        let names = DocumentFileNames(ids: ids)
        let assigned = ids.compactMap { names.name(for: $0) }
        #expect(assigned.count == ids.count)
        #expect(Set(assigned.map { $0.lowercased() }).count == ids.count)
        // "A-B" sorts first and keeps its plain name; "a-b" would clash on a case-insensitive disk.
        #expect(names.name(for: "A-B") == "doc-A-B.html")
        #expect(names.name(for: "a-b")?.hasPrefix("doc-a-b-") == true)
        #expect(assigned.allSatisfy { !$0.contains("/") })
    }

    @Test func namesDoNotDependOnInputOrder() {
        let ids = ["x y", "x-y", "x_y", "X-Y"]
        let forward = DocumentFileNames(ids: ids)
        let backward = DocumentFileNames(ids: ids.reversed())
        #expect(ids.map { forward.name(for: $0) } == ids.map { backward.name(for: $0) })
    }

    @Test func longIDsAreShortened() throws {
        let id = String(repeating: "a", count: 500)
        let name = try #require(DocumentFileNames(ids: [id]).name(for: id))
        #expect(name.utf8.count < 130)
    }
}
