import Foundation

/// Finds the inputs of a run: files and folders (recursively, in a stable order), JSON Lines
/// files of `{"id", "url"?, "text" | "html"}` records, and WARC files; any of them may be gzipped
/// (`.gz`). Bytes are decoded by `InputDecoder` (HTML pages also by their meta charset). Every
/// input that cannot be used becomes a `SkippedInput` with the reason; nothing is silently dropped.
public struct InputCollector: Sendable {
    /// File endings read from folders; a file named explicitly is read whatever its ending.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "md", "warc", "gz"]

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

    /// Reads one file into inputs: one for a text or HTML file, one per record for JSON Lines and
    /// WARC files. A `.gz` file is decompressed first and read by the ending under `.gz`.
    public func read(path: String, root: String) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [SkippedInput(path: path, reason: "cannot read the file (permissions?)")])
        }
        var bytes = [UInt8](data)
        var logicalPath = path
        if (path as NSString).pathExtension.lowercased() == "gz" || Gzip.isGzip(bytes) {
            guard Gzip.isGzip(bytes) else { return ([], [SkippedInput(path: path, reason: "the file ends in .gz but is not gzip data")]) }
            do throws(InputError) {
                bytes = try Gzip.decompress(bytes)
            } catch {
                return ([], [SkippedInput(path: path, reason: error.reason)])
            }
            if (path as NSString).pathExtension.lowercased() == "gz" { logicalPath = (path as NSString).deletingPathExtension }
        }
        let ext = (logicalPath as NSString).pathExtension.lowercased()
        let id = Self.documentID(path: logicalPath, root: root)
        if ext == "warc" || (bytes.starts(with: Array("WARC/".utf8)) && ext != "jsonl") {
            return WARCReader.inputs(bytes, path: path, id: id)
        }
        let format = InputFile.format(forPath: logicalPath)
        let decoded: InputDecoder.Decoded
        do throws(InputError) {
            decoded = try InputDecoder.decode(bytes[...], sniffMarkup: format == .html, refuseBinary: ext != "jsonl")
        } catch {
            return ([], [SkippedInput(path: path, reason: error.reason)])
        }
        if ext == "jsonl" {
            return JSONLinesInput.records(decoded.text, path: path)
        }
        return ([InputFile(id: id, path: path, format: format, text: decoded.text, encodingNote: decoded.note, controlBytes: decoded.controlBytes)], [])
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
