import Foundation

/// The whole pipeline in one process: inputs → normalize → split → extract and story features
/// (documents in parallel) → stories (after every document is read) → each story's central
/// claim checked against its documents (`StoryClaimCheck`) → compare, story by story.
/// Every input that cannot be used is listed in `skipped` with its reason, and the run goes on
/// with the rest. Results are sorted, so runs are deterministic.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let normalizer: Normalizer
    public let extractor: ClaimExtractor
    public let grouper: StoryGrouper
    public let storyCheck: StoryClaimCheck

    public struct Result: Sendable {
        /// Each with its `story`.
        public var documents: [Document]
        public var claims: [Claim]
        /// Each with its `story`.
        public var findings: [Finding]
        public var skipped: [SkippedInput]
        /// The stories, their members and copy groups.
        public var stories: StoryAssignment
        /// Warnings of the run (a rule pattern that spent its step budget on a sentence), sorted.
        public var warnings: [Diagnostic] = []
    }

    public init(rules: RuleSet, markupParser: (any MarkupParser)?) {
        self.rules = rules
        self.normalizer = Normalizer(lexicons: rules.lexicons, markupParser: markupParser)
        self.extractor = ClaimExtractor(rules: rules)
        self.grouper = StoryGrouper(lexicons: rules.lexicons)
        self.storyCheck = StoryClaimCheck(rules: rules)
    }

    /// Every document's stance toward its story's central claim (`centrals`: story → claim), as
    /// claims handed to `emit` in the order the documents are reread, in batches.
    /// With a `cache`, a check done in an earlier run for the same document and the same central
    /// claim is taken from it, and new checks are handed to it.
    func storyClaims(centrals: [String: String], stories: StoryAssignment, cache: (any FileWorkCache)? = nil,
                     documents reread: ((Document) -> Void) throws -> Void, emit: (Claim) throws -> Void) throws {
        guard !centrals.isEmpty else { return }
        try withoutActuallyEscaping(emit) { emit in
            try storyClaims(centrals: centrals, stories: stories, cache: cache, documents: reread, escaping: emit)
        }
    }

    private func storyClaims(centrals: [String: String], stories: StoryAssignment, cache: (any FileWorkCache)?,
                             documents reread: ((Document) -> Void) throws -> Void, escaping emit: @escaping (Claim) throws -> Void) throws {
        var batch: [(Document, String)] = []
        var failure: Error?
        let keep = cache != nil
        func flush() {
            defer { batch.removeAll() }
            guard failure == nil else { return }
            do {
                let keys = keep ? batch.map { StableID.make("k", [$0.0.jsonValue.serialized, $0.1]) } : []
                let stored = try cache?.storedStoryClaims(keys) ?? Array(repeating: nil, count: batch.count)
                let results = ParallelMap.map(Array(zip(batch, stored))) { item, stored -> (Claim?, [UInt8]?) in
                    if let stored {
                        if stored.isEmpty { return (nil, nil) }
                        if let object = (try? JSONSerialization.jsonObject(with: Data(stored))) as? [String: Any],
                           let claim = try? ModelDecoding.claim(object) { return (claim, nil) }
                    }
                    let claim = storyCheck.claim(for: item.0, central: item.1)
                    return (claim, keep ? claim.map { Array($0.jsonValue.serialized.utf8) } ?? [] : nil)
                }
                for (index, (claim, fresh)) in results.enumerated() {
                    if let claim { try emit(claim) }
                    if let fresh { try cache?.saveStoryClaim(keys[index], line: fresh) }
                }
            } catch {
                failure = error
            }
        }
        try reread { document in
            guard let story = stories.storyOf[document.id], let central = centrals[story] else { return }
            batch.append((document, central))
            if batch.count >= 64 { flush() }
        }
        flush()
        if let failure { throw failure }
    }

    /// Story claims in the order a run lists them: by document, position and id.
    static func sortedStoryClaims(_ claims: [Claim]) -> [Claim] {
        claims.sorted { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
    }

    /// Normalizes every input found under `paths`, in parallel; documents come back sorted by id.
    public func documents(_ paths: [String]) -> (documents: [Document], skipped: [SkippedInput]) {
        let collector = InputCollector()
        let (files, missing) = collector.files(paths)
        let results = ParallelMap.map(files) { normalize(file: $0, collector: collector) }
        var documents = results.flatMap { $0.0 }
        var skipped = missing + results.flatMap { $0.1 }
        documents.sort { $0.id < $1.id }
        var ids = DocumentIDs()
        documents = documents.filter { ids.admit($0, skipped: &skipped) }
        skipped.sort(by: SkippedInput.listedBefore)
        return (documents, skipped)
    }

    /// What `documents` gives, in its order, for output as it is made: a large text dump
    /// (`Normalizer.streams`) is not normalized here but named (`textFile`), for its record to
    /// be written from the file (`Normalizer.writeTextFile`) when its turn comes. A text file
    /// that fails there is skipped by the writer (and another input with its id is not taken
    /// in its place).
    public enum DocumentOutput: Sendable {
        case document(Document)
        case textFile(path: String, root: String, id: String)

        var id: String {
            switch self {
            case .document(let document): return document.id
            case .textFile(_, _, let id): return id
            }
        }
    }

    public func documentOutputs(_ paths: [String]) -> (outputs: [DocumentOutput], skipped: [SkippedInput]) {
        let collector = InputCollector()
        let (files, missing) = collector.files(paths)
        let results = ParallelMap.map(files) { file -> ([DocumentOutput], [SkippedInput]) in
            if Normalizer.streams(path: file.path) {
                return ([.textFile(path: file.path, root: file.root, id: InputCollector.documentID(path: file.path, root: file.root))], [])
            }
            let (documents, skipped) = normalize(file: file, collector: collector)
            return (documents.map(DocumentOutput.document), skipped)
        }
        var outputs = results.flatMap { $0.0 }
        var skipped = missing + results.flatMap { $0.1 }
        outputs.sort { $0.id < $1.id }
        var ids: Set<String> = []
        outputs = outputs.filter { output in
            if ids.insert(output.id).inserted { return true }
            let path: String
            switch output {
            case .document(let document): path = document.path
            case .textFile(let file, _, _): path = file
            }
            skipped.append(SkippedInput(path: path, reason: "another input already has the document id '\(output.id)'"))
            return false
        }
        skipped.sort(by: SkippedInput.listedBefore)
        return (outputs, skipped)
    }

    /// A text dump's Document read whole, for a file `Normalizer.writeTextFile` refused
    /// (`TextDumpFile.needsWholeFile`).
    public func documentReadWhole(path: String, root: String) -> ([Document], [SkippedInput]) {
        let collector = InputCollector()
        let (inputs, skipped) = collector.read(path: path, root: root)
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

    /// Reads and normalizes one file (one document, or one per JSON Lines or WARC record).
    func normalize(file: (path: String, root: String), collector: InputCollector) -> ([Document], [SkippedInput]) {
        // A large text dump is read from its file in passes, never whole.
        if Normalizer.streams(path: file.path) {
            do throws(InputError) {
                return ([try normalizer.normalizeTextFile(path: file.path, id: InputCollector.documentID(path: file.path, root: file.root))], [])
            } catch where error.reason != TextDumpFile.needsWholeFile {
                return ([], [SkippedInput(path: file.path, reason: error.reason)])
            } catch {}
        }
        return documentReadWhole(path: file.path, root: file.root)
    }

    /// The whole pipeline, keeping every document (for small corpora and tests); documents are
    /// sorted by id.
    public func run(_ paths: [String]) -> Result {
        var (documents, skipped) = documents(paths)
        let perDocument = ParallelMap.map(documents) { (extractor.extract($0), grouper.features(of: $0)) }
        var claims = perDocument.flatMap { $0.0.claims }
        let warnings = perDocument.flatMap { $0.0.warnings }
        let stories = grouper.group(perDocument.map { $0.1 })
        for index in documents.indices { documents[index].story = stories.storyOf[documents[index].id] }
        let candidates = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, storyCheck.candidates(of: $0)) })
        var checked: [Claim] = []
        // Without a cache and with documents in memory, nothing here can fail.
        try? storyClaims(centrals: storyCheck.centralClaims(candidates: candidates, stories: stories), stories: stories,
                         documents: { each in documents.forEach(each) }, emit: { checked.append($0) })
        claims += Self.sortedStoryClaims(checked)
        let findings = StoryFindings.findings(for: claims, stories: stories)
        return Result(documents: documents, claims: claims, findings: findings, skipped: skipped, stories: stories,
                      warnings: warnings)
    }

    /// One file's per-file work: its documents, each one's claims, story features and candidates.
    public func work(file: (path: String, root: String), collector: InputCollector = InputCollector()) -> FileWork {
        let (documents, skipped) = normalize(file: file, collector: collector)
        let items = documents.map { document in
            let (claims, warnings) = extractor.extract(document)
            return FileWork.Item(document: document, claims: claims, features: grouper.features(of: document),
                                 candidates: storyCheck.candidates(of: document), warnings: warnings)
        }
        return FileWork(items: items, skipped: skipped)
    }

    /// The whole pipeline with bounded memory, its claims and findings in memory at the end (for
    /// tests and small runs: `run(_:spill:...)` with a spill in a temporary folder, read back).
    /// Documents are handed to `sink` and `reread` as `run(_:spill:...)` says.
    public func run(_ paths: [String], chunkSize: Int = 64, cache: (any FileWorkCache)? = nil, sink: (Document) throws -> Void,
                    reread: (((Document) -> Void) throws -> Void)? = nil,
                    progress: ((Progress) -> Void)? = nil) throws -> Result {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("crosscheck-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let claimsPath = folder + "/claims.jsonl", findingsPath = folder + "/findings.jsonl"
        let spill = try RunSpill(claimsPath: claimsPath, findingsPath: findingsPath, scratch: folder)
        let result = try run(paths, chunkSize: chunkSize, cache: cache, spill: spill, sink: sink, reread: reread, progress: progress)
        var claims: [Claim] = []
        try JSONLinesFileReader.decode(claimsPath, ModelDecoding.claim) { claims.append($0) }
        var findings: [Finding] = []
        try JSONLinesFileReader.decode(findingsPath, ModelDecoding.finding) { findings.append($0) }
        return Result(documents: result.documents, claims: claims, findings: findings, skipped: result.skipped,
                      stories: result.stories, warnings: result.warnings)
    }

    /// The whole pipeline with memory bounded by the largest story, not the corpus: files are
    /// read, normalized and searched for claims a chunk at a time in parallel (`chunkSize` files,
    /// fewer when they hold more than `chunkBytes`: a JSON Lines or WARC file holds many
    /// documents, and a chunk's work is held until it is done); each document
    /// is handed to `sink` once (in the order of the sorted file list, before stories are known:
    /// its `story` is nil) and then dropped, and its claims and candidate story claims go to the
    /// `spill` (on disk). What stays in memory is each document's metadata (`Document.summary`)
    /// and its compact `StoryFeatures` until the stories are grouped. Then each story's central
    /// claim is chosen from its voters' candidates, read back; `reread` hands the documents to its
    /// argument again, one at a time (from where `sink` put them), for the story claim check
    /// (without it there is none); and the stories are compared a batch at a time, each story's
    /// claims read back from the spill and dropped once compared (`claimsAtOnce`: a batch holds
    /// at most that many claims, or one story). The spill writes claims.jsonl and findings.jsonl.
    /// With a `cache`, a file's work is taken from it when it has the file unchanged, and new
    /// work is handed to it; the result is the same either way. `progress` is told after each
    /// chunk how far reading has got.
    public func run(_ paths: [String], chunkSize: Int = 64, chunkBytes: Int = 16 << 20, cache: (any FileWorkCache)? = nil,
                    spill: RunSpill, claimsAtOnce: Int = 100_000, sink: (Document) throws -> Void,
                    reread: (((Document) -> Void) throws -> Void)? = nil,
                    progress: ((Progress) -> Void)? = nil) throws -> SpilledResult {
        let collector = InputCollector()
        let (files, missing) = collector.files(paths)
        progress?(Progress(filesRead: 0, files: files.count, documents: 0, claims: 0))
        var summaries: [Document] = []
        var admitted: [String] = []
        var features: [StoryFeatures] = []
        var warnings: [Diagnostic] = []
        var skipped = missing
        var ids = DocumentIDs()
        var next = 0
        while next < files.count {
            let chunk = Array(files[next..<Self.chunkEnd(files, from: next, files: chunkSize, bytes: chunkBytes)])
            next += chunk.count
            let stored = try cache?.stored(chunk) ?? Array(repeating: nil, count: chunk.count)
            let keep = cache != nil
            let results = ParallelMap.map(Array(zip(chunk, stored))) { file, stored -> (FileWork, [UInt8]?) in
                if let stored, let work = try? FileWork(lines: stored) { return (work, nil) }
                let work = work(file: file, collector: collector)
                return (work, keep ? work.lines : nil)
            }
            for (file, (work, fresh)) in zip(chunk, results) {
                if let fresh { try cache?.save(file, lines: fresh) }
                skipped += work.skipped
                for item in work.items where ids.admit(item.document, skipped: &skipped) {
                    try sink(item.document)
                    summaries.append(item.document.summary)
                    admitted.append(item.document.id)
                    try spill.add(document: item.document.id, claims: item.claims, candidates: item.candidates)
                    warnings += item.warnings
                    features.append(item.features)
                }
            }
            progress?(Progress(filesRead: next, files: files.count, documents: summaries.count, claims: spill.claimCount))
        }
        try spill.documentsDone()
        summaries.sort { $0.id < $1.id }
        skipped.sort(by: SkippedInput.listedBefore)
        let stories = grouper.group(features)
        features = []
        for index in summaries.indices { summaries[index].story = stories.storyOf[summaries[index].id] }
        if let reread {
            var centrals: [String: String] = [:]
            for story in stories.stories {
                if let claim = try storyCheck.centralClaim(of: story, candidates: { try spill.candidates(of: $0) }) {
                    centrals[story.id] = claim
                }
            }
            try storyClaims(centrals: centrals, stories: stories, cache: cache, documents: reread) { try spill.add(storyClaim: $0) }
        }
        try spill.storyClaimsDone()
        try StoryFindings.findings(stories: stories, documents: admitted, spill: spill, claimsAtOnce: claimsAtOnce)
        try spill.finish()
        return SpilledResult(documents: summaries, skipped: skipped, stories: stories, warnings: warnings,
                             claims: spill.claimCount, findings: spill.findingCounts, peakResidentClaims: spill.peakResident)
    }
}

extension Pipeline {
    /// Where the chunk of files from `start` ends: at most `files` files, and no more than
    /// `bytes` bytes of input once it has one.
    static func chunkEnd(_ list: [(path: String, root: String)], from start: Int, files: Int, bytes: Int) -> Int {
        var end = start
        var total = 0
        while end < list.count, end - start < max(1, files) {
            var info = stat()
            let size = stat(list[end].path, &info) == 0 ? Int(info.st_size) : 0
            if end > start, total + size > bytes { break }
            total += size
            end += 1
        }
        return end
    }

    /// What a run with a `RunSpill` keeps in memory; its claims and findings are in the spill's files.
    public struct SpilledResult: Sendable {
        /// Metadata only (`Document.summary`), each with its `story`, sorted by id.
        public var documents: [Document]
        public var skipped: [SkippedInput]
        public var stories: StoryAssignment
        public var warnings: [Diagnostic]
        /// How many claims claims.jsonl has, and findings.jsonl's findings by kind.
        public var claims: Int
        public var findings: [Finding.Kind: Int]
        /// The most claims read back from the spill and held at once while comparing.
        public var peakResidentClaims: Int
    }

    /// How far a run has read: input files read of all listed, documents admitted, claims found.
    public struct Progress: Sendable, Hashable {
        public var filesRead: Int
        public var files: Int
        public var documents: Int
        public var claims: Int
    }
}

/// Document ids seen so far in a run: two inputs with one id (a.txt and a.html) keep the first,
/// and the other is reported as skipped.
struct DocumentIDs {
    private var seen: Set<String> = []

    mutating func admit(_ document: Document, skipped: inout [SkippedInput]) -> Bool {
        if seen.insert(document.id).inserted { return true }
        skipped.append(SkippedInput(path: document.path, reason: "another input already has the document id '\(document.id)'"))
        return false
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
