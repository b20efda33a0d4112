/// Throughput of the sentence splitter.
///
/// Reads: a UTF-8 byte buffer and a `SentenceSplitter`. Adds: megabytes per second (10^6 bytes)
/// and sentences per second of `forEachSentence` over the whole buffer on the calling thread,
/// the best of `runs` passes (the first pass also warms the caches).
public enum SplitBenchmark {
    public struct Result: Sendable, CustomStringConvertible {
        public var bytes: Int
        public var sentences: Int
        public var seconds: Double
        public var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
        public var sentencesPerSecond: Double { Double(sentences) / seconds }
        public var description: String {
            let mb = (mbPerSecond * 10).rounded() / 10
            let sps = (sentencesPerSecond / 1000).rounded()
            return "\(bytes) bytes, \(sentences) sentences, best of runs \(seconds) s: \(mb) MB/s, \(Int(sps))k sentences/s"
        }
    }

    public static func run(bytes: UnsafeBufferPointer<UInt8>, splitter: SentenceSplitter, runs: Int = 5) -> Result {
        var best = Double.infinity
        var count = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            var n = 0
            let elapsed = clock.measure {
                splitter.forEachSentence(in: bytes) { _ in n &+= 1 }
            }
            let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if s < best { best = s }
            count = n
        }
        return Result(bytes: bytes.count, sentences: count, seconds: best)
    }

    public static func run(bytes: [UInt8], splitter: SentenceSplitter, runs: Int = 5) -> (mbPerSecond: Double, sentencesPerSecond: Double) {
        let r = bytes.withUnsafeBufferPointer { run(bytes: $0, splitter: splitter, runs: runs) }
        return (r.mbPerSecond, r.sentencesPerSecond)
    }
}
