import CrossCheck
import FuzzSupport

/// The quantity reader on one sentence's bytes; every quantity's span must lie inside them.
let extractor = QuantityExtractor(lexicons: fuzzRules.lexicons)

let test: FuzzTest = { data, size in
    let bytes = FuzzDriver.bytes(data, size)
    let found = bytes.withUnsafeBufferPointer { extractor.quantities(in: $0) }
    for q in found { precondition(q.start >= 0 && q.start <= q.end && q.end <= bytes.count, "quantity span out of bounds") }
    return 0
}

@_cdecl("FuzzQuantities_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
