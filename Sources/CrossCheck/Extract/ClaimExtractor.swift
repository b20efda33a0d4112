/// The extract stage: finds claims in a document with the claim rules and the general frames.
///
/// Reads: a `Document` (its body, publisher and publication day) and a `RuleSet`.
/// Adds: `Claim`s — for the headline and each sentence of the body (from `SentenceSplitter`):
/// the quantities in it (from `QuantityExtractor`), its linguistic layer (`LinguisticAnalyzer`:
/// lemmas, word classes, clauses, noun phrases, entities, negation scopes), every topic rule
/// pattern that matches, the topic built from the pattern's slots, the value, the stance
/// (`StanceDetector`, within the negation scope that governs the claim) and the speaker
/// (`AttributionFinder`); then the general frames for what no topic rule took — each amount
/// (`QuantityFrameBuilder`, rule `frame.quantity`) and each clause that reports an event
/// (`EventFrameBuilder`, rule `frame.event`); and denials of "the report" of an earlier sentence.
public struct ClaimExtractor: Sendable {
    public let rules: RuleSet
    public let lexicons: CompiledLexicons
    public let splitter: SentenceSplitter
    public let quantityExtractor: QuantityExtractor
    let stance: StanceDetector
    public let analyzer: LinguisticAnalyzer
    let dates: PublicationDateParser
    /// Whether the general frames run (topic rules always do).
    public var frames: Bool
    /// Steps each pattern may take on one sentence (see `PatternMatcher`).
    public var stepBudget = PatternMatcher.defaultStepBudget

    public init(rules: RuleSet, frames: Bool = true) {
        self.rules = rules
        self.lexicons = CompiledLexicons(rules.lexicons)
        self.splitter = SentenceSplitter(lexicons: rules.lexicons)
        self.quantityExtractor = QuantityExtractor(lexicons: rules.lexicons)
        self.stance = StanceDetector(lexicons: lexicons)
        self.analyzer = LinguisticAnalyzer(knowledge: LanguageKnowledge(lexicons: rules.lexicons, compiled: lexicons, words: rules.words))
        self.dates = PublicationDateParser(lexicons: rules.lexicons)
        self.frames = frames
    }

    /// What one sentence gave: its claims, and for each rule that did not fire, how far its
    /// best pattern got (for `crosscheck explain`).
    public struct SentenceAnalysis: Sendable {
        public var sentence: Sentence
        public var claims: [Claim]
        public var stance: StanceDetector.Stance
        public var speaker: String?
        public var misses: [Miss]
        /// The sentence's tags, lemmas, clauses, phrases, entities and negations.
        public var layer: LinguisticLayer
        /// Patterns that spent their step budget on this sentence (the rule then gave up on it).
        public var warnings: [Diagnostic] = []
    }

    public struct Miss: Sendable {
        public var rule: String
        /// The best pattern's text, how many of its elements matched, and the token it stopped at.
        public var pattern: String
        public var matchedElements: Int
        public var totalElements: Int
        public var stoppedAt: String?
    }

    public func claims(in document: Document) -> [Claim] {
        analyze(document).flatMap(\.claims)
    }

    /// Claims, and a warning for each pattern that spent its step budget on a sentence.
    public func extract(_ document: Document) -> (claims: [Claim], warnings: [Diagnostic]) {
        let analyses = analyze(document)
        return (analyses.flatMap(\.claims), analyses.flatMap(\.warnings))
    }

    /// Claims of every sentence, with what `explain` shows. With `explaining`, every pattern is
    /// tried in full (no shortcut for absent words), so each miss says how far it got.
    public func analyze(_ document: Document, explaining: Bool = false) -> [SentenceAnalysis] {
        let body = document.body
        let ranges = splitter.sentenceRanges(in: body)
        let bytes = Array(body.utf8)
        var attribution = AttributionFinder(lexicons: lexicons)
        var recent: RecentReport?
        var memory = EntityMemory()
        let names = DocumentNames(body: bytes)
        var out: [SentenceAnalysis] = []
        out.reserveCapacity(ranges.count + 1)
        // The headline is read first, as sentence -1 with offsets into the title.
        if let title = document.title, !title.isEmpty {
            let headline = Sentence(document: document.id, index: -1, start: 0, end: title.utf8.count, text: title)
            out.append(analyze(headline, in: document, attribution: &attribution, recent: &recent, memory: &memory, field: .title,
                               names: names, explaining: explaining))
        }
        for (index, range) in ranges.enumerated() {
            let text = String(decoding: bytes[range], as: UTF8.self)
            let sentence = Sentence(document: document.id, index: index, start: range.lowerBound, end: range.upperBound, text: text)
            out.append(analyze(sentence, in: document, attribution: &attribution, recent: &recent, memory: &memory, field: .body,
                               names: names, explaining: explaining))
        }
        return out
    }

    /// One rule's claims in a sentence, where two of its patterns matched overlapping words,
    /// keep the longer match ("the United States is planning to scale back its presence" over
    /// "scale back its presence"): one statement gives one claim per rule.
    static func withoutOverlaps(_ claims: [Claim]) -> [Claim] {
        var kept: [Claim] = []
        for claim in claims.sorted(by: { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }) {
            if !kept.contains(where: { $0.start < claim.end && claim.start < $0.end }) { kept.append(claim) }
        }
        return kept
    }

    /// The latest reported, speculative or denied claim of a document: what "the report" or
    /// "such reports" in a later denial can point to.
    struct RecentReport {
        var claim: Claim
        var sentence: Int
    }

    /// How many sentences back "the report" may point.
    static let reportReach = 3

    func analyze(_ sentence: Sentence, in document: Document, attribution: inout AttributionFinder,
                 recent: inout RecentReport?, memory: inout EntityMemory, field: Claim.Field,
                 names: DocumentNames = DocumentNames(), explaining: Bool = false) -> SentenceAnalysis {
        let tokens = Tokenizer.tokens(in: sentence.text, offset: sentence.start)
        let quantities = quantityExtractor.quantities(in: sentence.text).map { q -> Quantity in
            var q = q
            q.start += sentence.start
            q.end += sentence.start
            return q
        }
        let located = Self.tokenRanges(of: quantities, in: tokens)
        let sentenceBytes = Array(sentence.text.utf8)
        let layer = analyzer.analyze(tokens, sentence: sentenceBytes, sentenceStart: sentence.start, quantities: located.map(\.range),
                                     names: names)
        let matcher = PatternMatcher(tokens: tokens, sentence: sentence.text, sentenceStart: sentence.start,
                                     quantities: quantities, lexicons: lexicons, layer: layer)
        matcher.stepBudget = stepBudget
        var warnings: [Diagnostic] = []
        let sentenceStance = stance.stance(of: tokens)
        let speaker = attribution.speaker(in: tokens, sentence: sentence.text, sentenceStart: sentence.start, layer: layer)
        let publisher = document.publisher
        let thirdParty = speaker != nil && speaker?.lowercased() != publisher?.lowercased()
        let attributionValue = Attribution(speaker: speaker ?? publisher, via: thirdParty ? publisher : nil)

        var claims: [Claim] = []
        var misses: [Miss] = []
        let ruleList = rules.rules
        for r in ruleList.indices {
            // A rule none of whose patterns has its required words, lexicons and numbers in
            // the sentence gives nothing: passed over before it is even copied.
            if !explaining, !ruleList[r].patterns.contains(where: { matcher.mayMatch($0) }) { continue }
            let rule = ruleList[r]
            var fired = false
            var best: Miss?
            var found: [Claim] = []
            for (patternIndex, pattern) in rule.patterns.enumerated() {
                matcher.resetProgress()
                let matches = matcher.matches(of: pattern, prefilter: !explaining)
                if matcher.budgetExhausted {
                    warnings.append(Self.budgetWarning(rule: rule, patternIndex: patternIndex, steps: matcher.stepBudget,
                                                       sentence: sentence, document: document))
                }
                for match in matches {
                    let (modality, polarity) = StanceDetector.modality(
                        for: sentenceStance, layer: layer, claim: match.startToken..<match.endToken, thirdParty: thirdParty)
                    guard let claim = makeClaim(rule: rule, match: match, tokens: tokens, sentence: sentence,
                                                sentenceBytes: sentenceBytes, document: document, modality: modality,
                                                polarity: polarity, attribution: attributionValue, field: field) else { continue }
                    found.append(claim)
                    fired = true
                }
                if !fired, explaining {
                    let progress = matcher.progress
                    let matched = progress.elements
                    if best == nil || matched > best!.matchedElements {
                        best = Miss(rule: rule.id, pattern: pattern.source, matchedElements: matched,
                                    totalElements: pattern.elements.count,
                                    stoppedAt: matched > 0 && progress.token < tokens.count ? tokens[progress.token].text : nil)
                    }
                }
            }
            if !fired, let best { misses.append(best) }
            claims += Self.withoutOverlaps(found)
        }
        let slots = FrameSlots(layer: layer, lexicons: lexicons, memory: memory,
                               antecedents: PronounAntecedents(lexicons: lexicons, words: rules.words), publishedDay: document.publishedDay,
                               sentenceDays: Self.mayHoldDate(tokens, lexicons) ? dates.dates(in: sentence.text).map { String($0.iso.prefix(10)) } : [])
        // The frames read English; other languages get topic rules only.
        if frames, document.language == nil || document.language == "en" {
            claims += frameClaims(slots: slots, quantities: located, topicClaims: &claims, tokens: tokens, sentence: sentence,
                                  sentenceBytes: sentenceBytes, document: document, stance: sentenceStance,
                                  thirdParty: thirdParty, attribution: attributionValue, field: field)
        }
        memory.remember(layer, antecedents: slots.antecedents)
        if claims.isEmpty, field == .body, sentenceStance.denial != nil, let earlier = recent,
           sentence.index - earlier.sentence <= Self.reportReach,
           let anaphor = lexicons.find("report-anaphora", in: tokens) {
            claims.append(denialOfReport(earlier.claim, anaphor: tokens[anaphor.start..<anaphor.end], sentence: sentence,
                                         document: document, attribution: attributionValue))
        }
        // What "the report" will point to: the sentence's first reported, speculative or denied
        // claim (the main clause comes first: "withdrawing 1,000 of the 4,800 troops stationed").
        if let latest = claims.filter({ $0.modality != .asserted })
            .min(by: { ($0.start, -$0.topic.slots.count) < ($1.start, -$1.topic.slots.count) }), field == .body {
            recent = RecentReport(claim: latest, sentence: sentence.index)
        }
        claims.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        return SentenceAnalysis(sentence: sentence, claims: claims, stance: sentenceStance, speaker: speaker, misses: misses,
                                layer: layer, warnings: warnings)
    }

    /// "rules/x.yaml:12: warning: [pattern-budget] rule 'x' gave up on sentence 3 of doc after
    /// 200000 steps ...": where the pattern is, and which sentence it could not finish.
    static func budgetWarning(rule: ClaimRule, patternIndex: Int, steps: Int, sentence: Sentence,
                              document: Document) -> Diagnostic {
        let line = patternIndex < rule.patternLines.count ? rule.patternLines[patternIndex] : rule.line
        let where_ = sentence.index < 0 ? "the headline" : "sentence \(sentence.index + 1)"
        var excerpt = String(sentence.text.prefix(120))
        if excerpt.count < sentence.text.count { excerpt += "…" }
        return Diagnostic(.warning, id: "pattern-budget",
                          "rule '\(rule.id)' gave up on \(where_) of \(document.path) (document '\(document.id)') after \(steps) steps; the sentence may hold a claim this rule did not find: \"\(excerpt)\"",
                          file: rule.file.isEmpty ? nil : rule.file, line: rule.file.isEmpty ? nil : line,
                          notes: ["pattern: \(rule.patterns[patternIndex].source.prefix(200))\(rule.patterns[patternIndex].source.count > 200 ? "…" : "")",
                                  "the matcher tries at most \(steps) steps (elements) per pattern and sentence; simplify the pattern (fewer optional groups between gaps) or split it; `crosscheck rules lint` measures this"])
    }

    /// "X denied the report": a denial of the topic of the earlier reported claim, spanning the
    /// words that point back to it.
    private func denialOfReport(_ reported: Claim, anaphor: ArraySlice<Token>, sentence: Sentence,
                                document: Document, attribution: Attribution) -> Claim {
        let start = anaphor.first!.start, end = anaphor.last!.end
        let bytes = Array(sentence.text.utf8)
        let text = String(decoding: bytes[(start - sentence.start)..<(end - sentence.start)], as: UTF8.self)
        return Claim(
            id: StableID.make("c", [document.id, Claim.Field.body.rawValue, String(start), String(end), Self.denialOfReportRule]),
            document: document.id, sentence: sentence.index, start: start, end: end, rule: Self.denialOfReportRule,
            topic: reported.topic, value: nil, polarity: .negative, modality: .denied, attribution: attribution,
            date: document.publishedDay, text: text, sentenceText: sentence.text, sentenceStart: sentence.start,
            source: document.publisher, field: .body)
    }

    /// A full date needs a number and, unless it is numeric ("2025-05-03"), a month name.
    static func mayHoldDate(_ tokens: [Token], _ lexicons: CompiledLexicons) -> Bool {
        var digits = false, month = false
        for token in tokens {
            if token.hasDigit { digits = true; if token.key.utf8.contains(where: { $0 == 0x2D || $0 == 0x2F || $0 == 0x2E }) { month = true } }
            if !month, token.isCapitalized, lexicons.mayStart("months", with: token.key) { month = true }
            if digits && month { return true }
        }
        return false
    }

    /// The rule id of claims made by denying "the report" of an earlier sentence.
    public static let denialOfReportRule = "denial-of-report"

    private func makeClaim(rule: ClaimRule, match: PatternMatcher.Match, tokens: [Token], sentence: Sentence,
                           sentenceBytes: [UInt8], document: Document, modality: Claim.Modality,
                           polarity: Claim.Polarity, attribution: Attribution, field: Claim.Field) -> Claim? {
        var slots: [String: String] = [:]
        var slotLexicons: [String: String] = [:]
        var value: ClaimValue?
        for (name, capture) in match.captures where !name.hasPrefix("@") && !name.hasPrefix("#") {
            switch capture {
            case .text(let text, let canonical, let lexicon):
                slots[name] = canonical ?? text
                if let lexicon { slotLexicons[name] = lexicon }
            case .quantity(let q):
                if name == rule.valueSlot { value = ClaimValue(q) } else { slots[name] = q.text }
            }
        }
        // "did not kill more than 12": at most 12, affirmed (`ClaimValue.negatedBound`).
        var polarity = polarity
        if polarity == .negative, modality != .denied, let bound = value?.negatedBound() {
            (value, polarity) = (bound, .positive)
        }
        let subject = rule.subject.render(slots) { slot, attribute in
            guard let lexicon = slotLexicons[slot], let value = slots[slot] else { return nil }
            return lexicons.attribute(attribute, of: value, in: lexicon)
        }
        guard !subject.isEmpty else { return nil }
        let start = tokens[match.startToken].start
        let end = tokens[match.endToken - 1].end
        let a = start - sentence.start
        let b = end - sentence.start
        guard a >= 0, b <= sentenceBytes.count else { return nil }
        let text = String(decoding: sentenceBytes[a..<b], as: UTF8.self)
        // The topic keeps the slots its subject is made of: they decide which claims compare.
        let subjectSlots = Set(rule.subject.slots)
        let topic = Topic(subject: subject, predicate: rule.predicate, slots: slots.filter { subjectSlots.contains($0.key) })
        return Claim(
            id: StableID.make("c", [document.id, field.rawValue, String(start), String(end), rule.id]),
            document: document.id, sentence: sentence.index, start: start, end: end, rule: rule.id,
            topic: topic, value: value, polarity: polarity, modality: modality, attribution: attribution,
            date: document.publishedDay, text: text, sentenceText: sentence.text, sentenceStart: sentence.start,
            source: document.publisher, field: field)
    }
}
