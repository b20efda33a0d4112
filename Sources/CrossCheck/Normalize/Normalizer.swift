/// The normalize stage: turns an input (text dump or HTML page) into a `Document`.
///
/// Reads: an `InputFile` and the rule lexicons. Adds: a `Document` (metadata, clean body,
/// dropped blocks with reasons), through `TextDumpNormalizer` (after `TextCleanup`) or, for HTML,
/// the injected `MarkupParser` and `HTMLNormalizer`. A transcoded input gets a note in `dropped`.
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
}
