/// What the words of English can be, from WordNet 3.0: each lemma's word classes, the
/// lexicographer categories of its senses (a soldier is a `person`, to slash is `contact`) and a
/// frequency prior, with WordNet's lemmatizer (morphy) on top.
///
/// Reads: `language/words.tsv` and `language/word-exceptions.tsv` of a rules directory, written
/// by `scripts/make-word-table` (see docs/word-table.md), parsed on their UTF-8 bytes.
/// Adds: for a lowercased token (`Token.key`), its lemmas per word class (killed → kill,
/// children → child, went → go), the classes it can be, and per lemma its categories and
/// frequency. Lookups hash the token's bytes in place: no table lookup allocates, and
/// `lemma(of:as:)` allocates nothing for lemmas of up to 15 bytes.
///
/// The table knows WordNet's open-class words only: "the" and "of" are not in it, and a few
/// closed-class words are there with rare senses ("a" the letter, "us" the United States), so a
/// caller should decide about stop words before asking.
public final class WordTable: @unchecked Sendable {
    /// One word class of one lemma.
    struct ClassEntry: Sendable {
        var wordClass: UInt8
        var categoryCount: UInt8
        var categoryStart: UInt32
        var frequency: UInt32
    }

    /// One irregular form → lemma pair of the exception list.
    struct Exception: Sendable {
        var wordClass: UInt8
        /// The lemma's index in `words`, or -1 when the table does not have it.
        var lemma: Int32
    }

    // The table is immutable after `init`; its arrays live in memory of its own, read through
    // pointers (no reference counting in lookups) and freed in `deinit`. Hence @unchecked Sendable.

    /// Every word the table knows: the lemmas, numbered in file order, then the irregular forms of
    /// the exception list that are not lemmas; one lookup of a token finds both, and its record
    /// has the classes and frequency priors.
    let words: WordIndex
    let lemmaCount: Int
    let exceptionFormCount: Int
    /// Per class of each lemma: its categories and exact frequency (a record points here).
    let classEntries: UnsafeBufferPointer<ClassEntry>
    /// Category codes of all class entries; a code indexes `categoryNameTable`.
    let categoryCodes: UnsafeBufferPointer<UInt8>
    let categoryNameTable: [String]
    /// Codes seen per word class, for `categoryNames(for:)`.
    let categoriesByClass: [[UInt8]]
    /// The exception list's lemmas, grouped by form (a record points here).
    let exceptions: UnsafeBufferPointer<Exception>

    /// `classStarts` and `exceptionStarts` (one more than there are words) delimit each word's
    /// class entries and exception lemmas; a word has at most 4 class entries and 255 lemmas
    /// as an irregular form, and at most 255 bytes (the reader checks).
    init(words: ByteKeyTable, lemmaCount: Int, exceptionFormCount: Int, classStarts: [UInt32], classEntries: [ClassEntry],
         categoryCodes: [UInt8], categoryNameTable: [String], exceptionStarts: [UInt32], exceptions: [Exception]) {
        let keyStarts = words.keyStarts
        var records: [WordIndex.Record] = []
        records.reserveCapacity(words.count)
        for i in 0..<words.count {
            var mask: UInt8 = 0
            var priors: UInt64 = 0
            for k in Int(classStarts[i])..<Int(classStarts[i + 1]) {
                let entry = classEntries[k]
                mask |= 1 << entry.wordClass
                priors |= UInt64(min(entry.frequency, 0xFFFF)) << (16 * UInt64(entry.wordClass))
            }
            records.append(WordIndex.Record(
                keyStart: keyStarts[i], firstClassEntry: classStarts[i], firstException: exceptionStarts[i], priors: priors,
                keyLength: UInt8(keyStarts[i + 1] - keyStarts[i]), classMask: mask,
                classCount: UInt8(classStarts[i + 1] - classStarts[i]), exceptionCount: UInt8(exceptionStarts[i + 1] - exceptionStarts[i])))
        }
        self.words = WordIndex(keys: words, records: records)
        self.lemmaCount = lemmaCount
        self.exceptionFormCount = exceptionFormCount
        self.classEntries = WordIndex.copy(classEntries)
        self.categoryCodes = WordIndex.copy(categoryCodes)
        self.categoryNameTable = categoryNameTable
        self.exceptions = WordIndex.copy(exceptions)
        var used = [Bool](repeating: false, count: 4 * 256)
        for entry in classEntries {
            for k in 0..<Int(entry.categoryCount) { used[Int(entry.wordClass) * 256 + Int(categoryCodes[Int(entry.categoryStart) + k])] = true }
        }
        categoriesByClass = (0..<4).map { wordClass in
            (0..<256).filter { used[wordClass * 256 + $0] }.map { UInt8($0) }
                .sorted { categoryNameTable[Int($0)] < categoryNameTable[Int($1)] }
        }
    }

    deinit {
        words.deallocate()
        classEntries.deallocate()
        categoryCodes.deallocate()
        exceptions.deallocate()
    }

    /// The number of lemmas.
    public var count: Int { lemmaCount }

    /// The number of irregular forms in the exception list.
    public var exceptionCount: Int { exceptionFormCount }

    // MARK: Lemmas

    /// The lemmas `form` can be an inflection of (or is) in `wordClass`, most likely first: WordNet's
    /// morphy (the exception list, else the form itself and the class's suffix rules, then a
    /// doubled final consonant), each kept only when the table has it in that class; ordered by
    /// frequency prior, then the form itself before an exception before a rule. Empty when
    /// `form` is not a word of that class. `form` is a lowercased token (`Token.key`).
    public func lemmas(of form: String, as wordClass: WordClass) -> [String] {
        var list = CandidateList()
        Self.withBytes(form) { collectLemmas(of: $0, as: wordClass, into: &list) }
        return list.found.sorted { $0.rank < $1.rank }.map { words.key(at: $0.index) }
    }

    /// The most likely lemma of `form` in `wordClass` (the first of `lemmas(of:as:)`), or nil.
    public func lemma(of form: String, as wordClass: WordClass) -> String? {
        let best = Self.withBytes(form) { bestLemma(of: $0, as: wordClass) }
        return best.map { words.key(at: $0.index) }
    }

    /// The classes `form` can be, as a lemma itself or an inflection, most frequent first (by the
    /// frequency prior of its best lemma in each class; ties: the form itself before an
    /// inflection, then noun, verb, adjective, adverb).
    public func classes(of form: String) -> [WordClass] {
        readings(of: form).classes
    }

    /// Everything the tagger asks of one form, found in one walk: the classes it can be (most
    /// likely first, as `classes(of:)`) and its best lemma in each.
    public func readings(of form: String) -> FormReadings {
        var out = FormReadings()
        var ranks: [CandidateRank] = []
        Self.withBytes(form) { bytes in
            forEachClass(of: bytes) { wordClass, index, rank in
                out.lemmaIndex[wordClass.index] = Int32(index)
                // Insertion in order: at most four, already in class order for ties.
                var at = ranks.count
                while at > 0, Self.before(rank, ranks[at - 1]) { at -= 1 }
                if ranks.isEmpty {
                    ranks.reserveCapacity(4)
                    out.classes.reserveCapacity(4)
                }
                ranks.insert(rank, at: at)
                out.classes.insert(wordClass, at: at)
            }
        }
        return out
    }

    /// The lemma a `readings(of:)` found in `wordClass`.
    public func lemma(_ readings: FormReadings, as wordClass: WordClass) -> String? {
        let index = readings.lemmaIndex[wordClass.index]
        return index >= 0 ? words.key(at: Int(index)) : nil
    }

    /// The first category of the lemma a `readings(of:)` found in `wordClass` (as `category(of:as:)`
    /// of that lemma), with no second lookup.
    public func category(_ readings: FormReadings, as wordClass: WordClass) -> String? {
        let index = Int(readings.lemmaIndex[wordClass.index])
        guard index >= 0, let entry = classEntry(index, wordClass), entry.categoryCount > 0 else { return nil }
        return categoryNameTable[Int(categoryCodes[Int(entry.categoryStart)])]
    }

    /// The frequency prior of the lemma a `readings(of:)` found in `wordClass` (0: none).
    public func frequency(_ readings: FormReadings, as wordClass: WordClass) -> Int {
        classEntry(Int(readings.lemmaIndex[wordClass.index]), wordClass).map { Int($0.frequency) } ?? 0
    }

    /// The most likely reading of `form` over all classes: the class first in `classes(of:)` and
    /// its best lemma. Allocates nothing for lemmas of up to 15 bytes: the call for every token.
    public func reading(of form: String) -> WordReading? {
        var best: (wordClass: WordClass, index: Int, rank: CandidateRank)?
        Self.withBytes(form) { bytes in
            forEachClass(of: bytes) { wordClass, index, rank in
                if best == nil || Self.before(rank, best!.rank) { best = (wordClass, index, rank) }
            }
        }
        guard let best else { return nil }
        let frequency = classEntry(best.index, best.wordClass).map { Int($0.frequency) } ?? 0
        return WordReading(wordClass: best.wordClass, lemma: words.key(at: best.index), frequency: frequency)
    }

    /// Whether `lemma` is a lemma of `wordClass` in the table (no lemmatization).
    public func contains(_ lemma: String, as wordClass: WordClass) -> Bool {
        Self.withBytes(lemma) { words.has(words.index(of: $0), wordClass.index) }
    }

    // MARK: What a lemma is

    /// How often `lemma` was tagged in `wordClass` in WordNet's semantic concordance (SemCor):
    /// a frequency prior; 0 when it never was or the table does not have it.
    public func frequency(of lemma: String, as wordClass: WordClass) -> Int {
        Self.withBytes(lemma) { classEntry(words.index(of: $0), wordClass).map { Int($0.frequency) } ?? 0 }
    }

    /// The WordNet lexicographer categories of `lemma`'s senses in `wordClass`, most frequent
    /// sense first, each once: `person`, `group`, `artifact` for nouns; `contact`, `change` for
    /// verbs; `all`, `pert`, `ppl` for adjectives; `all` for adverbs. Empty when the table does not
    /// have the lemma in that class. Takes a lemma: lemmatize a token first.
    public func categories(of lemma: String, as wordClass: WordClass) -> [String] {
        guard let entry = Self.withBytes(lemma, { classEntry(words.index(of: $0), wordClass) }) else { return [] }
        let start = Int(entry.categoryStart)
        return (start..<start + Int(entry.categoryCount)).map { categoryNameTable[Int(categoryCodes[$0])] }
    }

    /// The category of `lemma`'s most frequent sense in `wordClass`, or nil.
    public func category(of lemma: String, as wordClass: WordClass) -> String? {
        guard let entry = Self.withBytes(lemma, { classEntry(words.index(of: $0), wordClass) }),
              entry.categoryCount > 0 else { return nil }
        return categoryNameTable[Int(categoryCodes[Int(entry.categoryStart)])]
    }

    /// Whether any sense of `lemma` in `wordClass` has `category` (not only the first).
    public func has(category: String, lemma: String, as wordClass: WordClass) -> Bool {
        guard let entry = Self.withBytes(lemma, { classEntry(words.index(of: $0), wordClass) }) else { return false }
        let start = Int(entry.categoryStart)
        return (start..<start + Int(entry.categoryCount)).contains { categoryNameTable[Int(categoryCodes[$0])] == category }
    }

    /// Every category the table uses for `wordClass`, sorted (for checking rule files).
    public func categoryNames(for wordClass: WordClass) -> [String] {
        categoriesByClass[wordClass.index].map { categoryNameTable[Int($0)] }
    }

    // MARK: Internals

    /// How a candidate ranks: higher frequency first, then its source, then the order it was found.
    struct CandidateRank: Comparable {
        var frequency: UInt32
        var source: UInt8
        var order: Int

        static func < (a: Self, b: Self) -> Bool {
            if a.frequency != b.frequency { return a.frequency > b.frequency }
            if a.source != b.source { return a.source < b.source }
            return a.order < b.order
        }
    }

    /// Whether one class's best reading goes before another's: higher frequency, then the form
    /// itself before an inflection (the caller breaks remaining ties by class order).
    @inline(__always)
    static func before(_ a: CandidateRank, _ b: CandidateRank) -> Bool {
        a.frequency != b.frequency ? a.frequency > b.frequency : a.source < b.source
    }

    /// Calls `body` for each class `form` has a lemma in, in class order, with its best lemma;
    /// the form's own lookups are shared by the four classes.
    @inline(__always)
    func forEachClass(of form: UnsafeBufferPointer<UInt8>, _ body: (WordClass, Int, CandidateRank) -> Void) {
        let itself = words.index(of: form)
        for k in 0..<4 {  // not WordClass.allCases: an array, retained and released on every call
            let wordClass = WordClass(index: k)!
            if let best = bestLemma(of: form, as: wordClass, itself: itself) {
                body(wordClass, best.index, best.rank)
            }
        }
    }

    /// The best candidate of `form` in `wordClass`, without collecting the others.
    @inline(__always)
    func bestLemma(of form: UnsafeBufferPointer<UInt8>, as wordClass: WordClass) -> (index: Int, rank: CandidateRank)? {
        bestLemma(of: form, as: wordClass, itself: words.index(of: form))
    }

    @inline(__always)
    func bestLemma(of form: UnsafeBufferPointer<UInt8>, as wordClass: WordClass, itself: Int)
        -> (index: Int, rank: CandidateRank)? {
        var best = BestCandidate()
        collectLemmas(of: form, as: wordClass, itself: itself, into: &best)
        return best.index >= 0 ? (best.index, best.rank) : nil
    }

    /// Keeps the best candidate.
    struct BestCandidate: LemmaSink {
        var index = -1
        var rank = CandidateRank(frequency: 0, source: 0, order: 0)
        var order = 0

        @inline(__always)
        mutating func add(_ index: Int, _ source: LemmaSource, _ prior: UInt32) {
            let r = CandidateRank(frequency: prior, source: source.rawValue, order: order)
            order += 1
            if self.index < 0 || r < rank {
                self.index = index
                rank = r
            }
        }
    }

    /// Keeps every candidate once, in the order found.
    struct CandidateList: LemmaSink {
        var found: [(index: Int, rank: CandidateRank)] = []

        mutating func add(_ index: Int, _ source: LemmaSource, _ prior: UInt32) {
            if !found.contains(where: { $0.index == index }) {
                found.append((index, CandidateRank(frequency: prior, source: source.rawValue, order: found.count)))
            }
        }
    }

    /// The entry of lemma number `index` (-1: none) in `wordClass`, or nil.
    @inline(__always)
    func classEntry(_ index: Int, _ wordClass: WordClass) -> ClassEntry? {
        guard words.has(index, wordClass.index) else { return nil }
        let wanted = UInt8(wordClass.index)
        let record = words.records[index]
        var k = Int(record.firstClassEntry)
        let end = k + Int(record.classCount)
        while k < end {
            if classEntries[k].wordClass == wanted { return classEntries[k] }
            k += 1
        }
        return nil
    }

    /// The UTF-8 bytes of a string, without a copy for native strings.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }
}
