import ArgumentParser
import CrossCheck
import Foundation

/// `crosscheck extract --files-from`: the per-file part of a run for files listed one JSON line
/// each ({"path", "root"}, as `--list-files` prints them; other keys are kept), in parallel,
/// printed in the listing's order: "P\t" and the listing's line, then the file's work lines
/// (`FileWork.lines`). What a Spark partition pipes through.
enum FileWorkOutput {
    static func run(_ pipeline: Pipeline, listing: String) throws {
        let text = try InputText.read(listing == "-" ? nil : listing, allowEmpty: true)
        var files: [(line: String, path: String, root: String)] = []
        for (number, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let path = object["path"] as? String else {
                Console.error("\(listing):\(number + 1): error: [input] not a file line {\"path\", \"root\"}")
                throw ExitCode.failure
            }
            files.append((String(line), path, object["root"] as? String ?? (path as NSString).deletingLastPathComponent))
        }
        let collector = InputCollector()
        var next = 0
        while next < files.count {
            let chunk = Array(files[next..<min(files.count, next + 64)])
            next += chunk.count
            let works = ParallelMap.map(chunk.map { ($0.path, $0.root) }) { pipeline.work(file: $0, collector: collector).lines }
            for (file, work) in zip(chunk, works) {
                Console.write("P\t" + file.line + "\n")
                Console.write(bytes: work)
            }
        }
        Console.flush()
    }
}
