/// The tokens a match of a pattern can start at, found once from the pattern alone: a token
/// whose key is one of `words`, where a form of one of `lexicons` starts, where a quantity
/// starts, a token passing one of the sets of `tests`, or a capitalized word when the pattern
/// can start with a `$name` — or any token, when it can start with a gap or a noun phrase. The
/// matcher tries a pattern only from such tokens; every other start would fail on the
/// pattern's first token, so the matches are the same.
public struct PatternStart: Sendable, Hashable {
    /// Any token may start a match.
    public var any: Bool
    public var words: Set<String>
    /// Sorted.
    public var lexicons: [String]
    public var quantity: Bool
    /// Each a `[...]` the first token must pass whole.
    public var tests: [[TokenTest]]
    /// A capitalized word without digits (the first word of a `$name`).
    public var name: Bool

    static let nothing = PatternStart(any: false)
    static let anything = PatternStart(any: true)

    /// The starts of a whole pattern. A pattern that can match nothing at all may start anywhere.
    public init(_ elements: [PatternElement]) {
        let (start, nullable) = Self.sequence(elements[...])
        self = nullable ? .anything : start
    }

    private init(any: Bool, words: Set<String> = [], lexicons: [String] = [], quantity: Bool = false,
                 tests: [[TokenTest]] = [], name: Bool = false) {
        self.any = any
        self.words = words
        self.lexicons = lexicons
        self.quantity = quantity
        self.tests = tests
        self.name = name
    }

    private func union(_ other: PatternStart) -> PatternStart {
        if any || other.any { return .anything }
        return PatternStart(any: false, words: words.union(other.words),
                            lexicons: Array(Set(lexicons).union(other.lexicons)).sorted(),
                            quantity: quantity || other.quantity,
                            tests: tests + other.tests.filter { !tests.contains($0) },
                            name: name || other.name)
    }

    /// The first tokens of a sequence, and whether it can match no token at all.
    private static func sequence(_ elements: ArraySlice<PatternElement>) -> (PatternStart, nullable: Bool) {
        var start = PatternStart.nothing
        for element in elements {
            let (first, nullable) = Self.element(element)
            start = start.union(first)
            if !nullable { return (start, false) }
        }
        return (start, true)
    }

    private static func element(_ element: PatternElement) -> (PatternStart, nullable: Bool) {
        switch element {
        case .literal(let keys):
            guard let first = keys.first else { return (.nothing, true) }
            return (PatternStart(any: false, words: [first]), false)
        case .lexicon(let name):
            return (PatternStart(any: false, lexicons: [name]), false)
        case .quantity:
            return (PatternStart(any: false, quantity: true), false)
        case .test(let tests):
            return (PatternStart(any: false, tests: [tests]), false)
        case .name:
            return (PatternStart(any: false, name: true), false)
        case .phrase:
            return (.anything, false)
        case .gap:
            return (.anything, true)
        case .optional(let inner):
            return (Self.element(inner).0, true)
        case .repeated(let inner, let minimum, let maximum):
            let (first, nullable) = Self.element(inner)
            return (first, nullable || minimum == 0 || maximum == 0)
        case .alternatives(let alternatives):
            var start = PatternStart.nothing
            var nullable = false
            for alternative in alternatives {
                let (first, empty) = sequence(alternative[...])
                start = start.union(first)
                nullable = nullable || empty
            }
            return (start, nullable)
        case .capture(_, let inner):
            return sequence(inner[...])
        }
    }
}
