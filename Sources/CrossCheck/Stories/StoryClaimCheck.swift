import Foundation

/// Checks each story's central claim against every document of the story: who says it, who
/// denies it, who only reports it.
///
/// Reads: each document's headline and opening sentences (its candidate claims, kept while
/// documents stream past), the run's stories, and the documents again, one at a time.
/// Adds: per story of two or more documents, its central claim — the opening sentence that
/// the most other documents of the story open with in other words (the content words it shares
/// with their openings, per square root of its own content words), passing over questions,
/// lines ending in a colon, embedded social posts and sentences that themselves deny, doubt, hedge or retract
/// ("has pulled out of the film"). Those still vote:
/// a debunk that opens "Reports that X are a hoax" says what the story's claim is, though it
/// cannot be the claim itself. Per document, a claim of rule `story-claim` with that claim as its
/// topic and the document's stance toward it (`StanceChecker`): for → asserted (reported when
/// the document debunks — a hoax word in a sentence about the claim, or two anywhere: a debunk
/// restates the claim it debunks; reported too when its evidence shares only names with the
/// claim), against →
/// denied, observing → reported (denied when a denial cue stands in a sentence about the
/// claim); a for or against of probability below one half → reported; an unrelated document
/// gives none. A fact-check page that rates the claim ("Claim: X" then "FALSE":
/// `FactCheckRating`) takes the side of its rating. The compare stage then
/// groups these by topic like any other claims: a story whose documents are for and against
/// gives a contradiction.
public struct StoryClaimCheck: Sendable {
    public static let rule = "story-claim"
    public static let predicate = "story claim"

    let checker: StanceChecker
    let splitter: SentenceSplitter
    let stopWords: Set<String>
    let lemmas = SuffixLemmas()
    let refusals: CompiledLexicons
    let ratings: FactCheckRating.Reader

    /// Cue lexicons whose words make a sentence unfit to be the story's claim: it denies,
    /// doubts, hedges or negates ("not aware of Banksy being arrested"), or tells how the claim
    /// was undone ("has pulled out of the film": `story-retraction-cues`).
    static let refusalLexicons = ["denial-cues", "hedge-cues", "check-refuting-cues", "check-doubt-cues", "check-hedge-cues",
                                  "check-negation-cues", "negation-cues", "story-retraction-cues"]

    /// How many of a story's documents choose its central claim.
    static let voters = 48

    /// How many opening sentences of a body are candidates; their length in words.
    static let openingSentences = 4
    static let words = 6...45

    public init(rules: RuleSet) {
        checker = StanceChecker(rules: rules)
        ratings = FactCheckRating.Reader(lexicons: rules.lexicons)
        splitter = SentenceSplitter(lexicons: rules.lexicons)
        stopWords = Set((rules.lexicons["stop-words-en"]?.allForms ?? []).map { Tokenizer.matchKey($0) })
        refusals = CompiledLexicons(rules.lexicons.filter {
            Self.refusalLexicons.contains($0.key)
        })
    }

    /// A document's openings: its headline and first sentences, of a claim's length. All of them
    /// vote for the story's central claim; those that `fits` may be chosen.
    public func candidates(of document: Document) -> [String] {
        var out: [String] = []
        if let title = document.title, hasClaimLength(title) { out.append(title) }
        let bytes = Array(document.body.utf8)
        for range in splitter.sentenceRanges(in: document.body).prefix(Self.openingSentences) {
            let sentence = String(decoding: bytes[range], as: UTF8.self)
            if hasClaimLength(sentence) { out.append(sentence) }
        }
        return out
    }

    func hasClaimLength(_ sentence: String) -> Bool {
        Self.words.contains(Tokenizer.tokens(in: sentence).filter(\.isWord).count)
    }

    /// Whether an opening may be the story's claim: a statement of a claim's length that neither
    /// denies, doubts nor hedges.
    func fits(_ sentence: String) -> Bool {
        let tokens = Tokenizer.tokens(in: sentence)
        let words = tokens.filter(\.isWord).count
        // A question, or a line that introduces what follows ("Here's the illustration everyone
        // is sharing:"), states nothing to check.
        guard Self.words.contains(words), tokens.last?.key != "?", tokens.last?.key != ":", !Self.quotesAPost(sentence) else { return false }
        return !Self.refusalLexicons.contains {
            refusals.find($0, in: tokens) != nil
        }
    }

    /// Whether a sentence is an embedded social post or its credit line: it holds a hashtag
    /// ("#MacklemoreJoinedISIS") or a handle ("(@FoxNewsPress)"), or opens with a dash
    /// ("— Fox News Press Team (@FoxNewsPress) January 12, 2015"). The outlet quotes the post;
    /// it is not what the story says happened.
    static func quotesAPost(_ sentence: String) -> Bool {
        let s = sentence.drop { $0.isWhitespace }
        if let first = s.first, first == "—" || first == "–" { return true }
        var previous: Character = " "
        for c in s {
            if (previous == "#" || previous == "@"), c.isLetter || c == "_" { return true }
            previous = (c == "#" || c == "@") && (previous.isWhitespace || previous == "(") ? c : (c.isWhitespace || c == "(" ? " " : "x")
        }
        return false
    }

    func contentWords(_ sentence: String) -> Set<String> {
        Set(Tokenizer.tokens(in: sentence).filter { $0.isWord && !$0.hasDigit && !stopWords.contains($0.key) && $0.key.utf8.count > 2 }
            .map { lemmas.lemma(of: $0.key) })
    }

    /// The central claim of each story of two or more documents.
    public func centralClaims(candidates: [String: [String]], stories: StoryAssignment) -> [String: String] {
        var out: [String: String] = [:]
        for story in stories.stories {
            if let claim = centralClaim(of: story, candidates: { candidates[$0] ?? [] }) { out[story.id] = claim }
        }
        return out
    }

    /// The documents of a story that choose its central claim: a large story votes with its
    /// first documents only (the choice costs the square of the voters, so it is bounded by
    /// `voters`; the claim is still checked against all). None for a story of one document.
    public func voters(of story: Story) -> [String] {
        story.documents.count >= 2 ? Array(story.documents.sorted().prefix(Self.voters)) : []
    }

    /// The central claim of one story, from its voters' candidates; nil when it has none.
    public func centralClaim(of story: Story, candidates: (String) throws -> [String]) rethrows -> String? {
        let members = voters(of: story)
        guard !members.isEmpty else { return nil }
        let sets = try members.map { id in try candidates(id).map { ($0, contentWords($0)) } }
        var best: (score: Double, text: String)?
        for (d, own) in sets.enumerated() {
            for (text, words) in own where !words.isEmpty && fits(text) {
                var score = 0.0
                for (o, other) in sets.enumerated() where o != d {
                    score += other.map { Double($0.1.intersection(words).count) }.max() ?? 0
                }
                // Per square root of its own words: a sentence that says more of what the others
                // say wins over a short one made of the story's commonest words ("It's finally
                // pumpkin spice season!").
                score /= Double(words.count).squareRoot()
                if best == nil || score > best!.score || (score == best!.score && text < best!.text) { best = (score, text) }
            }
        }
        if let best, best.score > 0 { return best.text }
        return nil
    }

    /// How many refuting cues anywhere in a document make it a debunk.
    static let debunkCues = 2

    /// Whether a document debunks: a refuting cue (`check-refuting-cues`) inside a sentence about
    /// the claim, or `debunkCues` of them anywhere.
    static func debunks(_ features: StanceFeatures) -> Bool {
        let count = features.values[StanceFeatures.documentIndex(.refuting)]  // log(1 + n)
        return features.values[StanceFeatures.nearIndex(.refuting)] > 0 || count >= log(1 + Double(debunkCues)) - 1e-9
    }

    /// The least probability of "for" or "against" that takes a side: below it, the stance
    /// does not outweigh the other two together, and the document only reports the claim.
    static let sideProbability = 0.5

    /// How much of the claim a sentence holds for its denial cue (`denial-cues`: "denied",
    /// "dismissed", "untrue") to deny the claim in a document read as only reporting it.
    static let denialAlignment = 0.2

    /// Whether a denial cue stands in a sentence about the claim, in a clause about it.
    static func deniesNear(_ features: StanceFeatures) -> Bool {
        features.values[StanceFeatures.nearIndex(.denial)] >= denialAlignment
    }

    /// The modality a fact-check rating gives: false → denied, true → asserted, otherwise reported.
    /// A fact-check page that rates the story's claim ("Claim: X" / "FALSE") takes the side its
    /// rating says, whatever its sentences' cues read.
    static func modality(rating: Stance) -> Claim.Modality {
        rating == .against ? .denied : rating == .for ? .asserted : .reported
    }

    /// The modality of a document's stance toward the story's claim.
    func modality(of result: StanceResult) -> Claim.Modality {
        switch result.stance {
        // A document that debunks — it calls the claim a hoax, a fake or false in a sentence
        // about it, or calls things so at least `debunkCues` times — reports the story's claim
        // when it restates it; it does not vouch for it. One stray "wrong" or "joke" elsewhere
        // makes no debunk.
        case .for where Self.debunks(result.features): return .reported
        // A "for" read from sentences that share only names with the claim ("Casey Dean and
        // Eduard Nitz wish a happy birthday to the burger they bought" against "Casey Dean and
        // Eduard Nitz stopped off at McDonald's to pick up burgers") tells whom the document is
        // about, not that it says what the claim says happened: it only reports the claim.
        case .for where !result.evidenceStatesWhatHappened: return .reported
        // A side is taken only when the checker is sure of it: a stance that does not outweigh
        // the other two together (probability below `sideProbability`) only reports the claim.
        case .for where result.score < Self.sideProbability, .against where result.score < Self.sideProbability:
            return .reported
        case .for: return .asserted
        case .against: return .denied
        // A document that reports the claim but denies it in a sentence about it ("the ministry
        // denied that ...") denies it.
        case .observing where Self.deniesNear(result.features): return .denied
        case .observing, .unrelated: return .reported
        }
    }

    /// The rating of a fact-check page whose rated claim is the story's claim: its rated line
    /// holds at least as much of the claim as an evidence sentence must.
    func rating(of document: Document, central: String) -> FactCheckRating? {
        guard let rating = ratings.rating(of: document) else { return nil }
        let aligned = checker.check(claim: central, text: rating.claim).features.values[StanceFeatures.alignIndex]
        return aligned >= StanceChecker.minimumEvidence ? rating : nil
    }

    /// The document's stance toward its story's central claim, as a claim.
    public func claim(for document: Document, central: String) -> Claim? {
        let result = checker.check(claim: central, in: document)
        let rating = rating(of: document, central: central)
        guard result.stance != .unrelated || rating != nil else { return nil }
        let modality = rating.map { Self.modality(rating: $0.stance) } ?? modality(of: result)
        let evidence = result.evidence.first
        let start = evidence?.start ?? 0, end = evidence?.end ?? 0
        let field: Claim.Field = (evidence?.sentence ?? 0) < 0 ? .title : .body
        let speaker = result.speaker ?? document.publisher
        let thirdParty = result.speaker != nil && result.speaker?.lowercased() != document.publisher?.lowercased()
        return Claim(
            id: StableID.make("c", [document.id, field.rawValue, String(start), String(end), Self.rule, central]),
            document: document.id, sentence: evidence?.sentence ?? 0, start: start, end: end, rule: Self.rule,
            topic: Topic(subject: central, predicate: Self.predicate), value: nil,
            polarity: modality == .denied ? .negative : .positive, modality: modality,
            attribution: Attribution(speaker: speaker, via: thirdParty ? document.publisher : nil),
            date: document.publishedDay, text: evidence?.text ?? "", sentenceText: evidence?.text ?? "",
            sentenceStart: start, source: document.publisher, field: field)
    }
}
