import Foundation

/// One page of an evaluation set and what a careful reader finds in it. A field left out is not
/// scored; `author` and `published` given as `null` mean the page names none, so the extractor
/// must say none too.
public struct GoldPage: Sendable {
    public enum Expected<Value: Sendable & Equatable>: Sendable, Equatable {
        case unscored
        case none
        case value(Value)
    }

    /// The page file, absolute or relative to the current directory.
    public var page: String
    /// The article body; nil when the set gives none for this page.
    public var body: String?
    public var title: Expected<String> = .unscored
    public var published: Expected<String> = .unscored
    public var author: Expected<String> = .unscored
    public var publisher: Expected<String> = .unscored

    public init(page: String, body: String? = nil) {
        self.page = page
        self.body = body
    }
}

/// Reads evaluation sets into `GoldPage`s, in either of two layouts:
///
/// - a manifest, JSON Lines, one page per line: `{"page": "pages/a.html", "gold": "gold/a.txt"
///   or "body": "...", "title": ..., "published": ..., "author": ..., "publisher": ...}`, paths
///   relative to the manifest's folder;
/// - the layout of the public article-extraction benchmark: a folder holding `ground-truth.json`
///   (`{"ID": {"articleBody": ..., "url": ...}}`) and the pages as `html/ID.html.gz` (or `.html`).
public enum GoldPageSet {
    public static func read(_ path: String) throws(Diagnostic) -> [GoldPage] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(id: "evaluation-set", "no such file or folder", file: path)
        }
        if isDirectory.boolValue {
            let truth = (path as NSString).appendingPathComponent("ground-truth.json")
            guard FileManager.default.fileExists(atPath: truth) else {
                throw Diagnostic(id: "evaluation-set", "a folder given as an evaluation set must hold ground-truth.json (and html/ID.html.gz pages); otherwise name its manifest (.jsonl)", file: path)
            }
            return try benchmark(folder: path, truth: truth)
        }
        return try manifest(path)
    }

    /// The fields a manifest line may hold; `covers` (what the page exercises) and `url` are
    /// for the reader and not scored.
    static let knownKeys: Set<String> = ["page", "gold", "body", "title", "published", "author", "publisher", "covers", "url"]

    static func manifest(_ path: String) throws(Diagnostic) -> [GoldPage] {
        let folder = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : (folder as NSString).appendingPathComponent(relative)
        }
        var pages: [GoldPage] = []
        var reader: JSONLinesFileReader
        do { reader = try JSONLinesFileReader(path: path) } catch {
            throw Diagnostic(id: "evaluation-set", error.reason, file: path)
        }
        while let object = try reader.next() {
            let line = reader.line
            func fail(_ message: String) -> Diagnostic {
                Diagnostic(id: "evaluation-set", message, file: path, line: line, column: 1)
            }
            for key in object.keys.sorted() where !knownKeys.contains(key) {
                var error = fail("unknown field \"\(key)\"")
                if let note = Suggestion.note(for: key, in: knownKeys.sorted()) { error.notes.append(note) }
                throw error
            }
            guard let page = object["page"] as? String else { throw fail("missing text field \"page\"") }
            var gold = GoldPage(page: resolve(page))
            if let body = object["body"] as? String {
                gold.body = body
            } else if let file = object["gold"] as? String {
                guard let data = FileManager.default.contents(atPath: resolve(file)),
                      let text = String(data: data, encoding: .utf8) else {
                    throw fail("cannot read the gold body \(resolve(file)) (a UTF-8 text file)")
                }
                gold.body = text
            }
            for (key, field) in [("title", \GoldPage.title), ("published", \.published), ("author", \.author), ("publisher", \.publisher)] {
                switch object[key] {
                case nil: break
                case is NSNull: gold[keyPath: field] = .none
                case let text as String: gold[keyPath: field] = .value(text)
                default: throw fail("\"\(key)\" must be text or null")
                }
            }
            guard FileManager.default.fileExists(atPath: gold.page) else { throw fail("the page \(gold.page) does not exist") }
            pages.append(gold)
        }
        return pages
    }

    static func benchmark(folder: String, truth: String) throws(Diagnostic) -> [GoldPage] {
        guard let data = FileManager.default.contents(atPath: truth),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Diagnostic(id: "evaluation-set", "not a JSON object of page ids", file: truth)
        }
        var pages: [GoldPage] = []
        for id in object.keys.sorted() {
            guard let entry = object[id] as? [String: Any] else { continue }
            let html = (folder as NSString).appendingPathComponent("html")
            let candidates = ["\(id).html.gz", "\(id).html"].map { (html as NSString).appendingPathComponent($0) }
            guard let page = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw Diagnostic(id: "evaluation-set", "no page for \"\(id)\" (looked for html/\(id).html.gz and html/\(id).html)", file: truth)
            }
            pages.append(GoldPage(page: page, body: entry["articleBody"] as? String ?? ""))
        }
        return pages
    }
}
