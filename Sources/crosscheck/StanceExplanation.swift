import CrossCheck

/// `crosscheck explain --claim`: the alignment of each sentence with the claim, the cues, the
/// features and the stance.
enum StanceExplanation {
    static func write(claim: String, documents: [Document], rules: RuleSet) {
        let checker = StanceChecker(rules: rules)
        let profile = checker.prepare(claim: claim)
        let terms = profile.terms.map { $0.isName ? "\($0.text) (name)" : $0.text }
        Console.write("claim: \(claim)\n  terms: \(terms.joined(separator: ", "))\n")
        if !profile.quantities.isEmpty {
            Console.write("  figures: " + profile.quantities.map { "\($0.text) [\(number($0.low)), \(number($0.high))]" }.joined(separator: ", ") + "\n")
        }
        if profile.negated { Console.write("  the claim is itself negated: refutations in a text agree with it\n") }
        for document in documents {
            let prepared = checker.prepare(document)
            let result = checker.check(profile, in: prepared)
            Console.write("\n# \(document.id)  (\(prepared.isHeadline ? "headline weights" : "article weights"))\n")
            let evidence = Set(result.evidence.map(\.sentence))
            for a in checker.alignments(profile, in: prepared) where a.score > 0 || !a.cues.isEmpty || a.isQuestion {
                let label = a.sentence < 0 ? "title" : "\(a.sentence)"
                let mark = evidence.contains(a.sentence) ? " evidence" : ""
                Console.write("\n[\(label)] bytes \(a.start)..<\(a.end), alignment \(number(a.score))\(mark): \(a.text)\n")
                if !a.matched.isEmpty { Console.write("    aligned: \(a.matched.joined(separator: ", "))\n") }
                if !a.figuresAgreeing.isEmpty { Console.write("    figures agree: \(a.figuresAgreeing.joined(separator: ", "))\n") }
                if !a.figuresConflicting.isEmpty { Console.write("    figures differ: \(a.figuresConflicting.joined(separator: ", "))\n") }
                for (cue, inScope) in a.cues {
                    let scope = inScope ? "about the claim" : (a.score > 0 ? "in another clause: not counted" : "sentence not about the claim: counted for the document")
                    Console.write("    cue \(cue.kind.rawValue) '\(cue.text)' (\(cue.canonical)): \(scope)\n")
                }
                if a.isQuestion { Console.write("    a question\n") }
            }
            let features = zip(StanceFeatures.names, result.features.values).dropFirst().filter { $0.1 != 0 }
                .map { "\($0.0) \(number($0.1))" }
            Console.write("\n  features: \(features.joined(separator: ", "))\n")
            let cue = result.cue.map { "\($0.kind.rawValue) '\($0.text)' in sentence \($0.sentence)" } ?? "none"
            Console.write("  stance: \(result.stance.rawValue) (score \(number(result.score)); best related: \(result.relatedStance.rawValue)); cue: \(cue); speaker: \(result.speaker ?? "none")\n")
        }
    }

    static func number(_ d: Double) -> String {
        if d.isInfinite { return d > 0 ? "∞" : "-∞" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String((d * 1000).rounded() / 1000)
    }
}
