import CrossCheck
import FuzzSupport

/// Text dumps: decoding, cleanup, metadata lines, boilerplate, body.
let normalizer = Normalizer(lexicons: fuzzRules.lexicons, markupParser: nil)

let test: FuzzTest = { data, size in
    guard let text = FuzzDriver.text(data, size) else { return 0 }
    _ = try? normalizer.normalize(InputFile(id: "fuzz", path: "fuzz.txt", format: .text, text: text))
    return 0
}

@_cdecl("FuzzTextDump_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
