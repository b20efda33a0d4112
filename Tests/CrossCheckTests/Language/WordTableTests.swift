import Foundation
import Testing
@testable import CrossCheck

/// The repository's word table (rules/language), loaded once.
enum Words {
    static let table: WordTable = {
        do {
            return try WordTable.load(directory: Repository.path("rules"))
        } catch {
            fatalError("the repository's word table does not load:\n\(error)")
        }
    }()
}

struct LemmaCase: Sendable, CustomTestStringConvertible {
    var form: String
    var wordClass: WordClass
    var lemma: String?
    var testDescription: String { "\(form) (\(wordClass)) → \(lemma ?? "none")" }
}

struct CategoryCase: Sendable, CustomTestStringConvertible {
    var form: String
    var wordClass: WordClass
    var category: String
    var testDescription: String { "\(form) (\(wordClass)) is \(category)" }
}

struct BadTableCase: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String  // "words" or "exceptions"
    var content: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { name }
}

@Suite("Word table")
struct WordTableTests {
    let table = Words.table

    @Test("the best lemma of a form", arguments: [
        LemmaCase(form: "killed", wordClass: .verb, lemma: "kill"),
        LemmaCase(form: "kills", wordClass: .verb, lemma: "kill"),
        // A verb's "-es" drops whole only after s, x, z, ch, sh or o.
        LemmaCase(form: "sites", wordClass: .verb, lemma: "site"),
        LemmaCase(form: "fixes", wordClass: .verb, lemma: "fix"),
        LemmaCase(form: "echoes", wordClass: .verb, lemma: "echo"),
        LemmaCase(form: "killing", wordClass: .verb, lemma: "kill"),
        LemmaCase(form: "kill", wordClass: .verb, lemma: "kill"),
        LemmaCase(form: "children", wordClass: .noun, lemma: "child"),
        LemmaCase(form: "women", wordClass: .noun, lemma: "woman"),
        LemmaCase(form: "men", wordClass: .noun, lemma: "man"),
        LemmaCase(form: "wounded", wordClass: .verb, lemma: "wound"),
        LemmaCase(form: "died", wordClass: .verb, lemma: "die"),
        LemmaCase(form: "dies", wordClass: .verb, lemma: "die"),
        LemmaCase(form: "stopped", wordClass: .verb, lemma: "stop"),
        LemmaCase(form: "planning", wordClass: .verb, lemma: "plan"),
        LemmaCase(form: "went", wordClass: .verb, lemma: "go"),
        LemmaCase(form: "said", wordClass: .verb, lemma: "say"),
        LemmaCase(form: "was", wordClass: .verb, lemma: "be"),
        LemmaCase(form: "better", wordClass: .adjective, lemma: "good"),
        LemmaCase(form: "better", wordClass: .adverb, lemma: "well"),
        LemmaCase(form: "girls", wordClass: .noun, lemma: "girl"),
        LemmaCase(form: "soldiers", wordClass: .noun, lemma: "soldier"),
        LemmaCase(form: "churches", wordClass: .noun, lemma: "church"),
        LemmaCase(form: "boxes", wordClass: .noun, lemma: "box"),
        LemmaCase(form: "cities", wordClass: .noun, lemma: "city"),
        LemmaCase(form: "injuries", wordClass: .noun, lemma: "injury"),
        LemmaCase(form: "hopes", wordClass: .verb, lemma: "hope"),
        LemmaCase(form: "arrested", wordClass: .verb, lemma: "arrest"),
        LemmaCase(form: "evacuating", wordClass: .verb, lemma: "evacuate"),
        LemmaCase(form: "larger", wordClass: .adjective, lemma: "large"),
        LemmaCase(form: "smallest", wordClass: .adjective, lemma: "small"),
        // A doubled final consonant the exception list does not know.
        LemmaCase(form: "blogged", wordClass: .verb, lemma: "blog"),
        LemmaCase(form: "scamming", wordClass: .verb, lemma: "scam"),
        LemmaCase(form: "gutted", wordClass: .verb, lemma: "gut"),
        // The more frequent of two lemmas wins: "data" itself, not the rarer "datum".
        LemmaCase(form: "data", wordClass: .noun, lemma: "data"),
        // Hyphenated lemmas are kept.
        LemmaCase(form: "cease-fires", wordClass: .noun, lemma: "cease-fire"),
        LemmaCase(form: "brothers-in-law", wordClass: .noun, lemma: "brother-in-law"),
        // Not a word of that class: no lemma. "is" is no plural of "i"; "of" is not in WordNet.
        LemmaCase(form: "is", wordClass: .noun, lemma: nil),
        LemmaCase(form: "killed", wordClass: .noun, lemma: nil),
        LemmaCase(form: "of", wordClass: .noun, lemma: nil),
        LemmaCase(form: "", wordClass: .verb, lemma: nil),
    ])
    func bestLemma(_ c: LemmaCase) {
        #expect(table.lemma(of: c.form, as: c.wordClass) == c.lemma)
        #expect(table.lemmas(of: c.form, as: c.wordClass).first == c.lemma)
    }

    @Test("all the lemmas of a form, most likely first", arguments: [
        LemmaCase(form: "better", wordClass: .adjective, lemma: "good,better,well"),
        LemmaCase(form: "troops", wordClass: .noun, lemma: "troops,troop"),
        LemmaCase(form: "data", wordClass: .noun, lemma: "data,datum"),
        LemmaCase(form: "found", wordClass: .verb, lemma: "find,found"),
        // A listed form gets its listed lemmas and no rule ("axe" would need one).
        LemmaCase(form: "axes", wordClass: .noun, lemma: "axis,ax"),
    ])
    func allLemmas(_ c: LemmaCase) {
        #expect(table.lemmas(of: c.form, as: c.wordClass).joined(separator: ",") == c.lemma)
    }

    @Test("the category of a word's most frequent sense, as WordNet gives it", arguments: [
        CategoryCase(form: "girls", wordClass: .noun, category: "person"),
        CategoryCase(form: "students", wordClass: .noun, category: "person"),
        CategoryCase(form: "soldiers", wordClass: .noun, category: "person"),
        CategoryCase(form: "women", wordClass: .noun, category: "person"),
        CategoryCase(form: "troops", wordClass: .noun, category: "group"),
        CategoryCase(form: "people", wordClass: .noun, category: "group"),
        CategoryCase(form: "cut", wordClass: .verb, category: "contact"),
        CategoryCase(form: "slashed", wordClass: .verb, category: "contact"),
        CategoryCase(form: "killed", wordClass: .verb, category: "contact"),
        CategoryCase(form: "eliminated", wordClass: .verb, category: "change"),
        CategoryCase(form: "said", wordClass: .verb, category: "communication"),
        CategoryCase(form: "jobs", wordClass: .noun, category: "act"),
    ])
    func category(_ c: CategoryCase) throws {
        let lemma = try #require(table.lemma(of: c.form, as: c.wordClass))
        #expect(table.category(of: lemma, as: c.wordClass) == c.category)
        #expect(table.categories(of: lemma, as: c.wordClass).first == c.category)
        #expect(table.has(category: c.category, lemma: lemma, as: c.wordClass))
    }

    @Test("a lemma's categories follow its senses, most frequent first, each once")
    func categoryOrder() {
        #expect(table.categories(of: "woman", as: .noun) == ["person", "group"])
        #expect(table.categories(of: "cut", as: .verb).prefix(3) == ["contact", "change", "motion"])
        #expect(table.categories(of: "person", as: .noun).first == "tops")
        #expect(table.has(category: "group", lemma: "woman", as: .noun))
        #expect(!table.has(category: "artifact", lemma: "woman", as: .noun))
        // Categories belong to a lemma, not to an inflected form, and to one class.
        #expect(table.categories(of: "girls", as: .noun).isEmpty)
        #expect(table.categories(of: "girl", as: .verb).isEmpty)
        #expect(table.category(of: "girl", as: .adjective) == nil)
    }

    @Test("the frequency prior ranks common senses of a class above rare ones")
    func frequency() {
        #expect(table.frequency(of: "good", as: .adjective) > table.frequency(of: "better", as: .adjective))
        #expect(table.frequency(of: "kill", as: .verb) > table.frequency(of: "kill", as: .noun))
        #expect(table.frequency(of: "people", as: .noun) > 100)
        #expect(table.frequency(of: "people", as: .adjective) == 0)
        #expect(table.frequency(of: "the", as: .noun) == 0)
    }

    @Test("the classes a form can be, most frequent first", arguments: [
        ("killed", [WordClass.verb]),
        ("people", [.noun, .verb]),
        ("report", [.verb, .noun]),
        ("cut", [.verb, .adjective, .noun]),
        ("children", [.noun]),
        ("better", [.adjective, .adverb, .verb, .noun]),
        // As in morphy, "was" is also a plural of the noun "wa" (Washington); the prior ranks it last.
        ("was", [.verb, .noun]),
        ("the", []),
        ("of", []),
    ] as [(String, [WordClass])])
    func classes(_ form: String, _ expected: [WordClass]) {
        #expect(table.classes(of: form) == expected)
    }

    @Test("a token's most likely reading: its most frequent class and the lemma in it", arguments: [
        ("killed", WordReading(wordClass: .verb, lemma: "kill", frequency: 105)),
        ("children", WordReading(wordClass: .noun, lemma: "child", frequency: 214)),
        ("went", WordReading(wordClass: .verb, lemma: "go", frequency: 598)),
        ("better", WordReading(wordClass: .adjective, lemma: "good", frequency: 262)),
    ] as [(String, WordReading)])
    func reading(_ form: String, _ expected: WordReading) {
        #expect(table.reading(of: form) == expected)
        #expect(table.classes(of: form).first == expected.wordClass)
    }

    @Test("function words are not in the table", arguments: ["the", "of", "and", "whom"])
    func functionWords(_ word: String) {
        for wordClass in WordClass.allCases {
            #expect(!table.contains(word, as: wordClass))
            #expect(table.lemmas(of: word, as: wordClass).isEmpty)
        }
        #expect(table.reading(of: word) == nil)
    }

    @Test("the table has WordNet's single-word lemmas and its categories per class")
    func contents() {
        #expect(table.count > 80_000)
        #expect(table.exceptionCount > 5_000)
        #expect(table.contains("kill", as: .verb))
        #expect(!table.contains("killed", as: .verb))
        #expect(!table.contains("united_states", as: .noun))
        #expect(table.categoryNames(for: .noun).contains("person"))
        #expect(table.categoryNames(for: .noun).count == 26)
        #expect(table.categoryNames(for: .verb).count == 15)
        #expect(table.categoryNames(for: .adjective) == ["all", "pert", "ppl"])
        #expect(!table.categoryNames(for: .verb).contains("person"))
    }

    @Test("a malformed table line is a diagnostic at its file, line and column", arguments: [
        BadTableCase(name: "no fields", file: "words", content: "kill\tv=contact:3\nslay\n", line: 2, column: 5,
                     message: "expected a lemma, a tab"),
        BadTableCase(name: "unknown class", file: "words", content: "# c\n\nkill\tx=contact\n", line: 3, column: 6,
                     message: "CLASS n, v, a or r"),
        BadTableCase(name: "no equals sign", file: "words", content: "kill\tv:contact\n", line: 1, column: 6,
                     message: "expected a field"),
        BadTableCase(name: "uppercase category", file: "words", content: "kill\tn=act\tv=Contact\n", line: 1, column: 14,
                     message: "lowercase letters"),
        BadTableCase(name: "empty category", file: "words", content: "kill\tv=contact,,change\n", line: 1, column: 16,
                     message: "expected a category name"),
        BadTableCase(name: "count not digits", file: "words", content: "kill\tv=contact:3x\n", line: 1, column: 17,
                     message: "digits"),
        BadTableCase(name: "class twice", file: "words", content: "kill\tv=contact\tv=change\n", line: 1, column: 16,
                     message: "given twice"),
        BadTableCase(name: "lemma twice", file: "words", content: "kill\tv=contact\nkill\tn=act\n", line: 2, column: 1,
                     message: "listed twice"),
        BadTableCase(name: "space in a lemma", file: "words", content: "kill off\tv=contact\n", line: 1, column: 5,
                     message: "no spaces"),
        BadTableCase(name: "exception without lemma", file: "exceptions", content: "went\tv\n", line: 1, column: 6,
                     message: "FORM<TAB>CLASS<TAB>LEMMA"),
        BadTableCase(name: "exception with bad class", file: "exceptions", content: "# x\nwent\tq\tgo\n", line: 2, column: 6,
                     message: "CLASS n, v, a or r"),
    ])
    func malformed(_ c: BadTableCase) throws {
        let directory = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let words = c.file == "words" ? c.content : "go\tv=motion:598\n"
        let exceptions = c.file == "exceptions" ? c.content : "went\tv\tgo\n"
        try write(words, exceptions, in: directory)
        let path = (directory as NSString).appendingPathComponent(c.file == "words" ? WordTable.wordsFile : WordTable.exceptionsFile)
        do {
            _ = try WordTable.load(directory: directory)
            Issue.record("a malformed table loaded")
        } catch {
            #expect(error.id == "bad-word-table")
            #expect(error.file == path)
            #expect(error.line == c.line)
            #expect(error.column == c.column)
            #expect(error.message.contains(c.message), "\(error.message)")
            #expect(error.description.hasPrefix("\(path):\(c.line):\(c.column): error: [bad-word-table] "))
        }
    }

    @Test("a small table of one's own loads and lemmatizes")
    func ownTable() throws {
        let directory = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try write("# mine\r\ngo\tn=act\tv=motion,social:598\nwent\tn=time\nplan\tv=cognition:9\n", "went\tv\tgo\n", in: directory)
        let table = try #require(try WordTable.loadIfPresent(rulesDirectory: directory))
        #expect(table.count == 3)
        #expect(table.lemma(of: "went", as: .verb) == "go")
        #expect(table.lemma(of: "went", as: .noun) == "went")
        #expect(table.lemma(of: "planned", as: .verb) == "plan")
        #expect(table.categories(of: "go", as: .verb) == ["motion", "social"])
        #expect(table.frequency(of: "go", as: .verb) == 598)
        #expect(table.frequency(of: "go", as: .noun) == 0)
        #expect(table.classes(of: "go") == [.verb, .noun])
    }

    @Test("a rules folder without the table files gives no table; half a table is an error")
    func absent() throws {
        let directory = Repository.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try WordTable.loadIfPresent(rulesDirectory: directory) == nil)
        try FileManager.default.createDirectory(atPath: (directory as NSString).appendingPathComponent("language"),
                                                withIntermediateDirectories: true)
        try "go\tv=motion\n".write(toFile: (directory as NSString).appendingPathComponent(WordTable.wordsFile),
                                   atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try WordTable.loadIfPresent(rulesDirectory: directory) }
        #expect(throws: Diagnostic.self) { try WordTable.load(directory: directory + "/nowhere") }
    }

    private func write(_ words: String, _ exceptions: String, in directory: String) throws {
        let language = (directory as NSString).appendingPathComponent("language")
        try FileManager.default.createDirectory(atPath: language, withIntermediateDirectories: true)
        try words.write(toFile: (directory as NSString).appendingPathComponent(WordTable.wordsFile), atomically: true, encoding: .utf8)
        try exceptions.write(toFile: (directory as NSString).appendingPathComponent(WordTable.exceptionsFile),
                             atomically: true, encoding: .utf8)
    }
}
