import CrossCheck
import CrossCheckHTML

/// A small report in the shape of the seed story (US troops in South Korea), plus a hostile
/// document whose text is full of markup, ampersands, quotes and non-ASCII before its claims.
/// Offsets are computed from the text, as UTF-8 byte offsets, the way the pipeline produces them.
enum SampleReport {
    static let almayadeen = Document(
        id: "almayadeen-2025-05-23", path: "corpus/almayadeen-2025-05-23-us-skorea-troops.txt",
        title: "US and S. Korea dismiss report of troop reduction, reaffirm alliance",
        publisher: "Al Mayadeen English", author: "Al Mayadeen English", published: "2025-05-23T18:38:00",
        body: """
        South Korea's defense ministry on Friday firmly denied reports that the United States is planning to scale back its military presence in the country. The clarification comes in response to a Wall Street Journal article alleging that Washington is considering withdrawing approximately 4,500 of the 28,500 US troops currently stationed in South Korea.

        "There have been no discussions whatsoever" with Washington regarding any troop withdrawal, the ministry stated.

        Roughly 44.39 million citizens are eligible to vote.
        """,
        dropped: [
            DroppedBlock(text: "BREAKING Kremlin says no agreements yet on next platform", reason: "ticker: BREAKING"),
            DroppedBlock(text: "Most Read", reason: "heading of a link list"),
        ])

    static let devdiscourse = Document(
        id: "devdiscourse-2025-08-23", path: "corpus/devdiscourse-2025-08-23-us-skorea-alliance.txt",
        title: "Tensions in the Peninsula: U.S.-South Korea Alliance at Crossroads",
        publisher: "Devdiscourse", author: "Devdiscourse News Desk", published: "2025-08-23T06:18:00+05:30",
        body: """
        A key issue for the talks will be Trump's demand for South Korea to increase its financial contributions for the 28,500 U.S. troops stationed in South Korea, a legacy of the Korean War. South Korea currently spends over $1 billion annually, but Trump has expressed a desire for this to rise significantly.
        """)

    /// Id with a slash, a space and a question mark: must be sanitized for its file name.
    static let hostile = Document(
        id: "news/Tom & Jerry?.html", path: "corpus/<script>alert(1)</script>.html",
        title: "<script>alert(1)</script> Tom & Jerry \"quoted\"", publisher: "Tom & Jerry's <b>Gazette</b>",
        body: """
        <script>alert(1)</script> Tom & Jerry said "hello" & 'bye'.

        “Quoted” café owners in Montréal said 4,500 troops left, and 12 more left later.
        """,
        dropped: [DroppedBlock(text: "<img src=x onerror=alert(2)>", reason: "menu & \"footer\"")])

    static let troops = Topic(subject: "US troops in South Korea", predicate: "count")
    static let withdrawal = Topic(subject: "US troops in South Korea", predicate: "withdrawal")
    static let hostileTopic = Topic(subject: "Tom & \"Jerry\" <i>", predicate: "count")

    static let claims: [Claim] = [
        claim("c1", almayadeen, sentence: "The clarification comes", span: "28,500 US troops", topic: troops,
              value: ClaimValue(value: 28_500, low: 28_450, high: 28_550, unit: "troops", text: "28,500"),
              modality: .asserted, speaker: nil, via: "Al Mayadeen English", date: "2025-05-23"),
        claim("c2", devdiscourse, sentence: "A key issue", span: "28,500 U.S. troops", topic: troops,
              value: ClaimValue(value: 28_500, low: 28_450, high: 28_550, unit: "troops", text: "28,500"),
              modality: .asserted, speaker: nil, via: "Devdiscourse", date: "2025-08-23"),
        claim("c3", almayadeen, sentence: "The clarification comes",
              span: "Washington is considering withdrawing approximately 4,500", topic: withdrawal,
              value: ClaimValue(value: 4_500, low: 4_275, high: 4_725, unit: "troops", text: "approximately 4,500"),
              modality: .speculative, speaker: "the Wall Street Journal", via: "Al Mayadeen English", date: "2025-05-23"),
        claim("c4", almayadeen, sentence: "\"There have been", span: "There have been no discussions whatsoever",
              topic: withdrawal, value: nil, modality: .denied, polarity: .negative,
              speaker: "South Korea's defense ministry", via: "Al Mayadeen English", date: "2025-05-23"),
        claim("c5", devdiscourse, sentence: "South Korea currently", span: "over $1 billion annually",
              topic: Topic(subject: "South Korea", predicate: "annual spending on US troops"),
              value: ClaimValue(value: 1e9, low: 1e9, high: .infinity, unit: "USD", text: "over $1 billion"),
              modality: .asserted, speaker: nil, via: "Devdiscourse", date: "2025-08-23"),
        claim("c6", almayadeen, sentence: "Roughly 44.39", span: "44.39 million citizens",
              topic: Topic(subject: "South Korea", predicate: "eligible voters"),
              value: ClaimValue(value: 44_390_000, low: 44_385_000, high: 44_395_000, unit: "voters", text: "Roughly 44.39 million"),
              modality: .asserted, speaker: nil, via: "Al Mayadeen English", date: "2025-05-23"),
        // Overlaps c3: the same words read by a second rule.
        claim("c7", almayadeen, sentence: "The clarification comes", span: "approximately 4,500 of the 28,500", topic: withdrawal,
              value: ClaimValue(value: 4_500, low: 4_275, high: 4_725, unit: "troops", text: "approximately 4,500"),
              modality: .reported, speaker: "the Wall Street Journal", via: "Al Mayadeen English", date: "2025-05-23"),
        claim("h1", hostile, sentence: "<script>", span: "<script>alert(1)</script> Tom & Jerry", topic: hostileTopic,
              value: nil, modality: .asserted, speaker: "Tom & \"Jerry\"", via: "<b>Gazette</b>", date: nil,
              rule: "rule-<x>&\"y\""),
        claim("h2", hostile, sentence: "“Quoted”", span: "4,500 troops", topic: hostileTopic,
              value: ClaimValue(value: 4_500, low: 4_500, high: 4_500, unit: "troops", text: "4,500"),
              modality: .asserted, speaker: nil, via: nil, date: nil, rule: "count-é"),
    ]

    static let findings: [Finding] = [
        Finding(id: "F-agree", kind: .agreement, story: "s-korea", topic: troops, claims: ["c1", "c2"], sources: 2,
                explanation: "Both outlets put US troops in South Korea at 28,500 (May and August)."),
        Finding(id: "F-contra", kind: .contradiction, story: "s-korea", topic: withdrawal, claims: ["c3", "c7", "c4", "missing-claim"], sources: 1,
                explanation: "The WSJ (via Al Mayadeen) reports a withdrawal of ~4,500 troops under consideration; the ministry says \"no discussions whatsoever\"."),
        Finding(id: "F-single", kind: .singleSource, story: "s-korea", topic: Topic(subject: "South Korea", predicate: "annual spending on US troops"),
                claims: ["c5"], sources: 1, explanation: "Only Devdiscourse reports this figure."),
        Finding(id: "F-hostile", kind: .discrepancy, story: "s-hostile", topic: hostileTopic, claims: ["h1", "h2"], sources: 1,
                explanation: "<script>alert(3)</script> & \"quotes\" in an explanation."),
    ]

    /// Two stories: the seeds, and the hostile page, whose label must be escaped.
    static let stories: [Story] = [
        Story(id: "s-korea", label: "South Korea, US troops, Pentagon", documents: ["almayadeen-2025-05-23", "devdiscourse-2025-08-23"]),
        Story(id: "s-hostile", label: "Tom & \"Jerry\" <i>, </h3><script>alert(4)</script>", documents: ["news/Tom & Jerry?.html"]),
    ]

    static let skipped = [SkippedInput(path: "corpus/broken <1>.warc", reason: "truncated WARC record & bad header")]

    static var input: ReportInput {
        ReportInput(documents: [almayadeen, devdiscourse, hostile], claims: claims, findings: findings,
                    skipped: skipped, stories: stories, title: "crosscheck report")
    }

    /// A claim whose sentence starts at the first occurrence of `sentence` in the body (and runs to
    /// the next full stop and space, or the paragraph end) and whose span is `span` inside it.
    static func claim(
        _ id: String, _ document: Document, sentence: String, span: String, topic: Topic, value: ClaimValue?,
        modality: Claim.Modality, polarity: Claim.Polarity = .positive, speaker: String?, via: String?,
        date: String?, rule: String = "sample-rule"
    ) -> Claim {
        let body = Array(document.body.utf8)
        let sentenceStart = offset(of: sentence, in: body)
        let sentenceEnd = sentenceEnd(in: body, from: sentenceStart)
        let sentenceText = String(decoding: body[sentenceStart..<sentenceEnd], as: UTF8.self)
        let start = offset(of: span, in: body, from: sentenceStart)
        return Claim(
            id: id, document: document.id, sentence: 0, start: start, end: start + span.utf8.count, rule: rule,
            topic: topic, value: value, polarity: polarity, modality: modality,
            attribution: Attribution(speaker: speaker, via: via), date: date, text: span,
            sentenceText: sentenceText, sentenceStart: sentenceStart, source: document.publisher)
    }

    static func offset(of needle: String, in haystack: [UInt8], from: Int = 0) -> Int {
        let n = Array(needle.utf8)
        var i = from
        while i + n.count <= haystack.count {
            if Array(haystack[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        fatalError("fixture text not found: \(needle)")
    }

    private static func sentenceEnd(in body: [UInt8], from start: Int) -> Int {
        var i = start
        while i < body.count {
            if body[i] == 0x0A { return i }
            if body[i] == UInt8(ascii: "."), i + 1 == body.count { return i + 1 }
            // ". " before a capital ends a sentence; "U.S. troops" does not.
            if body[i] == UInt8(ascii: "."), i + 2 < body.count, body[i + 1] == 0x20,
               (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(body[i + 2]) { return i + 1 }
            i += 1
        }
        return body.count
    }
}
