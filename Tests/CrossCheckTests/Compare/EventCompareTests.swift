import Foundation
import Testing
@testable import CrossCheck

/// Claims are compared only inside a story and an event: the invented stories of
/// Tests/Fixtures/Stories/mixed (three casualty stories in different places, a carmaker's job
/// cuts with a wire reprint and a denial of a figure, a weather piece).
@Suite struct EventCompareTests {
    static let result = Pipeline(rules: Repository.rules, markupParser: nil).run([Repository.path("Tests/Fixtures/Stories/mixed")])
    static let claims = Dictionary(uniqueKeysWithValues: result.claims.map { ($0.id, $0) })

    static func documents(_ finding: Finding) -> Set<String> { Set(finding.claims.compactMap { claims[$0]?.document }) }

    static func story(_ document: String) -> String { String(document.split(separator: "-").first ?? "") }

    @Test func findingsStayInsideOneStory() {
        #expect(!Self.result.findings.isEmpty)
        for finding in Self.result.findings {
            let stories = Set(Self.documents(finding).map(Self.story))
            #expect(stories.count == 1, "\(finding.kind.rawValue) \(finding.topic.label) mixes \(stories.sorted())")
        }
    }

    @Test func tollsOfDifferentDisastersAreNeverCompared() {
        // The flood's 14 dead, the derailment's nine and the landslide's bodies are each their own.
        for finding in Self.result.findings where finding.topic.subject.contains("killed") {
            #expect(Set(Self.documents(finding).map(Self.story)).count == 1)
        }
    }

    @Test func aWireReprintCountsAsOneSource() throws {
        let jobs = try #require(Self.result.findings.first { finding in
            finding.claims.contains { Self.claims[$0]?.value?.value == 9_000 && Self.claims[$0]?.document == "business-a" }
        })
        // business-a and its reprint business-b are one source; business-c is another.
        #expect(jobs.sources == 2)
        #expect(jobs.kind == .agreement)
    }

    @Test func aDenialOfAFigureNobodyGaveContradictsNoOtherFigure() {
        // "Reports of more than 12,000 cuts are absurd": nobody reported 12,000, so the 9,000
        // the others give is not contradicted.
        let contradictions = Self.result.findings.filter { $0.kind == .contradiction }
        #expect(!contradictions.contains { f in f.claims.contains { Self.claims[$0]?.value?.value == 9_000 } })
    }
}

/// Each verdict, from claims built by hand: the frame decides the event, the values the verdict.
struct VerdictCase: CustomTestStringConvertible, Sendable {
    var name: String
    var claims: [Claim]
    var kind: Finding.Kind
    var testDescription: String { name }
}

func countClaim(_ document: String, _ low: Double, _ high: Double, measure: String = "people", event: String = "killed",
                place: String? = "Aleppo", date: String = "2026-05-01", modality: Claim.Modality = .asserted,
                partOf: Double? = nil, increment: Bool = false, text: String? = nil) -> Claim {
    var claim = Claim(id: "c-\(document)-\(low)-\(modality.rawValue)", document: document, sentence: 0, start: 0, end: 1,
                      rule: "frame.quantity", topic: Topic(subject: "\(measure) \(event)", predicate: "count"),
                      value: ClaimValue(value: low, low: low, high: high, unit: measure, text: text ?? "\(Int(low))",
                                        partOf: partOf, increment: increment),
                      polarity: modality == .denied ? .negative : .positive, modality: modality,
                      attribution: Attribution(speaker: document, via: nil), date: date, text: "\(Int(low))",
                      sentenceText: "A sentence from \(document) with \(Int(low)).", sentenceStart: 0, source: document)
    claim.frame = ClaimFrame(measure: measure, measureClass: "person", event: event, lemma: "kill", place: place, time: date)
    return claim
}

func storyClaim(_ document: String, _ modality: Claim.Modality) -> Claim {
    let central = "Aldo Merrin resigned after the budget vote."
    return Claim(id: "c-\(document)-story", document: document, sentence: 0, start: 0, end: 1, rule: StoryClaimCheck.rule,
                 topic: Topic(subject: central, predicate: StoryClaimCheck.predicate), value: nil,
                 polarity: modality == .denied ? .negative : .positive, modality: modality,
                 attribution: Attribution(speaker: document, via: nil), date: "2026-05-01", text: central,
                 sentenceText: central, sentenceStart: 0, source: document)
}

extension Claim {
    func withFrameEvent(_ event: String?) -> Claim {
        var c = self
        c.frame?.event = event
        return c
    }

    func spokenBy(_ speaker: String) -> Claim {
        var c = self
        c.attribution.speaker = speaker
        c.id += "-" + speaker
        return c
    }
}

let verdictCases: [VerdictCase] = [
    .init(name: "overlapping figures from two sources agree",
          claims: [countClaim("a", 12, 15), countClaim("b", 14, 14)], kind: .agreement),
    .init(name: "disjoint figures on one day are a discrepancy",
          claims: [countClaim("a", 12, 12), countClaim("b", 30, 30)], kind: .discrepancy),
    .init(name: "disjoint figures on different days are an update",
          claims: [countClaim("a", 12, 12), countClaim("b", 30, 30, date: "2026-05-03")], kind: .update),
    .init(name: "a denial of the figure is a contradiction",
          claims: [countClaim("a", 9_000, 9_000), countClaim("b", 8_000, .infinity, modality: .denied)], kind: .contradiction),
    .init(name: "a denied figure that shares only the measure contradicts nothing",
          claims: [countClaim("a", 9_000, 9_000, event: "hired"), countClaim("b", 8_000, .infinity, modality: .denied).withFrameEvent(nil)],
          kind: .agreement),
    .init(name: "one voice restating what it denies is not a contradiction",
          claims: [countClaim("a", 9_000, 9_000), countClaim("a", 9_000, 9_000, modality: .denied)],
          kind: .singleSource),
    .init(name: "two voices of one document, one affirming and one denying, are a contradiction",
          claims: [countClaim("a", 9_000, 9_000), countClaim("a", 9_000, 9_000, modality: .denied).spokenBy("the militia")],
          kind: .contradiction),
    .init(name: "a story's claim denied by one document and vouched for by another is a contradiction",
          claims: [storyClaim("a", .asserted), storyClaim("b", .reported), storyClaim("c", .denied)], kind: .contradiction),
    .init(name: "a story's claim denied by one document and only reported by another is no contradiction",
          claims: [storyClaim("b", .reported), storyClaim("c", .denied)], kind: .singleSource),
    .init(name: "one document reporting a figure and another speaker of it denying it is a contradiction",
          claims: [countClaim("a", 9_000, 9_000, modality: .reported),
                   countClaim("a", 8_000, .infinity, modality: .denied).spokenBy("the ministry")],
          kind: .contradiction),
    .init(name: "a figure another document only reports is contradicted by a plain negative statement",
          claims: [countClaim("a", 9_000, 9_000, modality: .reported),
                   { var c = countClaim("b", 9_000, 9_000); c.polarity = .negative; return c }()],
          kind: .contradiction),
    .init(name: "a part is not compared with its whole",
          claims: [countClaim("a", 4_500, 4_500, partOf: 28_500), countClaim("b", 28_500, 28_500)], kind: .agreement),
    .init(name: "an increment is not compared with a total",
          claims: [countClaim("a", 5, 5, increment: true), countClaim("b", 30, 30)], kind: .agreement),
    .init(name: "one source, said twice, is single-source",
          claims: [countClaim("a", 12, 12), countClaim("a", 13, 13)], kind: .singleSource),
]

@Test(arguments: verdictCases)
func eachVerdict(_ c: VerdictCase) throws {
    let findings = ClaimComparator().findings(for: c.claims)
    let finding = try #require(findings.first, "no finding")
    #expect(findings.count == 1, "the claims should form one event: \(findings.map(\.topic.label))")
    #expect(finding.kind == c.kind)
}

@Test(arguments: [
    ("another place", countClaim("b", 12, 12, place: "Homs")),
    ("another event", countClaim("b", 12, 12, event: "injured")),
    ("another measure", countClaim("b", 12, 12, measure: "building")),
])
func claimsAboutDifferentThingsAreNotCompared(_ what: String, _ other: Claim) {
    var other = other
    if what == "another measure" { other.frame?.measureClass = nil }
    let findings = ClaimComparator().findings(for: [countClaim("a", 12, 12), other])
    #expect(findings.count == 2, "\(what): \(findings.map(\.topic.label))")
}

/// A story's claim that some documents report and one denies is no contradiction, and its
/// explanation does not say that all of them agree.
@Test func aDeniedClaimThatOthersOnlyReportIsExplainedAsSuch() throws {
    var claims = [storyClaim("a", .reported), storyClaim("b", .reported), storyClaim("c", .denied)]
    for i in claims.indices { claims[i].sentenceText = "Sentence \(i) of its own, in document \(claims[i].document)." }
    let finding = try #require(ClaimComparator().findings(for: claims).first)
    #expect(finding.kind != .contradiction)
    #expect(finding.explanation.contains("denied by c"), "\(finding.explanation)")
    #expect(!finding.explanation.contains("agree on"), "\(finding.explanation)")
}

@Test func aFindingSaysWhyItsClaimsAreAboutTheSameThing() throws {
    let finding = try #require(ClaimComparator().findings(for: [countClaim("a", 12, 12), countClaim("b", 30, 30)]).first)
    #expect(finding.explanation.contains("Compared because they share"))
    #expect(finding.explanation.contains("place 'Aleppo'"))
    #expect(finding.event?.contains("event killed") == true)
}

/// A story's central claim, checked against each of its documents: the one that calls it a
/// hoax contradicts the two that report it.
@Test func aStorysClaimDeniedByOneSourceIsAContradiction() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let texts = [
        "a.txt": "Zorvian president Aldo Merrin resigned on Monday after the budget vote.\n\nMerrin, 61, had led the country since 2019. His deputy Sara Voss takes over until elections.",
        "b.txt": "Zorvian president Aldo Merrin has resigned after losing the budget vote in parliament.\n\nDeputy Sara Voss will lead the country until the elections in the spring.",
        "c.txt": "Aldo Merrin remains in office.\n\nZorvian president Aldo Merrin has not resigned. The story that he quit after the budget vote is fake.",
    ]
    for (name, text) in texts { try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8) }
    let result = Pipeline(rules: Repository.rules, markupParser: nil).run([folder])
    let storyClaims = result.claims.filter { $0.rule == StoryClaimCheck.rule }
    #expect(storyClaims.first { $0.document == "c" }?.modality == .denied)
    #expect(storyClaims.first { $0.document == "a" }?.modality == .asserted)
    let contradiction = try #require(result.findings.first { $0.kind == .contradiction && $0.topic.predicate == StoryClaimCheck.predicate })
    let documents = Set(contradiction.claims.compactMap { id in result.claims.first { $0.id == id }?.document })
    #expect(documents.isSuperset(of: ["a", "c"]))
}

/// A story's claim that nobody denies: its finding holds the documents that stand by it, not
/// those that only report it (they take no side); with only reporters, there is no finding.
@Test func aStoryClaimsAgreementHoldsOnlyTheDocumentsThatStandByIt() throws {
    var claims = [storyClaim("a", .asserted), storyClaim("b", .asserted), storyClaim("c", .reported), storyClaim("d", .reported)]
    for i in claims.indices { claims[i].sentenceText = "Sentence \(i) of its own, in document \(claims[i].document)." }
    let finding = try #require(ClaimComparator().findings(for: claims).first)
    #expect(finding.kind == .agreement)
    #expect(Set(finding.claims) == ["c-a-story", "c-b-story"])
    #expect(ClaimComparator().findings(for: [storyClaim("c", .reported), storyClaim("d", .reported)]).isEmpty)
}

/// When someone denies a story's claim, the documents that only report it stay in the finding:
/// they are the denial's context.
@Test func aDeniedStoryClaimKeepsItsReporters() throws {
    let claims = [storyClaim("a", .asserted), storyClaim("c", .reported), storyClaim("d", .denied)]
    let finding = try #require(ClaimComparator().findings(for: claims).first)
    #expect(finding.kind == .contradiction)
    #expect(finding.claims.count == 3)
}

/// A topic rule's claims ("people killed") about another place are another event: the six
/// killed in Homs and the forty killed in Hama are no discrepancy; two tolls for Homs are.
@Test func aTopicsClaimsAboutAnotherPlaceAreAnotherEvent() throws {
    func toll(_ document: String, _ n: Double, _ place: String?) -> Claim {
        var c = countClaim(document, n, n, place: place)
        c.rule = "casualty-count"
        c.topic = Topic(subject: "people killed", predicate: "count")
        return c
    }
    let apart = ClaimComparator().findings(for: [toll("a", 6, "Homs"), toll("b", 40, "Hama")])
    #expect(apart.count == 2, "\(apart.map(\.kind))")
    #expect(!apart.contains { $0.kind == .discrepancy })
    let together = ClaimComparator().findings(for: [toll("a", 6, "Homs"), toll("b", 40, "Homs"), toll("c", 6, nil)])
    #expect(together.count == 1)
    #expect(together.first?.kind == .discrepancy)
}

/// The same for another explicit day: Monday's toll and Wednesday's are two events.
@Test func aTopicsClaimsAboutAnotherDayAreAnotherEvent() {
    func toll(_ document: String, _ n: Double, _ day: String) -> Claim {
        var c = countClaim(document, n, n)
        c.rule = "casualty-count"
        c.topic = Topic(subject: "people killed", predicate: "count")
        c.frame?.time = day
        return c
    }
    let findings = ClaimComparator().findings(for: [toll("a", 6, "2026-04-27"), toll("b", 40, "2026-04-29")])
    #expect(findings.count == 2)
}

/// A frame's time may be a day, a month ("In February 2013") or a year ("in 2012"): a month
/// holds its days, so a claim dated to the month and one dated to a day in it can be one event,
/// while another month or another year is another event.
@Test(arguments: [
    ("2013-02", "2013-02-10", true),
    ("2013", "2013-02-10", true),
    ("2013-02-10", "2013-02-10", true),
    ("2013-02", "2013-03-01", false),
    ("2012", "2013", false),
    ("2013-02-10", "2013-02-11", false),
    ("2013-1", "2013-11", false),
])
func aCoarserTimeHoldsTheFinerOnesInIt(first: String, second: String, oneEvent: Bool) {
    func toll(_ document: String, _ time: String) -> Claim {
        var c = countClaim(document, 6, 6)
        c.rule = "casualty-count"
        c.topic = Topic(subject: "people killed", predicate: "count")
        c.frame?.time = time
        return c
    }
    let conflict = FrameCompatibility.subEventConflict(toll("a", first), toll("b", second))
    #expect((conflict == nil) == oneEvent, "\(first) / \(second): \(conflict ?? "one event")")
}
