import CrossCheck
import FuzzSupport

/// gzip and DEFLATE: any bytes, with a small cap so bombs are refused quickly.
let test: FuzzTest = { data, size in
    let bytes = FuzzDriver.bytes(data, size)
    // Also as the body of a gzip member, so the inflater sees raw DEFLATE streams.
    _ = try? Gzip.decompress(bytes, limit: 1 << 22)
    _ = try? Gzip.decompress([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03] + bytes, limit: 1 << 22)
    return 0
}

@_cdecl("FuzzInflate_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
