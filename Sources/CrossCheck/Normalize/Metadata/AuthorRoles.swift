import Foundation

/// Separates an author's name from the role printed after it in a byline ("Marianne Hollis
/// Transport Correspondent" → "Marianne Hollis"), with the words of the lexicon `author-roles`.
///
/// Reads: a byline's name part (already without "By" and dates). Adds: the name alone, or nil
/// when the byline is only a role ("Staff Writer").
struct AuthorRoles: Sendable {
    let words: Set<String>

    init(lexicons: [String: Lexicon]) {
        var words: Set<String> = []
        for entry in lexicons["author-roles"]?.entries ?? [] {
            for form in entry.forms.dropFirst() { words.insert(form.lowercased()) }
        }
        self.words = words
    }

    func name(in byline: String) -> String? {
        guard !words.isEmpty else { return byline }
        let parts = byline.split(separator: " ")
        if parts.allSatisfy({ isRole($0) }) { return nil }
        guard let cut = parts.indices.dropFirst(2).first(where: { isRole(parts[$0]) }) else { return byline }
        return parts[..<cut].joined(separator: " ").trimmingCharacters(in: [",", ";", "-", "–", "—", " "])
    }

    private func isRole(_ word: Substring) -> Bool {
        var bytes = Array(word.utf8)
        while let last = bytes.last, last == 0x2C || last == 0x3B || last == 0x2E || last == 0x3A { bytes.removeLast() }
        guard !bytes.isEmpty else { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
            return words.contains(String(decoding: bytes, as: UTF8.self))
        }
        return words.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }
}
