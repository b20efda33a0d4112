import Testing
@testable import CrossCheck

/// "the ministry" is resolved to the latest earlier speaker ending in "ministry" without a scan
/// of every earlier speaker: a long document costs work in proportion to its sentences (a 1 MB
/// paragraph of claims spent most of its time in that scan).
@Test func resolvingASpeakerDoesNotRescanTheDocument() {
    var finder = AttributionFinder(lexicons: Repository.extractor.lexicons)
    let sentences = 3_000
    var speakers: [String?] = []
    for i in 0..<sentences {
        let text = i % 3 == 0 ? "The Defense Ministry said on Monday that 40 soldiers had left."
            : i % 3 == 1 ? "The ministry said that 12 more would follow." : "Officials at NATO said that the plan held."
        speakers.append(finder.speaker(in: Tokenizer.tokens(in: text), sentence: text, sentenceStart: 0))
    }
    #expect(speakers[0] == "Defense Ministry")
    #expect(speakers[1] == "Defense Ministry")
    #expect(finder.history.count >= 2 * sentences / 3)
    #expect(finder.comparisons < 10 * sentences, "\(finder.comparisons) comparisons for \(sentences) sentences")
}
