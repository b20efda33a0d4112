import CrossCheck
import FuzzSupport

/// The sentence splitter, on raw bytes (as the hot loop reads them) and on decoded text;
/// every range must lie inside the text, in order.
let splitter = SentenceSplitter(lexicons: fuzzRules.lexicons)

let test: FuzzTest = { data, size in
    let bytes = FuzzDriver.bytes(data, size)
    let ranges = bytes.withUnsafeBufferPointer { splitter.sentenceRanges(in: $0) }
    var last = 0
    for range in ranges {
        precondition(range.lowerBound >= last && range.upperBound <= bytes.count, "sentence range out of order or bounds")
        last = range.upperBound
    }
    if let text = FuzzDriver.text(data, size) { _ = splitter.sentences(in: text) }
    return 0
}

@_cdecl("FuzzSplitter_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
