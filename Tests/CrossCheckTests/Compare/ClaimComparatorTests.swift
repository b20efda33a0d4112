import Testing
@testable import CrossCheck

/// A claim built by hand: only what the comparator reads.
func claim(_ id: String, doc: String, subject: String = "US troops in South Korea", predicate: String = "count",
           slots: [String: String] = ["nation": "US", "forces": "troops", "place": "South Korea"],
           value: (Double, Double, Double)? = nil, modality: Claim.Modality = .asserted,
           date: String = "2025-05-23", sentence: String? = nil, speaker: String? = nil) -> Claim {
    Claim(id: id, document: doc, sentence: 0, start: 0, end: 1, rule: "r",
          topic: Topic(subject: subject, predicate: predicate, slots: slots),
          value: value.map { ClaimValue(value: $0.0, low: $0.1, high: $0.2, unit: "troops", text: "\(Int($0.0))") },
          polarity: modality == .denied ? .negative : .positive, modality: modality,
          attribution: Attribution(speaker: speaker ?? doc.uppercased(), via: nil), date: date,
          text: "x", sentenceText: sentence ?? "sentence \(id) of \(doc)", sentenceStart: 0, source: doc.uppercased())
}

@Test func overlappingValuesFromTwoSourcesAgree() throws {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", value: (28_500, 28_450, 28_550)),
        claim("b", doc: "d2", value: (28_500, 28_450, 28_550), date: "2025-08-23"),
    ])
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.kind == .agreement)
    #expect(finding.sources == 2)
    #expect(finding.claims == ["a", "b"])
    #expect(finding.explanation.contains("D1 (2025-05-23)") && finding.explanation.contains("D2 (2025-08-23)"))
}

@Test func disjointValuesSameDayAreADiscrepancy() {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", value: (28_500, 28_450, 28_550)),
        claim("b", doc: "d2", value: (24_000, 23_500, 24_500)),
    ])
    #expect(findings.map(\.kind) == [.discrepancy])
}

@Test func disjointValuesOnDifferentDaysAreAnUpdate() {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", value: (28_500, 28_450, 28_550), date: "2024-01-01"),
        claim("b", doc: "d2", value: (24_000, 23_500, 24_500), date: "2025-01-01"),
    ])
    #expect(findings.map(\.kind) == [.update])
}

@Test func aDenialAgainstAReportIsAContradictionEvenInOneSource() throws {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", predicate: "withdrawal", value: (4_500, 4_000, 5_000), modality: .reported, speaker: "WSJ"),
        claim("b", doc: "d1", subject: "troops", predicate: "withdrawal", slots: ["forces": "troops"], modality: .denied, speaker: "ministry"),
    ])
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.kind == .contradiction)
    #expect(finding.topic.subject == "US troops in South Korea")
    #expect(finding.explanation.contains("affirmed by WSJ") && finding.explanation.contains("denied by ministry"))
}

@Test func anUnderspecifiedClaimStaysAloneWhenTwoTopicsFit() {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", predicate: "withdrawal"),
        claim("b", doc: "d1", subject: "US troops in Japan", predicate: "withdrawal", slots: ["nation": "US", "forces": "troops", "place": "Japan"]),
        claim("c", doc: "d2", subject: "troops", predicate: "withdrawal", slots: ["forces": "troops"], modality: .denied),
    ])
    #expect(findings.count == 3)
    #expect(!findings.contains { $0.kind == .contradiction })
}

@Test func aClaimRepeatedInOneArticleIsOneSource() throws {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", subject: "cost-sharing agreement", predicate: "signed", slots: [:]),
        claim("b", doc: "d1", subject: "cost-sharing agreement", predicate: "signed", slots: [:]),
    ])
    let finding = try #require(findings.first)
    #expect(finding.kind == .singleSource)
    #expect(finding.sources == 1)
    #expect(finding.claims.count == 2)
    #expect(finding.explanation.contains("said 2 times in one source, counted once"))
}

@Test func twoOutletsReprintingOneWireCopyAreOneSource() {
    let wire = "The 28,500 U.S. troops stationed in South Korea remain, officials said."
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", value: (28_500, 28_450, 28_550), sentence: wire),
        claim("b", doc: "d2", value: (28_500, 28_450, 28_550), sentence: wire + " "),
    ])
    #expect(findings.map(\.kind) == [.singleSource])
    #expect(findings.first?.sources == 1)
}

@Test func findingsComeContradictionsFirst() {
    let findings = ClaimComparator().findings(for: [
        claim("a", doc: "d1", value: (28_500, 28_450, 28_550)),
        claim("b", doc: "d2", value: (28_500, 28_450, 28_550)),
        claim("c", doc: "d1", predicate: "withdrawal", modality: .reported),
        claim("d", doc: "d2", predicate: "withdrawal", modality: .denied),
        claim("e", doc: "d1", subject: "eligible voters", slots: [:]),
    ])
    #expect(findings.map(\.kind) == [.contradiction, .agreement, .singleSource])
}
