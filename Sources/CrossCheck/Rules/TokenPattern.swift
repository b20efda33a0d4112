import Foundation

/// A claim rule's pattern over tokens, parsed from the one-line syntax editors write:
///
/// | syntax | matches |
/// |---|---|
/// | `stationed` | that word, any case (`U.S.` or `'s` work too; a literal may be several tokens) |
/// | `"not true"` | that phrase |
/// | `(reduce\|cut back\|withdraw)` | one of the alternatives, each a sequence |
/// | `@forces` | any term of the lexicon `forces` (longest first) |
/// | `#count` `#money` `#percent` `#duration` `#quantity` | a number the quantities stage read, of that kind (`#quantity`: any amount) |
/// | `$name` | a proper name: a run of capitalized words, at least two, or one not at the sentence start |
/// | `...` / `...4` | any tokens, at most 6 / at most 4 |
/// | `X?` | X or nothing |
/// | `{slot: X Y}` | X Y, remembered as `slot` for the claim's topic and value |
/// | `<kill>` `<kill\|wound>` | any form of that lemma: killed, kills, killing |
/// | `[tag:verb !lemma:say]` | a token passing every test (`TokenTest`); `[entity:person]` takes the whole name |
/// | `[np category:person]` | a noun phrase whose head passes the tests ("the schoolgirls") |
/// | `X+` / `X*` | X once or more / any number of times (at most 8) |
///
/// A match never runs across a clause boundary ("killed 14 rebels | and wounded several").
public indirect enum PatternElement: Sendable, Hashable {
    case literal([String])
    case test([TokenTest])
    case phrase([TokenTest])
    case repeated(PatternElement, min: Int, max: Int)
    case alternatives([[PatternElement]])
    case lexicon(String)
    case quantity(String)
    case name
    case gap(Int)
    case optional(PatternElement)
    case capture(String, [PatternElement])
}

public struct TokenPattern: Sendable, Hashable {
    public var source: String { storage.source }
    public var elements: [PatternElement] { storage.elements }
    /// What any match must contain (see `Requirement`).
    public var requirements: [Requirement] { storage.requirements }
    /// The tokens a match can start at (see `PatternStart`).
    public var start: PatternStart { storage.start }

    /// One object, so that a pattern is copied (for each sentence, each rule) with one retain.
    private final class Storage: Sendable {
        let source: String
        let elements: [PatternElement]
        let requirements: [Requirement]
        let start: PatternStart

        init(source: String, elements: [PatternElement]) {
            self.source = source
            self.elements = elements
            self.requirements = TokenPattern.requirements(of: elements)
            self.start = PatternStart(elements)
        }
    }

    private let storage: Storage

    public init(source: String, elements: [PatternElement]) {
        storage = Storage(source: source, elements: elements)
    }

    /// Patterns are equal when their text and elements are (what they require and where they
    /// start follow from the elements).
    public static func == (a: TokenPattern, b: TokenPattern) -> Bool {
        a.storage === b.storage || (a.source == b.source && a.elements == b.elements)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(elements)
    }

    public static let quantityKinds = ["count", "money", "percent", "duration", "quantity"]
    /// How many times `X+` and `X*` repeat at most.
    public static let maxRepeat = 8
    public static let defaultGap = 6

    /// A syntax error at a UTF-8 offset into the pattern text.
    public struct SyntaxError: Error, Sendable {
        public var message: String
        public var offset: Int
    }

    public static func parse(_ source: String) throws(SyntaxError) -> TokenPattern {
        var parser = PatternParser(bytes: Array(source.utf8))
        let elements = try parser.parseSequence(until: nil)
        if elements.isEmpty { throw SyntaxError(message: "the pattern is empty", offset: 0) }
        return TokenPattern(source: source, elements: elements)
    }

    /// What any match must contain, found from the elements that are neither optional nor
    /// inside alternatives: a cheap test that rules a pattern out before matching.
    public enum Requirement: Sendable, Hashable {
        case word(String)
        case lexicon(String)
        case quantity
    }

    static func requirements(of elements: [PatternElement]) -> [Requirement] {
        var out: [Requirement] = []
        func walk(_ elements: [PatternElement]) {
            for element in elements {
                switch element {
                case .literal(let keys): out += keys.map(Requirement.word)
                case .lexicon(let name): out.append(.lexicon(name))
                case .quantity: out.append(.quantity)
                case .capture(_, let inner): walk(inner)
                default: break
                }
            }
        }
        walk(elements)
        return out
    }

    /// How many ways the pattern can be laid over a sentence from one start word, counted on the
    /// pattern alone: the product, along each sequence, of the choices of its elements (a gap of
    /// n: n + 1; `X?`: X's ways + 1; alternatives: the sum of theirs; `X+`/`X*`: the sum of X's
    /// ways to the power of each count allowed; a lexicon or `$name`: 2, one per length tried).
    /// A plain backtracking matcher may try them all; `rules lint` warns above `explosiveWays`.
    public var ways: Double { Self.ways(elements) }

    /// Above this many `ways`, `rules lint` warns that the pattern's nesting can explode.
    public static let explosiveWays = 1_000_000.0

    static func ways(_ elements: [PatternElement]) -> Double {
        elements.reduce(1.0) { min($0 * ways($1), 1e300) }
    }

    static func ways(_ element: PatternElement) -> Double {
        switch element {
        case .literal, .test, .phrase, .quantity: return 1
        case .lexicon, .name: return 2
        case .gap(let n): return Double(n + 1)
        case .optional(let inner): return ways(inner) + 1
        case .alternatives(let alternatives): return min(alternatives.reduce(0.0) { $0 + ways($1) }, 1e300)
        case .capture(_, let inner): return ways(inner)
        case .repeated(let inner, let minimum, let maximum):
            let w = ways(inner)
            return min((minimum...max(minimum, maximum)).reduce(0.0) { $0 + pow(w, Double($1)) }, 1e300)
        }
    }

    /// Lexicon names used, with nothing else.
    public var lexicons: [String] { Self.collect(elements) { if case .lexicon(let n) = $0 { n } else { nil } } }
    /// Slot names captured.
    public var slots: [String] { Self.collect(elements) { if case .capture(let n, _) = $0 { n } else { nil } } }
    /// Quantity kinds used.
    public var quantityKinds: [String] { Self.collect(elements) { if case .quantity(let k) = $0 { k } else { nil } } }

    /// Every token test used (for `rules lint`: categories and lexicons they name).
    public var tokenTests: [TokenTest] {
        Self.collect(elements) { e -> [TokenTest]? in
            switch e {
            case .test(let tests), .phrase(let tests): tests
            default: nil
            }
        }.flatMap { $0 }
    }

    /// Slots whose capture is a single quantity element.
    public var quantitySlots: [String] {
        Self.collect(elements) {
            if case .capture(let n, let inner) = $0, inner.count == 1, case .quantity = inner[0] { n } else { nil }
        }
    }

    static func collect<T>(_ elements: [PatternElement], _ pick: (PatternElement) -> T?) -> [T] {
        var out: [T] = []
        func walk(_ e: PatternElement) {
            if let v = pick(e) { out.append(v) }
            switch e {
            case .alternatives(let alts): alts.forEach { $0.forEach(walk) }
            case .optional(let inner), .repeated(let inner, _, _): walk(inner)
            case .capture(_, let inner): inner.forEach(walk)
            default: break
            }
        }
        elements.forEach(walk)
        return out
    }
}

/// Recursive-descent parser for `TokenPattern` syntax.
struct PatternParser {
    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    }

    /// Elements until `terminator` (one of `)`, `|`, `}`) or the end.
    mutating func parseSequence(until terminators: Set<UInt8>?) throws(TokenPattern.SyntaxError) -> [PatternElement] {
        var out: [PatternElement] = []
        while true {
            skipSpaces()
            guard i < bytes.count else {
                if let terminators, !terminators.isEmpty {
                    let expected = terminators.contains(UInt8(ascii: "}")) ? "'}'" : "')'"
                    throw .init(message: "missing \(expected)", offset: i)
                }
                return out
            }
            if let terminators, terminators.contains(bytes[i]) { return out }
            let c = bytes[i]
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "}") || c == UInt8(ascii: "|") {
                throw .init(message: "unexpected '\(Character(Unicode.Scalar(c)))'", offset: i)
            }
            var element = try parseAtom()
            if i < bytes.count, bytes[i] == UInt8(ascii: "?") {
                if case .gap = element { throw .init(message: "a gap '...' is already optional", offset: i) }
                i += 1
                element = .optional(element)
            } else if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "*") {
                if case .gap = element { throw .init(message: "a gap '...' cannot repeat", offset: i) }
                if case .capture = element { throw .init(message: "a slot cannot repeat; repeat inside it: {name: X+}", offset: i) }
                element = .repeated(element, min: bytes[i] == UInt8(ascii: "+") ? 1 : 0, max: TokenPattern.maxRepeat)
                i += 1
            }
            out.append(element)
        }
    }

    mutating func parseAtom() throws(TokenPattern.SyntaxError) -> PatternElement {
        let start = i
        let c = bytes[i]
        switch c {
        case UInt8(ascii: "("):
            i += 1
            var alternatives: [[PatternElement]] = []
            while true {
                let alt = try parseSequence(until: [UInt8(ascii: "|"), UInt8(ascii: ")")])
                if alt.isEmpty { throw .init(message: "an alternative is empty", offset: i) }
                alternatives.append(alt)
                if bytes[i] == UInt8(ascii: ")") { i += 1; break }
                i += 1
            }
            return .alternatives(alternatives)
        case UInt8(ascii: "{"):
            i += 1
            skipSpaces()
            let name = readName()
            if name.isEmpty { throw .init(message: "a slot needs a name: {name: ...}", offset: i) }
            skipSpaces()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                throw .init(message: "expected ':' after slot name '\(name)'", offset: i)
            }
            i += 1
            let inner = try parseSequence(until: [UInt8(ascii: "}")])
            if inner.isEmpty { throw .init(message: "slot '\(name)' matches nothing", offset: i) }
            i += 1
            return .capture(name, inner)
        case UInt8(ascii: "["):
            i += 1
            var tests: [TokenTest] = []
            var phrase = false
            while true {
                skipSpaces()
                guard i < bytes.count else { throw .init(message: "missing ']'", offset: i) }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                let from = i
                while i < bytes.count, bytes[i] != 0x20, bytes[i] != UInt8(ascii: "]") { i += 1 }
                let word = String(decoding: bytes[from..<i], as: UTF8.self)
                if word == "np", tests.isEmpty, !phrase { phrase = true; continue }
                tests.append(try TokenTest.parse(word, offset: from))
            }
            if tests.isEmpty && !phrase { throw .init(message: "'[]' holds no test", offset: start) }
            if let why = TokenTest.contradiction(in: tests) {
                throw .init(message: "these tests can never match: \(why)", offset: start)
            }
            return phrase ? .phrase(tests) : .test(tests)
        case UInt8(ascii: "<"):
            i += 1
            let from = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
            guard i < bytes.count else { throw .init(message: "missing '>'", offset: start) }
            let lemmas = String(decoding: bytes[from..<i], as: UTF8.self).split(separator: "|")
                .map { Tokenizer.matchKey(String($0.filter { $0 != " " })) }.filter { !$0.isEmpty }
            i += 1
            if lemmas.isEmpty { throw .init(message: "'<>' needs a lemma: <kill>", offset: start) }
            return .test([TokenTest(kind: .lemma(lemmas), inverted: false)])
        case UInt8(ascii: "@"):
            i += 1
            let name = readName()
            if name.isEmpty { throw .init(message: "'@' needs a lexicon name", offset: start) }
            return .lexicon(name)
        case UInt8(ascii: "#"):
            i += 1
            let name = readName()
            guard TokenPattern.quantityKinds.contains(name) else {
                let note = Suggestion.closest(to: name, in: TokenPattern.quantityKinds).map { "; did you mean '#\($0)'?" } ?? ""
                throw .init(message: "unknown quantity kind '#\(name)' (known: \(TokenPattern.quantityKinds.map { "#" + $0 }.joined(separator: ", ")))\(note)", offset: start)
            }
            return .quantity(name)
        case UInt8(ascii: "$"):
            i += 1
            let name = readName()
            guard name == "name" else { throw .init(message: "unknown '$\(name)': only '$name' exists", offset: start) }
            return .name
        case UInt8(ascii: "\""):
            i += 1
            let from = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
            guard i < bytes.count else { throw .init(message: "missing closing '\"'", offset: start) }
            let phrase = String(decoding: bytes[from..<i], as: UTF8.self)
            i += 1
            let keys = Tokenizer.tokens(in: phrase).map(\.key)
            if keys.isEmpty { throw .init(message: "an empty phrase", offset: start) }
            return .literal(keys)
        case UInt8(ascii: "."):
            if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "."), bytes[i + 2] == UInt8(ascii: ".") {
                i += 3
                var digits = 0
                var value = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    // Past 40 the value only needs to stay wrong, not to grow: "...99999999999999999999"
                    // must not overflow (found by fuzzing).
                    if value <= 40 { value = value * 10 + Int(bytes[i] - 0x30) }
                    digits += 1
                    i += 1
                }
                if digits > 0 && (value == 0 || value > 40) {
                    throw .init(message: "a gap spans 1 to 40 tokens", offset: start)
                }
                return .gap(digits == 0 ? TokenPattern.defaultGap : value)
            }
            fallthrough
        default:
            let from = i
            while i < bytes.count, !Self.isSyntax(bytes[i]) { i += 1 }
            // A trailing '?' belongs to the syntax, not the word.
            let word = String(decoding: bytes[from..<i], as: UTF8.self)
            let keys = Tokenizer.tokens(in: word).map(\.key)
            if keys.isEmpty { throw .init(message: "unexpected '\(word)'", offset: from) }
            return .literal(keys)
        }
    }

    static func isSyntax(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "<"),
             UInt8(ascii: "+"), UInt8(ascii: "*"): return true
        default: return false
        }
    }

    mutating func readName() -> String {
        let from = i
        while i < bytes.count, Lexicon.isValidName(String(decoding: [bytes[i]], as: UTF8.self)) { i += 1 }
        return String(decoding: bytes[from..<i], as: UTF8.self)
    }
}
