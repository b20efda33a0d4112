/// Matches a `TokenPattern` against a sentence's tokens and quantities, with backtracking:
/// gaps are lazy, optional parts and lexicon forms are tried longest first.
///
/// Editors' patterns are untrusted input, so the work is bounded twice. Whether the rest of a
/// sequence matches from a token depends only on where it is (captures never decide success),
/// so each run of a sequence remembers the (element, token) pairs that failed and never tries
/// them again; repeats remember (count, token) the same way. That makes gaps, optional groups
/// and alternatives one after another polynomial instead of exponential, and never changes
/// which match is found first. On top of it, each pattern has a budget of `stepBudget` steps
/// (elements tried) per sentence; a pattern that spends it stops for that sentence, and
/// `budgetExhausted` tells the caller, who reports a warning naming the rule and the sentence.
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
    /// Where each token key occurs (token indexes, ascending): rules out patterns whose required
    /// words are absent, and gives the tokens a pattern can start at.
    let keys: [String: [Int]]
    let lexicons: CompiledLexicons
    /// Quantities by the index of the token they start at, with the token index they end before.
    let quantities: [Int: [(end: Int, quantity: Quantity)]]
    /// The most top-level elements any attempt satisfied, and the token where the next one
    /// failed: `explain` shows it for rules that did not fire.
    public var progress: (elements: Int, token: Int) { (tracker.pointee.elements, tracker.pointee.token) }
    /// The matcher's running state, behind a pointer: the matcher reads and writes it at every
    /// step, and a class's stored `var`s would pay a dynamic exclusivity check at each access.
    private let tracker: UnsafeMutablePointer<ProgressTracker>

    /// Forgets the progress of earlier attempts.
    public func resetProgress() {
        tracker.pointee.elements = 0
        tracker.pointee.token = 0
    }

    private struct ProgressTracker {
        var elements = 0
        var token = 0
        /// Where the current attempt started: its clause bounds the match.
        var start = 0
        /// Elements tried since `matches(of:)` began, and whether the budget ran out.
        var steps = 0
        var exhausted = false
        var budget = PatternMatcher.defaultStepBudget
    }

    deinit {
        tracker.deinitialize(count: 1)
        tracker.deallocate()
    }

    /// Steps (elements tried) one pattern may take on one sentence. The rules shipped take at
    /// most a few thousand on real articles.
    public static let defaultStepBudget = 200_000
    public var stepBudget: Int {
        get { tracker.pointee.budget }
        set { tracker.pointee.budget = newValue }
    }
    /// Whether the last `matches(of:)` stopped because it spent its budget.
    public var budgetExhausted: Bool { tracker.pointee.exhausted }
    /// Steps the last `matches(of:)` took.
    public var steps: Int { tracker.pointee.steps }

    /// Failed (element, token) pairs of one run of a sequence (or (count, token) of a repeat):
    /// `rows` × `width` bits, in memory of its own (no exclusivity check per access).
    private final class FailureMemo {
        let width: Int
        let words: Int
        let bits: UnsafeMutablePointer<UInt64>
        init(width: Int, rows: Int) {
            self.width = width
            words = (width * max(rows, 1) + 63) >> 6
            bits = .allocate(capacity: words)
            bits.initialize(repeating: 0, count: words)
        }
        deinit { bits.deallocate() }
        @inline(__always) func key(_ element: Int, _ pos: Int) -> Int { element * width + pos }
        @inline(__always) func contains(_ key: Int) -> Bool {
            let word = key >> 6
            return word < words && bits[word] & (1 << UInt64(key & 63)) != 0
        }
        /// A pair outside the table is not remembered: the memo only saves work.
        @inline(__always) func insert(_ key: Int) {
            let word = key >> 6
            guard word < words else { return }
            bits[word] |= 1 << UInt64(key & 63)
        }
    }

    /// Counts one step; false once the budget is spent.
    @inline(__always) private func step() -> Bool {
        tracker.pointee.steps += 1
        if tracker.pointee.steps > tracker.pointee.budget { tracker.pointee.exhausted = true }
        return !tracker.pointee.exhausted
    }

    /// Token `i` is in the clause the current attempt started in.
    @inline(__always) private func inClause(_ i: Int) -> Bool {
        guard let layer, i < layer.count else { return true }
        return layer.clauseOf[i] == layer.clauseOf[tracker.pointee.start]
    }

    /// Tokens `from..<to` all lie in the clause of the current attempt.
    @inline(__always) private func inClause(_ from: Int, _ to: Int) -> Bool {
        guard let layer, from < to else { return true }
        let clause = layer.clauseOf[tracker.pointee.start]
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
        tracker = .allocate(capacity: 1)
        tracker.initialize(to: ProgressTracker())
        self.sentenceBytes = Array(sentence.utf8)
        self.sentenceStart = sentenceStart
        var keys: [String: [Int]] = Dictionary(minimumCapacity: tokens.count)
        for (i, token) in tokens.enumerated() { keys[token.key, default: []].append(i) }
        self.keys = keys
        self.presentLexicons = lexicons.lexiconsStarting(in: tokens)
        self.lexicons = lexicons
        var byStart: [Int: [(Int, Quantity)]] = [:]
        // Tokens are in text order and do not overlap (starts and ends ascend): the first token
        // ending after the quantity's start and the last starting before its end are found by
        // halving, not by a walk per quantity (quadratic on a long sentence of figures).
        func firstIndex(_ isAfter: (Token) -> Bool) -> Int {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isAfter(tokens[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        for q in quantities {
            let first = firstIndex { $0.end > q.start }, last = firstIndex { $0.start >= q.end } - 1
            guard first < tokens.count, last >= 0, first <= last else { continue }
            byStart[first, default: []].append((last + 1, q))
        }
        self.quantities = byStart
    }

    /// Leftmost matches, non-overlapping. `prefilter: false` tries the pattern even when a word
    /// it needs is absent, so that `progress` tells how far it gets (for `explain`).
    public func matches(of pattern: TokenPattern, prefilter: Bool = true) -> [Match] {
        tracker.pointee.steps = 0
        tracker.pointee.exhausted = false
        if prefilter, !mayMatch(pattern) { return [] }
        var out: [Match] = []
        var start = 0
        // Whether the pattern's rest matches from a token depends on the clause an attempt
        // started in, not on the start itself: attempts from one clause share a memo.
        // Clauses are runs of tokens, so one memo at a time will do.
        var memoClause = Int.min
        var memo: FailureMemo?
        // Only the tokens the pattern can start at are tried (every other start fails on the
        // pattern's first token, so the matches are the same); `explain` tries every token.
        let starts = prefilter ? self.starts(of: pattern.start) : nil
        var nextStart = 0
        func advance(to position: Int) -> Int {
            guard let starts else { return position }
            while nextStart < starts.count, starts[nextStart] < position { nextStart += 1 }
            return nextStart < starts.count ? starts[nextStart] : tokens.count
        }
        start = advance(to: 0)
        while start < tokens.count, !tracker.pointee.exhausted {
            let clause = layer.map { start < $0.count ? $0.clauseOf[start] : -1 } ?? 0
            if clause != memoClause {
                memoClause = clause
                memo = self.memo(for: pattern.elements.count)
            }
            if let m = match(pattern, at: start, memo: memo) {
                out.append(m)
                start = advance(to: max(m.endToken, start + 1))
            } else {
                start = advance(to: start + 1)
            }
        }
        return out
    }

    /// The token indexes, ascending, a pattern with these starts can start at; nil for any token.
    /// (Each is a necessary condition of the pattern's first element: a word it begins with, a
    /// lexicon form or quantity starting there, the tests of a `[...]`, a `$name`'s first word.)
    private func starts(of start: PatternStart) -> [Int]? {
        guard !start.any else { return nil }
        var found: [Int] = []
        for word in start.words { if let at = keys[word] { found += at } }
        for name in start.lexicons { found += lexicons.starts(of: name, among: presentLexicons) }
        if start.quantity { found += quantities.keys }
        if let layer, !start.tests.isEmpty {
            for i in 0..<min(tokens.count, layer.count)
            where start.tests.contains(where: { tests in tests.allSatisfy { $0.holds(i, layer, lexicons) } }) {
                found.append(i)
            }
        }
        if start.name {
            for (i, token) in tokens.enumerated() where token.isWord && token.isCapitalized && !token.hasDigit { found.append(i) }
        }
        let sources = start.words.count + start.lexicons.count + (start.quantity ? 1 : 0) + (start.tests.isEmpty ? 0 : 1) + (start.name ? 1 : 0)
        if start.quantity || sources > 1 { found.sort() }
        return found
    }

    public func match(_ pattern: TokenPattern, at start: Int) -> Match? {
        match(pattern, at: start, memo: memo(for: pattern.elements.count))
    }

    private func match(_ pattern: TokenPattern, at start: Int, memo: FailureMemo?) -> Match? {
        tracker.pointee.start = start
        let result = matchSequence(pattern.elements[...], start, [:], depth: 0, memo: memo) { end, captures in
            Match(startToken: start, endToken: end, captures: captures)
        }
        guard let result, result.endToken > result.startToken, !tracker.pointee.exhausted else { return nil }
        return result
    }

    typealias Continuation = (Int, [String: Capture]) -> Match?

    /// A memo for a sequence of `count` elements, or nil when it has one element (nothing
    /// follows it to try again).
    private func memo(for count: Int) -> FailureMemo? {
        count > 1 ? FailureMemo(width: tokens.count + 1, rows: count) : nil
    }

    /// A memo for a nested sequence, only when an element before its last can match in more
    /// than one way (else nothing is ever tried twice).
    private func memo(for elements: [PatternElement]) -> FailureMemo? {
        guard elements.count > 1 else { return nil }
        for element in elements.dropLast() {
            switch element {
            case .literal, .test, .phrase, .quantity: continue
            default: return FailureMemo(width: tokens.count + 1, rows: elements.count)
            }
        }
        return nil
    }

    private func matchSequence(_ elements: ArraySlice<PatternElement>, _ pos: Int, _ captures: [String: Capture],
                               depth: Int, memo: FailureMemo?, _ k: Continuation) -> Match? {
        guard let first = elements.first else { return k(pos, captures) }
        if depth == 0, elements.startIndex > tracker.pointee.elements {
            tracker.pointee.elements = elements.startIndex
            tracker.pointee.token = pos
        }
        let key = memo?.key(elements.startIndex, pos) ?? 0
        if let memo, memo.contains(key) { return nil }
        let rest = elements.dropFirst()
        let result = matchElement(first, pos, captures) { next, caps in
            matchSequence(rest, next, caps, depth: depth, memo: memo, k)
        }
        if result == nil, let memo, !tracker.pointee.exhausted { memo.insert(key) }
        return result
    }

    private func matchElement(_ element: PatternElement, _ pos: Int, _ captures: [String: Capture],
                              _ k: Continuation) -> Match? {
        guard step() else { return nil }
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
            return matchRepeated(inner, pos, captures, count: 0, minimum: minimum, maximum: maximum,
                                 memo: FailureMemo(width: tokens.count + 1, rows: min(maximum, tokens.count) + 1), k)
        case .alternatives(let alternatives):
            for alternative in alternatives {
                if let m = matchSequence(alternative[...], pos, captures, depth: 1, memo: memo(for: alternative), k) { return m }
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
            return matchSequence(inner[...], pos, captures, depth: 1, memo: memo(for: inner)) { end, caps in
                var caps = caps
                caps[name] = capture(for: inner, from: pos, to: end, innerCaptures: caps)
                return k(end, caps)
            }
        }
    }

    /// `inner` repeated, greedily, between `minimum` and `maximum` times.
    private func matchRepeated(_ inner: PatternElement, _ pos: Int, _ captures: [String: Capture], count: Int,
                               minimum: Int, maximum: Int, memo: FailureMemo, _ k: Continuation) -> Match? {
        let key = memo.key(count, pos)
        if memo.contains(key) { return nil }
        if count < maximum, let m = matchElement(inner, pos, captures, { next, caps in
            next > pos ? self.matchRepeated(inner, next, caps, count: count + 1, minimum: minimum, maximum: maximum, memo: memo, k) : nil
        }) { return m }
        let result = count >= minimum ? k(pos, captures) : nil
        if result == nil, !tracker.pointee.exhausted { memo.insert(key) }
        return result
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
            case .word(let key): if keys[key] == nil { return false }
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
