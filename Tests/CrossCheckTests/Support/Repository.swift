import Foundation
@testable import CrossCheck

/// Paths inside this repository, found from this file's location, so tests run from anywhere.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support/ CrossCheckTests/ Tests/ → root
        return url.path
    }()

    static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// The real `rules/` directory, loaded once.
    static let rules: RuleSet = {
        do {
            return try RuleSet.load(directory: path("rules"))
        } catch {
            fatalError("the repository's rules do not load:\n\(error)")
        }
    }()

    static let extractor = ClaimExtractor(rules: rules)

    /// A temporary folder for a test, removed by the caller.
    static func temporaryDirectory() -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("crosscheck-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A one-sentence document for extraction tests.
func document(_ body: String, publisher: String? = "Test Wire", published: String? = "2025-06-01") -> Document {
    Document(id: "t", path: "t.txt", publisher: publisher, published: published, body: body)
}

/// Span markers in fixtures: "the ministry 1️⃣denied2️⃣ it" → the text without markers and the
/// UTF-8 byte range between them.
func markedSpan(_ marked: String) -> (text: String, span: Range<Int>) {
    let open = "1️⃣", close = "2️⃣"
    guard let a = marked.range(of: open), let b = marked.range(of: close) else { return (marked, 0..<0) }
    let before = String(marked[..<a.lowerBound])
    let inside = String(marked[a.upperBound..<b.lowerBound])
    let after = String(marked[b.upperBound...])
    let start = before.utf8.count
    return (before + inside + after, start..<(start + inside.utf8.count))
}
