/// Finds near-duplicate copies among documents — a wire story reprinted with light edits (a new
/// headline, a sentence added or cut, other boilerplate) — so that they count as one source.
///
/// Reads: each document's MinHash signature (`StoryFeatures.signature`: the minimum, under each
/// of 64 fixed hash functions, over the hashes of the body's word 5-grams). Adds: a copy group per
/// document (document id → group id, a StableID over the group's sorted members).
///
/// Candidates come from LSH banding: the signature is cut into 16 bands of 4 values, and
/// documents that share a band exactly land in one bucket (two documents whose 5-gram sets have
/// Jaccard similarity J share some band with probability 1 − (1 − J⁴)¹⁶: 0.98 at J = 0.6, 0.05 at
/// J = 0.2). Inside a bucket, sorted by document, each member is checked against the 8 before it,
/// so a bucket of many copies costs linear work; pairs whose estimated similarity (the share of
/// equal signature values) is at least `threshold` are united (union–find). Deterministic: fixed
/// hashes, sorted buckets.
public struct CopyDetector: Sendable {
    public static let signatureLength = 64
    static let bands = 16
    static let rows = 4
    static let window = 8
    /// The estimated 5-gram Jaccard similarity from which two documents are copies.
    public var threshold: Double

    public init(threshold: Double = 0.5) { self.threshold = threshold }

    /// Builds a signature from the words of a text, word by word.
    struct SignatureBuilder {
        private var minimums = [UInt32](repeating: .max, count: CopyDetector.signatureLength)
        private var recent: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var words = 0

        mutating func add(word hash: UInt64) {
            words += 1
            let (a, b, c, d) = recent
            recent = (b, c, d, hash)
            if words >= 5 { add(shingle: Self.combine(a, b, c, d, hash)) }
        }

        static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64) -> UInt64 {
            var h = a
            for x in [b, c, d, e] { h = (h &* 0x100_0000_01B3 ^ (h >> 29)) ^ x }
            return h
        }

        private mutating func add(shingle: UInt64) {
            for k in 0..<CopyDetector.signatureLength {
                let v = CopyDetector.mix(shingle ^ CopyDetector.seeds[k])
                if v < minimums[k] { minimums[k] = v }
            }
        }

        /// The signature; a text of 1 to 4 words is one shingle of all of them.
        func signature() -> [UInt32] {
            if words == 0 { return [] }
            if words < 5 {
                var copy = self
                let (a, b, c, d) = recent
                copy.add(shingle: Self.combine(0, a, b, c, d))
                return copy.minimums
            }
            return minimums
        }
    }

    static let seeds: [UInt64] = {
        var state: UInt64 = 0x5EED_C0DE_2025_0001
        return (0..<signatureLength).map { _ in
            state = state &+ 0x9E37_79B9_7F4A_7C15
            return state
        }
    }()

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt32 {
        var z = x &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        z = z &* 0x94D0_49BB_1331_11EB
        z ^= z >> 29
        return UInt32(truncatingIfNeeded: z >> 16)
    }

    /// Estimated Jaccard similarity: the share of equal values.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var same = 0
        for k in 0..<a.count where a[k] == b[k] { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// Copy groups of documents (given sorted by id): for each document index, the index of its
    /// group's first member; and how many pairs were compared.
    func groups(_ signatures: [[UInt32]]) -> (root: [Int], comparisons: Int) {
        var parent = Array(signatures.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var comparisons = 0
        var keys: [(key: UInt64, document: Int)] = []
        for band in 0..<Self.bands {
            keys.removeAll(keepingCapacity: true)
            for (index, signature) in signatures.enumerated() where signature.count == Self.signatureLength {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
                for k in (band * Self.rows)..<((band + 1) * Self.rows) {
                    h = (h ^ UInt64(signature[k])) &* 0x0000_0100_0000_01b3
                }
                keys.append((h, index))
            }
            keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.document < $1.document }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count, keys[end].key == keys[start].key { end += 1 }
                if end - start > 1 {
                    for i in (start + 1)..<end {
                        for j in max(start, i - Self.window)..<i {
                            let a = keys[j].document, b = keys[i].document
                            if find(a) == find(b) { continue }
                            comparisons += 1
                            if Self.similarity(signatures[a], signatures[b]) >= threshold {
                                let ra = find(a), rb = find(b)
                                parent[max(ra, rb)] = min(ra, rb)
                            }
                        }
                    }
                }
                start = end
            }
        }
        return (signatures.indices.map(find), comparisons)
    }
}
