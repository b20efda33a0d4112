import Testing
@testable import CrossCheck

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    let splitter = SplitRules.splitter

    @Test("table case", arguments: SplitCases.all)
    func splits(_ c: SplitCase) {
        #expect(splitter.sentences(in: c.text) == c.sentences, "\(c.category)")
    }

    @Test("every rule file loads and every splitter lexicon is present")
    func rulesLoad() throws {
        let lexicons = SplitRules.lexicons
        for name in SplitterLexicon.names {
            #expect(lexicons[name] != nil, "missing lexicon \(name)")
        }
    }

    @Test("the examples in rules/split pass and the lexicons have no problems")
    func examplesPass() {
        let diagnostics = SplitterExamples.check(SplitRules.lexicons, splitter: splitter)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let count = SplitterLexicon.names.compactMap { SplitRules.lexicons[$0] }.map(\.examples.count).reduce(0, +)
        #expect(count >= 10)
    }

    @Test("a failing or malformed example is reported at its position")
    func failingExample() throws {
        let yaml = """
        lexicon: split-titles
        terms: [Dr.]
        examples:
          - text: "Dr. Who arrived."
            sentences: ["Dr.", "Who arrived."]
          - just text
        """
        let lexicon = try Lexicon.load(yaml: yaml, file: "t.yaml")
        let diagnostics = SplitterExamples.check([lexicon.name: lexicon], splitter: SentenceSplitter(lexicons: [lexicon.name: lexicon]))
        #expect(diagnostics.map(\.id) == ["split-example-failed", "bad-example"])
        #expect(diagnostics.first?.line == 4)
        #expect(diagnostics.first?.file == "t.yaml")
    }

    @Test("an unknown kind is reported")
    func badKind() throws {
        let yaml = """
        lexicon: split-abbreviations
        terms:
          - a.m.: {forms: [], kind: tme}
        """
        let lexicon = try Lexicon.load(yaml: yaml, file: "k.yaml")
        let diagnostics = SplitterExamples.check([lexicon.name: lexicon], splitter: SentenceSplitter(lexicons: [:]))
        #expect(diagnostics.map(\.id) == ["bad-kind"])
        #expect(diagnostics.first?.line == 3)
    }

    @Test("without lexicons it still splits plain text")
    func noLexicons() {
        let bare = SentenceSplitter(lexicons: [:])
        #expect(bare.sentences(in: "One here. Two there.") == ["One here.", "Two there."])
    }

    @Test("ranges are trimmed, ordered, disjoint and map back into the bytes", arguments: SplitCases.all)
    func rangesMapBack(_ c: SplitCase) {
        let ranges = splitter.sentenceRanges(in: c.text)
        let bytes = Array(c.text.utf8)
        var last = 0
        for r in ranges {
            #expect(r.lowerBound >= last && r.upperBound <= bytes.count && !r.isEmpty)
            last = r.upperBound
            let s = String(decoding: bytes[r], as: UTF8.self)
            #expect(s.first.map { !$0.isWhitespace } ?? false)
            #expect(s.last.map { !$0.isWhitespace } ?? false)
        }
        // Nothing but whitespace lies between sentences.
        var covered = [Bool](repeating: false, count: bytes.count)
        for r in ranges { for k in r { covered[k] = true } }
        let rest = String(decoding: zip(bytes, covered).filter { !$0.1 }.map(\.0), as: UTF8.self)
        #expect(rest.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" || $0 == "\u{200B}" }, "\(c.category): left out \(rest.debugDescription)")
    }

    @Test("the buffer form equals the String form")
    func bufferForm() {
        let text = SplitCases.all.map(\.text).joined(separator: "\n\n")
        let fromString = splitter.sentenceRanges(in: text)
        let fromBuffer = Array(text.utf8).withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
        var streamed: [Range<Int>] = []
        Array(text.utf8).withUnsafeBufferPointer { buf in splitter.forEachSentence(in: buf) { streamed.append($0) } }
        #expect(fromString == fromBuffer)
        #expect(fromString == streamed)
    }

    @Test("the seed articles split where a reader would")
    func seeds() {
        let text = """
        South Korea's defense ministry on Friday firmly denied reports that the United States is planning to scale back its military presence in the country. The clarification comes in response to a Wall Street Journal article alleging that Washington is considering withdrawing approximately 4,500 of the 28,500 US troops currently stationed in South Korea, possibly redeploying them to other Indo-Pacific locations such as Guam.

        "There have been no discussions whatsoever" with Washington regarding any troop withdrawal, the ministry stated. US Defense Department chief spokesperson Sean Parnell echoed that stance on X (formerly Twitter), writing: "Reports that the DoD will reduce US troops in the Republic of Korea are not true." He reiterated the US commitment to its alliance with Seoul.
        """
        let s = splitter.sentences(in: text)
        #expect(s.count == 5)
        #expect(s[2].hasPrefix("\"There have been"))
        #expect(s[3].hasSuffix("are not true.\""))
    }
}

@Suite("Streaming sentence splitter")
struct StreamingSentenceSplitterTests {
    let splitter = SplitRules.splitter

    func streamed(_ bytes: [UInt8], chunk: Int, maxPending: Int = 4 << 20) -> [Range<Int>] {
        var stream = StreamingSentenceSplitter(splitter: splitter, maxPending: maxPending)
        var out: [Range<Int>] = []
        var k = 0
        while k < bytes.count {
            let piece = Array(bytes[k..<min(bytes.count, k + chunk)])
            stream.feed(piece) { range, sentence in
                #expect(Array(sentence) == Array(bytes[range]))
                out.append(range)
            }
            k += chunk
        }
        stream.finish { range, sentence in
            #expect(Array(sentence) == Array(bytes[range]))
            out.append(range)
        }
        return out
    }

    @Test("chunked input gives the same ranges as the whole input", arguments: [1, 7, 64, 4096, 1 << 20])
    func sameAsWhole(chunk: Int) {
        let text = SplitCases.all.map(\.text).joined(separator: "\n\n")
        let bytes = Array(text.utf8)
        let whole = bytes.withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
        #expect(streamed(bytes, chunk: chunk) == whole)
    }

    @Test("a paragraph longer than maxPending is split as it streams and keeps memory bounded")
    func longParagraph() {
        let sentence = "The talks ended at 5 p.m. Monday in Seoul. "
        let text = String(repeating: sentence, count: 2000)
        let bytes = Array(text.utf8)
        let whole = bytes.withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
        #expect(whole.count == 2000)
        #expect(streamed(bytes, chunk: 1000, maxPending: 4096) == whole)
    }
}
