import Foundation

/// Reading the word table files of a rules directory.
///
/// Reads: `language/words.tsv` (`LEMMA<TAB>CLASS=CATEGORY,...[:COUNT]...`) and
/// `language/word-exceptions.tsv` (`FORM<TAB>CLASS<TAB>LEMMA`); `#` lines and empty lines are
/// skipped. Adds: a `WordTable`, or a `bad-word-table` diagnostic at `file:line:column` for the
/// first malformed line.
extension WordTable {
    /// The word table file, relative to a rules directory.
    public static let wordsFile = "language/words.tsv"
    /// The exception list file, relative to a rules directory.
    public static let exceptionsFile = "language/word-exceptions.tsv"

    /// Loads the table of the rules directory `directory`.
    public static func load(directory: String) throws(Diagnostic) -> WordTable {
        let wordsPath = (directory as NSString).appendingPathComponent(wordsFile)
        let exceptionsPath = (directory as NSString).appendingPathComponent(exceptionsFile)
        return try parse(words: read(wordsPath), wordsFile: wordsPath,
                         exceptions: read(exceptionsPath), exceptionsFile: exceptionsPath)
    }

    /// The table of `rulesDirectory`, or nil when it has neither file; a malformed or half-present
    /// table is an error.
    public static func loadIfPresent(rulesDirectory: String) throws(Diagnostic) -> WordTable? {
        let manager = FileManager.default
        let directory = rulesDirectory as NSString
        let present = [wordsFile, exceptionsFile].filter { manager.fileExists(atPath: directory.appendingPathComponent($0)) }
        if present.isEmpty { return nil }
        return try load(directory: rulesDirectory)
    }

    /// Parses the two files' bytes; `wordsFile` and `exceptionsFile` name them in diagnostics.
    static func parse(words wordBytes: [UInt8], wordsFile: String,
                      exceptions exceptionBytes: [UInt8], exceptionsFile: String) throws(Diagnostic) -> WordTable {
        var reader = WordTableReader(file: wordsFile)
        try wordBytes.withUnsafeBufferPointer { (bytes) throws(Diagnostic) in try reader.readWords(bytes) }
        try exceptionBytes.withUnsafeBufferPointer { (bytes) throws(Diagnostic) in
            reader.file = exceptionsFile
            try reader.readExceptions(bytes)
        }
        return reader.table()
    }

    private static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(id: "bad-word-table", "cannot read the file (run scripts/make-word-table to write it)", file: path)
        }
        return [UInt8](data)
    }
}

/// The line-by-line parser behind `WordTable.parse`.
struct WordTableReader {
    var file: String
    private var words: ByteKeyTable
    private var classStarts: [UInt32] = [0]
    private var classEntries: [WordTable.ClassEntry] = []
    private var categoryCodes: [UInt8] = []
    private var categories = ByteKeyTable(expectedCount: 64)
    private var categoryMemo = [Int16](repeating: -1, count: 1 << 15)
    private var lemmaCount = 0
    /// (form index, class, lemma index) in file order.
    private var lemmasPerForm: [UInt8] = []
    private var exceptionRows: [(form: Int32, wordClass: UInt8, lemma: Int32)] = []

    init(file: String) {
        self.file = file
        words = ByteKeyTable(expectedCount: 1 << 17)
        classEntries.reserveCapacity(110_000)
        categoryCodes.reserveCapacity(160_000)
    }

    private static let tab = UInt8(ascii: "\t"), comma = UInt8(ascii: ","), colon = UInt8(ascii: ":"),
                       equals = UInt8(ascii: "="), space = UInt8(ascii: " ")

    mutating func readWords(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) {
        var lines = Lines(bytes: bytes)
        while let (line, number) = lines.next() {
            let n = line.count
            var tab = 0
            while tab < n, line[tab] != Self.tab { tab += 1 }
            guard tab > 0, tab < n else {
                throw problem("expected a lemma, a tab, then fields like n=person:12", line, number, at: tab < n ? 0 : n)
            }
            try checkWord(line, 0, tab, number)
            let (index, inserted) = words.insert(UnsafeBufferPointer(rebasing: line[0..<tab]))
            guard inserted else { throw problem("the lemma \"\(words.key(at: index))\" is listed twice", line, number, at: 0) }
            var seen: UInt8 = 0
            var i = tab + 1
            repeat {
                var end = i
                while end < n, line[end] != Self.tab { end += 1 }
                let wordClass = try readField(line, i, end, number)
                guard seen & (1 << wordClass) == 0 else { throw problem("this class is given twice on the line", line, number, at: i) }
                seen |= 1 << wordClass
                i = end + 1
            } while i <= n
            classStarts.append(UInt32(classEntries.count))
        }
        lemmaCount = words.count
    }

    /// `CLASS=CATEGORY,...[:COUNT]` in `line[start..<end]`; returns the class index.
    private mutating func readField(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int) throws(Diagnostic) -> UInt8 {
        guard end - start >= 3, let wordClass = WordClass(letter: line[start]), line[start + 1] == Self.equals else {
            throw problem("expected a field CLASS=CATEGORY,...[:COUNT] with CLASS n, v, a or r", line, number, at: start)
        }
        let categoryStart = categoryCodes.count
        var i = start + 2
        while true {
            let nameStart = i
            while i < end, line[i] != Self.comma, line[i] != Self.colon {
                let b = line[i]
                guard b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else {
                    throw problem("a category is lowercase letters a-z (a WordNet lexicographer file: person, contact, ...)", line, number, at: i)
                }
                i += 1
            }
            guard i > nameStart else { throw problem("expected a category name", line, number, at: i) }
            let code = category(UnsafeBufferPointer(rebasing: line[nameStart..<i]))
            guard code < 256 else { throw problem("more than 255 different categories", line, number, at: nameStart) }
            categoryCodes.append(UInt8(code))
            if i == end || line[i] == Self.colon { break }
            i += 1
        }
        var frequency: UInt32 = 0
        if i < end {  // ":COUNT"
            i += 1
            guard i < end else { throw problem("expected a count after ':'", line, number, at: i) }
            while i < end {
                let digit = line[i] &- UInt8(ascii: "0")
                guard digit < 10 else { throw problem("a count is digits 0-9", line, number, at: i) }
                let (times, o1) = frequency.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times.addingReportingOverflow(UInt32(digit))
                guard !o1, !o2 else { throw problem("the count is too large", line, number, at: i) }
                frequency = sum
                i += 1
            }
        }
        guard categoryCodes.count - categoryStart < 256 else { throw problem("more than 255 categories in one field", line, number, at: start) }
        classEntries.append(.init(wordClass: UInt8(wordClass.index), categoryCount: UInt8(categoryCodes.count - categoryStart),
                                  categoryStart: UInt32(categoryStart), frequency: frequency))
        return UInt8(wordClass.index)
    }

    /// The code of a category name: a few dozen names occur 150,000 times, so a slot chosen by
    /// length and first and last letter remembers the last code seen there, checked before use.
    @inline(__always)
    private mutating func category(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        let slot = (name.count & 31) << 10 | Int(name[0] & 31) << 5 | Int(name[name.count - 1] & 31)
        let remembered = Int(categoryMemo[slot])
        if remembered >= 0, categories.key(at: remembered, equals: name) { return remembered }
        let code = categories.insert(name).index
        categoryMemo[slot] = Int16(truncatingIfNeeded: code)
        return code
    }

    mutating func readExceptions(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) {
        var lines = Lines(bytes: bytes)
        while let (line, number) = lines.next() {
            let n = line.count
            var first = 0
            while first < n, line[first] != Self.tab { first += 1 }
            guard first > 0, first + 2 < n, line[first + 2] == Self.tab,
                  let wordClass = WordClass(letter: line[first + 1]) else {
                throw problem("expected FORM<TAB>CLASS<TAB>LEMMA with CLASS n, v, a or r", line, number, at: min(first + 1, n))
            }
            let lemmaStart = first + 3
            guard lemmaStart < n else { throw problem("expected a lemma after the class", line, number, at: n) }
            try checkWord(line, 0, first, number)
            try checkWord(line, lemmaStart, n, number)
            let (form, inserted) = words.insert(UnsafeBufferPointer(rebasing: line[0..<first]))
            if inserted { classStarts.append(UInt32(classEntries.count)) }  // a form that is no lemma: no classes
            let lemma = words.index(of: UnsafeBufferPointer(rebasing: line[lemmaStart..<n]))
            if form >= lemmasPerForm.count { lemmasPerForm += [UInt8](repeating: 0, count: form + 1 - lemmasPerForm.count) }
            guard lemmasPerForm[form] < 255 else { throw problem("a form has at most 255 lemmas", line, number, at: 0) }
            lemmasPerForm[form] += 1
            exceptionRows.append((Int32(form), UInt8(wordClass.index), Int32(lemma)))
        }
    }

    /// A lemma or form: no spaces, tabs or control bytes, at most 255 bytes.
    private func checkWord(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ number: Int) throws(Diagnostic) {
        guard end - start <= 255 else { throw problem("a word is at most 255 bytes long", line, number, at: start) }
        for i in start..<end where line[i] <= Self.space {
            throw problem("a word has no spaces, tabs or control characters (multi-word lemmas are left out)", line, number, at: i)
        }
    }

    /// A `bad-word-table` error at byte `offset` of `line`, with the line and a caret.
    private func problem(_ message: String, _ line: UnsafeBufferPointer<UInt8>, _ number: Int, at offset: Int) -> Diagnostic {
        let text = String(decoding: line, as: UTF8.self)
        let before = String(decoding: UnsafeBufferPointer(rebasing: line[0..<min(offset, line.count)]), as: UTF8.self)
        let column = before.unicodeScalars.count + 1
        let indent = String(before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
        return Diagnostic(id: "bad-word-table", message, file: file, line: number, column: column,
                          snippet: text + "\n" + indent + "^")
    }

    /// The finished table: exception rows grouped by form, keeping file order within a form.
    mutating func table() -> WordTable {
        var starts = [UInt32](repeating: 0, count: words.count + 1)
        var forms = 0
        for row in exceptionRows {
            if starts[Int(row.form) + 1] == 0 { forms += 1 }
            starts[Int(row.form) + 1] += 1
        }
        for i in 0..<words.count { starts[i + 1] += starts[i] }
        var next = starts
        var grouped = [WordTable.Exception](repeating: .init(wordClass: 0, lemma: -1), count: exceptionRows.count)
        for row in exceptionRows {
            grouped[Int(next[Int(row.form)])] = .init(wordClass: row.wordClass, lemma: row.lemma)
            next[Int(row.form)] += 1
        }
        let names = (0..<categories.count).map { categories.key(at: $0) }
        return WordTable(words: words, lemmaCount: lemmaCount, exceptionFormCount: forms, classStarts: classStarts,
                         classEntries: classEntries, categoryCodes: categoryCodes, categoryNameTable: names,
                         exceptionStarts: starts, exceptions: grouped)
    }
}

/// The lines of a table file that are not empty or a `#` comment, without "\r\n", numbered from 1.
struct Lines {
    let bytes: UnsafeBufferPointer<UInt8>
    private var start = 0
    private var number = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> (line: UnsafeBufferPointer<UInt8>, number: Int)? {
        let n = bytes.count
        while start < n {
            number += 1
            var end = start
            while end < n, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let lineStart = start
            start = end + 1
            if contentEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                return (UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]), number)
            }
        }
        return nil
    }
}
