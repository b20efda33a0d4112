/// WordNet's lemmatizer (morphy) over the word table's bytes.
///
/// Reads: a lowercased form's UTF-8 bytes and a word class. Adds: every lemma of the table it can
/// be, with where it came from: the exception list (went → go), the form itself, a suffix rule
/// (killed → kill), or a doubled final consonant (stopped → stop) when no rule found one.
extension WordTable {
    /// Where a candidate lemma came from; lower ranks first among equally frequent lemmas.
    enum LemmaSource: UInt8 {
        case itself = 0, exception = 1, rule = 2, doubledConsonant = 3
    }

    /// WordNet's detachment rules per class, (suffix, replacement), in morphy's order.
    static let detachmentRules: [[(suffix: [UInt8], replacement: [UInt8])]] = [
        // noun
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        // verb
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        // adjective
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        // adverb: exceptions only
        [],
    ].map { $0.map { (Array($0.0.utf8), Array($0.1.utf8)) } }

    /// Suffixes after which a doubled consonant is undone (planning → plan, bigger → big).
    static let doublingSuffixes: [[[UInt8]]] = [
        [], [Array("ed".utf8), Array("ing".utf8)], [Array("er".utf8), Array("est".utf8)], [],
    ]

    /// Calls `body` with the index of each lemma of `form` in `wordClass` (a lemma can come twice).
    /// As morphy: a form in the exception list for the class gives its listed lemmas and itself,
    /// and no rule applies to it; otherwise the form itself and each rule's result count; nouns
    /// of two letters or ending in "ss" get no rule ("as" is not a plural of "a").
    @inline(__always)
    func forEachLemma(of form: UnsafeBufferPointer<UInt8>, as wordClass: WordClass, _ body: (Int, LemmaSource) -> Void) {
        let n = form.count
        guard n > 0 else { return }
        let wanted = UInt8(wordClass.index)
        let exceptionForm = exceptionForms.index(of: form)
        if exceptionForm >= 0 {
            var listed = false
            for k in Int(exceptionStarts[exceptionForm])..<Int(exceptionStarts[exceptionForm + 1]) where exceptions[k].wordClass == wanted {
                listed = true
                let lemma = Int(exceptions[k].lemma)
                if classEntry(lemma, wordClass) != nil { body(lemma, .exception) }
            }
            if listed {
                let itself = words.index(of: form)
                if classEntry(itself, wordClass) != nil { body(itself, .itself) }
                return
            }
        }
        let itself = words.index(of: form)
        if classEntry(itself, wordClass) != nil { body(itself, .itself) }
        if wordClass == .noun, n <= 2 || (form[n - 1] == UInt8(ascii: "s") && form[n - 2] == UInt8(ascii: "s")) { return }
        let rules = Self.detachmentRules[wordClass.index]
        let doubling = Self.doublingSuffixes[wordClass.index]
        guard !rules.isEmpty else { return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 4) { scratch in
            var ruleFound = false
            for rule in rules where rule.suffix.count < n && Self.hasSuffix(form, rule.suffix) {
                let stem = n - rule.suffix.count
                for i in 0..<stem { scratch[i] = form[i] }
                for (j, b) in rule.replacement.enumerated() { scratch[stem + j] = b }
                let candidate = UnsafeBufferPointer(rebasing: scratch[0..<(stem + rule.replacement.count)])
                let index = words.index(of: candidate)
                if classEntry(index, wordClass) != nil {
                    ruleFound = true
                    body(index, .rule)
                }
            }
            guard !ruleFound else { return }
            for suffix in doubling where Self.hasSuffix(form, suffix) {
                // stem "plann" of "planning": two equal consonants, at least one letter before them.
                let stem = n - suffix.count
                guard stem >= 3, form[stem - 1] == form[stem - 2], Self.isDoublingConsonant(form[stem - 1]) else { continue }
                let index = words.index(of: UnsafeBufferPointer(rebasing: form[0..<(stem - 1)]))
                if classEntry(index, wordClass) != nil { body(index, .doubledConsonant) }
            }
        }
    }

    @inline(__always)
    static func hasSuffix(_ form: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        let n = form.count, m = suffix.count
        guard m <= n else { return false }
        for j in 0..<m where form[n - m + j] != suffix[j] { return false }
        return true
    }

    /// A lowercase ASCII consonant that English doubles before a suffix (not w, x or y).
    @inline(__always)
    static func isDoublingConsonant(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "l"),
             UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"),
             UInt8(ascii: "v"), UInt8(ascii: "z"), UInt8(ascii: "f"), UInt8(ascii: "c"), UInt8(ascii: "s"):
            return true
        default:
            return false
        }
    }
}
