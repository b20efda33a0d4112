import CrossCheck
import CrossCheckHTML
import FuzzSupport

/// HTML pages: charset sniffing, libxml2 parsing, metadata, main content, boilerplate.
let normalizer = Normalizer(lexicons: fuzzRules.lexicons, markupParser: HTMLPageReader())

let test: FuzzTest = { data, size in
    let bytes = FuzzDriver.bytes(data, size)
    guard let decoded = try? InputDecoder.decode(bytes[...], sniffMarkup: true) else { return 0 }
    _ = try? normalizer.normalize(InputFile(id: "fuzz", path: "fuzz.html", format: .html, text: decoded.text))
    return 0
}

@_cdecl("FuzzHTMLPage_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
