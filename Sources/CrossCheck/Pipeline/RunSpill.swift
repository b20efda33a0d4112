import Foundation

/// What a run keeps on disk instead of in memory, so that its memory is bounded by its largest
/// story rather than by the corpus (`Pipeline.run(_:spill:...)`; docs/scale.md).
///
/// Reads: each admitted document's claims and candidate story claims as extraction gives them
/// (in run order), then the run's story claims, then each story's findings. Adds, in the files
/// it was given: `claims.jsonl` — the documents' claims in run order, then the story claims by
/// document and position, the lines `JSONLines.write` would give for the same claims — and
/// `findings.jsonl`, sorted as `StoryFindings.sorted` sorts. In between it hands back one
/// document's candidates, or one story's claims, at a time, read from the files by byte range
/// (an offset index per document; the documents' claims are read from claims.jsonl itself).
/// It counts the claims handed back and not yet released (`resident`, `peakResident`).
public final class RunSpill: @unchecked Sendable {
    private let claims: SpillFile
    private let candidates: SpillFile
    private let storyClaims: SpillFile
    private let findings: SpillFile
    private let findingsPath: String

    /// Per admitted document, in run order: where its claims and its candidates are.
    private struct Entry {
        var claimsOffset: Int64
        var claimsLength: Int32
        var claimCount: Int32
        var candidatesOffset: Int64
        var candidatesLength: Int32
    }
    private var entries: [Entry] = []
    private var number: [String: Int32] = [:]

    /// A story claim: its place in the story claims file and its sort key.
    private struct StoryClaimEntry {
        var document: String
        var start: Int
        var id: String
        var offset: Int64
        var length: Int32
    }
    private var storyClaimEntries: [StoryClaimEntry] = []
    /// Document number → indexes into `storyClaimEntries` (sorted), once story claims are done.
    private var storyClaimsOf: [Int32: [Int]] = [:]

    /// A finding: its place in the findings file and its sort key.
    private struct FindingEntry {
        var rank: Int
        var topic: Topic
        var id: String
        var offset: Int64
        var length: Int32
    }
    private var findingEntries: [FindingEntry] = []

    /// Claims in claims.jsonl.
    public private(set) var claimCount = 0
    /// Findings by kind.
    public private(set) var findingCounts: [Finding.Kind: Int] = [:]

    private let lock = NSLock()
    private var residentNow = 0
    private var peak = 0

    /// Writes claims.jsonl at `claimsPath` and findings.jsonl at `findingsPath` (both made anew);
    /// scratch files go in `scratch` (a folder) and are removed by `finish`.
    public init(claimsPath: String, findingsPath: String, scratch: String) throws(InputError) {
        let scratchName = "spill-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        func scratchPath(_ suffix: String) -> String { (scratch as NSString).appendingPathComponent("\(scratchName).\(suffix)") }
        claims = try SpillFile(path: claimsPath)
        candidates = try SpillFile(path: scratchPath("candidates"))
        storyClaims = try SpillFile(path: scratchPath("story-claims"))
        findings = try SpillFile(path: scratchPath("findings"))
        self.findingsPath = findingsPath
    }

    deinit {
        for file in [candidates, storyClaims, findings] { try? file.close(remove: true) }
    }

    // MARK: Documents

    /// Keeps one admitted document's claims and candidates (documents come in run order, once each).
    func add(document: String, claims documentClaims: [Claim], candidates documentCandidates: [String]) throws(InputError) {
        var writer = JSONByteWriter(capacity: 1 << 12)
        for claim in documentClaims {
            claim.jsonValue.write(into: &writer)
            writer.raw("\n")
        }
        let claimsOffset = try claims.append(writer.bytes)
        let claimsLength = writer.count
        writer.removeAll()
        JSONValue.array(documentCandidates.map { .string($0) }).write(into: &writer)
        let candidatesOffset = try candidates.append(writer.bytes)
        number[document] = Int32(entries.count)
        entries.append(Entry(claimsOffset: claimsOffset, claimsLength: Int32(claimsLength), claimCount: Int32(documentClaims.count),
                             candidatesOffset: candidatesOffset, candidatesLength: Int32(writer.count)))
        claimCount += documentClaims.count
    }

    /// After the last document: what was kept can be read back.
    func documentsDone() throws(InputError) {
        try claims.flush()
        try candidates.flush()
    }

    /// A document's candidate story claims.
    func candidates(of document: String) throws(InputError) -> [String] {
        guard let index = number[document] else { return [] }
        let entry = entries[Int(index)]
        let bytes = try candidates.read(offset: entry.candidatesOffset, length: Int(entry.candidatesLength))
        guard let list = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String] else {
            throw InputError("\(candidates.path): a line this run wrote does not read back")
        }
        return list
    }

    // MARK: Story claims

    /// Keeps one story claim (in any order).
    func add(storyClaim claim: Claim) throws(InputError) {
        var writer = JSONByteWriter(capacity: 1 << 10)
        claim.jsonValue.write(into: &writer)
        writer.raw("\n")
        let offset = try storyClaims.append(writer.bytes)
        storyClaimEntries.append(StoryClaimEntry(document: claim.document, start: claim.start, id: claim.id, offset: offset,
                                                 length: Int32(writer.count)))
    }

    /// After the last story claim: appends them to claims.jsonl by document, position and id
    /// (as `Pipeline.storyClaims` sorts them), and indexes them by document.
    func storyClaimsDone() throws(InputError) {
        try storyClaims.flush()
        storyClaimEntries.sort { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
        for (index, entry) in storyClaimEntries.enumerated() {
            try claims.append(try storyClaims.read(offset: entry.offset, length: Int(entry.length)))
            if let document = number[entry.document] { storyClaimsOf[document, default: []].append(index) }
        }
        claimCount += storyClaimEntries.count
        try claims.flush()
    }

    // MARK: Claims of a story

    /// How many claims `claims(of:)` will hand back for these documents.
    func claimCount(of documents: [String]) -> Int {
        documents.reduce(0) { total, id in
            guard let index = number[id] else { return total }
            return total + Int(entries[Int(index)].claimCount) + (storyClaimsOf[index]?.count ?? 0)
        }
    }

    /// The claims of these documents (the members of one story), in the order a whole run
    /// compares them: the documents' own claims in run order, then their story claims sorted.
    /// They count as resident until `release`d.
    func claims(of documents: [String]) throws -> [Claim] {
        let numbers = documents.compactMap { number[$0] }.sorted()
        var out: [Claim] = []
        for index in numbers {
            let entry = entries[Int(index)]
            let bytes = try claims.read(offset: entry.claimsOffset, length: Int(entry.claimsLength))
            try Self.decodeLines(bytes, path: claims.path) { out.append($0) }
        }
        var stories = numbers.flatMap { storyClaimsOf[$0] ?? [] }
        stories.sort()
        for index in stories {
            let entry = storyClaimEntries[index]
            try Self.decodeLines(try storyClaims.read(offset: entry.offset, length: Int(entry.length)), path: storyClaims.path) {
                out.append($0)
            }
        }
        lock.lock()
        residentNow += out.count
        peak = max(peak, residentNow)
        lock.unlock()
        return out
    }

    /// The claims handed back by `claims(of:)` are no longer held.
    func release(_ count: Int) {
        lock.lock()
        residentNow -= count
        lock.unlock()
    }

    /// Claims handed back and not released now; the most there ever were at once.
    public var resident: Int { lock.lock(); defer { lock.unlock() }; return residentNow }
    public var peakResident: Int { lock.lock(); defer { lock.unlock() }; return peak }

    static func decodeLines(_ bytes: [UInt8], path: String, _ each: (Claim) -> Void) throws {
        var failure: Error?
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count, failure == nil {
                let end = all[start...].firstIndex(of: 0x0A) ?? all.count
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                var scanner = JSONLineScanner(line)
                do {
                    each(try ModelDecoding.claim(line: line) ?? ModelDecoding.claim(try scanner.foundationObject()))
                } catch {
                    failure = InputError("\(path): a claim this run wrote does not read back: \(error)")
                }
                start = end + 1
            }
        }
        if let failure { throw failure }
    }

    // MARK: Findings

    /// Keeps findings: one story's at a time, stories in id order, then those of claims without a story.
    func add(findings found: [Finding]) throws(InputError) {
        var writer = JSONByteWriter(capacity: 1 << 12)
        for finding in found {
            writer.removeAll()
            finding.jsonValue.write(into: &writer)
            writer.raw("\n")
            let offset = try findings.append(writer.bytes)
            findingEntries.append(FindingEntry(rank: finding.kind.rank, topic: finding.topic, id: finding.id, offset: offset,
                                               length: Int32(writer.count)))
            findingCounts[finding.kind, default: 0] += 1
        }
    }

    /// Writes findings.jsonl in `StoryFindings.sorted`'s order and removes the scratch files.
    func finish() throws(InputError) {
        try findings.flush()
        // The comparison of `StoryFindings.sorted` on the same sequence (findings added story by
        // story in story order, as `StoryFindings.findings` gathers them), so the same order.
        findingEntries.sort { ($0.rank, $0.topic, $0.id) < ($1.rank, $1.topic, $1.id) }
        let out = try SpillFile(path: findingsPath)
        for entry in findingEntries {
            try out.append(try findings.read(offset: entry.offset, length: Int(entry.length)))
        }
        try out.close(remove: false)
        try claims.close(remove: false)
        findingEntries = []
        for file in [candidates, storyClaims, findings] { try file.close(remove: true) }
    }
}
