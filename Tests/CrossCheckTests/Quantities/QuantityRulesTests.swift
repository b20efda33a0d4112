import Foundation
import Testing
@testable import CrossCheck

@Suite("Quantity rules")
struct QuantityRulesTests {
    @Test("every quantity lexicon loads")
    func lexiconsLoad() {
        for name in QuantityExtractor.lexiconNames {
            #expect(QuantityFixture.lexicons[name] != nil, "missing lexicon \(name) in rules/quantities")
        }
        #expect(QuantityFixture.extractor.diagnostics.isEmpty, "\(QuantityFixture.extractor.diagnostics)")
    }

    @Test("the lexicons' examples hold (rules test)")
    func examplesHold() {
        let problems = QuantityExamples.check(QuantityFixture.lexicons, extractor: QuantityFixture.extractor)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("a failing example is reported at its line")
    func failingExample() throws {
        let yaml = """
        lexicon: quantity-scales
        terms:
          - million: {scale: "1e6"}
        examples:
          - {text: "5 million", value: 6}
        """
        let lexicon = try Lexicon.load(yaml: yaml, file: "scales.yaml")
        let extractor = QuantityExtractor(lexicons: [lexicon.name: lexicon])
        let problems = QuantityExamples.check([lexicon.name: lexicon], extractor: extractor)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 5)
        #expect(problems.first?.file == "scales.yaml")
    }

    @Test("a bad attribute is a diagnostic with the term's line")
    func badAttribute() throws {
        let yaml = """
        lexicon: quantity-hedges
        terms:
          - about: {shape: roundabout, tolerance: "0.1"}
        """
        let lexicon = try Lexicon.load(yaml: yaml, file: "hedges.yaml")
        let extractor = QuantityExtractor(lexicons: [lexicon.name: lexicon])
        #expect(extractor.diagnostics.count == 1)
        #expect(extractor.diagnostics.first?.line == 3)
    }

    @Test("offsets are UTF-8 byte offsets and quantities do not overlap")
    func offsets() {
        let text = "Über 5 € — “nearly 300 people”, then 1,000–2,000 more in 2016."
        let found = QuantityFixture.extractor.quantities(in: text)
        let bytes = Array(text.utf8)
        var last = 0
        for q in found {
            #expect(q.start >= last)
            #expect(String(decoding: bytes[q.start..<q.end], as: UTF8.self) == q.text)
            last = q.end
        }
        #expect(found.map(\.text) == ["5 €", "nearly 300", "1,000–2,000", "2016"])
    }

    @Test("the benchmark reports throughput")
    func benchmark() {
        let line = Array("Roughly 44.39 million citizens are eligible; over $1 billion annually.\n".utf8)
        let r = QuantityBenchmark.run(bytes: line, extractor: QuantityFixture.extractor)
        #expect(r.megabytesPerSecond > 0)
        #expect(r.sentencesPerSecond > 0)
    }
}
