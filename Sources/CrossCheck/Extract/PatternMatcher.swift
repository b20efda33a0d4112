/// Matches a `TokenPattern` against a sentence's tokens and quantities, with backtracking:
/// gaps are lazy, optional parts and lexicon forms are tried longest first.
public final class PatternMatcher {
    public enum Capture: Sendable, Hashable {
        /// Matched text, and the canonical form and lexicon name when a lexicon matched it.
        case text(String, canonical: String?, lexicon: String? = nil)
        case quantity(Quantity)
    }

    public struct Match: Sendable {
        public var startToken: Int
        public var endToken: Int
        public var captures: [String: Capture]
    }

    let tokens: [Token]
    let sentenceBytes: [UInt8]
    let sentenceStart: Int
    /// Every token's key, to rule out patterns whose required words are absent.
    let keys: Set<String>
    let lexicons: CompiledLexicons
    /// Quantities by the index of the token they start at, with the token index they end before.
    let quantities: [Int: [(end: Int, quantity: Quantity)]]
    /// The most top-level elements any attempt satisfied, and the token where the next one
    /// failed: `explain` shows it for rules that did not fire.
    public var progress: (elements: Int, token: Int) { (tracker.elements, tracker.token) }
    private let tracker = ProgressTracker()

    /// Forgets the progress of earlier attempts.
    public func resetProgress() {
        tracker.elements = 0
        tracker.token = 0
    }

    private final class ProgressTracker {
        var elements = 0
        var token = 0
        /// Where the current attempt started: its clause bounds the match.
        var start = 0
    }

    /// Token `i` is in the clause the current attempt started in.
    @inline(__always) private func inClause(_ i: Int) -> Bool {
        guard let layer, i < layer.count else { return true }
        return layer.clauseOf[i] == layer.clauseOf[tracker.start]
    }

    /// Tokens `from..<to` all lie in the clause of the current attempt.
    @inline(__always) private func inClause(_ from: Int, _ to: Int) -> Bool {
        guard let layer, from < to else { return true }
        let clause = layer.clauseOf[tracker.start]
        return layer.clauseOf[from] == clause && layer.clauseOf[min(to, layer.count) - 1] == clause
    }

    /// Lexicons with a form starting somewhere in the sentence.
    let presentLexicons: LexiconPresence

    /// The sentence's linguistic layer: lemmas, tags, entities, clauses, negations.
    let layer: LinguisticLayer?

    public init(tokens: [Token], sentence: String, sentenceStart: Int, quantities: [Quantity], lexicons: CompiledLexicons,
                layer: LinguisticLayer? = nil) {
        self.tokens = tokens
        self.layer = layer
        self.sentenceBytes = Array(sentence.utf8)
        self.sentenceStart = sentenceStart
        self.keys = Set(tokens.map(\.key))
        self.presentLexicons = lexicons.lexiconsStarting(in: tokens)
        self.lexicons = lexicons
        var byStart: [Int: [(Int, Quantity)]] = [:]
        for q in quantities {
            guard let first = tokens.firstIndex(where: { $0.end > q.start }),
                  let last = tokens.lastIndex(where: { $0.start < q.end }), first <= last else { continue }
            byStart[first, default: []].append((last + 1, q))
        }
        self.quantities = byStart
    }

    /// Leftmost matches, non-overlapping. `prefilter: false` tries the pattern even when a word
    /// it needs is absent, so that `progress` tells how far it gets (for `explain`).
    public func matches(of pattern: TokenPattern, prefilter: Bool = true) -> [Match] {
        if prefilter, !mayMatch(pattern) { return [] }
        var out: [Match] = []
        var start = 0
        while start < tokens.count {
            if let m = match(pattern, at: start) {
                out.append(m)
                start = max(m.endToken, start + 1)
            } else {
                start += 1
            }
        }
        return out
    }

    public func match(_ pattern: TokenPattern, at start: Int) -> Match? {
        tracker.start = start
        let result = matchSequence(pattern.elements[...], start, [:], depth: 0) { end, captures in
            Match(startToken: start, endToken: end, captures: captures)
        }
        guard let result, result.endToken > result.startToken else { return nil }
        return result
    }

    typealias Continuation = (Int, [String: Capture]) -> Match?

    private func matchSequence(_ elements: ArraySlice<PatternElement>, _ pos: Int, _ captures: [String: Capture],
                               depth: Int, _ k: Continuation) -> Match? {
        guard let first = elements.first else { return k(pos, captures) }
        if depth == 0, elements.startIndex > tracker.elements {
            tracker.elements = elements.startIndex
            tracker.token = pos
        }
        let rest = elements.dropFirst()
        return matchElement(first, pos, captures) { next, caps in
            matchSequence(rest, next, caps, depth: depth, k)
        }
    }

    private func matchElement(_ element: PatternElement, _ pos: Int, _ captures: [String: Capture],
                              _ k: Continuation) -> Match? {
        switch element {
        case .literal(let keys):
            guard pos + keys.count <= tokens.count, inClause(pos, pos + keys.count) else { return nil }
            for (i, key) in keys.enumerated() where tokens[pos + i].key != key { return nil }
            return k(pos + keys.count, captures)
        case .test(let tests):
            guard let layer, pos < tokens.count, inClause(pos), tests.allSatisfy({ $0.holds(pos, layer, lexicons) }) else { return nil }
            // An entity test takes the whole name it starts.
            if tests.contains(where: { if case .entity = $0.kind { !$0.inverted } else { false } }),
               let entity = layer.entity(at: pos), entity.range.lowerBound == pos, inClause(pos, entity.range.upperBound) {
                return k(entity.range.upperBound, captures)
            }
            return k(pos + 1, captures)
        case .phrase(let tests):
            guard let layer, let phrase = layer.phrases.first(where: { $0.range.lowerBound == pos }),
                  inClause(pos, phrase.range.upperBound), tests.allSatisfy({ $0.holds(phrase.head, layer, lexicons) }) else { return nil }
            return k(phrase.range.upperBound, captures)
        case .repeated(let inner, let minimum, let maximum):
            return matchRepeated(inner, pos, captures, count: 0, minimum: minimum, maximum: maximum, k)
        case .alternatives(let alternatives):
            for alternative in alternatives {
                if let m = matchSequence(alternative[...], pos, captures, depth: 1, k) { return m }
            }
            return nil
        case .lexicon(let name):
            for candidate in lexicons.matches(name, in: tokens, at: pos) where inClause(pos, candidate.end) {
                var caps = captures
                caps["@" + name] = .text(text(pos, candidate.end), canonical: candidate.canonical, lexicon: name)
                if let m = k(candidate.end, caps) { return m }
            }
            return nil
        case .quantity(let kind):
            for (end, quantity) in quantities[pos] ?? [] where Self.kind(quantity, matches: kind) && inClause(pos, end) {
                var caps = captures
                caps["#"] = .quantity(quantity)
                if let m = k(end, caps) { return m }
            }
            return nil
        case .name:
            var end = pos
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, !tokens[end].hasDigit, inClause(end) { end += 1 }
            let minimum = pos == 0 ? 2 : 1
            while end - pos >= minimum {
                if let m = k(end, captures) { return m }
                end -= 1
            }
            return nil
        case .gap(let maximum):
            var end = pos
            while end <= min(tokens.count, pos + maximum) {
                // A gap stays in its clause: the words it skips and the one after it.
                if end > pos, !inClause(end - 1) { return nil }
                if let m = k(end, captures) { return m }
                end += 1
            }
            return nil
        case .optional(let inner):
            if let m = matchElement(inner, pos, captures, k) { return m }
            return k(pos, captures)
        case .capture(let name, let inner):
            return matchSequence(inner[...], pos, captures, depth: 1) { end, caps in
                var caps = caps
                caps[name] = capture(for: inner, from: pos, to: end, innerCaptures: caps)
                return k(end, caps)
            }
        }
    }

    /// `inner` repeated, greedily, between `minimum` and `maximum` times.
    private func matchRepeated(_ inner: PatternElement, _ pos: Int, _ captures: [String: Capture], count: Int,
                               minimum: Int, maximum: Int, _ k: Continuation) -> Match? {
        if count < maximum, let m = matchElement(inner, pos, captures, { next, caps in
            next > pos ? self.matchRepeated(inner, next, caps, count: count + 1, minimum: minimum, maximum: maximum, k) : nil
        }) { return m }
        return count >= minimum ? k(pos, captures) : nil
    }

    /// What a slot holds: the quantity when the slot is one quantity element, the lexicon's
    /// canonical form when it is one lexicon element, else the matched text.
    private func capture(for inner: [PatternElement], from: Int, to: Int, innerCaptures: [String: Capture]) -> Capture {
        if inner.count == 1 {
            switch inner[0] {
            case .quantity:
                if case .quantity(let q)? = innerCaptures["#"] { return .quantity(q) }
            case .lexicon(let name):
                if case .text(let t, let canonical, _)? = innerCaptures["@" + name] { return .text(t, canonical: canonical, lexicon: name) }
            default: break
            }
        }
        return .text(text(from, to), canonical: nil)
    }

    /// False when a word, lexicon or number the pattern cannot do without is not in the sentence.
    func mayMatch(_ pattern: TokenPattern) -> Bool {
        for requirement in pattern.requirements {
            switch requirement {
            case .word(let key): if !keys.contains(key) { return false }
            case .lexicon(let name): if !presentLexicons.contains(name) { return false }
            case .quantity: if quantities.isEmpty { return false }
            }
        }
        return true
    }

    static func kind(_ q: Quantity, matches kind: String) -> Bool {
        switch kind {
        case "count": return q.kind == .count || (q.kind == .number && q.unit != nil)
        case "money": return q.kind == .money
        case "percent": return q.kind == .percent
        case "duration": return q.kind == .duration
        default: return q.isAmount
        }
    }

    /// The sentence text from token `from` to before token `to`.
    func text(_ from: Int, _ to: Int) -> String {
        guard from < to, to <= tokens.count else { return "" }
        let a = tokens[from].start - sentenceStart
        let b = tokens[to - 1].end - sentenceStart
        guard a >= 0, b <= sentenceBytes.count, a <= b else { return "" }
        return String(decoding: sentenceBytes[a..<b], as: UTF8.self)
    }
}
