/// `rules test` for the splitter lexicons.
///
/// Reads: the `examples:` of every lexicon named in `SplitterLexicon.names`, each a mapping
/// `{text: "...", sentences: ["...", "..."]}`, and a `SentenceSplitter`. Adds: one error
/// `Diagnostic` (file, line and column of the example) per example that does not split into
/// exactly those sentences or is malformed, plus `SplitterLexicon.diagnostics` for terms that
/// can never match.
public enum SplitterExamples {
    public static func check(_ lexicons: [String: Lexicon], splitter: SentenceSplitter) -> [Diagnostic] {
        var out = SplitterLexicon.diagnostics(lexicons)
        for name in SplitterLexicon.names {
            guard let lexicon = lexicons[name] else { continue }
            for example in lexicon.examples {
                guard example.mapping != nil, let text = example["text"]?.string,
                      let expected = example["sentences"]?.sequence, expected.allSatisfy({ $0.string != nil })
                else {
                    out.append(Diagnostic(id: "bad-example",
                                          "a splitter example is {text: \"...\", sentences: [\"...\", ...]}",
                                          file: lexicon.file, line: example.line, column: example.column))
                    continue
                }
                let unknown = (example.mapping ?? []).compactMap(\.key.string).filter { $0 != "text" && $0 != "sentences" }
                if !unknown.isEmpty {
                    out.append(Diagnostic(.warning, id: "unknown-key",
                                          "unknown key \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in a splitter example",
                                          file: lexicon.file, line: example.line, column: example.column,
                                          notes: ["allowed keys: text, sentences"]))
                }
                let want = expected.compactMap(\.string)
                let got = splitter.sentences(in: text)
                if got != want {
                    out.append(Diagnostic(id: "split-example-failed",
                                          "example does not split as written",
                                          file: lexicon.file, line: example.line, column: example.column,
                                          notes: ["expected: " + describe(want), "got:      " + describe(got)]))
                }
            }
        }
        return out
    }

    static func describe(_ sentences: [String]) -> String {
        "[" + sentences.map { "\"" + $0.replacingNewlines + "\"" }.joined(separator: ", ") + "]"
    }
}

private extension String {
    var replacingNewlines: String {
        var out = ""
        for ch in unicodeScalars {
            switch ch {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
