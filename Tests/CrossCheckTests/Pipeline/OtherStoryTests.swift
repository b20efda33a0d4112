import Testing
@testable import CrossCheck

/// The rules describe kinds of claims, not the seed articles: a second, invented story (German
/// troops in Lithuania, Tests/Fixtures/Stories/lithuania) gets the same kinds of findings.
@Suite struct OtherStoryTests {
    static let result = Pipeline(rules: Repository.rules, markupParser: nil)
        .run([Repository.path("Tests/Fixtures/Stories/lithuania")])

    func claims(of finding: Finding) -> [Claim] {
        finding.claims.compactMap { id in Self.result.claims.first { $0.id == id } }
    }

    @Test func aReportedCutIsContradictedByADenial() throws {
        let finding = try #require(Self.result.findings.first)
        #expect(finding.kind == .contradiction)
        #expect(finding.topic.subject == "German troops in Lithuania")
        #expect(finding.topic.predicate == "withdrawal")
        let claims = claims(of: finding)
        #expect(claims.contains { $0.attribution.speaker == "Der Spiegel" && $0.value?.value == 1_000 && $0.modality == .reported })
        #expect(claims.contains { $0.modality == .denied && $0.attribution.speaker == "a spokesperson" })
        // "The German defence ministry denied the report on Thursday." points back to Der Spiegel's report.
        #expect(claims.contains { $0.rule == "denial-of-report" && $0.attribution.speaker == "German defence ministry" && $0.text == "the report" })
    }

    @Test func countsThatOverlapAgreeAcrossTheTwoWires() throws {
        let troops = try #require(Self.result.findings.first { $0.topic.predicate == "count" && $0.topic.subject == "German troops in Lithuania" })
        #expect(troops.kind == .agreement)
        #expect(troops.sources == 2)
        #expect(Set(claims(of: troops).compactMap(\.value?.value)) == [4_800, 5_000])
        let killed = try #require(Self.result.findings.first { $0.topic.subject == "people killed" })
        #expect(killed.kind == .agreement)
        #expect(Set(claims(of: killed).compactMap(\.value?.value)) == [12, 15])
    }

    @Test func datesComeFromTheBylines() {
        #expect(Self.result.documents.map(\.publishedDay) == ["2026-03-12", "2026-03-14"])
    }
}
