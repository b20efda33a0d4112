import Foundation

/// The stories stage: groups a run's documents into stories — documents about the same news
/// event — from their content, and finds near-duplicate copies among them.
///
/// Reads: Documents (or their `StoryFeatures`, computed once per document by
/// `StoryFeatureReader` while it passes). Adds: a story id and label per document
/// (`StoryAssignment`), and a copy group per document (`CopyDetector`).
///
/// How:
/// 1. **Weights.** Each feature (entity, content word, date) weighs (1 + ln count) × idf ×
///    kind (entities and dates 1.5, words 1), with idf = ln(1 + max(N, `referenceSize`) / df)
///    over the run's N documents: rare shared names and words count most; in a small run every
///    feature is treated as fairly rare, since a word in all five documents of one story is not a
///    common word. A document's vector keeps its `vectorSize` heaviest features seen in at least
///    two documents, normalised by all of its shared features (a feature no other document has
///    cannot be shared, and does not dilute the similarity).
/// 2. **Blocking.** An inverted index maps each feature to the documents that have it among their
///    `keys` heaviest features; each posting list keeps at most `postingCap` documents (those
///    weighing the feature most, ties by id), so a common feature never makes a quadratic
///    candidate set. A document's candidates are the members of its own keys' posting lists: at
///    most `keys` × `postingCap` per document, so the pairs examined grow linearly with N, and the
///    whole stage is O(N log N) (sorting) plus linear work.
/// 3. **Linking.** Candidate pairs with cosine similarity ≥ min(threshold / 2, smallThreshold) are the links of a
///    graph; `StoryMerger` merges linked stories by average linkage (the mean similarity over
///    all pairs of members, computed from the stories' vector sums) while it is ≥ `threshold`,
///    so one document that mentions two events does not chain their stories; then a story of
///    one or two documents joins its most similar linked story from `smallThreshold`.
/// 4. **Naming.** A story's id is a StableID over its sorted member ids; its label the three
///    features that weigh most summed over its members (names before the words inside them).
///
/// Deterministic: documents are sorted by id first, hashes are fixed, ties go to lower ids, so
/// the same documents in any order give the same stories. Limits: a story of m documents costs
/// up to m² centroid comparisons while it grows (fine to a few thousand documents per story);
/// English capitalisation and stop words; a document with no shared feature stays alone.
public struct StoryGrouper: Sendable {
    public struct Settings: Sendable, Hashable {
        public var threshold: Float = 0.2
        /// Stories of at most `smallSize` documents join their most similar linked story from this average link.
        public var smallThreshold: Float = 0.1
        public var smallSize = 2
        public var keys = 10
        public var postingCap = 32
        public var vectorSize = 64
        public var centroidSize = 200
        public var referenceSize = 1_000
        public var entityWeight: Float = 1.5
        public var dateWeight: Float = 1.5
        public init() {}
    }

    public let reader: StoryFeatureReader
    public var settings: Settings
    public var copyDetector: CopyDetector

    public init(lexicons: [String: Lexicon], settings: Settings = Settings(), copyDetector: CopyDetector = CopyDetector()) {
        reader = StoryFeatureReader(lexicons: lexicons)
        self.settings = settings
        self.copyDetector = copyDetector
    }

    public func features(of document: Document) -> StoryFeatures { reader.features(of: document) }

    public func group(_ documents: [Document]) -> StoryAssignment {
        group(ParallelMap.map(documents) { reader.features(of: $0) })
    }

    public func group(_ features: [StoryFeatures]) -> StoryAssignment {
        var sorted = features.sorted { $0.document < $1.document }
        sorted = sorted.enumerated().filter { $0.offset == 0 || sorted[$0.offset - 1].document != $0.element.document }.map(\.element)
        let records = sorted
        let n = records.count
        guard n > 0 else { return StoryAssignment(stories: [], storyOf: [:], copyOf: [:], candidatePairs: 0, copyComparisons: 0) }

        // Names for labels: the smallest text per feature, whatever the input order.
        var names: [UInt32: String] = [:]
        var frequencies: [UInt32: Int32] = [:]
        for record in records {
            for (id, name) in record.names where names[id].map({ name < $0 }) ?? true { names[id] = name }
            for id in record.ids { frequencies[id, default: 0] += 1 }
        }
        let weights = FeatureWeights(frequencies: frequencies, settings: settings, documents: n)
        func weight(_ id: UInt32, _ count: UInt16, _ frequency: Int32) -> Float { weights.weight(id, count, frequency) }
        let df = frequencies

        // 1. Vectors.
        let settings = self.settings
        let vectors: [StoryVector] = ParallelMap.map(Array(records.indices)) { index in
            let record = records[index]
            var pairs: [(UInt32, Float)] = []
            var total: Float = 0
            for (id, count) in zip(record.ids, record.counts) {
                let frequency = weights.frequencies[id]!
                // A feature no other document has cannot be shared: it counts neither in the
                // vector nor in its norm (the similarity is that of the shared features).
                guard frequency >= 2 else { continue }
                let w = weights.weight(id, count, frequency)
                total += w * w
                pairs.append((id, w))
            }
            return StoryVector(pairs, limit: settings.vectorSize, scale: total.squareRoot())
        }

        // 2. Blocking: posting lists over each document's key features, capped.
        var postingLists: [UInt32: [(weight: Float, document: Int32)]] = [:]
        var keyLists: [[UInt32]] = []
        keyLists.reserveCapacity(n)
        for (index, vector) in vectors.enumerated() {
            let top = zip(vector.ids, vector.weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(settings.keys)
            keyLists.append(top.map(\.0))
            for (id, w) in top { postingLists[id, default: []].append((w, Int32(index))) }
        }
        for (id, list) in postingLists where list.count > settings.postingCap {
            postingLists[id] = Array(list.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.document < $1.document }
                .prefix(settings.postingCap))
        }

        let keys = keyLists, postings = postingLists
        // 3. Candidate pairs, scored in parallel; links are the pairs similar enough.
        let linkFloor = min(settings.threshold / 2, settings.smallThreshold)
        let chunks = stride(from: 0, to: n, by: 256).map { $0..<min(n, $0 + 256) }
        let scored = ParallelMap.map(chunks) { range -> (links: [UInt64], candidates: Int) in
            var links: [UInt64] = []
            var candidates = 0
            var seen: [Int32] = []
            for d in range {
                seen.removeAll(keepingCapacity: true)
                for id in keys[d] { for entry in postings[id] ?? [] where Int(entry.document) != d { seen.append(entry.document) } }
                seen.sort()
                var last: Int32 = -1
                for e in seen where e != last {
                    last = e
                    candidates += 1
                    if vectors[d].dot(vectors[Int(e)]) >= linkFloor {
                        let (a, b) = d < Int(e) ? (UInt64(d), UInt64(e)) : (UInt64(e), UInt64(d))
                        links.append(a << 32 | b)
                    }
                }
            }
            return (links, candidates)
        }
        var linkCodes = scored.flatMap(\.links)
        linkCodes.sort()
        var links: [(Int32, Int32)] = []
        var previous: UInt64 = .max
        for code in linkCodes where code != previous {
            previous = code
            links.append((Int32(code >> 32), Int32(code & 0xFFFF_FFFF)))
        }
        let candidatePairs = scored.reduce(0) { $0 + $1.candidates }

        // 4. Merging, then naming.
        let merger = StoryMerger(threshold: settings.threshold, smallThreshold: settings.smallThreshold,
                                 smallSize: settings.smallSize, centroidSize: settings.centroidSize)
        let (roots, _) = merger.merge(vectors: vectors, links: links)
        let (copyRoots, copyComparisons) = copyDetector.groups(records.map(\.signature))

        var members: [Int: [Int]] = [:]
        for (index, root) in roots.enumerated() { members[root, default: []].append(index) }
        var copyMembers: [Int: [Int]] = [:]
        for (index, root) in copyRoots.enumerated() { copyMembers[root, default: []].append(index) }
        var copyOf: [String: String] = [:]
        for (_, group) in copyMembers {
            let ids = group.map { records[$0].document }
            let id = group.count == 1 ? ids[0] : StableID.make("c", ids)
            for document in ids { copyOf[document] = id }
        }

        var stories: [Story] = []
        var storyOf: [String: String] = [:]
        // How each name is written, made once for the run: every story's label reads it.
        let written = Self.writtenNames(names)
        for (_, group) in members {
            let ids = group.map { records[$0].document }
            let label = Self.label(group.map { records[$0] }, names: names, written: written, weight: { weight($0, $1, df[$0]!) })
            let groupCopies = copyGroups(ids, copyOf: copyOf)
            let story = Story(id: StableID.make("s", ids), label: label, documents: ids, copies: groupCopies)
            stories.append(story)
            for document in ids { storyOf[document] = story.id }
        }
        stories.sort { $0.id < $1.id }
        return StoryAssignment(stories: stories, storyOf: storyOf, copyOf: copyOf,
                               candidatePairs: candidatePairs, copyComparisons: copyComparisons)
    }

    private func copyGroups(_ ids: [String], copyOf: [String: String]) -> [[String]] {
        var groups: [String: [String]] = [:]
        for id in ids { groups[copyOf[id] ?? id, default: []].append(id) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// A word that is also a name is shown as the name is written ("guaíba" → "Guaíba"): each
    /// entity name's lowercased text, to the least of the texts that lowercase to it.
    static func writtenNames(_ names: [UInt32: String]) -> [String: String] {
        var written: [String: String] = [:]
        for (id, text) in names where StoryFeatures.kind(of: id) == .entity {
            let lower = text.lowercased()
            if written[lower].map({ text < $0 }) ?? true { written[lower] = text }
        }
        return written
    }

    /// The three named features that weigh most summed over the members; a word inside a chosen
    /// name, or the same text twice, is skipped.
    /// `written` is `writtenNames(names)`, made once for all the stories of a run (it reads
    /// every name of the run, so making it per story made naming quadratic).
    static func label(_ members: [StoryFeatures], names: [UInt32: String], written: [String: String],
                      weight: (UInt32, UInt16) -> Float) -> String {
        var sums: [UInt32: Float] = [:]
        for member in members {
            for (id, count) in zip(member.ids, member.counts) where names[id] != nil { sums[id, default: 0] += weight(id, count) }
        }
        let ranked = sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var chosen: [String] = []
        var words: Set<String> = []
        for (id, _) in ranked {
            guard let name = names[id] else { continue }
            let lower = name.lowercased()
            let text = written[lower] ?? name
            let parts = lower.split(separator: " ").map(String.init)
            if words.contains(lower) || parts.allSatisfy(words.contains) { continue }
            if chosen.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(lower)) }) { continue }
            chosen.append(text)
            words.insert(lower)
            words.formUnion(parts)
            if chosen.count == 3 { break }
        }
        return chosen.joined(separator: ", ")
    }
}
