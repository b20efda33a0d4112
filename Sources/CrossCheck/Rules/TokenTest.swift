/// One constraint on a token, written inside `[...]` in a pattern: `[lemma:kill]`,
/// `[tag:verb]`, `[entity:person]`, `[category:person]`, `[in:@forces]`, `[shape:Xx]`,
/// `[regex:^[A-Z]{2,}$]`, `[capitalized]`, `[negated]`; a `!` in front turns it around
/// (`[tag:verb !lemma:say]`). `<kill>` is short for `[lemma:kill]` and `<kill|wound>` for
/// either. All the tests in one `[...]` must hold.
public struct TokenTest: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The token's lemma is one of these.
        case lemma([String])
        case tag(WordTag)
        /// The token starts (or is inside) a named entity of this type; nil: any entity.
        case entity(EntityType?)
        /// WordNet's category of the token's lemma ("person", "location", "contact").
        case category(String)
        /// The token's key or lemma is a one-word form of this lexicon.
        case lexicon(String)
        /// The token's shape: X for a capital, x for a small letter, d for a digit, runs folded.
        case shape(String)
        case regex(String)
        case capitalized
        /// Inside the scope of a negation or denial.
        case negated
    }

    public var kind: Kind
    /// True for `!test`.
    public var inverted: Bool

    public static let keys = ["lemma", "tag", "entity", "category", "in", "shape", "regex", "capitalized", "negated"]

    /// Parses one test ("tag:verb", "!lemma:say"); `offset` is where it starts in the pattern.
    static func parse(_ text: String, offset: Int) throws(TokenPattern.SyntaxError) -> TokenTest {
        var body = Substring(text)
        let inverted = body.hasPrefix("!")
        if inverted { body = body.dropFirst() }
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let key = String(parts[0])
        let value = parts.count > 1 ? String(parts[1]) : nil
        func need() throws(TokenPattern.SyntaxError) -> String {
            guard let value, !value.isEmpty else { throw .init(message: "'\(key)' needs a value: [\(key):...]", offset: offset) }
            return value
        }
        let kind: Kind
        switch key {
        case "lemma": kind = .lemma(try need().split(separator: "|").map { Tokenizer.matchKey(String($0)) })
        case "tag":
            let v = try need()
            guard let tag = WordTag(rawValue: v) else {
                let known = WordTag.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: v, in: known).map { "; did you mean '\($0)'?" } ?? ""
                throw .init(message: "unknown word tag '\(v)' (known: \(known.joined(separator: ", ")))\(hint)", offset: offset)
            }
            kind = .tag(tag)
        case "entity":
            guard let v = value, !v.isEmpty, v != "any" else { kind = .entity(nil); break }
            guard let type = EntityType(rawValue: v) else {
                let known = EntityType.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: v, in: known).map { "; did you mean '\($0)'?" } ?? ""
                throw .init(message: "unknown entity type '\(v)' (known: \(known.joined(separator: ", ")), any)\(hint)", offset: offset)
            }
            kind = .entity(type)
        case "category": kind = .category(try need())
        case "in":
            var v = try need()
            if v.hasPrefix("@") { v.removeFirst() }
            guard Lexicon.isValidName(v) else { throw .init(message: "'in' takes a lexicon name: [in:@name]", offset: offset) }
            kind = .lexicon(v)
        case "shape": kind = .shape(try need())
        case "regex":
            let v = try need()
            guard (try? Regex(v)) != nil else { throw .init(message: "'\(v)' is not a valid regular expression", offset: offset) }
            kind = .regex(v)
        case "capitalized": kind = .capitalized
        case "negated": kind = .negated
        default:
            let hint = Suggestion.closest(to: key, in: keys).map { "; did you mean '\($0)'?" } ?? ""
            throw .init(message: "unknown token test '\(key)' (known: \(keys.joined(separator: ", ")))\(hint)", offset: offset)
        }
        return TokenTest(kind: kind, inverted: inverted)
    }

    /// Why a set of tests can never hold together, if it cannot: two different tags, two
    /// entity types, a test and its inverse.
    static func contradiction(in tests: [TokenTest]) -> String? {
        let tags = Set(tests.compactMap { t -> WordTag? in if case .tag(let g) = t.kind, !t.inverted { g } else { nil } })
        if tags.count > 1 { return "a token cannot be both \(tags.map(\.rawValue).sorted().joined(separator: " and "))" }
        let types = Set(tests.compactMap { t -> EntityType? in if case .entity(let e?) = t.kind, !t.inverted { e } else { nil } })
        if types.count > 1 { return "a token cannot be in entities of types \(types.map(\.rawValue).sorted().joined(separator: " and "))" }
        for t in tests where !t.inverted && tests.contains(TokenTest(kind: t.kind, inverted: true)) {
            return "a test and its inverse ('!') cannot both hold"
        }
        if tags.first == .punctuation, tests.contains(where: { if case .lemma = $0.kind { !$0.inverted } else { false } }) {
            return "punctuation has no lemma"
        }
        return nil
    }

    /// Whether token `i` of `layer` passes.
    func holds(_ i: Int, _ layer: LinguisticLayer, _ lexicons: CompiledLexicons) -> Bool {
        let word = layer.words[i]
        let token = layer.tokens[i]
        let result: Bool
        switch kind {
        case .lemma(let lemmas): result = lemmas.contains(word.lemma) || lemmas.contains(token.key)
        case .tag(let tag): result = word.tag == tag
        case .entity(let type):
            let entity = layer.entity(at: i)
            result = entity != nil && (type == nil || entity!.type == type)
        case .category(let category): result = word.category == category
        case .lexicon(let name): result = lexicons.contains(name, token.key) || lexicons.contains(name, word.lemma)
        case .shape(let shape): result = Self.shape(of: token.text) == shape
        case .regex(let pattern): result = (try? Regex(pattern).wholeMatch(in: token.text)) != nil
        case .capitalized: result = token.isCapitalized
        case .negated: result = layer.negation(covering: i..<(i + 1)) != nil
        }
        return result != inverted
    }

    /// "Xx" for "Seoul", "X" for "US", "d" for "2025", "Xx-Xx" for "Jae-myung".
    static func shape(of text: String) -> String {
        var out: [Character] = []
        for scalar in text.unicodeScalars {
            let c: Character
            if scalar.properties.isUppercase { c = "X" } else if scalar.properties.isLowercase { c = "x" }
            else if ("0"..."9").contains(scalar) { c = "d" } else { c = Character(scalar) }
            if out.last != c { out.append(c) }
        }
        return String(out)
    }
}
