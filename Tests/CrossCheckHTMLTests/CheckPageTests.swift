import CrossCheck
import Testing
@testable import CrossCheckHTML

@Suite("CheckPage")
struct CheckPageTests {
    static let claim = "The <b>council</b> approved new water rates"
    static let documents = [
        Document(id: "b-wire", path: "b.txt", title: "Rates <script>alert(1)</script> story", publisher: "B & Co Wire",
                 published: "2025-03-02T10:00:00", body: "x"),
        Document(id: "a-post", path: "a.txt", title: "Council vote", body: "y"),
    ]
    static let results = [
        StanceResult(document: "a-post", claim: claim, stance: .for, relatedStance: .for, score: 0.81, cue: nil, speaker: nil,
                     evidence: [StanceEvidence(sentence: 0, start: 0, end: 40, text: "The council approved <i>new</i> rates.", alignment: 0.9)],
                     features: StanceFeatures()),
        StanceResult(document: "b-wire", claim: claim, stance: .against, relatedStance: .against, score: 0.7,
                     cue: StanceCue(kind: .refuting, canonical: "hoax", text: "hoax", sentence: 2, start: 127, end: 131),
                     speaker: "Mayor <Ruiz>",
                     evidence: [StanceEvidence(sentence: 2, start: 100, end: 132, text: "The rates <img> story is a hoax.", alignment: 0.5)],
                     features: StanceFeatures()),
    ]

    static func page() throws -> String {
        try CheckPageWriter.render(claims: [claim], documents: documents, results: results).html
    }

    @Test func textIsEscapedEverywhere() throws {
        let html = try Self.page()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>new"))
        #expect(!html.contains("<b>council"))
        #expect(html.contains("The &lt;b&gt;council&lt;/b&gt; approved new water rates"))
        #expect(html.contains("speaker: Mayor &lt;Ruiz&gt;"))
        #expect(html.contains("B &amp; Co Wire"))
    }

    @Test func oneRowPerSourceSortedWithTheStanceAndTheCueMarked() throws {
        let html = try Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let a = try #require(html.range(of: "<code>a-post</code>")), b = try #require(html.range(of: "<code>b-wire</code>"))
        #expect(a.lowerBound < b.lowerBound)
        #expect(html.contains("<span class=\"badge stance-for\">for</span>"))
        #expect(html.contains("<span class=\"badge stance-against\">against</span>"))
        #expect(html.contains(">hoax</mark>"))
        #expect(html.contains("cue: refuting “hoax”"))
        #expect(html.contains("<th scope=\"col\" title=\"The &lt;b&gt;council&lt;/b&gt; approved new water rates\">Claim 1</th>"))
    }

    @Test func sameInputSamePage() throws {
        #expect(try Self.page() == Self.page())
    }
}
