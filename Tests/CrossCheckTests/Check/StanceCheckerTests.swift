import Testing
@testable import CrossCheck

/// The stance of invented headlines and articles toward invented claims.
@Suite("StanceChecker")
struct StanceCheckerTests {
    static let checker = StanceChecker(rules: Repository.rules)
    let claim = "The Riverton council approved new water rates"

    func check(_ text: String, claim: String? = nil) -> StanceResult {
        Self.checker.check(claim: claim ?? self.claim, text: text)
    }

    @Test func aPlainStatementIsFor() {
        let r = check("Riverton council approves new water rates after long debate")
        #expect(r.stance == .for)
        #expect(r.evidence.count == 1)
    }

    @Test func aRefutingWordIsAgainst() {
        let r = check("Riverton council water rates story is a hoax")
        #expect(r.stance == .against)
        #expect(r.cue?.kind == .refuting)
        #expect(r.cue?.text == "hoax")
    }

    @Test func aDenialVerbIsAgainst() {
        let r = check("Riverton council denies approving new water rates")
        #expect(r.stance == .against)
        #expect(r.cue?.kind == .denial)
        #expect(r.cue?.text == "denies")
    }

    @Test func aHedgeIsObserving() {
        let r = check("Riverton council reportedly approved new water rates")
        #expect(r.stance == .observing)
        #expect(r.cue?.kind == .hedge)
        #expect(r.cue?.text == "reportedly")
    }

    @Test func aQuestionIsObserving() {
        let r = check("Did the Riverton council approve new water rates?")
        #expect(r.stance == .observing)
        #expect(r.cue?.kind == .question)
    }

    @Test func anotherSubjectIsUnrelated() {
        let r = check("Heavy snow closes mountain roads in the north")
        #expect(r.stance == .unrelated)
        #expect(r.evidence.isEmpty)
        #expect(r.cue == nil)
    }

    @Test func aDenialInAClauseAboutSomethingElseDoesNotCount() {
        let text = "The mayor denied a separate report about bus fares, but the Riverton council approved the new water rates."
        let r = check(text)
        #expect(r.stance == .for)
        #expect(r.features["denial"] == 0)
        let alignment = Self.checker.alignments(Self.checker.prepare(claim: claim), in: Self.checker.prepare(text: text))
        let denial = alignment.flatMap(\.cues).first { $0.cue.kind == .denial }
        #expect(denial?.cue.text == "denied")
        #expect(denial?.inScope == false)
    }

    @Test func aDenialOfTheClaimInTheSameSentenceCounts() {
        let text = "The mayor denied that the Riverton council approved new water rates, calling the report false."
        let r = check(text)
        #expect(r.stance == .against)
        #expect(r.features["denial"] == 1)
    }

    @Test func reportsThatARefutationGovernsAreNotAHedge() {
        let r = check("Reports that the Riverton council approved new water rates are a hoax, a spokesperson said.")
        #expect(r.stance == .against)
        #expect(r.cue?.kind == .refuting)
        #expect(r.features["hedge"] == 0)
    }

    @Test func figuresAgreeWhenTheirIntervalsOverlap() {
        let claim = "About 4,500 troops will leave the northern base"
        let profile = Self.checker.prepare(claim: claim)
        let near = Self.checker.alignments(profile, in: Self.checker.prepare(text: "Officials said 4,600 troops will leave the northern base."))
        #expect(near[0].figuresAgreeing == ["About 4,500"])
        #expect(near[0].figuresConflicting.isEmpty)
        let far = Self.checker.alignments(profile, in: Self.checker.prepare(text: "Officials said 9,000 troops will leave the northern base."))
        #expect(far[0].figuresAgreeing.isEmpty)
        #expect(far[0].figuresConflicting == ["About 4,500"])
        #expect(far[0].score < near[0].score)
        #expect(Self.checker.check(claim: claim, text: "Officials said 9,000 troops will leave the northern base.").features["numbers-conflict"] == 1)
    }

    @Test func anArticleGivesEvidenceAsByteRangesAndTheSpeaker() {
        let body = """
            Water bills were the talk of Riverton this week.

            “Rates go up in July,” a résumé-waving resident shouted at the meeting.

            The Riverton council approved new water rates on Monday, Mayor Ana Ruiz said.

            Dozens of residents attended.
            """
        let document = Document(id: "riverton-1", path: "r.txt", title: "Council vote", body: body)
        let r = Self.checker.check(claim: claim, in: document)
        #expect(r.stance == .for)
        let best = try! #require(r.evidence.first { $0.text.hasPrefix("The Riverton council approved") })
        let bytes = Array(body.utf8)
        #expect(String(decoding: bytes[best.start..<best.end], as: UTF8.self) == best.text)
        #expect(r.speaker == "Mayor Ana Ruiz")
    }

    @Test func theSpeakerOfADenial() {
        let r = check("The defense ministry denied that about 4,500 troops will leave the northern base.",
                      claim: "About 4,500 troops will leave the northern base")
        #expect(r.stance == .against)
        #expect(r.speaker == "The defense ministry")
    }

    @Test func aNegatedClaimAgreesWithANegation() {
        let r = check("Riverton council has not approved new water rates, officials say",
                      claim: "The Riverton council has not approved new water rates")
        #expect(r.stance != .against)
    }

    @Test func batchesAreSortedAndDeterministic() {
        let documents = [Document(id: "b", path: "b", body: "Riverton council approves new water rates."),
                         Document(id: "a", path: "a", body: "Riverton council water rate story is fake, officials say.")]
        let claims = ["The Riverton council approved new water rates", "A bridge collapsed in Riverton"]
        let first = Self.checker.check(claims: claims, in: documents)
        #expect(first == Self.checker.check(claims: claims, in: documents))
        #expect(first.map { "\($0.claim.prefix(6))/\($0.document)" } == ["A brid/a", "A brid/b", "The Ri/a", "The Ri/b"])
        #expect(first[2].stance == .against)
        #expect(first[3].stance == .for)
    }

    @Test func theLemmaSourceIsPluggable() {
        struct Synonyms: LemmaSource {
            func lemma(of key: String) -> String { SuffixLemmas().lemma(of: key == "quit" ? "leave" : key) }
        }
        let plain = StanceChecker(rules: Repository.rules)
        let custom = StanceChecker(rules: Repository.rules, lemmas: Synonyms())
        let claim = "Engineers will leave the northern base"
        let text = "Engineers quit the northern base"
        let a = plain.alignments(plain.prepare(claim: claim), in: plain.prepare(text: text))[0]
        let b = custom.alignments(custom.prepare(claim: claim), in: custom.prepare(text: text))[0]
        #expect(!a.matched.contains("leave"))
        #expect(b.matched.contains("leave"))
    }

    @Test func suffixLemmasMeetAcrossForms() {
        let l = SuffixLemmas()
        #expect(Set(["arrest", "arrested", "arrests", "arresting"].map(l.lemma(of:))) == ["arrest"])
        #expect(l.lemma(of: "stories") == l.lemma(of: "story"))
        #expect(l.lemma(of: "watches") == l.lemma(of: "watch"))
        #expect(l.lemma(of: "leaving") == l.lemma(of: "leave"))
        #expect(l.lemma(of: "stopped") == l.lemma(of: "stop"))
        #expect(l.lemma(of: "bus") == "bus")
    }
}

@Suite("StancePairs")
struct StancePairsTests {
    @Test func aBadLineIsReportedWithItsNumberAndTheRestIsRead() {
        let input = """
            {"id": "1", "claim": "A claim", "text": "A text"}
            this is not json
            {"id": "3", "text": "no claim here"}
            {"id": 4, "claim": "A claim", "path": "article.txt"}

            {"id": "6", "claim": "A claim", "html": "<p>x</p>"}
            {"id": "7", "claim": "A claim"}
            """
        let (pairs, diagnostics) = StancePairs.parse(input, path: "pairs.jsonl")
        #expect(pairs.map(\.id) == ["1", "4", "6"])
        #expect(pairs[1].content == .path("article.txt"))
        #expect(pairs[2].line == 6)
        #expect(diagnostics.map(\.description) == [
            "pairs.jsonl:2: error: [bad-pair] not a JSON object",
            "pairs.jsonl:3: error: [bad-pair] pair '3' has no \"claim\"",
            "pairs.jsonl:7: error: [bad-pair] pair '7' has none of \"text\", \"html\", \"path\"",
        ])
    }
}
