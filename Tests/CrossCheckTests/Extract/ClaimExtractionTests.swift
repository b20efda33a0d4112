import Testing
@testable import CrossCheck

/// A sentence, the claim span it must give (between 1️⃣ and 2️⃣), and the claim's fields.
struct ExtractionCase: CustomTestStringConvertible, Sendable {
    var marked: String
    var rule: String
    var subject: String
    var predicate: String
    var value: Double?
    var modality: Claim.Modality
    var speaker: String?
    var testDescription: String { "\(rule): \(marked)" }
}

let extractionCases: [ExtractionCase] = [
    .init(marked: "A key issue is the cost of the 1️⃣28,500 U.S. troops stationed in South Korea2️⃣, a legacy of the war.",
          rule: "forces-stationed-count", subject: "US troops in South Korea", predicate: "count", value: 28_500,
          modality: .asserted, speaker: "Test Wire"),
    .init(marked: "The clarification answers a Wall Street Journal article alleging that 1️⃣Washington is considering withdrawing approximately 4,500 of the 28,500 US troops currently stationed in South Korea2️⃣.",
          rule: "forces-withdrawal", subject: "US troops in South Korea", predicate: "withdrawal", value: 4_500,
          modality: .reported, speaker: "Wall Street Journal"),
    .init(marked: "South Korea's defense ministry on Friday firmly denied reports that 1️⃣the United States is planning to scale back its military presence2️⃣ in the country.",
          rule: "forces-withdrawal", subject: "US troops", predicate: "withdrawal", value: nil,
          modality: .denied, speaker: "South Korea's defense ministry"),
    .init(marked: "US Defense Department chief spokesperson Sean Parnell echoed that stance on X, writing: \"Reports that the DoD will 1️⃣reduce US troops in the Republic of Korea2️⃣ are not true.\"",
          rule: "forces-withdrawal", subject: "US troops in South Korea", predicate: "withdrawal", value: nil,
          modality: .denied, speaker: "US Defense Department chief spokesperson Sean Parnell"),
    .init(marked: "1️⃣Germany said it would withdraw 3,000 troops from Lithuania2️⃣ by 2027.",
          rule: "forces-withdrawal", subject: "German troops in Lithuania", predicate: "withdrawal", value: 3_000,
          modality: .reported, speaker: "Germany"),
    .init(marked: "1️⃣South Korea currently spends over $1 billion annually2️⃣, but Trump wants more.",
          rule: "annual-spending", subject: "South Korea", predicate: "annual spending", value: 1e9,
          modality: .asserted, speaker: "Test Wire"),
    .init(marked: "Although Seoul and Washington 1️⃣signed a five-year cost-sharing agreement2️⃣ last year, the issue is back.",
          rule: "agreement-signed", subject: "defense cost-sharing agreement", predicate: "signed", value: 5,
          modality: .asserted, speaker: "Test Wire"),
    .init(marked: "1️⃣Roughly 44.39 million citizens are eligible to vote2️⃣.",
          rule: "eligible-voters", subject: "eligible voters", predicate: "count", value: 44_390_000,
          modality: .asserted, speaker: "Test Wire"),
    .init(marked: "Front-running candidate 1️⃣Lee Jae-myung of the Democratic Party currently holds a narrowing lead in the polls, with 45%2️⃣ support.",
          rule: "poll-standing", subject: "Lee Jae-myung", predicate: "poll support", value: 45,
          modality: .asserted, speaker: "Test Wire"),
]

@Test(arguments: extractionCases)
func sentenceYieldsClaim(_ c: ExtractionCase) throws {
    let (text, span) = markedSpan(c.marked)
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule == c.rule }
    let claim = try #require(claims.first { $0.start == span.lowerBound && $0.end == span.upperBound },
                             "claims found: \(claims.map { "\($0.start)..<\($0.end) \($0.text)" })")
    #expect(claim.topic.subject == c.subject)
    #expect(claim.topic.predicate == c.predicate)
    #expect(claim.value?.value == c.value)
    #expect(claim.modality == c.modality)
    #expect(claim.attribution.speaker == c.speaker)
    #expect(claim.text == String(decoding: Array(text.utf8)[span], as: UTF8.self))
    #expect(claim.date == "2025-06-01")
}

@Test(arguments: [
    "The Al Mayadeen correspondent said the fifth round of talks ended after three and a half hours.",
    "Boeing reaches deal with DoJ to avoid prosecution over 737 Max crashes",
    "Turkish prosecutors issued arrest warrants for 63 active-duty military personnel over the 2016 coup attempt.",
    "The stadium in Seoul holds about 28,500 seats.",
])
func sentenceYieldsNoTopicClaim(_ text: String) {
    // No topic rule knows these kinds of claim; the general frames may take them.
    #expect(Repository.extractor.claims(in: document(text)).filter { !$0.rule.hasPrefix("frame.") }.isEmpty)
}

@Test func definiteDescriptionResolvesToEarlierSpeaker() throws {
    let text = """
        South Korea's defense ministry denied the report. "There have been no discussions whatsoever" with Washington regarding any troop withdrawal, the ministry stated.
        """
    let claims = Repository.extractor.claims(in: document(text))
    let claim = try #require(claims.first { $0.text == "troop withdrawal" })
    #expect(claim.attribution.speaker == "South Korea's defense ministry")
    #expect(claim.attribution.via == "Test Wire")
    #expect(claim.modality == .denied)
    #expect(claim.polarity == .negative)
}

@Test func claimIDsDependOnlyOnContent() {
    let text = "The 28,500 U.S. troops stationed in South Korea stay."
    let a = Repository.extractor.claims(in: document(text))
    let b = Repository.extractor.claims(in: document(text))
    #expect(!a.isEmpty)
    #expect(a.map(\.id) == b.map(\.id))
    let moved = Repository.extractor.claims(in: document("Today. " + text))
    #expect(Set(moved.map(\.id)).isDisjoint(with: a.map(\.id)))
}

@Test func deniedReportsPointBackToTheLatestReportedClaim() throws {
    let text = """
        Reuters reported that Britain plans to withdraw 500 troops from Estonia. The talks went on. Estonia's defence ministry denied the report.
        """
    let claims = Repository.extractor.claims(in: document(text))
    let denial = try #require(claims.first { $0.rule == ClaimExtractor.denialOfReportRule })
    #expect(denial.topic.subject == "British troops in Estonia")  // Britain, the agent of "plans to withdraw"
    #expect(denial.topic.predicate == "withdrawal")
    #expect(denial.modality == .denied)
    #expect(denial.attribution.speaker == "Estonia's defence ministry")
    #expect(denial.text == "the report")
}

/// "cannot confirm or deny the report" takes no side: no denial of the report.
@Test func neitherConfirmingNorDenyingAReportDeniesNothing() {
    let text = """
        Reuters reported that Britain plans to withdraw 500 troops from Estonia. The defence ministry said it cannot confirm or deny the report.
        """
    let claims = Repository.extractor.claims(in: document(text))
    #expect(!claims.contains { $0.rule == ClaimExtractor.denialOfReportRule })
    #expect(!claims.contains { $0.modality == .denied })
}

@Test func aDenialTooFarFromTheReportPointsNowhere() {
    let text = """
        Reuters reported that Britain plans to withdraw 500 troops from Estonia. One. Two. Three. Four. The ministry denied the report.
        """
    #expect(!Repository.extractor.claims(in: document(text)).contains { $0.rule == ClaimExtractor.denialOfReportRule })
}

@Test func suchReportsPointBackToAnEarlierDenialToo() throws {
    let text = """
        Seoul denied that Washington plans to cut 4,500 troops. The Pentagon's spokesperson said such reports are not true.
        """
    let claims = Repository.extractor.claims(in: document(text))
    let second = try #require(claims.first { $0.rule == ClaimExtractor.denialOfReportRule })
    #expect(second.text == "such reports")
    #expect(second.topic == claims.first { $0.rule == "forces-withdrawal" }?.topic)
    #expect(second.attribution.speaker == "Pentagon's spokesperson")
}

/// Laughing off, brushing off or scoffing at a claim denies it, as "dismissed" does, and whoever
/// does it is the speaker.
@Test(arguments: [
    "Valdor laughed off claims that Kestria had signed a truce with the rebels.",
    "Valdor brushed off claims that Kestria had signed a truce with the rebels.",
    "Valdor scoffed at claims that Kestria had signed a truce with the rebels.",
    "Valdor shrugged off reports that Kestria had signed a truce with the rebels.",
])
func laughingOffAClaimDeniesIt(_ text: String) throws {
    let claims = Repository.extractor.claims(in: document(text))
    let truce = try #require(claims.first { $0.text.contains("signed") }, "\(claims.map(\.text))")
    #expect(truce.modality == .denied)
    #expect(truce.polarity == .negative)
    #expect(truce.attribution.speaker == "Valdor")
}
