import Foundation

/// Finds the inputs of a run: files and folders (recursively, in a stable order), and JSON Lines
/// files of `{"id", "url"?, "text" | "html"}` records. Every input that cannot be used becomes a
/// `SkippedInput` with the reason; nothing is silently dropped.
public struct InputCollector: Sendable {
    /// File endings read from folders; a file named explicitly is read whatever its ending.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "md"]

    public init() {}

    /// Paths of the input files under `paths`, sorted; missing paths become skipped inputs.
    public func files(_ paths: [String]) -> (files: [(path: String, root: String)], skipped: [SkippedInput]) {
        var files: [(String, String)] = []
        var skipped: [SkippedInput] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                skipped.append(SkippedInput(path: path, reason: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                files.append((path, (path as NSString).deletingLastPathComponent))
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                skipped.append(SkippedInput(path: path, reason: "cannot list the directory"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var sub: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                if Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(full)
                } else if name.lowercased() != "readme" {
                    skipped.append(SkippedInput(path: full, reason: "not an input format (expected \(Self.extensions.sorted().map { "." + $0 }.joined(separator: ", ")))"))
                }
            }
            files += found.sorted().map { ($0, path) }
        }
        return (files, skipped)
    }

    /// Reads one file into inputs: one for a text or HTML file, one per record for JSON Lines.
    public func read(path: String, root: String) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [SkippedInput(path: path, reason: "cannot read the file (permissions?)")])
        }
        let text: String
        do {
            text = try InputFile.decode([UInt8](data))
        } catch {
            return ([], [SkippedInput(path: path, reason: error.reason)])
        }
        if (path as NSString).pathExtension.lowercased() == "jsonl" {
            return JSONLinesInput.records(text, path: path)
        }
        return ([InputFile(id: Self.documentID(path: path, root: root), path: path,
                           format: InputFile.format(forPath: path), text: text)], [])
    }

    /// The path relative to `root`, without its extension: stable and readable.
    public static func documentID(path: String, root: String) -> String {
        var relative = path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if !root.isEmpty, root != ".", path.hasPrefix(prefix) { relative = String(path.dropFirst(prefix.count)) }
        if relative.hasPrefix("./") { relative = String(relative.dropFirst(2)) }
        return (relative as NSString).deletingPathExtension
    }
}
