import CrossCheck
import FuzzSupport

/// WARC files: records, HTTP headers, chunking, gzip content encoding, charsets.
let test: FuzzTest = { data, size in
    let bytes = FuzzDriver.bytes(data, size)
    _ = WARCReader.inputs(bytes, path: "fuzz.warc", id: "fuzz")
    return 0
}

@_cdecl("FuzzWARC_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
