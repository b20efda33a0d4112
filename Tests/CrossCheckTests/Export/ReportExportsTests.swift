import Foundation
import Testing
@testable import CrossCheck

@Suite("ReportExports")
struct ReportExportsTests {
    static let documents = [
        Document(id: "a", path: "a.txt", url: "https://a.example/x", title: "Troops \"leave\", ministry denies",
                 publisher: "Outlet, A", published: "2025-05-23T10:00:00", body: ""),
        Document(id: "b", path: "b.txt", title: "Troops stay", publisher: "Outlet B", published: "2025-05-24", body: ""),
    ]
    static let topic = Topic(subject: "US troops", predicate: "count")

    static func claim(_ id: String, _ document: String, _ text: String, value: Double?, modality: Claim.Modality = .asserted) -> Claim {
        Claim(id: id, document: document, sentence: 0, start: 0, end: text.utf8.count, rule: "r", topic: topic,
              value: value.map { ClaimValue(value: $0, low: $0, high: $0 == 1 ? .infinity : $0, unit: "troops", text: "\($0)") },
              polarity: .positive, modality: modality, attribution: Attribution(speaker: "the \"ministry\"", via: nil),
              date: document == "a" ? "2025-05-23" : "2025-05-24", text: text,
              sentenceText: "He said:\n\"\(text)\", twice.", sentenceStart: 0, source: nil)
    }

    static let claims = [claim("c2", "b", "28,000 troops", value: 28_000), claim("c1", "a", "28,500 troops", value: 28_500),
                         claim("c3", "a", "more than one", value: 1)]
    static let findings = [
        Finding(id: "f-single", kind: .singleSource, story: "s", topic: topic, claims: ["c3"], sources: 1, explanation: "Only A."),
        Finding(id: "f-disc", kind: .discrepancy, story: "s", event: "measure troop · place Korea", topic: topic,
                claims: ["c1", "c2"], sources: 2, explanation: "A says 28,500, B says 28,000."),
    ]
    static let exports = ReportExports(documents: documents, claims: claims, findings: findings,
                                       stories: [Story(id: "s", label: "Korea, troops", documents: ["a", "b"])])

    @Test func claimsCSVHasAHeaderAndOneRowPerClaimInDocumentOrder() throws {
        let rows = CSVWriterTests.parse(try Self.exports.claimsCSV())
        #expect(rows.first == ReportExports.claimColumns)
        #expect(rows.dropFirst().map { $0[0] } == ["c1", "c3", "c2"])
        #expect(rows.allSatisfy { $0.count == ReportExports.claimColumns.count })
        let c1 = Dictionary(uniqueKeysWithValues: zip(ReportExports.claimColumns, rows[1]))
        #expect(c1["source"] == "Outlet, A")
        #expect(c1["story"] == "s")
        #expect(c1["speaker"] == "the \"ministry\"")
        #expect(c1["value"] == "28500" && c1["low"] == "28500" && c1["high"] == "28500")
        #expect(c1["verdict"] == "discrepancy")
        #expect(c1["sentence"] == "He said:\n\"28,500 troops\", twice.")
        let c3 = Dictionary(uniqueKeysWithValues: zip(ReportExports.claimColumns, rows[2]))
        #expect(c3["high"] == "", "an open-ended interval has no upper bound")
        #expect(c3["verdict"] == "single-source")
    }

    @Test func findingsCSVListsFindingsContradictionsFirstWithTheirOutlets() {
        let rows = CSVWriterTests.parse(Self.exports.findingsCSV())
        #expect(rows.first == ReportExports.findingColumns)
        #expect(rows.dropFirst().map { $0[0] } == ["f-disc", "f-single"])
        let disc = Dictionary(uniqueKeysWithValues: zip(ReportExports.findingColumns, rows[1]))
        #expect(disc["outlets"] == "Outlet, A; Outlet B")
        #expect(disc["story_label"] == "Korea, troops")
        #expect(disc["shared"] == "measure troop · place Korea")
        #expect(disc["first_day"] == "2025-05-23" && disc["last_day"] == "2025-05-24")
        #expect(disc["claim_ids"] == "c1 c2")
    }

    @Test func jsonLDHasAClaimReviewPerComparingFindingWithATextualRating() throws {
        let data = Data(Self.exports.findingsJSONLD())
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["@context"] as? String == "https://schema.org")
        let graph = try #require(root["@graph"] as? [[String: Any]])
        #expect(graph.count == 1, "the single-source finding compares nothing and gets no review")
        let review = graph[0]
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["identifier"] as? String == "f-disc")
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "Figures differ between sources")
        #expect(rating["ratingValue"] == nil && rating["bestRating"] == nil, "no invented numeric rating")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        let appearances = try #require(item["appearance"] as? [[String: Any]])
        let publishers = appearances.compactMap { ($0["publisher"] as? [String: Any])?["name"] as? String }
        #expect(publishers == ["Outlet, A", "Outlet B"])
        #expect(appearances[0]["url"] as? String == "https://a.example/x")
        #expect(appearances[0]["headline"] as? String == "Troops \"leave\", ministry denies")
    }

    @Test func noComparingFindingGivesAnEmptyGraph() throws {
        let exports = ReportExports(documents: [], claims: [], findings: [Self.findings[0]], stories: [])
        #expect(String(decoding: exports.findingsJSONLD(), as: UTF8.self) == "{\"@context\":\"https://schema.org\",\"@graph\":[]}\n")
    }
}
