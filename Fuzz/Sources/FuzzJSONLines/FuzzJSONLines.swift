import CrossCheck
import FuzzSupport

/// JSON Lines inputs: records of {"id", "url"?, "text" | "html"}, escapes, bad lines.
let test: FuzzTest = { data, size in
    guard let text = FuzzDriver.text(data, size) else { return 0 }
    _ = JSONLinesInput.records(text, path: "fuzz.jsonl")
    return 0
}

@_cdecl("FuzzJSONLines_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
