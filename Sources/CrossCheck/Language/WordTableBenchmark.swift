import Foundation

/// Speed of the word table: loading it, and looking up the tokens of a text.
///
/// Reads: a rules directory and a UTF-8 text (one or more sentences per line). Adds: the best of
/// `runs` load times, and lookups per second over the text's word tokens (`Token.key`, tokenized
/// once, outside the timing): `lemma(of:as:)` for each of the four classes, `classes(of:)` and
/// `reading(of:)`;
/// plus the share of word tokens the table knows in some class. Times are the calling thread's
/// CPU time (a busy machine that takes the core away does not count), best of the runs.
public enum WordTableBenchmark {
    public struct Result: Sendable, CustomStringConvertible {
        public var lemmas: Int
        public var loadSeconds: Double
        public var tokens: Int
        public var knownTokens: Int
        /// Best of runs, over all tokens × 4 classes.
        public var lemmaSeconds: Double
        /// Best of runs, over all tokens.
        public var classesSeconds: Double
        /// Best of runs, over all tokens.
        public var readingSeconds: Double

        public var lemmaLookupsPerSecond: Double { Double(tokens * 4) / lemmaSeconds }
        public var classLookupsPerSecond: Double { Double(tokens) / classesSeconds }
        public var readingLookupsPerSecond: Double { Double(tokens) / readingSeconds }

        public var description: String {
            let known = tokens == 0 ? 0 : Double(knownTokens) / Double(tokens) * 100
            return """
                words: \(lemmas) lemmas loaded in \(format(loadSeconds * 1000)) ms (best of runs)
                words: \(tokens) word tokens, \(format(known))% known; \
                lemma(of:as:) \(format(lemmaLookupsPerSecond / 1e6)) M lookups/s, \
                classes(of:) \(format(classLookupsPerSecond / 1e6)) M/s, \
                reading(of:) \(format(readingLookupsPerSecond / 1e6)) M/s
                """
        }

        private func format(_ x: Double) -> String {
            let r = (x * 10).rounded() / 10
            return "\(r)"
        }
    }

    public static func run(rulesDirectory: String, text: String, runs: Int = 5) throws(Diagnostic) -> Result {
        let clock = ThreadCPUClock()
        var table: WordTable?
        var loadSeconds = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let loaded = try WordTable.load(directory: rulesDirectory)
            loadSeconds = min(loadSeconds, seconds(clock.now - start))
            table = loaded
        }
        let words = table!
        var keys: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            for token in Tokenizer.tokens(in: String(line)) where token.isWord && !token.hasDigit { keys.append(token.key) }
        }
        var known = 0
        var lemmaSeconds = Double.infinity, classesSeconds = Double.infinity, readingSeconds = Double.infinity
        for _ in 0..<max(1, runs) {
            var found = 0
            let lemmaTime = clock.measure {
                for key in keys {
                    for k in 0..<4 where words.lemma(of: key, as: WordClass(index: k)!) != nil { found &+= 1 }
                }
            }
            var knownNow = 0
            let classesTime = clock.measure {
                for key in keys where !words.classes(of: key).isEmpty { knownNow &+= 1 }
            }
            var read = 0
            let readingTime = clock.measure {
                for key in keys where words.reading(of: key) != nil { read &+= 1 }
            }
            precondition(read == knownNow)
            readingSeconds = min(readingSeconds, seconds(readingTime))
            lemmaSeconds = min(lemmaSeconds, seconds(lemmaTime))
            classesSeconds = min(classesSeconds, seconds(classesTime))
            known = knownNow
            precondition(found >= knownNow)
        }
        return Result(lemmas: words.count, loadSeconds: loadSeconds, tokens: keys.count, knownTokens: known,
                      lemmaSeconds: lemmaSeconds, classesSeconds: classesSeconds, readingSeconds: readingSeconds)
    }

    private static func seconds(_ d: Double) -> Double { d }

    /// The CPU time of the calling thread, in seconds.
    private struct ThreadCPUClock {
        var now: Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
        }

        func measure(_ body: () -> Void) -> Double {
            let start = now
            body()
            return now - start
        }
    }
}
