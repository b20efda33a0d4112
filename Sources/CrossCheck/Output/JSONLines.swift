import Foundation

/// JSON Lines in and out: one object per line, UTF-8, keys in the documented order.
public enum JSONLines {
    public static func encode<T: JSONLineRepresentable>(_ items: [T]) -> String {
        var writer = JSONByteWriter(capacity: 1 << 16)
        for item in items {
            item.jsonValue.write(into: &writer)
            writer.raw("\n")
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes the items as JSON Lines to `file` a megabyte at a time, so that many claims never
    /// exist as one string (`encode` holds the whole text, then a copy of it as data).
    public static func write<T: JSONLineRepresentable>(_ items: [T], to file: FileHandle) throws {
        var writer = JSONByteWriter(capacity: 1 << 20)
        for item in items {
            item.jsonValue.write(into: &writer)
            writer.raw("\n")
            if writer.count >= 1 << 20 {
                try file.write(contentsOf: writer.bytes)
                writer.removeAll()
            }
        }
        try file.write(contentsOf: writer.bytes)
    }

    /// Parses each non-empty line as a JSON object (on its bytes, by `JSONLineScanner`, into the
    /// values `JSONSerialization` would give); a bad line is an error naming `path:line:column`.
    public static func objects(_ text: String, path: String) throws(Diagnostic) -> [[String: Any]] {
        var out: [[String: Any]] = []
        var failure: Diagnostic?
        var text = text
        text.withUTF8 { bytes in
            JSONLinesInput.forEachLine(bytes) { raw, line in
                guard failure == nil, !raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
                var scanner = JSONLineScanner(raw)
                do throws(JSONLineError) {
                    out.append(try scanner.foundationObject())
                } catch {
                    failure = Diagnostic(id: "bad-json", error.message, file: path, line: line, column: error.column)
                }
            }
        }
        if let failure { throw failure }
        return out
    }
}

/// Reading the stages' JSON Lines back into model values (for `compare` and `report` on files).
public enum ModelDecoding {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static func string(_ o: [String: Any], _ key: String) throws(Failure) -> String {
        guard let s = o[key] as? String else { throw Failure(description: "missing text field \"\(key)\"") }
        return s
    }

    static func int(_ o: [String: Any], _ key: String) throws(Failure) -> Int {
        guard let n = o[key] as? NSNumber else { throw Failure(description: "missing number field \"\(key)\"") }
        return n.intValue
    }

    static func double(_ value: Any?, infinity: Double) -> Double {
        (value as? NSNumber)?.doubleValue ?? infinity
    }

    public static func document(_ o: [String: Any]) throws(Failure) -> Document {
        let dropped = (o["dropped"] as? [[String: Any]] ?? []).map {
            DroppedBlock(text: $0["text"] as? String ?? "", reason: $0["reason"] as? String ?? "")
        }
        return Document(id: try string(o, "id"), path: o["path"] as? String ?? "", url: o["url"] as? String,
                        title: o["title"] as? String, publisher: o["publisher"] as? String, author: o["author"] as? String,
                        published: o["published"] as? String, modified: o["modified"] as? String,
                        description: o["description"] as? String, language: o["language"] as? String,
                        body: try string(o, "body"), dropped: dropped, story: o["story"] as? String)
    }

    public static func claim(_ o: [String: Any]) throws(Failure) -> Claim {
        guard let topic = o["topic"] as? [String: Any] else { throw Failure(description: "missing object field \"topic\"") }
        var value: ClaimValue?
        if let v = o["value"] as? [String: Any] {
            let figure = double(v["value"], infinity: .nan)
            value = ClaimValue(value: figure, low: double(v["low"], infinity: -.infinity), high: double(v["high"], infinity: .infinity),
                               unit: v["unit"] as? String, text: v["text"] as? String ?? "",
                               partOf: (v["part_of"] as? NSNumber)?.doubleValue, increment: v["increment"] as? Bool ?? false)
        }
        let attribution = o["attribution"] as? [String: Any] ?? [:]
        guard let polarity = Claim.Polarity(rawValue: o["polarity"] as? String ?? "positive"),
              let modality = Claim.Modality(rawValue: try string(o, "modality")) else {
            throw Failure(description: "unknown polarity or modality")
        }
        let start = try int(o, "start")
        var frame: ClaimFrame?
        if let f = o["frame"] as? [String: Any] {
            frame = ClaimFrame(measure: f["measure"] as? String, measureClass: f["measure_class"] as? String,
                               event: f["event"] as? String, lemma: f["lemma"] as? String,
                               holder: f["holder"] as? String, object: f["object"] as? String, place: f["place"] as? String,
                               time: f["time"] as? String)
        }
        var claim = Claim(
            id: try string(o, "id"), document: try string(o, "document"), sentence: try int(o, "sentence"),
            start: start, end: try int(o, "end"), rule: try string(o, "rule"),
            topic: Topic(subject: try string(topic, "subject"), predicate: try string(topic, "predicate"),
                         slots: topic["slots"] as? [String: String] ?? [:]),
            value: value, polarity: polarity, modality: modality,
            attribution: Attribution(speaker: attribution["speaker"] as? String, via: attribution["via"] as? String),
            date: o["date"] as? String, text: try string(o, "text"),
            sentenceText: o["sentence_text"] as? String ?? (o["text"] as? String ?? ""),
            sentenceStart: (o["sentence_start"] as? NSNumber)?.intValue ?? start,
            source: o["source"] as? String,
            field: Claim.Field(rawValue: o["field"] as? String ?? "body") ?? .body)
        claim.frame = frame
        return claim
    }

    /// A line of stories.jsonl (`Story`).
    public static func story(_ o: [String: Any]) throws(Failure) -> Story {
        guard let documents = o["documents"] as? [String] else { throw Failure(description: "missing list field \"documents\"") }
        return Story(id: try string(o, "id"), label: o["label"] as? String ?? "", documents: documents,
                     copies: o["copies"] as? [[String]] ?? [])
    }

    /// Stories from either form: stories.jsonl lines (`Story`), or `crosscheck stories` lines
    /// (`StoryMembership`: document, story, label, copy), gathered into stories.
    public static func stories(_ objects: [[String: Any]]) throws(Failure) -> [Story] {
        var stories: [String: Story] = [:]
        var copies: [String: [String: [String]]] = [:]
        for o in objects {
            if o["documents"] != nil {
                let story = try story(o)
                stories[story.id] = story
                continue
            }
            let document = try string(o, "document"), id = try string(o, "story")
            stories[id, default: Story(id: id, label: o["label"] as? String ?? "", documents: [])].documents.append(document)
            copies[id, default: [:]][o["copy"] as? String ?? document, default: []].append(document)
        }
        for (id, groups) in copies {
            stories[id]!.documents.sort()
            stories[id]!.copies = groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        }
        return stories.values.sorted { $0.id < $1.id }
    }

    public static func skippedInput(_ o: [String: Any]) throws(Failure) -> SkippedInput {
        SkippedInput(path: try string(o, "path"), reason: try string(o, "reason"))
    }

    public static func finding(_ o: [String: Any]) throws(Failure) -> Finding {
        guard let topic = o["topic"] as? [String: Any], let kind = Finding.Kind(rawValue: try string(o, "kind")) else {
            throw Failure(description: "missing topic or unknown kind")
        }
        return Finding(id: try string(o, "id"), kind: kind, story: o["story"] as? String, event: o["event"] as? String,
                       topic: Topic(subject: try string(topic, "subject"), predicate: try string(topic, "predicate"),
                                    slots: topic["slots"] as? [String: String] ?? [:]),
                       claims: o["claims"] as? [String] ?? [], sources: (o["sources"] as? NSNumber)?.intValue ?? 0,
                       explanation: o["explanation"] as? String ?? "")
    }
}
