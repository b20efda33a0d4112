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

    /// WordNet's detachment rules per class, (suffix, replacement), in morphy's order; nil after
    /// the last. Static strings, so that reading a rule costs nothing.
    @inline(__always)
    static func detachmentRule(_ wordClass: WordClass, _ k: Int) -> (suffix: StaticString, replacement: StaticString)? {
        switch wordClass {
        case .noun:
            switch k {
            case 0: ("s", ""); case 1: ("ses", "s"); case 2: ("xes", "x"); case 3: ("zes", "z")
            case 4: ("ches", "ch"); case 5: ("shes", "sh"); case 6: ("men", "man"); case 7: ("ies", "y")
            default: nil
            }
        case .verb:
            switch k {
            case 0: ("s", ""); case 1: ("ies", "y"); case 2: ("es", "e"); case 3: ("es", "")
            case 4: ("ed", "e"); case 5: ("ed", ""); case 6: ("ing", "e"); case 7: ("ing", "")
            default: nil
            }
        case .adjective:
            switch k {
            case 0: ("er", ""); case 1: ("est", ""); case 2: ("er", "e"); case 3: ("est", "e")
            default: nil
            }
        case .adverb:
            nil  // exceptions only
        }
    }

    /// Suffixes after which a doubled consonant is undone (planning → plan, bigger → big); nil
    /// after the last.
    @inline(__always)
    static func doublingSuffix(_ wordClass: WordClass, _ k: Int) -> StaticString? {
        switch (wordClass, k) {
        case (.verb, 0): "ed"
        case (.verb, 1): "ing"
        case (.adjective, 0): "er"
        case (.adjective, 1): "est"
        default: nil
        }
    }

    /// Gives `sink` each lemma of `form` in `wordClass` (a lemma can come twice), with its prior.
    /// As morphy: a form in the exception list for the class gives its listed lemmas and itself,
    /// and no rule applies to it; otherwise the form itself and each rule's result count; nouns
    /// of two letters or ending in "ss" get no rule ("as" is not a plural of "a").
    @inline(__always)
    func collectLemmas<Sink: LemmaSink>(of form: UnsafeBufferPointer<UInt8>, as wordClass: WordClass, into sink: inout Sink) {
        collectLemmas(of: form, as: wordClass, itself: words.index(of: form), into: &sink)
    }

    /// As `collectLemmas(of:as:into:)`, with the form's index in the table (-1: absent) looked up
    /// once by the caller for all classes.
    @inline(__always)
    func collectLemmas<Sink: LemmaSink>(of form: UnsafeBufferPointer<UInt8>, as wordClass: WordClass, itself: Int,
                                        into sink: inout Sink) {
        let n = form.count
        guard n > 0, let base = form.baseAddress else { return }
        let c = wordClass.index
        let wanted = UInt8(c)
        if itself >= 0, words.records[itself].exceptionCount > 0 {
            var listed = false
            let first = Int(words.records[itself].firstException)
            for k in first..<(first + Int(words.records[itself].exceptionCount)) where exceptions[k].wordClass == wanted {
                listed = true
                let lemma = Int(exceptions[k].lemma)
                if words.has(lemma, c) { sink.add(lemma, .exception, words.prior(lemma, c)) }
            }
            if listed {
                if words.has(itself, c) { sink.add(itself, .itself, words.prior(itself, c)) }
                return
            }
        }
        if words.has(itself, c) { sink.add(itself, .itself, words.prior(itself, c)) }
        if wordClass == .noun, n <= 2 || (form[n - 1] == UInt8(ascii: "s") && form[n - 2] == UInt8(ascii: "s")) { return }
        guard Self.mayHaveSuffix(wordClass, form[n - 1]) else { return }
        var ruleFound = false
        var k = 0
        while let rule = Self.detachmentRule(wordClass, k) {
            k += 1
            let suffix = rule.suffix.utf8CodeUnitCount
            guard suffix < n, Self.hasSuffix(form, rule.suffix) else { continue }
            // A verb's "-es" drops whole only after s, x, z, ch, sh or o ("passes", "echoes"):
            // "sites" is "site", never "sit" (whose form is "sits").
            if wordClass == .verb, k == 4, !Self.takesBareES(form[n - 3]) { continue }
            let index = words.index(of: form, prefix: n - suffix, plus: rule.replacement.utf8Start, rule.replacement.utf8CodeUnitCount)
            if words.has(index, c) {
                ruleFound = true
                sink.add(index, .rule, words.prior(index, c))
            }
        }
        guard !ruleFound else { return }
        k = 0
        while let suffix = Self.doublingSuffix(wordClass, k) {
            k += 1
            // stem "plann" of "planning": two equal consonants, at least one letter before them.
            let stem = n - suffix.utf8CodeUnitCount
            guard stem >= 3, Self.hasSuffix(form, suffix), form[stem - 1] == form[stem - 2],
                  Self.isDoublingConsonant(form[stem - 1]) else { continue }
            let index = words.index(of: form, prefix: stem - 1, plus: base, 0)
            if words.has(index, c) { sink.add(index, .doubledConsonant, words.prior(index, c)) }
        }
    }

    /// Whether some rule of the class can apply to a form ending in `last`: nouns end in s or
    /// n (men), verbs in s, d or g, adjectives in r or t; adverbs have no rule.
    @inline(__always)
    static func mayHaveSuffix(_ wordClass: WordClass, _ last: UInt8) -> Bool {
        switch wordClass {
        case .noun: last == UInt8(ascii: "s") || last == UInt8(ascii: "n")
        case .verb: last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g")
        case .adjective: last == UInt8(ascii: "r") || last == UInt8(ascii: "t")
        case .adverb: false
        }
    }

    /// The last letter of a verb's stem after which "-es" is the whole ending.
    @inline(__always)
    static func takesBareES(_ last: UInt8) -> Bool {
        last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z") || last == UInt8(ascii: "h") || last == UInt8(ascii: "o")
    }

    @inline(__always)

    static func hasSuffix(_ form: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = form.count, m = suffix.utf8CodeUnitCount
        guard m <= n else { return false }
        let s = suffix.utf8Start
        for j in 0..<m where form[n - m + j] != s[j] { return false }
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

/// What `WordTable.collectLemmas` gives its candidates to: a struct, so that the calls are
/// specialized and inlined rather than going through a closure.
protocol LemmaSink {
    /// A lemma (its index), where it came from, and its frequency prior in the class asked for.
    mutating func add(_ index: Int, _ source: WordTable.LemmaSource, _ prior: UInt32)
}
