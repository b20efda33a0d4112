/// Counts function words ("the", "of", "said") in a text, from the lexicons `stop-words-*` (one
/// per language: `stop-words-en`, `stop-words-fr`, ...). Prose has many, menus and teasers few.
///
/// Reads: a block's text. Adds: its word count and stop-word count, scanning UTF-8 bytes.
struct StopWords: Sendable {
    private let words: Set<String>

    init(lexicons: [String: Lexicon]) {
        words = Set(lexicons.filter { $0.key.hasPrefix("stop-words") }.values.flatMap(\.allForms).map { $0.lowercased() })
    }

    var isEmpty: Bool { words.isEmpty }

    func count(_ text: String) -> (words: Int, stopWords: Int) {
        var total = 0, stop = 0
        var word: [UInt8] = []
        word.reserveCapacity(16)
        var inWord = false
        func finish() {
            guard inWord else { return }
            total += 1
            if word.count <= 8, !word.isEmpty, words.contains(String(decoding: word, as: UTF8.self)) { stop += 1 }
            word.removeAll(keepingCapacity: true)
            inWord = false
        }
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x22 || b == 0x28 || b == 0x29 {
                finish()
            } else {
                inWord = true
                if word.count <= 8 { word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            }
        }
        finish()
        return (total, stop)
    }
}
