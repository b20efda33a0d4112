/// Claims, documents and findings read from a JSON Lines line's bytes straight into the model
/// (`JSONLineScanner.readLine`), with no Foundation object in between: a run reads each of its
/// claims back several times (the claim index, the story pages, the document pages, claims.csv),
/// and `foundationObject` + `ModelDecoding` spent most of that on dictionaries, `NSNumber`s
/// and dynamic casts.
///
/// Each reader gives exactly what `ModelDecoding` gives for the same line, or nil when the line
/// is not in the shape these programs write (a value of another JSON type than expected, a
/// missing required field, a key it does not know, a number with a fraction where an integer
/// goes, bad JSON): the caller then takes the general path, `foundationObject` + `ModelDecoding`,
/// which decodes what Foundation's casts accept and names what is wrong — so results and
/// messages stay the same. A field added to the model and its writer but not here makes lines
/// take the general path (slower, never wrong).
extension ModelDecoding {
    /// The claim on the line, as `claim(_:)` of its `foundationObject()`; nil: take that path.
    public static func claim(line: UnsafeBufferPointer<UInt8>) -> Claim? {
        var scanner = JSONLineScanner(line)
        var id: String?, document: String?, rule: String?, text: String?, modality: String?
        var sentence: Int?, start: Int?, end: Int?, sentenceStart: Int?
        var topic: Topic?, frame: ClaimFrame?, value: ClaimValue?
        var polarity: String?, date: String?, sentenceText: String?, source: String?, field: String?
        var attribution = Attribution(speaker: nil, via: nil)
        do throws(JSONLineError) {
            try scanner.readLine(key: ClaimKey.table.known) { (s, key) throws(JSONLineError) in
                switch try ClaimKey.of(key) {
                case .id: id = try s.readString()
                case .document: document = try s.readString()
                case .sentence: sentence = try s.readInt()
                case .start: start = try s.readInt()
                case .end: end = try s.readInt()
                case .rule: rule = try s.readString()
                case .topic: topic = try readTopic(&s)
                case .frame: frame = try s.readNull() ? nil : try readFrame(&s)
                case .value: value = try s.readNull() ? nil : try readValue(&s)
                case .polarity: polarity = try s.readOptionalString()
                case .modality: modality = try s.readString()
                case .attribution:
                    attribution = Attribution(speaker: nil, via: nil)
                    if try s.readNull() { return }
                    try s.readObject(key: AttributionKey.table.known) { (s, key) throws(JSONLineError) in
                        let text = try s.readOptionalString()
                        if try AttributionKey.of(key) == .speaker { attribution.speaker = text } else { attribution.via = text }
                    }
                case .date: date = try s.readOptionalString()
                case .text: text = try s.readString()
                case .sentenceText: sentenceText = try s.readOptionalString()
                case .sentenceStart: sentenceStart = try s.readNull() ? nil : try s.readInt()
                case .source: source = try s.readOptionalString()
                case .field: field = try s.readOptionalString()
                }
            }
        } catch {
            return nil
        }
        guard let id, let document, let sentence, let start, let end, let rule, let topic, let text, let modality,
              let polarityValue = Claim.Polarity(rawValue: polarity ?? "positive"),
              let modalityValue = Claim.Modality(rawValue: modality) else { return nil }
        var claim = Claim(id: id, document: document, sentence: sentence, start: start, end: end, rule: rule, topic: topic,
                          value: value, polarity: polarityValue, modality: modalityValue, attribution: attribution,
                          date: date, text: text, sentenceText: sentenceText ?? text, sentenceStart: sentenceStart ?? start,
                          source: source, field: Claim.Field(rawValue: field ?? "body") ?? .body)
        claim.frame = frame
        return claim
    }

    /// The document on the line, as `document(_:)` of its `foundationObject()`; nil: take that path.
    public static func document(line: UnsafeBufferPointer<UInt8>) -> Document? {
        var scanner = JSONLineScanner(line)
        var id: String?, body: String?
        var document = Document(id: "", path: "", body: "")
        do throws(JSONLineError) {
            try scanner.readLine(key: DocumentKey.table.known) { (s, key) throws(JSONLineError) in
                switch try DocumentKey.of(key) {
                case .id: id = try s.readString()
                case .path: document.path = try s.readOptionalString() ?? ""
                case .url: document.url = try s.readOptionalString()
                case .title: document.title = try s.readOptionalString()
                case .publisher: document.publisher = try s.readOptionalString()
                case .author: document.author = try s.readOptionalString()
                case .published: document.published = try s.readOptionalString()
                case .modified: document.modified = try s.readOptionalString()
                case .description: document.description = try s.readOptionalString()
                case .language: document.language = try s.readOptionalString()
                case .body: body = try s.readString()
                case .dropped:
                    document.dropped = []
                    if try s.readNull() { return }
                    try s.readArray { (s) throws(JSONLineError) in
                        var block = DroppedBlock(text: "", reason: "")
                        try s.readObject(key: DroppedKey.table.known) { (s, key) throws(JSONLineError) in
                            let text = try s.readOptionalString() ?? ""
                            if try DroppedKey.of(key) == .text { block.text = text } else { block.reason = text }
                        }
                        document.dropped.append(block)
                    }
                case .story: document.story = try s.readOptionalString()
                }
            }
        } catch {
            return nil
        }
        guard let id, let body else { return nil }
        document.id = id
        document.body = body
        return document
    }

    /// The finding on the line, as `finding(_:)` of its `foundationObject()`; nil: take that path.
    public static func finding(line: UnsafeBufferPointer<UInt8>) -> Finding? {
        var scanner = JSONLineScanner(line)
        var id: String?, kind: String?, story: String?, event: String?, topic: Topic?, explanation: String?
        var claims: [String] = [], sources = 0
        do throws(JSONLineError) {
            try scanner.readLine(key: FindingKey.table.known) { (s, key) throws(JSONLineError) in
                switch try FindingKey.of(key) {
                case .id: id = try s.readString()
                case .kind: kind = try s.readString()
                case .story: story = try s.readOptionalString()
                case .event: event = try s.readOptionalString()
                case .topic: topic = try readTopic(&s)
                case .claims:
                    claims = []
                    if try s.readNull() { return }
                    try s.readArray { (s) throws(JSONLineError) in claims.append(try s.readString()) }
                case .sources: sources = try s.readNull() ? 0 : try s.readInt()
                case .explanation: explanation = try s.readOptionalString()
                }
            }
        } catch {
            return nil
        }
        guard let id, let kind, let kindValue = Finding.Kind(rawValue: kind), let topic else { return nil }
        return Finding(id: id, kind: kindValue, story: story, event: event, topic: topic, claims: claims, sources: sources,
                       explanation: explanation ?? "")
    }

    // MARK: Parts

    private static func readTopic(_ s: inout JSONLineScanner) throws(JSONLineError) -> Topic {
        var subject: String?, predicate: String?
        var slots: [String: String] = [:]
        try s.readObject(key: TopicKey.table.known) { (s, key) throws(JSONLineError) in
            switch try TopicKey.of(key) {
            case .subject: subject = try s.readString()
            case .predicate: predicate = try s.readString()
            case .slots:
                slots = [:]
                if try s.readNull() { return }
                try s.readObjectOfStrings { slots[$0] = $1 }
            }
        }
        guard let subject, let predicate else { throw JSONLineError("a topic without its subject or predicate", column: 1) }
        return Topic(subject: subject, predicate: predicate, slots: slots)
    }

    private static func readFrame(_ s: inout JSONLineScanner) throws(JSONLineError) -> ClaimFrame {
        var frame = ClaimFrame()
        try s.readObject(key: FrameKey.table.known) { (s, key) throws(JSONLineError) in
            let text = try s.readOptionalString()
            switch try FrameKey.of(key) {
            case .measure: frame.measure = text
            case .measureClass: frame.measureClass = text
            case .event: frame.event = text
            case .lemma: frame.lemma = text
            case .holder: frame.holder = text
            case .object: frame.object = text
            case .place: frame.place = text
            case .time: frame.time = text
            }
        }
        return frame
    }

    private static func readValue(_ s: inout JSONLineScanner) throws(JSONLineError) -> ClaimValue {
        var value = ClaimValue(value: .nan, low: -.infinity, high: .infinity, unit: nil, text: "")
        try s.readObject(key: ValueKey.table.known) { (s, key) throws(JSONLineError) in
            switch try ValueKey.of(key) {
            case .value: value.value = try s.readOptionalDouble() ?? .nan
            case .low: value.low = try s.readOptionalDouble() ?? -.infinity
            case .high: value.high = try s.readOptionalDouble() ?? .infinity
            case .unit: value.unit = try s.readOptionalString()
            case .text: value.text = try s.readOptionalString() ?? ""
            case .partOf: value.partOf = try s.readOptionalDouble()
            case .increment: value.increment = try s.readNull() ? false : try s.readBool()
            }
        }
        return value
    }

    // MARK: Keys

    fileprivate enum ClaimKey: Int, CaseIterable {
        case id, document, sentence, start, end, rule, topic, frame, value, polarity, modality, attribution, date, text
        case sentenceText, sentenceStart, source, field
        static let table = KeyTable(allCases.map { key -> String in
            switch key {
            case .sentenceText: "sentence_text"
            case .sentenceStart: "sentence_start"
            default: "\(key)"
            }
        })
    }

    fileprivate enum AttributionKey: Int, CaseIterable {
        case speaker, via
        static let table = KeyTable(allCases.map { "\($0)" })
    }

    fileprivate enum TopicKey: Int, CaseIterable {
        case subject, predicate, slots
        static let table = KeyTable(allCases.map { "\($0)" })
    }

    fileprivate enum FrameKey: Int, CaseIterable {
        case measure, measureClass, event, lemma, holder, object, place, time
        static let table = KeyTable(allCases.map { $0 == .measureClass ? "measure_class" : "\($0)" })
    }

    fileprivate enum ValueKey: Int, CaseIterable {
        case value, low, high, unit, text, partOf, increment
        static let table = KeyTable(allCases.map { $0 == .partOf ? "part_of" : "\($0)" })
    }

    fileprivate enum DocumentKey: Int, CaseIterable {
        case id, path, url, title, publisher, author, published, modified, description, language, body, dropped, story
        static let table = KeyTable(allCases.map { "\($0)" })
    }

    fileprivate enum DroppedKey: Int, CaseIterable {
        case text, reason
        static let table = KeyTable(allCases.map { "\($0)" })
    }

    fileprivate enum FindingKey: Int, CaseIterable {
        case id, kind, story, event, topic, claims, sources, explanation
        static let table = KeyTable(allCases.map { "\($0)" })
    }
}

/// A kind of key of one kind of object: an unknown key (-1 from `KeyTable.known`) is refused,
/// so that a line with a field this reader does not know (one added to the model and its
/// writer) takes the general path, which reads whatever `ModelDecoding` reads.
private protocol LineKey: RawRepresentable where RawValue == Int {}

extension LineKey {
    static func of(_ key: Int) throws(JSONLineError) -> Self {
        guard let known = Self(rawValue: key) else { throw JSONLineError("a key the typed reader does not know", column: 1) }
        return known
    }
}

extension ModelDecoding.ClaimKey: LineKey {}
extension ModelDecoding.AttributionKey: LineKey {}
extension ModelDecoding.TopicKey: LineKey {}
extension ModelDecoding.FrameKey: LineKey {}
extension ModelDecoding.ValueKey: LineKey {}
extension ModelDecoding.DocumentKey: LineKey {}
extension ModelDecoding.DroppedKey: LineKey {}
extension ModelDecoding.FindingKey: LineKey {}

/// The keys of one kind of object, found from a key's bytes by length, then bytes (a record
/// has a dozen keys at most: a scan beats hashing).
struct KeyTable: Sendable {
    private let keys: [[UInt8]]

    init(_ keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
    }

    /// The position of `bytes` among the keys, or -1 (a key to refuse, not to pass over).
    func known(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        for (position, key) in keys.enumerated() where key.count == bytes.count {
            if key.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return position }
        }
        return -1
    }
}
