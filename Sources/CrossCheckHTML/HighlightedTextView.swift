/// Writes text pieces as text nodes and `<mark>` elements whose title names the spans.
enum HighlightedTextView {
    static func add(_ pieces: [TextPiece], to parent: HTMLElement) {
        for piece in pieces {
            guard piece.isMarked else {
                parent.append(piece.text)
                continue
            }
            var attributes = [("title", piece.labels.joined(separator: "\n"))]
            if piece.labels.count > 1 { attributes.append(("class", "overlap")) }
            parent.add("mark", attributes, text: piece.text)
        }
    }
}
