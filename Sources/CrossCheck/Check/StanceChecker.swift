import Foundation

/// The check stage: the stance of a text toward one claim.
///
/// Reads: a claim (a sentence) and a `Document` (its title and body) or a plain text; the
/// sentence splitter's and quantity reader's lexicons; the cue lexicons (`check-refuting-cues`,
/// `denial-cues`, `check-doubt-cues`, `hedge-cues`, `check-hedge-cues`, `check-negation-cues`,
/// `check-support-cues`, `report-verbs`, `check-question-cues`), `check-clause-breaks`,
/// `stop-words-en`, the attribution lexicons, and the weights `check-weights-headline` /
/// `check-weights-article` (all in `rules/`).
///
/// Adds: a `StanceResult`: for, against, observing or unrelated, with its probability, the
/// evidence sentences (byte ranges into the body), the cue that weighed most, and the speaker
/// of the deciding sentence.
///
/// How: the claim's content words (by lemma, through a `LemmaSource`), names and figures are
/// aligned with every sentence (in an article, a term weighs less the more sentences hold it);
/// figures agree when their intervals overlap ("about 4,500" and "4,600"). The sentences
/// holding the most of the claim are the evidence. Cues count in two
/// ways: inside a clause of an evidence sentence that is about the claim, and anywhere in the
/// document, except in a sentence about the claim but in a clause about something else ("the
/// mayor denied a report about bus fares, but ..." does not deny the claim). The features are weighed by the
/// weights lexicons (a linear score per stance; "related" decides unrelated). Deterministic.
public struct StanceChecker: Sendable {
    let splitter: SentenceSplitter
    let quantities: QuantityExtractor
    let cues: CueIndex
    let clauseBreaks: Set<String>
    let attribution: CompiledLexicons
    let lemmas: any LemmaSource
    /// Names that stand for the same thing ("United States" = "U.S." = "Washington"): aligned
    /// as one term, their canonical form.
    let aliases: CompiledLexicons
    public static let aliasLexicon = "countries"
    /// Number words ("dozens", "million"): a sentence with one may hold a figure.
    let figureWords: Set<String>
    /// What the checker needs to know of a token key, in one lookup per token.
    let wordFlags: KeyFilteredDictionary<UInt8>
    static let stopFlag: UInt8 = 1, breakFlag: UInt8 = 2, cueFlag: UInt8 = 4, aliasFlag: UInt8 = 8, figureFlag: UInt8 = 16
    public let headlineWeights: StanceWeights
    public let articleWeights: StanceWeights

    /// Weight of a claim word, a name (capitalized inside the claim), a figure.
    public static let wordWeight = 1.0, nameWeight = 1.5, figureWeight = 1.5
    /// An evidence sentence holds at least this share of the claim, and half the best one's.
    public static let minimumEvidence = 0.2
    public static let maximumEvidence = 3

    public init(rules: RuleSet, lemmas: any LemmaSource = SuffixLemmas()) {
        self.init(lexicons: rules.lexicons, lemmas: lemmas)
    }

    public init(lexicons: [String: Lexicon], lemmas: any LemmaSource = SuffixLemmas()) {
        splitter = SentenceSplitter(lexicons: lexicons)
        quantities = QuantityExtractor(lexicons: lexicons)
        cues = CueIndex(lexicons: lexicons)
        clauseBreaks = Set((lexicons["check-clause-breaks"]?.allForms ?? []).map { Tokenizer.matchKey($0) })
        let names = ["report-verbs", "speaker-nouns", "source-nouns", "speaker-grammar"]
        attribution = CompiledLexicons(lexicons.filter { names.contains($0.key) })
        aliases = CompiledLexicons(lexicons.filter { $0.key == Self.aliasLexicon })
        self.lemmas = lemmas
        figureWords = Set(["quantity-number-words", "quantity-scales"].flatMap { lexicons[$0]?.allForms ?? [] }.map { Tokenizer.matchKey($0) })
        var flags: [String: UInt8] = [:]
        for key in cues.stopWords { flags[key, default: 0] |= Self.stopFlag }
        for key in clauseBreaks { flags[key, default: 0] |= Self.breakFlag }
        for key in cues.firstKeys { flags[key, default: 0] |= Self.cueFlag }
        for key in aliases.firstKeys { flags[key, default: 0] |= Self.aliasFlag }
        for key in figureWords { flags[key, default: 0] |= Self.figureFlag }
        wordFlags = KeyFilteredDictionary(flags)
        headlineWeights = StanceWeights(lexicon: lexicons["check-weights-headline"])
        articleWeights = StanceWeights(lexicon: lexicons["check-weights-article"])
    }

    /// Problems in the weights lexicons (unknown feature names, weights that are not numbers).
    public var diagnostics: [Diagnostic] { headlineWeights.diagnostics + articleWeights.diagnostics }

    // MARK: - The API

    /// The stance of `document` (title and body) toward `claim`.
    public func check(claim: String, in document: Document) -> StanceResult {
        check(prepare(claim: claim), in: prepare(document))
    }

    /// The stance of a plain text (a headline, an article body) toward `claim`.
    public func check(claim: String, text: String, id: String = "text") -> StanceResult {
        check(prepare(claim: claim), in: prepare(text: text, id: id))
    }

    /// Every claim against every document, each document prepared once; sorted by claim, then
    /// document id.
    public func check(claims: [String], in documents: [Document]) -> [StanceResult] {
        let profiles = claims.map(prepare(claim:))
        var out: [StanceResult] = []
        for document in documents {
            let prepared = prepare(document)
            for profile in profiles { out.append(check(profile, in: prepared)) }
        }
        out.sort { ($0.claim, $0.document) < ($1.claim, $1.document) }
        return out
    }

    // MARK: - Preparing

    public func prepare(claim: String) -> ClaimProfile {
        let tokens = Tokenizer.tokens(in: claim)
        let found = quantities.quantities(in: claim).filter { $0.kind != .ordinal && $0.kind != .phone && $0.kind != .code }
        var terms: [ClaimProfile.Term] = []
        var index: [String: Int] = [:]
        let claimCues = cues.cues(in: tokens)
        let negated = claimCues.contains { $0.kind == .negation || $0.kind == .refuting || $0.kind == .denial }
        let hedged = claimCues.contains { $0.kind == .hedge || $0.kind == .doubt } || cues.isQuestion(tokens, headline: true)
        let firstWord = tokens.firstIndex(where: \.isWord) ?? 0
        let lemmaList = lemmas(of: tokens)
        for (i, token) in tokens.enumerated() {
            guard let lemma = lemmaList[i], terms.count < ClaimProfile.maxTerms else { continue }
            if found.contains(where: { $0.start <= token.start && token.end <= $0.end }) { continue }
            let isName = token.isCapitalized && (i != firstWord || !cues.stopWords.contains(token.key))
            if let k = index[lemma] {
                if isName, !terms[k].isName { terms[k].isName = true; terms[k].weight = Self.nameWeight }
                continue
            }
            index[lemma] = terms.count
            terms.append(.init(lemma: lemma, text: token.text, weight: isName ? Self.nameWeight : Self.wordWeight, isName: isName))
        }
        let total = terms.reduce(0) { $0 + $1.weight } + Double(found.count) * Self.figureWeight
        return ClaimProfile(text: claim, terms: terms, quantities: found, negated: negated, hedged: hedged, totalWeight: total, termIndex: index)
    }

    public func prepare(_ document: Document) -> PreparedText {
        var units: [PreparedText.Unit] = []
        if let title = document.title, !title.isEmpty { units.append(unit(title, index: -1, start: 0, headline: true)) }
        var body = document.body
        let ranges = splitter.sentenceRanges(in: body)
        let bodyOnly = ranges.count <= 2
        body.withUTF8 { bytes in
            for (i, r) in ranges.enumerated() {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
                units.append(unit(text, index: i, start: r.lowerBound, headline: bodyOnly))
            }
        }
        return PreparedText(id: document.id, units: units, isHeadline: bodyOnly)
    }

    public func prepare(text: String, id: String = "text") -> PreparedText {
        prepare(Document(id: id, path: "", body: text))
    }

    /// Lemma per token; a name of the alias lexicon is one term (its canonical form, marked "@").
    private func lemmas(of tokens: [Token]) -> [String?] {
        lemmas(of: tokens, flags: tokens.map { wordFlags[$0.key] ?? 0 })
    }

    private func lemmas(of tokens: [Token], flags: [UInt8]) -> [String?] {
        var out = [String?](repeating: nil, count: tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if flags[i] & Self.aliasFlag != 0, let m = aliases.matches(Self.aliasLexicon, in: tokens, at: i).first {
                out[i] = "@" + m.canonical.lowercased()
                i = m.end
                continue
            }
            if flags[i] & Self.stopFlag == 0, token.isWord, !token.hasDigit, token.key != "'s" {
                out[i] = lemmas.lemma(of: token.key)
            }
            i += 1
        }
        return out
    }

    private func unit(_ text: String, index: Int, start: Int, headline: Bool) -> PreparedText.Unit {
        let tokens = Tokenizer.tokens(in: text, offset: start)
        let flags = tokens.map { wordFlags[$0.key] ?? 0 }
        let lemmaList = lemmas(of: tokens, flags: flags)
        var clause: [Int] = []
        clause.reserveCapacity(tokens.count)
        var c = 0
        var mayHoldFigures = false
        for (k, token) in tokens.enumerated() {
            if flags[k] & Self.breakFlag != 0 { c += 1 }
            clause.append(c)
            if token.hasDigit || (token.isWord && !token.isCapitalized && flags[k] & Self.figureFlag != 0) { mayHoldFigures = true }
        }
        var found = cues.cues(in: tokens, starts: flags.map { $0 & Self.cueFlag != 0 })
        if headline || index < 0, let colon = cues.colonSource(tokens), !found.contains(where: { $0.range.contains(colon) }) {
            found.append((colon..<(colon + 1), .report, "source:"))
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        var inCue = [Bool](repeating: false, count: tokens.count)
        for cue in found { for k in cue.range { inCue[k] = true } }
        var content = [Int](repeating: 0, count: c + 1)
        for k in 0..<tokens.count where lemmaList[k] != nil && !inCue[k] { content[clause[k]] += 1 }
        return PreparedText.Unit(index: index, start: start, end: start + text.utf8.count, text: text, tokens: tokens,
                                 lemmas: lemmaList, clause: clause, clauseContent: content, cues: found,
                                 isQuestion: cues.isQuestion(tokens, headline: headline || index < 0), mayHoldFigures: mayHoldFigures)
    }

    // MARK: - Aligning

    /// One sentence against the claim: terms found (a bit per term), per-clause matches, figures.
    struct Match {
        var mask: UInt64 = 0
        var clauseMatched: [Bool] = []
        var agreeing: UInt64 = 0
        var conflicting: UInt64 = 0
        var score = 0.0
    }

    func match(_ profile: ClaimProfile, _ unit: PreparedText.Unit) -> Match {
        var m = Match()
        m.clauseMatched = [Bool](repeating: false, count: unit.clauseContent.count)
        var weight = 0.0
        if !profile.terms.isEmpty {
            for k in 0..<unit.tokens.count {
                guard let lemma = unit.lemmas[k], let t = profile.termIndex[lemma] else { continue }
                m.clauseMatched[unit.clause[k]] = true
                let bit = UInt64(1) << UInt64(t)
                if m.mask & bit == 0 { m.mask |= bit; weight += profile.terms[t].weight }
            }
        }
        if !profile.quantities.isEmpty, unit.mayHoldFigures {
            let local = quantities.quantities(in: unit.text)
            for (q, claimed) in profile.quantities.enumerated() {
                var agrees = false, conflicts = false
                for found in local where Self.comparable(claimed, found) {
                    if Self.overlap(claimed, found) {
                        agrees = true
                        if let k = unit.tokens.firstIndex(where: { $0.start >= found.start + unit.start }) {
                            m.clauseMatched[unit.clause[k]] = true
                        }
                    } else { conflicts = true }
                }
                if agrees { m.agreeing |= 1 << UInt64(q); weight += Self.figureWeight }
                else if conflicts { m.conflicting |= 1 << UInt64(q) }
            }
        }
        m.score = profile.totalWeight > 0 ? weight / profile.totalWeight : 0
        return m
    }

    /// Figures of the same kind (and currency) are compared; counts of different things are not.
    static func comparable(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.kind == b.kind else { return false }
        if a.kind == .money { return a.currency == b.currency }
        if a.kind == .count || a.kind == .measure || a.kind == .duration, let u = a.unit, let v = b.unit {
            return SuffixLemmas().lemma(of: u.lowercased()) == SuffixLemmas().lemma(of: v.lowercased())
        }
        return true
    }

    /// Whether two figures' intervals share a value ("about 4,500" and "4,600" do).
    static func overlap(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.high < b.low || b.high < a.low { return false }
        if a.high == b.low { return a.highClosed && b.lowClosed }
        if b.high == a.low { return b.highClosed && a.lowClosed }
        return true
    }

    /// Whether a cue at `range` of `unit` is about the claim: its clause holds claim words, or it
    /// is a short clause (at most one content word of its own: ", calling it a hoax") next to
    /// one that does.
    static func inScope(_ range: Range<Int>, _ unit: PreparedText.Unit, _ matched: [Bool]) -> Bool {
        let c = unit.clause[range.lowerBound]
        if matched[c] { return true }
        guard unit.clauseContent[c] <= 1 else { return false }
        return (c > 0 && matched[c - 1]) || (c + 1 < matched.count && matched[c + 1])
    }

    // MARK: - Deciding

    public func check(_ profile: ClaimProfile, in text: PreparedText) -> StanceResult {
        decide(profile, text, matches: matches(profile, text))
    }

    /// Every sentence's match, scored with the claim's terms weighed by how rare they are in the
    /// text: in an article about South Korea, "South Korea" in a sentence says little, "withdrawn"
    /// says more. A term found in d sentences weighs 1 / (1 + ln d) of itself; a headline (one
    /// sentence) keeps plain weights.
    func matches(_ profile: ClaimProfile, _ text: PreparedText) -> [Match] {
        var matches = text.units.map { match(profile, $0) }
        guard matches.count > 1, !profile.terms.isEmpty else { return matches }
        var weights = profile.terms.map(\.weight)
        for t in weights.indices {
            let bit = UInt64(1) << UInt64(t)
            let d = matches.reduce(0) { $0 + ($1.mask & bit != 0 ? 1 : 0) }
            if d > 1 { weights[t] /= 1 + log(Double(d)) }
        }
        let total = weights.reduce(0, +) + Double(profile.quantities.count) * Self.figureWeight
        guard total > 0 else { return matches }
        for i in matches.indices {
            var w = Double(matches[i].agreeing.nonzeroBitCount) * Self.figureWeight
            for t in weights.indices where matches[i].mask & (1 << UInt64(t)) != 0 { w += weights[t] }
            matches[i].score = w / total
        }
        return matches
    }

    /// Every sentence's alignment with the claim, for `explain`.
    public func alignments(_ profile: ClaimProfile, in text: PreparedText) -> [ClaimAlignment] {
        zip(text.units, matches(profile, text)).map { unit, m in
            let matched = profile.terms.enumerated().filter { m.mask & (1 << UInt64($0.offset)) != 0 }.map(\.element.text)
            let agreeing = profile.quantities.enumerated().filter { m.agreeing & (1 << UInt64($0.offset)) != 0 }.map(\.element.text)
            let conflicting = profile.quantities.enumerated().filter { m.conflicting & (1 << UInt64($0.offset)) != 0 }.map(\.element.text)
            let cues = unit.cues.map { (cue: stanceCue($0, unit), inScope: Self.inScope($0.range, unit, m.clauseMatched)) }
            return ClaimAlignment(sentence: unit.index, start: unit.start, end: unit.end, text: unit.text, score: m.score,
                                  matched: matched, figuresAgreeing: agreeing, figuresConflicting: conflicting,
                                  cues: cues, isQuestion: unit.isQuestion)
        }
    }

    func stanceCue(_ cue: (range: Range<Int>, kind: StanceCue.Kind, canonical: String), _ unit: PreparedText.Unit) -> StanceCue {
        let a = unit.tokens[cue.range.lowerBound].start, b = unit.tokens[cue.range.upperBound - 1].end
        let bytes = Array(unit.text.utf8)
        let text = String(decoding: bytes[(a - unit.start)..<(b - unit.start)], as: UTF8.self)
        return StanceCue(kind: cue.kind, canonical: cue.canonical, text: text, sentence: unit.index, start: a, end: b)
    }

    func decide(_ profile: ClaimProfile, _ text: PreparedText, matches: [Match]) -> StanceResult {
        let units = text.units
        // Evidence: the sentences holding the most of the claim.
        let best = matches.map(\.score).max() ?? 0
        let floor = max(Self.minimumEvidence, best * 0.5)
        let ranked = matches.indices.filter { matches[$0].score >= floor && matches[$0].score > 0 }
            .sorted { matches[$0].score != matches[$1].score ? matches[$0].score > matches[$1].score : $0 < $1 }
        let evidence = Array(ranked.prefix(Self.maximumEvidence)).sorted()

        var x = StanceFeatures()
        x.values[StanceFeatures.alignIndex] = best
        var union: UInt64 = 0, agreeing: UInt64 = 0, conflicting: UInt64 = 0
        for m in matches { union |= m.mask; agreeing |= m.agreeing }
        for e in evidence { conflicting |= matches[e].conflicting }
        conflicting &= ~agreeing
        var covered = 0.0
        for (t, term) in profile.terms.enumerated() where union & (1 << UInt64(t)) != 0 { covered += term.weight }
        covered += Double(agreeing.nonzeroBitCount) * Self.figureWeight
        x.values[StanceFeatures.coverIndex] = profile.totalWeight > 0 ? covered / profile.totalWeight : 0
        x.values[StanceFeatures.numbersAgreeIndex] = evidence.contains { matches[$0].agreeing != 0 } ? 1 : 0
        x.values[StanceFeatures.numbersConflictIndex] = conflicting != 0 ? 1 : 0

        let countsAgainst: (StanceCue.Kind) -> Bool = { kind in
            !(profile.negated && (kind == .negation || kind == .refuting || kind == .denial))
        }
        var documentCounts = [Int](repeating: 0, count: StanceCue.Kind.allCases.count)
        var near = [Double](repeating: 0, count: StanceCue.Kind.allCases.count)
        var echoes = 0
        // "Reports that X are a hoax", "denied claims that X": a hedge that a refutation or denial
        // of the same sentence governs names what is refuted; it does not hedge the claim.
        let refuted: [Bool] = units.indices.map { u in
            units[u].cues.contains { ($0.kind == .refuting || $0.kind == .denial) && countsAgainst($0.kind)
                && (matches[u].score == 0 || Self.inScope($0.range, units[u], matches[u].clauseMatched)) }
        }
        for (u, unit) in units.enumerated() {
            for cue in unit.cues {
                // A cue in a sentence about the claim but in another clause is about something else.
                if matches[u].score > 0, !Self.inScope(cue.range, unit, matches[u].clauseMatched) { continue }
                if cue.kind == .hedge, refuted[u] { continue }
                guard countsAgainst(cue.kind) else { echoes += 1; continue }
                let k = StanceFeatures.kindOrdinal(cue.kind)
                documentCounts[k] += 1
                near[k] = max(near[k], matches[u].score)
            }
            if unit.isQuestion {
                let k = StanceFeatures.kindOrdinal(.question)
                documentCounts[k] += 1
                near[k] = max(near[k], matches[u].score)
            }
        }
        for (k, kind) in StanceCue.Kind.allCases.enumerated() { x.values[StanceFeatures.nearIndex(kind)] = near[k] }
        x.values[StanceFeatures.claimNegatedIndex] = profile.negated ? 1 : 0
        x.values[StanceFeatures.claimHedgedIndex] = profile.hedged ? 1 : 0
        x.values[StanceFeatures.echoIndex] = log(1 + Double(echoes))
        x.values[StanceFeatures.lengthIndex] = log(1 + Double(units.count))
        for (k, kind) in StanceCue.Kind.allCases.enumerated() {
            x.values[StanceFeatures.documentIndex(kind)] = log(1 + Double(documentCounts[k]))
            x.values[StanceFeatures.rateIndex(kind)] = units.isEmpty ? 0 : Double(documentCounts[k]) / Double(units.count)
        }
        var scopedCue: [StanceCue.Kind: (unit: Int, cue: Int)] = [:]
        for e in evidence {
            let unit = units[e]
            for (c, cue) in unit.cues.enumerated() where countsAgainst(cue.kind) && scopedCue[cue.kind] == nil
                && !(cue.kind == .hedge && refuted[e]) {
                if Self.inScope(cue.range, unit, matches[e].clauseMatched) { scopedCue[cue.kind] = (e, c) }
            }
            if unit.isQuestion { x.values[StanceFeatures.scopedIndex(.question)] = 1 }
        }
        for kind in scopedCue.keys { x.values[StanceFeatures.scopedIndex(kind)] = 1 }

        // Weigh.
        let weights = text.isHeadline ? headlineWeights : articleWeights
        let scores = weights.rows.map { StanceWeights.dot($0, x.values) }
        let top = scores.indices.max { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1 }!
        let maxScore = scores[top]
        let sum = scores.reduce(0) { $0 + exp($1 - maxScore) }
        let related = StanceWeights.dot(weights.related, x.values)
        let relatedStance = StanceWeights.stances[top]
        let isRelated = related >= 0 && best > 0
        let probability = isRelated ? 1 / sum : (best > 0 ? 1 / (1 + exp(related)) : 1)
        let stance: Stance = isRelated ? relatedStance : .unrelated

        // The cue that weighed most toward the stance, against the runner-up.
        var decidingCue: StanceCue?
        var cueUnit: Int?
        if isRelated {
            let runnerUp = scores.indices.filter { $0 != top }.max { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 > $1 }!
            var bestGain = 0.0
            var bestKind: (StanceCue.Kind, scoped: Bool)?
            for f in StanceFeatures.firstScoped..<StanceFeatures.count where x.values[f] > 0 {
                let gain = (weights.rows[top][f] - weights.rows[runnerUp][f]) * x.values[f]
                if gain > bestGain, let kind = StanceFeatures.kind(ofFeature: f) {
                    bestGain = gain
                    bestKind = (kind, f < StanceFeatures.firstDocument || (f >= StanceFeatures.firstNear && scopedCue[kind] != nil))
                }
            }
            if let (kind, scoped) = bestKind {
                if kind == .question {
                    let u = scoped ? evidence.first { units[$0].isQuestion } : units.indices.first { units[$0].isQuestion }
                    if let u, let last = units[u].tokens.last {
                        decidingCue = StanceCue(kind: .question, canonical: "?", text: last.text, sentence: units[u].index,
                                                start: last.start, end: last.end)
                        cueUnit = u
                    }
                } else if scoped, let found = scopedCue[kind] {
                    decidingCue = stanceCue(units[found.unit].cues[found.cue], units[found.unit])
                    cueUnit = found.unit
                } else if let u = units.indices.filter({ i in units[i].cues.contains { $0.kind == kind } })
                            .max(by: { matches[$0].score != matches[$1].score ? matches[$0].score < matches[$1].score : $0 > $1 }),
                          let c = units[u].cues.first(where: { $0.kind == kind }) {
                    decidingCue = stanceCue(c, units[u])
                    cueUnit = u
                }
            }
        }
        let speakerUnit = cueUnit ?? evidence.max { matches[$0].score != matches[$1].score ? matches[$0].score < matches[$1].score : $0 > $1 }
        let speaker = speakerUnit.flatMap { isRelated ? self.speaker(in: units, at: $0) : nil }
        var wordMask: UInt64 = 0
        for (t, term) in profile.terms.enumerated() where !term.isName { wordMask |= 1 << UInt64(t) }
        let shown = evidence.map { e in
            StanceEvidence(sentence: units[e].index, start: units[e].start, end: units[e].end, text: units[e].text,
                           alignment: matches[e].score, words: (matches[e].mask & wordMask).nonzeroBitCount,
                           figures: matches[e].agreeing != 0)
        }
        return StanceResult(document: text.id, claim: profile.text, stance: stance, relatedStance: relatedStance,
                            score: (probability * 1000).rounded() / 1000, cue: decidingCue, speaker: speaker,
                            evidence: shown, features: x, claimWords: wordMask.nonzeroBitCount, claimFigures: profile.quantities.count)
    }

    /// The speaker of sentence `u`; "he" or "the ministry" is resolved by reading the sentences
    /// before it.
    func speaker(in units: [PreparedText.Unit], at u: Int) -> String? {
        var finder = AttributionFinder(lexicons: attribution)
        let unit = units[u]
        guard let alone = finder.speaker(in: unit.tokens, sentence: unit.text, sentenceStart: unit.start) else { return nil }
        let first = alone.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard alone.first?.isLowercase == true || first == "the" || first == "he" || first == "she" || first == "they" else { return alone }
        finder = AttributionFinder(lexicons: attribution)
        var last: String?
        for k in 0...u { last = finder.speaker(in: units[k].tokens, sentence: units[k].text, sentenceStart: units[k].start) }
        return last ?? alone
    }
}
