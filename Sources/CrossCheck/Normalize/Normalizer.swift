import Foundation

/// The normalize stage: turns an input (text dump or HTML page) into a `Document`.
///
/// Reads: an `InputFile` and the rule lexicons. Adds: a `Document` (metadata, clean body,
/// dropped blocks with reasons), through `TextDumpNormalizer` (after `TextCleanup`) or, for HTML,
/// the injected `MarkupParser` and `HTMLNormalizer`. A transcoded input gets a note in `dropped`.
/// A text dump of `streamingBytes` or more is read from its file in passes (`normalizeTextFile`),
/// never whole.
public struct Normalizer: Sendable {
    let text: TextDumpNormalizer
    let html: HTMLNormalizer
    let parser: (any MarkupParser)?

    public init(lexicons: [String: Lexicon], markupParser: (any MarkupParser)?) {
        self.text = TextDumpNormalizer(lexicons: lexicons)
        self.html = HTMLNormalizer(lexicons: lexicons)
        self.parser = markupParser
    }

    public func normalize(_ input: InputFile) throws(InputError) -> Document {
        switch input.format {
        case .text:
            var cleaned = input
            cleaned.text = TextCleanup.clean(input.text)
            var document = text.normalize(cleaned)
            if let note = input.encodingNote {
                document.dropped.insert(DroppedBlock(text: "(input encoding)", reason: "note: \(note)"), at: 0)
            }
            if input.controlBytes > 0 { document.dropped.insert(InputDecoder.controlBytesNote(input.controlBytes), at: 0) }
            guard !document.body.isEmpty else { throw InputError("no article text found (everything looked like page furniture)") }
            return document
        case .html:
            guard let parser else { throw InputError("HTML input needs the HTML parser, which this build does not have") }
            let page: ParsedPage
            do {
                page = try parser.parse(utf8: Array(input.text.utf8))
            } catch {
                throw InputError("the HTML could not be parsed: \(error)")
            }
            let document = html.normalize(page, input: input)
            guard !document.body.isEmpty else { throw InputError("no article text found in the page") }
            return document
        }
    }

    /// The reason `normalizeTextFile` and `writeTextFile` give for a file they leave to be
    /// read whole (`TextDumpFile.needsWholeFile`).
    public static var needsWholeFile: String { TextDumpFile.needsWholeFile }

    /// Text dumps of this size or more are read from their file a chunk at a time
    /// (`TextDumpFile`), in passes, instead of whole.
    public static let streamingBytes = 8 << 20

    /// Whether the file at `path` is a text dump read in passes (`normalizeTextFile`): not HTML,
    /// JSON Lines, WARC or gzip by its ending, and of `streamingBytes` or more.
    public static func streams(path: String, minimumBytes: Int = streamingBytes) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        // `stat` itself: `FileManager.attributesOfItem` also looks up the owner's and group's
        // names, which for a folder of small files costs more than normalizing them.
        var info = stat()
        guard !["html", "htm", "xhtml", "jsonl", "warc", "gz"].contains(ext), stat(path, &info) == 0 else { return false }
        return Int(info.st_size) >= minimumBytes
    }

    /// The Document of the text dump at `path`, read from the file in passes, a chunk at a time
    /// (`TextDumpFile`): the same Document as `normalize` of the file read whole. Throws
    /// `TextDumpFile.needsWholeFile` for a file that must be decoded whole (not UTF-8, UTF-16,
    /// gzip, WARC), before anything is made; the caller reads it whole instead.
    public func normalizeTextFile(path: String, id: String) throws(InputError) -> Document {
        var work = 0
        return try normalizeTextFile(path: path, id: id, work: &work).document
    }

    /// `normalizeTextFile`, with the work done and the most bytes the file's reader held at once.
    func normalizeTextFile(path: String, id: String, work: inout Int) throws(InputError) -> (document: Document, peakBytesHeld: Int) {
        let file = try TextDumpFile(path: path, normalizer: text)
        var document = try text.normalize(file, id: id, path: path, url: nil, work: &work)
        guard file.hasText else { throw InputError("the file is empty") }
        if file.controlBytes > 0 { document.dropped.insert(InputDecoder.controlBytesNote(file.controlBytes), at: 0) }
        guard !document.body.isEmpty else { throw InputError("no article text found (everything looked like page furniture)") }
        return (document, file.peakBytesHeld)
    }

    /// Writes the JSON Lines record of the text dump at `path` (the line `normalizeTextFile`'s
    /// Document gives, byte for byte, without its line feed) into `out`, holding neither the
    /// file nor the Document: the body and dropped blocks wait in files under `spillDirectory`
    /// (`TextDumpJSONLine`). Throws as `normalizeTextFile` does, before writing anything.
    public func writeTextFile(path: String, id: String, into out: inout JSONByteWriter,
                              spillDirectory: String = NSTemporaryDirectory()) throws(InputError) {
        let file = try TextDumpFile(path: path, normalizer: text)
        var output = try TextDumpJSONLine(normalizer: text, directory: spillDirectory)
        var work = 0
        let (head, publisher) = try text.normalize(file, id: id, path: path, url: nil, work: &work, output: &output)
        guard file.hasText else { throw InputError("the file is empty") }
        let notes = file.controlBytes > 0 ? [InputDecoder.controlBytesNote(file.controlBytes)] : []
        try output.finish(head: text.fields(head, publisher: publisher, id: id, path: path, url: nil), notesFirst: notes,
                          into: &out, work: &work)
    }
}
