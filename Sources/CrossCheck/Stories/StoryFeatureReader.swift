/// Reads the features story grouping and copy detection need from one document, in one pass
/// over the UTF-8 bytes of its title and body.
///
/// Reads: a `Document`. Adds: its `StoryFeatures` — named entities, content words, dates, each
/// with its count, and the body's MinHash signature.
///
/// - **Entities**: runs of capitalised words on one line ("Abu Bakr al-Baghdadi", "Bank of
///   England": `of`, `de`, `al`, ... may join two capitalised words), lowercased, a multi-word
///   name as one feature. The first word of a sentence is a name only when it is not a common
///   word ("The", "Police") and the same word is capitalised inside a sentence elsewhere in the
///   document, or when it starts a longer run ("Kim Jong Un said"). The title gives words only.
/// - **Content words**: lowercased words of three or more letters that are not stop words
///   (lexicons `stop-words-*`) nor common news words (`story-common-words`), with a plural or
///   possessive ending removed; each word of a name is one as well, so "Foley" meets "James
///   Wright Foley".
/// - **Dates**: a month (lexicon `months`) next to a day number ("12 March", "March 12").
/// - **Copies**: every word 5-gram of the body (all words, lowercased) goes into the MinHash
///   signature (`CopyDetector`).
///
/// Word hashes are FNV-1a over lowercased bytes; a word is looked up in the lexicons by its hash.
public struct StoryFeatureReader: Sendable {
    /// Hashes of lowercased words to ignore (stop words, common news words).
    let ignored: Set<UInt64>
    /// Hashes of lowercased month forms (dots removed) → month number.
    let months: [UInt64: UInt8]
    /// Small words that may join two capitalised words inside a name.
    let connectors: Set<UInt64>
    /// How many of a document's features keep their text (for labels).
    static let namesKept = 12
    static let maxNameWords = 6

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    public init(lexicons: [String: Lexicon]) {
        var ignored: Set<UInt64> = []
        for (name, lexicon) in lexicons where name.hasPrefix("stop-words") || name == "story-common-words" {
            for entry in lexicon.entries {
                for form in [entry.canonical] + entry.forms { ignored.insert(Self.wordHash(Array(form.lowercased().utf8))) }
            }
        }
        var months: [UInt64: UInt8] = [:]
        if let lexicon = lexicons["months"] {
            for entry in lexicon.entries {
                guard let value = entry.attributes["value"].flatMap({ UInt8($0) }) else { continue }
                for form in [entry.canonical] + entry.forms {
                    months[Self.wordHash(Array(form.lowercased().utf8).filter { $0 != 0x2E })] = value
                }
            }
        } else {
            for (index, name) in Self.monthNames.enumerated() { months[Self.wordHash(Array(name.utf8))] = UInt8(index + 1) }
        }
        self.ignored = ignored
        self.months = months
        connectors = Set(["of", "de", "al", "el", "bin", "ibn", "van", "von", "der", "da", "das", "do", "dos", "du", "di", "la", "le", "del"]
            .map { Self.wordHash(Array($0.utf8)) })
    }

    public func features(of document: Document) -> StoryFeatures {
        var scan = Scan(reader: self)
        if let title = document.title {
            var title = title
            title.withUTF8 { scan.read($0, namesAllowed: false, shingles: false) }
        }
        var body = document.body
        body.withUTF8 { scan.read($0, namesAllowed: true, shingles: true) }
        return scan.finish(document: document.id)
    }

    /// FNV-1a over bytes, ASCII letters lowercased.
    @inline(__always)
    static func wordHash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// A feature id: a 32-bit fold of the text's hash, with the kind in the low two bits.
    @inline(__always)
    static func featureID(_ hash: UInt64, _ kind: StoryFeatures.Kind) -> UInt32 {
        let mixed = hash ^ (UInt64(kind.rawValue) &* 0x9E37_79B9_7F4A_7C15)
        let folded = UInt32(truncatingIfNeeded: mixed ^ (mixed >> 32))
        return (folded & ~3) | kind.rawValue
    }
}

/// The state of one document's pass.
private struct Scan {
    let reader: StoryFeatureReader
    var counts: [UInt32: (count: Int, name: String)] = [:]
    /// Single capitalised words met at a sentence start: names only if met inside a sentence too.
    var pending: [(hash: UInt64, word: [UInt8], text: String)] = []
    var entityHashes: Set<UInt64> = []
    var copies = CopyDetector.SignatureBuilder()

    init(reader: StoryFeatureReader) { self.reader = reader }

    /// A word of the text: its bytes (possessive ending removed), its lowercased hash, whether
    /// it is capitalised, a number, and where it stands.
    struct Word {
        var bytes: ArraySlice<UInt8>
        var hash: UInt64
        var capitalised: Bool
        var number: Int?
        var sentenceStart: Bool
        /// Only spaces since the previous word (a name may continue).
        var joined: Bool
    }

    mutating func read(_ text: UnsafeBufferPointer<UInt8>, namesAllowed: Bool, shingles: Bool) {
        let bytes = Array(text)
        var run: [Word] = []
        var connector: Word?
        var previous: Word?
        var sentenceStart = true
        var joined = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if Self.isWordStart(bytes, i) {
                var j = i
                while j < n, Self.isWordByte(bytes, j) { j += 1 }
                var end = j
                // Possessive endings: 's and ’s.
                if end - i > 2, bytes[end - 1] | 0x20 == 0x73 {
                    if bytes[end - 2] == 0x27 { end -= 2 } else if end - i > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 { end -= 4 }
                }
                let slice = bytes[i..<end]
                let hash = StoryFeatureReader.wordHash(slice)
                let word = Word(bytes: slice, hash: hash, capitalised: Self.isCapitalised(bytes, i),
                                number: Self.number(slice), sentenceStart: sentenceStart, joined: joined)
                if shingles { copies.add(word: hash) }
                self.word(word, previous: previous, namesAllowed: namesAllowed, run: &run, connector: &connector)
                // Abbreviations ("Mr.", "U.S.") do not end a sentence.
                let short = word.capitalised && slice.count <= 3
                previous = word
                sentenceStart = false
                joined = true
                i = j
                if i < n, bytes[i] == 0x2E, short { i += 1 }
                continue
            }
            switch b {
            case 0x20, 0x09:
                break
            case 0x2E, 0x21, 0x3F:  // . ! ?
                sentenceStart = true
                joined = false
            case 0x0A, 0x0D:
                sentenceStart = true
                joined = false
                previous = nil
            default:
                joined = false
            }
            i += 1
        }
        if !run.isEmpty { name(run) }
    }

    /// One word: it continues or ends a name, is a content word, or makes a date with the previous word.
    mutating func word(_ word: Word, previous: Word?, namesAllowed: Bool, run: inout [Word], connector: inout Word?) {
        let ignored = reader.ignored.contains(word.hash)
        if let previous, let day = word.number, day >= 1, day <= 31, let month = reader.months[monthHash(previous)] {
            date(month: month, day: day)
        } else if let previous, let day = previous.number, day >= 1, day <= 31, let month = reader.months[monthHash(word)] {
            date(month: month, day: day)
        }
        if namesAllowed, word.capitalised, word.number == nil, !(ignored && (word.sentenceStart || run.isEmpty)) {
            if !run.isEmpty, word.joined {
                if let c = connector { run.append(c) }
                connector = nil
                run.append(word)
                return
            }
            if !run.isEmpty { name(run) }
            run = [word]
            connector = nil
            return
        }
        if namesAllowed, !run.isEmpty, connector == nil, word.joined, reader.connectors.contains(word.hash) {
            connector = word
            return
        }
        if !run.isEmpty { name(run) }
        run.removeAll(keepingCapacity: true)
        connector = nil
        if !ignored, word.number == nil { term(word.bytes) }
    }

    func monthHash(_ word: Word) -> UInt64 {
        word.bytes.last == 0x2E ? StoryFeatureReader.wordHash(word.bytes.dropLast()) : word.hash
    }

    /// A run of capitalised words: one name (and its words as content words), or, for a lone
    /// word at a sentence start, a name to confirm later.
    mutating func name(_ run: [Word]) {
        if run.count > StoryFeatureReader.maxNameWords {
            for word in run where !reader.ignored.contains(word.hash) { term(word.bytes) }
            return
        }
        if run.count == 1 {
            let word = run[0]
            let text = String(decoding: word.bytes, as: UTF8.self)
            if word.sentenceStart {
                pending.append((word.hash, Array(word.bytes), text))
            } else {
                entityHashes.insert(word.hash)
                add(StoryFeatureReader.featureID(word.hash, .entity), name: text)
                if !reader.ignored.contains(word.hash) { term(word.bytes) }
            }
            return
        }
        var key: [UInt8] = []
        var text: [UInt8] = []
        for (k, word) in run.enumerated() {
            if k > 0 { key.append(0x20); text.append(0x20) }
            key.append(contentsOf: word.bytes)
            text.append(contentsOf: word.bytes)
            if !reader.connectors.contains(word.hash), !reader.ignored.contains(word.hash) { term(word.bytes) }
        }
        add(StoryFeatureReader.featureID(StoryFeatureReader.wordHash(key), .entity), name: String(decoding: text, as: UTF8.self))
    }

    /// A content word, lowercased, with a plural ending removed.
    mutating func term(_ word: ArraySlice<UInt8>) {
        guard word.count >= 3 else { return }
        var lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        while let last = lower.last, last == 0x2E || last == 0x27 || last == 0x2D { lower.removeLast() }
        guard lower.count >= 3 else { return }
        let count = lower.count
        // The stem's hash read from `lower` in place: `wordHash` of the stem's bytes.
        var hash: UInt64
        if count > 4, lower[count - 1] == 0x73, lower[count - 2] == 0x65, lower[count - 3] == 0x69 {
            hash = StoryFeatureReader.wordHash(lower[..<(count - 3)])  // -ies → -y
            hash ^= 0x79
            hash = hash &* 0x0000_0100_0000_01b3
        } else if count > 4, lower[count - 1] == 0x73, lower[count - 2] != 0x73, lower[count - 2] != 0x75, lower[count - 2] != 0x69 {
            hash = StoryFeatureReader.wordHash(lower[..<(count - 1)])  // not -ss, -us, -is
        } else {
            hash = StoryFeatureReader.wordHash(lower)
        }
        add(StoryFeatureReader.featureID(hash, .term), name: String(decoding: lower, as: UTF8.self))
    }

    mutating func date(month: UInt8, day: Int) {
        let text = "\(StoryFeatureReader.monthNames[Int(month) - 1].prefix(1).uppercased())\(StoryFeatureReader.monthNames[Int(month) - 1].dropFirst()) \(day)"
        add(StoryFeatureReader.featureID(StoryFeatureReader.wordHash(Array(text.utf8)), .date), name: text)
    }

    /// One more of feature `id`; `name` is made only for its first.
    mutating func add(_ id: UInt32, name: @autoclosure () -> String) {
        if let index = counts.index(forKey: id) {
            counts.values[index].count += 1
        } else {
            counts[id] = (1, name())
        }
    }

    mutating func finish(document: String) -> StoryFeatures {
        for word in pending {
            if entityHashes.contains(word.hash) {
                add(StoryFeatureReader.featureID(word.hash, .entity), name: word.text)
                term(word.word[...])
            } else if !reader.ignored.contains(word.hash) {
                term(word.word[...])
            }
        }
        // By id; ranked by weight (names count twice), then id: the weights are read once, not
        // looked up at every comparison.
        let entries = counts.sorted { $0.key < $1.key }
        let weights = entries.map { $0.value.count * (StoryFeatures.kind(of: $0.key) == .term ? 1 : 2) }
        let ranked = entries.indices.sorted { a, b in weights[a] != weights[b] ? weights[a] > weights[b] : a < b }
        var names: [UInt32: String] = [:]
        for i in ranked.prefix(StoryFeatureReader.namesKept) { names[entries[i].key] = entries[i].value.name }
        return StoryFeatures(document: document, ids: entries.map(\.key), counts: entries.map { UInt16(min($0.value.count, 65_535)) },
                             names: names, signature: copies.signature())
    }

    // MARK: bytes

    /// Letters, digits and bytes of non-ASCII characters other than quotes and dashes.
    @inline(__always)
    static func isWordStart(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c >= 0x30 && c <= 0x39 { return true }
        if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { return true }
        if c >= 0xC0 { return !isPunctuation(b, i) }
        return false
    }

    /// Inside a word: also `'`, `-`, `.` and ’ when a letter or digit follows, and UTF-8 continuation bytes.
    @inline(__always)
    static func isWordByte(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c >= 0x80 && c < 0xC0 { return true }
        if isWordStart(b, i) { return true }
        if c == 0x27 || c == 0x2D || c == 0x2E { return i + 1 < b.count && isWordStart(b, i + 1) }
        if c == 0xE2, i + 3 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 { return isWordStart(b, i + 3) }
        return false
    }

    /// General punctuation in U+2000–U+206F (quotes, dashes, ellipsis) and the no-break space.
    @inline(__always)
    static func isPunctuation(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c == 0xE2, i + 1 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x81 { return true }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 || b[i + 1] == 0xAB || b[i + 1] == 0xBB { return true }
        return false
    }

    static func isCapitalised(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c >= 0x41 && c <= 0x5A { return true }
        guard c >= 0xC0 else { return false }
        var end = i + 1
        while end < b.count, b[end] >= 0x80, b[end] < 0xC0 { end += 1 }
        guard let scalar = String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// A word of digits (with `,` or `.` separators inside) as a whole number, if small enough.
    static func number(_ word: ArraySlice<UInt8>) -> Int? {
        guard let first = word.first, first >= 0x30, first <= 0x39 else { return nil }
        var value = 0
        for c in word {
            if c >= 0x30 && c <= 0x39 {
                value = value * 10 + Int(c - 0x30)
                if value > 1_000_000_000 { return nil }
            } else if c != 0x2C {
                return nil
            }
        }
        return value
    }
}
