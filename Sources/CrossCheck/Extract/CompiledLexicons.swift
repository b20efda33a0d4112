/// Lexicons prepared for matching: every form tokenized once, indexed by its first token,
/// longest forms first.
public struct CompiledLexicons: Sendable {
    public struct Form: Sendable {
        public var keys: [String]
        public var canonical: String
    }

    var index: [String: [String: [Form]]] = [:]
    /// Each lexicon as `lexicon(_:)` gives it, with its first-key filter built once.
    var compiled: [String: CompiledLexicon] = [:]
    /// Entry attributes by lexicon name and canonical form (`adjective` of "Germany").
    var attributes: [String: [String: [String: String]]] = [:]
    /// For a token key, the numbers (in `numbers`) of the lexicons that have a form starting with it.
    var lexiconsByFirstKey: [String: [Int]] = [:]
    /// Each lexicon's number, in name order: presence in a sentence is a bit set, not a set of names.
    let numbers: [String: Int]
    /// The keys of `lexiconsByFirstKey`, to pass over most tokens without a lookup.
    private var firstKeyFilter: FirstKeyFilter?

    public init(_ lexicons: [String: Lexicon]) {
        let numbers = Dictionary(uniqueKeysWithValues: lexicons.keys.sorted().enumerated().map { ($1, $0) })
        self.numbers = numbers
        for (name, lexicon) in lexicons {
            var byFirst: [String: [Form]] = [:]
            for entry in lexicon.entries {
                for form in entry.forms {
                    let keys = Tokenizer.tokens(in: form).map(\.key)
                    guard let first = keys.first else { continue }
                    byFirst[first, default: []].append(Form(keys: keys, canonical: entry.canonical))
                }
            }
            for key in byFirst.keys { byFirst[key]!.sort { $0.keys.count > $1.keys.count } }
            index[name] = byFirst
            compiled[name] = CompiledLexicon(forms: byFirst)
            attributes[name] = Dictionary(lexicon.entries.filter { !$0.attributes.isEmpty }.map { ($0.canonical, $0.attributes) },
                                          uniquingKeysWith: { first, _ in first })
            for key in byFirst.keys { lexiconsByFirstKey[key, default: []].append(numbers[name]!) }
        }
        firstKeyFilter = FirstKeyFilter(lexiconsByFirstKey.keys)
    }

    /// Lexicon `name` alone (empty when there is none): for a caller that asks of one lexicon
    /// token after token, so that the name is looked up once, not at every token.
    public func lexicon(_ name: String) -> CompiledLexicon {
        compiled[name] ?? CompiledLexicon(forms: [:])
    }

    /// The keys some form of some lexicon starts with.
    public var firstKeys: Dictionary<String, [Int]>.Keys { lexiconsByFirstKey.keys }

    /// Whether some form of lexicon `name` starts with the token key `key`: one lookup, to
    /// skip `matches` where nothing can start.
    public func mayStart(_ name: String, with key: String) -> Bool {
        compiled[name]?.mayStart(with: key) ?? false
    }

    /// The lexicons some form of which starts at one of these tokens: one lookup per token.
    public func lexiconsStarting(in tokens: [Token]) -> LexiconPresence {
        var bits = [UInt64](repeating: 0, count: (numbers.count + 63) / 64)
        var starts: [(lexicon: Int, token: Int)] = []
        starts.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            guard firstKeyFilter?.mayHold(token.key) != false, let found = lexiconsByFirstKey[token.key] else { continue }
            for n in found {
                bits[n >> 6] |= 1 << UInt64(n & 63)
                starts.append((n, i))
            }
        }
        return LexiconPresence(numbers: numbers, bits: bits, starts: starts)
    }

    /// The token indexes, ascending, where a form of lexicon `name` starts (as `presence` found them).
    func starts(of name: String, among presence: LexiconPresence) -> [Int] {
        guard let n = numbers[name], presence.contains(number: n) else { return [] }
        return presence.starts.compactMap { $0.lexicon == n ? $0.token : nil }
    }

    /// Forms of lexicon `name` that match `tokens` at `position`, longest first.
    public func matches(_ name: String, in tokens: [Token], at position: Int) -> [(end: Int, canonical: String)] {
        compiled[name]?.matches(in: tokens, at: position) ?? []
    }

    /// The canonical form of the one-word form `key` of lexicon `name`, if it has one.
    public func canonical(_ name: String, ofWord key: String) -> String? {
        compiled[name]?.canonical(ofWord: key)
    }

    /// The canonical form of the form made of exactly these keys, if lexicon `name` has one.
    public func canonical(_ name: String, ofPhrase keys: [String]) -> String? {
        guard let first = keys.first else { return nil }
        return index[name]?[first]?.first { $0.keys == keys }?.canonical
    }

    /// Whether a single token is a one-word form of lexicon `name`.
    public func contains(_ name: String, _ key: String) -> Bool {
        canonical(name, ofWord: key) != nil
    }

    /// An attribute of the entry of lexicon `name` whose canonical form is `canonical`.
    public func attribute(_ attribute: String, of canonical: String, in name: String) -> String? {
        attributes[name]?[canonical]?[attribute]
    }

    /// The first position at or after `from` where a form of `name` starts, with its end.
    public func find(_ name: String, in tokens: [Token], from: Int = 0, to limit: Int? = nil) -> (start: Int, end: Int, canonical: String)? {
        lexicon(name).find(in: tokens, from: from, to: limit)
    }
}

/// Which lexicons have a form starting somewhere in a sentence: one bit per lexicon.
public struct LexiconPresence: Sendable {
    let numbers: [String: Int]
    let bits: [UInt64]
    /// (lexicon number, token index) of every form start, by token index.
    let starts: [(lexicon: Int, token: Int)]

    /// Whether some form of lexicon `name` starts in the sentence.
    public func contains(_ name: String) -> Bool {
        guard let n = numbers[name] else { return false }
        return contains(number: n)
    }

    func contains(number n: Int) -> Bool { bits[n >> 6] & (1 << UInt64(n & 63)) != 0 }
}

/// One lexicon of `CompiledLexicons`: its forms by first token key, longest first.
public struct CompiledLexicon: Sendable {
    let forms: [String: [CompiledLexicons.Form]]
    /// Which first keys can be in `forms`, by first byte and length: most tokens of a sentence
    /// start no form, and this answers for them without hashing the key.
    private let firstKeys: FirstKeyFilter?

    init(forms: [String: [CompiledLexicons.Form]]) {
        self.forms = forms
        firstKeys = FirstKeyFilter(forms.keys)
    }

    /// Whether some form starts with the token key `key`.
    public func mayStart(with key: String) -> Bool { firstKeys?.mayHold(key) != false && forms[key] != nil }

    /// The longest form that matches `tokens` at `position` (what `matches(...).first` gives),
    /// with no array made.
    public func longest(in tokens: [Token], at position: Int) -> (end: Int, canonical: String)? {
        guard position < tokens.count else { return nil }
        let key = tokens[position].key
        guard firstKeys?.mayHold(key) != false, let candidates = forms[key] else { return nil }
        for form in candidates where Self.fits(form, tokens, at: position) { return (position + form.keys.count, form.canonical) }
        return nil
    }

    /// Forms that match `tokens` at `position`, longest first.
    public func matches(in tokens: [Token], at position: Int) -> [(end: Int, canonical: String)] {
        guard position < tokens.count, firstKeys?.mayHold(tokens[position].key) != false,
              let candidates = forms[tokens[position].key] else { return [] }
        var out: [(Int, String)] = []
        for form in candidates where Self.fits(form, tokens, at: position) { out.append((position + form.keys.count, form.canonical)) }
        return out
    }

    /// The first position at or after `from` (and before `limit`) where a form starts, with
    /// its end: each token's key is looked up once.
    public func find(in tokens: [Token], from: Int = 0, to limit: Int? = nil) -> (start: Int, end: Int, canonical: String)? {
        guard !forms.isEmpty else { return nil }
        let end = min(limit ?? tokens.count, tokens.count)
        var i = max(0, from)
        while i < end {
            if let m = longest(in: tokens, at: i) { return (i, m.end, m.canonical) }
            i += 1
        }
        return nil
    }

    /// The canonical form of the one-word form `key`, if there is one.
    public func canonical(ofWord key: String) -> String? {
        guard firstKeys?.mayHold(key) != false else { return nil }
        return forms[key]?.first { $0.keys.count == 1 }?.canonical
    }

    /// Whether a single token is a one-word form.
    public func contains(_ key: String) -> Bool { canonical(ofWord: key) != nil }

    /// Whether `form` matches `tokens` from `position` on.
    @inline(__always) static func fits(_ form: CompiledLexicons.Form, _ tokens: [Token], at position: Int) -> Bool {
        let end = position + form.keys.count
        guard end <= tokens.count else { return false }
        for (k, key) in form.keys.enumerated() where tokens[position + k].key != key { return false }
        return true
    }
}

/// The first keys of a lexicon's forms, by first byte and length in bytes (one bit per length
/// up to 63, the last for any longer): `mayHold` says no, without hashing, for an ASCII key
/// that is not one of them. `String` equality is canonical equivalence: an ASCII key equals
/// only the same bytes, or a key holding one of the three scalars whose decomposition is ASCII
/// (U+037E, U+1FEF, U+212A; a lexicon with such a key gets no filter); a key with another
/// non-ASCII byte can equal only a non-ASCII key, so it is always looked up.
struct FirstKeyFilter: Sendable {
    private let lengths: [UInt64]

    /// Nil when some key is empty or holds a scalar that decomposes to ASCII (no filter).
    init?(_ keys: some Sequence<String>) {
        var lengths = [UInt64](repeating: 0, count: 128)
        for key in keys {
            guard let first = key.utf8.first else { return nil }
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                lengths[Int(first)] |= 1 << UInt64(min(key.utf8.count, 63))
            } else if key.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) {
                return nil
            }
        }
        self.lengths = lengths
    }

    /// False when `key` is surely not one of the keys; true when it may be.
    @inline(__always)
    func mayHold(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard let first = utf8.first, first < 0x80 else { return true }
        guard lengths[Int(first)] & (1 << UInt64(min(utf8.count, 63))) != 0 else {
            // Not by its bytes; a key with a non-ASCII byte is left to the lookup.
            return !Self.isASCII(key)
        }
        return true
    }

    /// Whether every byte of `key` is ASCII: the bytes or-ed together in place (a token key
    /// is a native or small string, so its bytes are contiguous), not a generic walk of the view.
    @inline(__always)
    static func isASCII(_ key: String) -> Bool {
        if let ascii = key.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var all: UInt8 = 0
            for b in bytes { all |= b }
            return all < 0x80
        }) { return ascii }
        return key.utf8.allSatisfy { $0 < 0x80 }
    }
}
