import CrossCheck
import Foundation
import Testing

/// claims.jsonl read as a run's report reads it: an index of where each document's lines are,
/// claims read back a document at a time, and briefs only of the claims asked for.
@Suite struct ClaimFileIndexTests {
    static func claim(_ id: String, _ document: String, at start: Int) -> Claim {
        Claim(id: id, document: document, sentence: 0, start: start, end: start + 4, rule: "count",
              topic: Topic(subject: "people", predicate: "deaths"),
              value: ClaimValue(value: 5, low: 5, high: 5, unit: "people", text: "5"),
              polarity: .positive, modality: .asserted, attribution: Attribution(speaker: "Police", via: nil),
              date: "2025-03-0\(start % 9 + 1)", text: "5 people", sentenceText: "Police said 5 people died.", sentenceStart: 0,
              source: "Outlet \(document)")
    }

    /// Claims of three documents as a run writes them: documents' own claims interleaved
    /// (document "a" in two runs of lines), a blank line, then a story claim of "a" at the end
    /// on a last line without a line feed.
    static let claims = [claim("a1", "a", at: 40), claim("a2", "a", at: 10), claim("b1", "b", at: 0),
                         claim("a3", "a", at: 70), claim("c1", "c", at: 5), claim("a-story", "a", at: 0)]

    static func write(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claim-index-\(UUID().uuidString).jsonl").path
        try #require(FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8)))
        return path
    }

    static func line(_ claim: Claim) -> String {
        var writer = JSONByteWriter()
        claim.jsonValue.write(into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func eachDocumentsClaimsReadBackInDocumentOrderAsTheInMemoryListGivesThem() throws {
        let c = Self.claims
        let path = try Self.write([Self.line(c[0]), Self.line(c[1]), Self.line(c[2]), Self.line(c[3]), "",
                                   Self.line(c[4]), Self.line(c[5])])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let index = try ClaimFileIndex(path: path, keeping: ["b1", "a-story", "missing"])
        let list = ClaimList(c)
        #expect(index.claimCount == 6)
        #expect(index.documentIDs == ["a", "b", "c"])
        #expect(index.documentIDs == list.documentIDs)
        for document in ["a", "b", "c", "absent"] {
            #expect(try index.claims(ofDocument: document) == list.claims(ofDocument: document))
            #expect(index.claimCount(ofDocument: document) == list.claimCount(ofDocument: document))
        }
        #expect(try index.claims(ofDocument: "a").map(\.id) == ["a-story", "a2", "a1", "a3"])
        #expect(index.brief("b1") == ClaimBrief(c[2]))
        #expect(index.brief("a-story")?.document == "a")
        #expect(index.brief("a1") == nil, "a claim no finding names keeps no brief")
        #expect(index.brief("missing") == nil)
    }

    @Test func aLineThatIsNotAClaimIsAnErrorNamingItsLine() throws {
        let path = try Self.write([Self.line(Self.claims[0]), #"{"id": "x"}"#, Self.line(Self.claims[1])])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: Diagnostic.self) { try ClaimFileIndex(path: path, keeping: []) }
        #expect(error?.description.hasPrefix("\(path):2:1: error: [bad-record]") == true, "\(String(describing: error))")
    }
}
