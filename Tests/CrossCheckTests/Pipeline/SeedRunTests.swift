import Testing
@testable import CrossCheck

/// What a correct run over the bundled corpus (the two seed articles) must find.
@Suite struct SeedRunTests {
    static let result = Pipeline(rules: Repository.rules, markupParser: nil).run([Repository.path("corpus")])

    var result: Pipeline.Result { Self.result }

    func claims(of finding: Finding) -> [Claim] {
        finding.claims.compactMap { id in result.claims.first { $0.id == id } }
    }

    @Test func bothSeedsAreRead() {
        #expect(result.documents.map(\.id) == ["almayadeen-2025-05-23-us-skorea-troops", "devdiscourse-2025-08-23-us-skorea-alliance"])
        #expect(result.documents.map(\.publishedDay) == ["2025-05-23", "2025-08-23"])
        #expect(result.skipped.isEmpty)
    }

    @Test func troopCountAgreesAcrossBothArticles() throws {
        let finding = try #require(result.findings.first { $0.kind == .agreement && $0.topic.predicate == "count" && $0.topic.subject == "US troops in South Korea" })
        let claims = claims(of: finding)
        #expect(Set(claims.map(\.document)).count == 2)
        #expect(claims.allSatisfy { $0.value?.value == 28_500 })
        #expect(finding.sources == 2)
    }

    @Test func withdrawalReportIsContradictedByBothDenials() throws {
        let finding = try #require(result.findings.first { $0.kind == .contradiction })
        #expect(finding.topic.subject == "US troops in South Korea")
        #expect(finding.topic.predicate == "withdrawal")
        let claims = claims(of: finding)
        let report = try #require(claims.first { $0.affirms && $0.value?.value == 4_500 })
        #expect(report.attribution.speaker == "Wall Street Journal")
        #expect(report.attribution.via == "Al Mayadeen English")
        #expect(report.modality == .reported)
        let deniers = Set(claims.filter { $0.modality == .denied }.compactMap(\.attribution.speaker))
        #expect(deniers.contains("South Korea's defense ministry"))
        #expect(deniers.contains { $0.contains("Sean Parnell") })
        // The headline itself: "US and S. Korea dismiss report of troop reduction".
        let headline = try #require(claims.first { $0.field == .title })
        #expect(headline.attribution.speaker == "US and S. Korea")
        #expect(headline.modality == .denied)
        #expect(headline.sentence == -1)
        #expect(result.findings.first?.kind == .contradiction)
    }

    @Test func costSharingAgreementSaidTwiceIsOneSource() throws {
        let finding = try #require(result.findings.first { $0.topic.predicate == "signed" })
        #expect(finding.kind == .singleSource)
        #expect(finding.sources == 1)
        #expect(finding.claims.count == 2)
    }

    @Test func singleSourceFiguresAreFound() {
        let singles = result.findings.filter { $0.kind == .singleSource }
        let values = Set(singles.flatMap { claims(of: $0) }.compactMap { $0.value?.value })
        #expect(values.isSuperset(of: [1e9, 44_390_000, 45, 36]))
    }

    @Test(arguments: ["Iran", "Turkish", "Kremlin", "Boeing", "Ben-Gurion", "Hoshiarpur", "Greenland", "Chagos", "K1E1", "AI-generated", "6444012"])
    func boilerplateGivesNoClaim(_ word: String) {
        #expect(!result.claims.contains { $0.sentenceText.contains(word) })
        #expect(!result.documents.contains { $0.body.contains(word) })
    }

    @Test func runsAreDeterministic() {
        let again = Pipeline(rules: Repository.rules, markupParser: nil).run([Repository.path("corpus")])
        #expect(JSONLines.encode(again.claims) == JSONLines.encode(result.claims))
        #expect(JSONLines.encode(again.findings) == JSONLines.encode(result.findings))
    }
}
