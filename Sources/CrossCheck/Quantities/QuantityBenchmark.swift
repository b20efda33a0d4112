import Foundation

/// Measures the extractor. Input is split at line feeds; each non-empty line counts as one
/// sentence and is given to `quantities(in:)` on its own, as the pipeline gives it sentences.
/// Runs one warm-up pass, then repeats whole passes until at least a second has gone by, on
/// the calling thread (one core).
public enum QuantityBenchmark {
    public static func run(bytes: [UInt8], extractor: QuantityExtractor) -> (megabytesPerSecond: Double, sentencesPerSecond: Double) {
        var lines: [Range<Int>] = []
        var s = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            if i > s { lines.append(s..<i) }
            s = i + 1
        }
        if s < bytes.count { lines.append(s..<bytes.count) }
        guard !lines.isEmpty else { return (0, 0) }
        var sink = 0
        func pass() {
            bytes.withUnsafeBufferPointer { all in
                for r in lines {
                    sink &+= extractor.quantities(in: UnsafeBufferPointer(rebasing: all[r])).count
                }
            }
        }
        pass()
        let clock = ContinuousClock()
        let start = clock.now
        var passes = 0
        var elapsed = Duration.zero
        repeat {
            pass()
            passes += 1
            elapsed = clock.now - start
        } while elapsed < .seconds(1)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        if sink == -1 { print(sink) }
        return (Double(bytes.count * passes) / 1_000_000 / seconds, Double(lines.count * passes) / seconds)
    }
}
