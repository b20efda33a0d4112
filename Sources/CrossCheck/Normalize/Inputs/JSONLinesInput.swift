import Foundation

/// Reads JSON Lines input: one JSON object per line. Normalize takes `{"id", "url"?, "html" | "text"}`;
/// the other stages take `{"id", "text"}`. A bad line is reported with its line number.
public enum JSONLinesInput {
    public struct Record: Sendable {
        public var id: String
        public var url: String?
        public var text: String?
        public var html: String?
        public var line: Int
    }

    /// Parses every line; problems are returned as skipped inputs named `path:line`.
    public static func parse(_ text: String, path: String) -> (records: [Record], skipped: [SkippedInput]) {
        var records: [Record] = []
        var skipped: [SkippedInput] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let data = trimmed.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                skipped.append(SkippedInput(path: "\(path):\(lineNumber)", reason: "not a JSON object"))
                continue
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
            guard let id, !id.isEmpty else {
                skipped.append(SkippedInput(path: "\(path):\(lineNumber)", reason: "the record has no \"id\""))
                continue
            }
            let text = object["text"] as? String
            let html = object["html"] as? String
            guard text != nil || html != nil else {
                skipped.append(SkippedInput(path: "\(path):\(lineNumber)", reason: "record '\(id)' has neither \"text\" nor \"html\""))
                continue
            }
            records.append(Record(id: id, url: object["url"] as? String, text: text, html: html, line: lineNumber))
        }
        return (records, skipped)
    }

    /// Records as inputs for the normalizer.
    public static func records(_ text: String, path: String) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        let (records, skipped) = parse(text, path: path)
        var inputs: [InputFile] = []
        var more = skipped
        for record in records {
            let content = record.html ?? record.text ?? ""
            if content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                more.append(SkippedInput(path: "\(path):\(record.line)", reason: "record '\(record.id)' is empty"))
                continue
            }
            inputs.append(InputFile(id: record.id, path: "\(path):\(record.line)", format: record.html != nil ? .html : .text,
                                    text: content, url: record.url))
        }
        return (inputs, more)
    }
}
