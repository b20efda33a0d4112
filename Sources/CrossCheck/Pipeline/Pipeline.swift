import Foundation

/// The whole pipeline in one process: inputs → normalize → split → extract (documents in
/// parallel) → compare. Every input that cannot be used is listed in `skipped` with its reason,
/// and the run goes on with the rest. Results are sorted, so runs are deterministic.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let normalizer: Normalizer
    public let extractor: ClaimExtractor

    public struct Result: Sendable {
        public var documents: [Document]
        public var claims: [Claim]
        public var findings: [Finding]
        public var skipped: [SkippedInput]
    }

    public init(rules: RuleSet, markupParser: (any MarkupParser)?) {
        self.rules = rules
        self.normalizer = Normalizer(lexicons: rules.lexicons, markupParser: markupParser)
        self.extractor = ClaimExtractor(rules: rules)
    }

    /// Normalizes every input found under `paths`, in parallel; documents come back sorted by id.
    public func documents(_ paths: [String]) -> (documents: [Document], skipped: [SkippedInput]) {
        let collector = InputCollector()
        let (files, missing) = collector.files(paths)
        let results = ParallelMap.map(files) { file -> ([Document], [SkippedInput]) in
            let (inputs, skipped) = collector.read(path: file.path, root: file.root)
            var documents: [Document] = []
            var more = skipped
            for input in inputs {
                do throws(InputError) {
                    documents.append(try normalizer.normalize(input))
                } catch {
                    more.append(SkippedInput(path: input.path, reason: error.reason))
                }
            }
            return (documents, more)
        }
        var documents = results.flatMap { $0.0 }
        var skipped = missing + results.flatMap { $0.1 }
        documents.sort { $0.id < $1.id }
        // Two inputs with one id (a.txt and a.html): keep the first, report the other.
        var seen: Set<String> = []
        documents = documents.filter { document in
            if seen.insert(document.id).inserted { return true }
            skipped.append(SkippedInput(path: document.path, reason: "another input already has the document id '\(document.id)'"))
            return false
        }
        skipped.sort { $0.path < $1.path }
        return (documents, skipped)
    }

    public func run(_ paths: [String]) -> Result {
        let (documents, skipped) = documents(paths)
        let perDocument = ParallelMap.map(documents) { extractor.claims(in: $0) }
        let claims = perDocument.flatMap { $0 }
        let findings = ClaimComparator().findings(for: claims)
        return Result(documents: documents, claims: claims, findings: findings, skipped: skipped)
    }
}

/// `map` over a collection on all cores, results in input order.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Fixed slots written once each from concurrent iterations.
final class ResultSlots<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [R] { storage.map { $0! } }
}
