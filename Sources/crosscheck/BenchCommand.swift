import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure a stage's speed (MB/s) on a file. Build with -c release for real figures.",
        discussion: """
            crosscheck bench split FILE        sentence splitter: MB/s and sentences/s
            crosscheck bench quantities FILE   quantity reader, one line = one sentence: MB/s and sentences/s
            crosscheck bench pipeline DIR      normalize + extract + compare over a folder: MB/s and documents/s
            crosscheck bench normalize DIR     normalize alone (HTML parse + extraction, text dumps), one core: MB/s and pages/s
            crosscheck bench check PAIRS.jsonl stance check of {"id", "claim", "text"} pairs, one core: MB/s and pairs/s
                                               (each pair's claim and text prepared anew: no caching)
            """
    )

    @Argument(help: "split, quantities, normalize, pipeline or check.")
    var stage: String

    @Argument(help: "The input file (or folder, for pipeline).")
    var input: String

    @Option(name: .long, help: "Repeat the measurement this many times and report the best.")
    var repeats: Int = 5

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        switch stage {
        case "split":
            let bytes = try Self.bytes(input)
            let splitter = SentenceSplitter(lexicons: ruleSet.lexicons)
            let result = bytes.withUnsafeBufferPointer { SplitBenchmark.run(bytes: $0, splitter: splitter, runs: repeats) }
            report("split", bytes: bytes.count, seconds: result.seconds, units: result.sentences, unitName: "sentences")
        case "quantities":
            let bytes = try Self.bytes(input)
            let extractor = QuantityExtractor(lexicons: ruleSet.lexicons)
            var best = (megabytesPerSecond: 0.0, sentencesPerSecond: 0.0)
            for _ in 0..<max(1, repeats) {
                let r = QuantityBenchmark.run(bytes: bytes, extractor: extractor)
                if r.megabytesPerSecond > best.megabytesPerSecond { best = r }
            }
            Console.write(String(format: "quantities: %.1f MB/s, %.0f sentences/s on %@ (%d bytes), best of %d\n",
                                 best.megabytesPerSecond, best.sentencesPerSecond, input, bytes.count, repeats))
        case "pipeline":
            let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
            var best = Double.infinity
            var result: Pipeline.Result?
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                result = pipeline.run([input])
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let size = Self.inputSize(input)
            report("pipeline", bytes: size, seconds: best, units: result?.documents.count ?? 0, unitName: "documents")
        case "normalize":
            // Inputs are read and decoded once; the timed part is normalization on one core.
            let collector = InputCollector()
            let (files, _) = collector.files([input])
            var inputs: [InputFile] = []
            for file in files { inputs += collector.read(path: file.path, root: file.root).inputs }
            let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
            let normalizer = Normalizer(lexicons: ruleSet.lexicons, markupParser: HTMLPageReader())
            var best = Double.infinity
            var documents = 0
            for _ in 0..<max(1, repeats) {
                documents = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for item in inputs where (try? normalizer.normalize(item)) != nil { documents += 1 }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let html = inputs.filter { $0.format == .html }.count
            Console.write("normalize input: \(input): \(inputs.count) pages (\(html) HTML, \(inputs.count - html) text), \(documents) with article text\n")
            report("normalize", bytes: bytes, seconds: best, units: inputs.count, unitName: "pages")
        case "check":
            // The pairs file is read and parsed once; the timed part is preparing each claim and
            // text and deciding the stance, as `check --pairs` does per line.
            let text = try InputText.read(input, allowEmpty: true)
            let (pairs, problems) = StancePairs.parse(text, path: input)
            for problem in problems { Console.error(problem.description) }
            let items: [(String, String)] = pairs.compactMap { pair in
                if case .text(let body) = pair.content { return (pair.claim, body) }
                return nil
            }
            let bytes = items.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count }
            let checker = StanceChecker(rules: ruleSet)
            var best = Double.infinity
            var counts: [Stance: Int] = [:]
            for _ in 0..<max(1, repeats) {
                counts = [:]
                let start = DispatchTime.now().uptimeNanoseconds
                for (claim, body) in items {
                    counts[checker.check(claim: claim, text: body).stance, default: 0] += 1
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            Console.write("check input: \(input): \(items.count) pairs; " + Stance.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ") + "\n")
            report("check", bytes: bytes, seconds: best, units: items.count, unitName: "pairs")
        default:
            throw ValidationError("Unknown stage '\(stage)'. Use split, quantities, normalize, pipeline or check.")
        }
        Console.flush()
    }

    private func report(_ name: String, bytes: Int, seconds: Double, units: Int, unitName: String) {
        let mb = Double(bytes) / 1_000_000
        Console.write(String(format: "%@: %.1f MB/s, %.0f %@/s on %@ (%.2f MB, %d %@), best of %d\n",
                             name, mb / seconds, Double(units) / seconds, unitName, input, mb, units, unitName, repeats))
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("\(path): error: [input] cannot read the file")
            throw ExitCode.failure
        }
        return [UInt8](data)
    }

    static func inputSize(_ path: String) -> Int {
        let (files, _) = InputCollector().files([path])
        return files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
        }
    }
}
