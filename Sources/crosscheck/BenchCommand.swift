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
            crosscheck bench stories N         story grouping of N generated documents (N/20 stories of varied size):
                                               features + grouping time, documents/s, candidate pairs, pair precision/recall
            crosscheck bench check PAIRS.jsonl stance check of {"id", "claim", "text"} pairs, one core: MB/s and pairs/s
                                               (each pair's claim and text prepared anew: no caching)
            crosscheck bench words FILE        word table: lemma lookups and readings per second over a text's words
            crosscheck bench report DIR        HTML rendering of a run's report folder (its JSON Lines read first, not timed),
                                               in memory, one thread, on its CPU clock: document pages (pages/s, MB/s of body text and of HTML)
                                               and the overview pages (index, document list, story pages)
            crosscheck bench gzip FILE.gz      the inflater: MB/s of inflated output
            """
    )

    @Argument(help: "split, quantities, normalize, pipeline, stories, check, words, report or gzip.")
    var stage: String

    @Argument(help: "The input file (or folder, for pipeline; a document count, for stories).")
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
        case "gzip":
            // The hand-written inflater over a .gz file (compare: python3 -m timeit with zlib).
            let bytes = try Self.bytes(input)
            var best = Double.infinity
            var size = 0
            for _ in 0..<max(1, repeats) {
                let start = DispatchTime.now().uptimeNanoseconds
                size = try Gzip.decompress(bytes).count
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            report("gzip", bytes: size, seconds: best, units: 1, unitName: "files")
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
        case "stories":
            guard let count = Int(input), count > 0 else { throw ValidationError("bench stories takes a document count, e.g. 100000.") }
            try benchStories(count: count, lexicons: ruleSet.lexicons)
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
        case "report":
            try benchReport()
        case "words":
            let text = try String(contentsOfFile: input, encoding: .utf8)
            Console.write("\(try WordTableBenchmark.run(rulesDirectory: RulesLocation.resolve(rules.rules), text: text, runs: repeats))\n")
        default:
            throw ValidationError("Unknown stage '\(stage)'. Use split, quantities, normalize, pipeline, stories, check, words or report.")
        }
        Console.flush()
    }

    /// A report folder's files read into memory (not timed), then every page rendered (timed),
    /// best of `repeats`; nothing is written.
    private func benchReport() throws {
        func path(_ name: String) -> String { (input as NSString).appendingPathComponent(name) }
        var documents: [Document] = [], claims: [Claim] = [], findings: [Finding] = [], stories: [Story] = []
        try JSONLinesFileReader.decode(path("documents.jsonl"), ModelDecoding.document) { documents.append($0) }
        try JSONLinesFileReader.decode(path("claims.jsonl"), ModelDecoding.claim) { claims.append($0) }
        try JSONLinesFileReader.decode(path("findings.jsonl"), ModelDecoding.finding) { findings.append($0) }
        if FileManager.default.fileExists(atPath: path("stories.jsonl")) {
            try JSONLinesFileReader.decode(path("stories.jsonl"), ModelDecoding.story) { stories.append($0) }
        }
        let renderer = ReportRenderer(ReportInput(documents: documents.map(\.summary), claims: claims, findings: findings,
                                                  stories: stories))
        let bodyBytes = documents.reduce(0) { $0 + $1.body.utf8.count }
        // Timed on this thread's CPU clock, so that other processes sharing the cores do not count.
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var best = (documents: Double.infinity, overview: Double.infinity)
        var html = (documents: 0, overview: 0, overviewPages: 0)
        for _ in 0..<max(1, repeats) {
            var start = cpuSeconds()
            html.documents = 0
            for document in documents { try renderer.documentPages(document) { html.documents += $0.html.utf8.count } }
            best.documents = min(best.documents, cpuSeconds() - start)
            start = cpuSeconds()
            html.overview = 0
            html.overviewPages = 0
            try renderer.overviewPages { page in
                html.overview += page.html.utf8.count
                html.overviewPages += 1
            }
            best.overview = min(best.overview, cpuSeconds() - start)
        }
        Console.write(String(format: "report: document pages: %d in %.3f s of CPU, %.0f pages/s, %.3f ms a page, %.1f MB/s of body text (%.2f MB), %.1f MB/s of HTML (%.2f MB)\n",
                             documents.count, best.documents, Double(documents.count) / best.documents,
                             best.documents * 1000 / Double(max(1, documents.count)), Double(bodyBytes) / 1e6 / best.documents,
                             Double(bodyBytes) / 1e6, Double(html.documents) / 1e6 / best.documents, Double(html.documents) / 1e6))
        Console.write(String(format: "report: overview pages: %d in %.3f s of CPU, %.1f MB/s of HTML (%.2f MB), best of %d\n",
                             html.overviewPages, best.overview, Double(html.overview) / 1e6 / best.overview,
                             Double(html.overview) / 1e6, repeats))
    }

    /// Generated documents (not timed), then features and grouping (timed), best of `repeats`.
    private func benchStories(count: Int, lexicons: [String: Lexicon]) throws {
        let items = SyntheticStories.documents(count: count, stories: max(1, count / 20))
        let documents = items.map(\.document)
        let bytes = documents.reduce(0) { $0 + $1.body.utf8.count }
        let grouper = StoryGrouper(lexicons: lexicons)
        var best = (features: Double.infinity, group: Double.infinity)
        var assignment: StoryAssignment?
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            let features = ParallelMap.map(documents) { grouper.features(of: $0) }
            let middle = DispatchTime.now().uptimeNanoseconds
            assignment = grouper.group(features)
            let end = DispatchTime.now().uptimeNanoseconds
            best.features = min(best.features, Double(middle - start) / 1e9)
            best.group = min(best.group, Double(end - middle) / 1e9)
        }
        guard let assignment else { return }
        // Pair precision and recall against the generator's stories.
        var truth: [String: Int] = [:]
        var gold: [Int: Int] = [:]
        for item in items {
            truth[item.document.id] = item.story
            gold[item.story, default: 0] += 1
        }
        var predictedPairs = 0, correctPairs = 0
        for story in assignment.stories {
            predictedPairs += story.documents.count * (story.documents.count - 1) / 2
            var counts: [Int: Int] = [:]
            for document in story.documents { counts[truth[document]!, default: 0] += 1 }
            correctPairs += counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        let goldPairs = gold.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let total = best.features + best.group
        Console.write(String(format: "stories: %d documents (%.1f MB), %d generated stories → %d stories in %.2f s "
                             + "(features %.2f s, grouping %.2f s), %.0f documents/s, best of %d\n",
                             count, Double(bytes) / 1e6, gold.count, assignment.stories.count, total, best.features,
                             best.group, Double(count) / total, repeats))
        Console.write(String(format: "stories: %d candidate pairs (%.1f per document), %d copy comparisons; pairs: precision %.3f, recall %.3f\n",
                             assignment.candidatePairs, Double(assignment.candidatePairs) / Double(count),
                             assignment.copyComparisons, predictedPairs == 0 ? 1 : Double(correctPairs) / Double(predictedPairs),
                             goldPairs == 0 ? 1 : Double(correctPairs) / Double(goldPairs)))
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
