import CrossCheck
import Foundation

/// What every harness shares: the libFuzzer driver, and the repository's rules loaded once.
///
/// SwiftPM links an executable target with `--defsym main=<Target>_main`, so each harness
/// defines `@_cdecl("<Target>_main")` and hands its test function to `LLVMFuzzerRunDriver`
/// (from libFuzzer, linked by `-sanitize=fuzzer`).
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: FuzzTest) -> CInt

public enum FuzzDriver {
    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ test: FuzzTest) -> CInt {
        var argc = argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&argc, &argv, test)
    }

    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input as text, as the pipeline would decode it (nil when it would refuse it).
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String? {
        try? InputDecoder.decode(bytes(data, size)[...]).text
    }
}

/// The repository's rules (`CROSSCHECK_RULES`, else `rules/` of the working directory or its
/// parent), loaded once for the process: they live as long as it does, on purpose.
public let fuzzRules: RuleSet = {
    let fm = FileManager.default
    let candidates = [ProcessInfo.processInfo.environment["CROSSCHECK_RULES"], "rules", "../rules"].compactMap { $0 }
    for path in candidates where fm.fileExists(atPath: path + "/claims") {
        if let set = try? RuleSet.load(directory: path) { return set }
    }
    fatalError("fuzz: no rules directory (set CROSSCHECK_RULES)")
}()
