/// The layer as `crosscheck explain` prints it, for editors.
extension LinguisticLayer {
    /// One line of words — `killed/verb:kill` — with `|` between clauses; then the entities,
    /// the noun phrases' heads and the negations with their scopes.
    public var explanation: [String] {
        var words: [String] = []
        for i in tokens.indices {
            if i > 0, clauseOf[i] != clauseOf[i - 1] { words.append("|") }
            let w = self.words[i]
            var item = "\(tokens[i].text)/\(w.tag.rawValue)"
            if w.lemma != tokens[i].key, w.tag != .properNoun { item += ":\(w.lemma)" }
            if let category = w.category { item += "(\(category))" }
            words.append(item)
        }
        var lines = ["words:     " + words.joined(separator: " ")]
        if !entities.isEmpty {
            lines.append("entities:  " + entities.map { e in
                "\(e.text) (\(e.type.rawValue)\(e.canonical != e.text ? " = \(e.canonical)" : ""))"
            }.joined(separator: "; "))
        }
        if !phrases.isEmpty {
            lines.append("phrases:   " + phrases.map { p in
                let text = tokens[p.range].map(\.text).joined(separator: " ")
                return "[\(text)] head \(tokens[p.head].text)"
            }.joined(separator: " "))
        }
        for n in negations {
            let scope = tokens[n.scope].map(\.text).joined(separator: " ")
            lines.append("negation:  '\(n.text)' (\(n.kind.rawValue)) governs \"\(scope)\"")
        }
        return lines
    }
}
