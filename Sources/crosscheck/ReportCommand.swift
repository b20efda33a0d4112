import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report from documents.jsonl, claims.jsonl and findings.jsonl.",
        discussion: "Reads the three files (and skipped.jsonl if present) from FOLDER, as `crosscheck run` writes them."
    )

    @Argument(help: "The folder holding documents.jsonl, claims.jsonl and findings.jsonl.")
    var folder: String

    @Option(name: .long, help: "Where to write the HTML pages (default: the same folder).")
    var out: String?

    func run() throws {
        func objects(_ name: String, required: Bool = true) throws -> [[String: Any]] {
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else {
                if !required { return [] }
                Console.error("\(path): error: [input] no such file")
                throw ExitCode.failure
            }
            let text = try InputText.read(path, allowEmpty: true)
            do { return try JSONLines.objects(text, path: path) } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
        }
        func decode<T>(_ name: String, _ decoder: ([String: Any]) throws -> T) throws -> [T] {
            var out: [T] = []
            for (index, object) in try objects(name).enumerated() {
                do { out.append(try decoder(object)) } catch {
                    Console.error("\(name): error: [input] record \(index + 1): \(error)")
                    throw ExitCode.failure
                }
            }
            return out
        }
        let documentsPath = (folder as NSString).appendingPathComponent("documents.jsonl")
        // Two passes over documents.jsonl: metadata for the index, then one page per document,
        // so a large report never holds every document's text.
        let summaries = try Self.documents(documentsPath) { $0.summary }
        let claims = try decode("claims.jsonl", ModelDecoding.claim)
        let findings = try decode("findings.jsonl", ModelDecoding.finding)
        let skipped = try objects("skipped.jsonl", required: false).map {
            SkippedInput(path: $0["path"] as? String ?? "", reason: $0["reason"] as? String ?? "")
        }
        let input = ReportInput(documents: summaries, claims: claims, findings: findings, skipped: skipped, title: "crosscheck report")
        let target = out ?? folder
        do {
            let output = try AtomicOutput(directory: target)
            let renderer = ReportRenderer(input)
            let index = try renderer.indexPage()
            try output.write(index.name, index.html)
            var rendered: Set<String> = []
            _ = try Self.documents(documentsPath) { document -> Void in
                guard renderer.hasPage(forDocument: document.id), rendered.insert(document.id).inserted else { return }
                let page = try renderer.documentPage(document)
                try output.write(page.name, page.html)
            }
            try output.commit()
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.error("crosscheck: error: \(error)")
            throw ExitCode.failure
        }
        Console.error("crosscheck: report written to \((target as NSString).appendingPathComponent("index.html"))")
    }

    /// Each document of a documents.jsonl file, one at a time, through `body`.
    static func documents<T>(_ path: String, _ body: (Document) throws -> T) throws -> [T] {
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("\(path): error: [input] no such file")
            throw ExitCode.failure
        }
        var out: [T] = []
        do {
            var reader = try JSONLinesFileReader(path: path)
            while let object = try reader.next() {
                do {
                    out.append(try body(try ModelDecoding.document(object)))
                } catch let error as ModelDecoding.Failure {
                    Console.error("\(path):\(reader.line): error: [input] not a document: \(error)")
                    throw ExitCode.failure
                }
            }
        } catch let error as Diagnostic {
            Console.error(error.description)
            throw ExitCode.failure
        } catch let error as InputError {
            Console.error("\(path): error: [input] \(error.reason)")
            throw ExitCode.failure
        }
        return out
    }
}
