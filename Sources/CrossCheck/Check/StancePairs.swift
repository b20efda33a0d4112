import Foundation

/// Batch input of `crosscheck check --pairs`: one JSON object per line, `{"id", "claim",
/// "text"}` (or `"html"`: a web page, or `"path"`: a file to read). A line that cannot be used
/// is a diagnostic naming `path:line`, and reading goes on with the next line.
public enum StancePairs {
    public struct Pair: Sendable, Hashable {
        public enum Content: Sendable, Hashable {
            case text(String), html(String), path(String)
        }
        public var id: String
        public var claim: String
        public var content: Content
        public var line: Int
    }

    /// Every usable pair, and a diagnostic for every line that is not one.
    public static func parse(_ text: String, path: String) -> (pairs: [Pair], diagnostics: [Diagnostic]) {
        var pairs: [Pair] = []
        var diagnostics: [Diagnostic] = []
        var line = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line += 1
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            switch pair(Data(raw), line: line) {
            case .success(let p): pairs.append(p)
            case .failure(let message):
                diagnostics.append(Diagnostic(id: "bad-pair", message.text, file: path, line: line))
            }
        }
        return (pairs, diagnostics)
    }

    struct Message: Error { var text: String }

    static func pair(_ data: Data, line: Int) -> Result<Pair, Message> {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(Message(text: "not a JSON object"))
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue
        guard let id, !id.isEmpty else { return .failure(Message(text: "the pair has no \"id\"")) }
        guard let claim = object["claim"] as? String, !claim.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(Message(text: "pair '\(id)' has no \"claim\""))
        }
        let content: Pair.Content
        if let text = object["text"] as? String { content = .text(text) }
        else if let html = object["html"] as? String { content = .html(html) }
        else if let path = object["path"] as? String { content = .path(path) }
        else { return .failure(Message(text: "pair '\(id)' has none of \"text\", \"html\", \"path\"")) }
        return .success(Pair(id: id, claim: claim, content: content, line: line))
    }
}
