/// A sparse weighted feature vector: feature ids ascending, with their weights. A document's
/// (TF-IDF, top features only) or a story's centroid (the sum of its members' vectors).
struct StoryVector: Sendable {
    var ids: [UInt32] = []
    var weights: [Float] = []
    var norm: Float = 0

    init() {}

    /// From (id, weight) pairs in any order: the `limit` heaviest (ties by id), sorted by id;
    /// with `scale`, every weight is divided by it (a document's full norm: a unit vector).
    init(_ pairs: [(UInt32, Float)], limit: Int, scale: Float? = nil) {
        var kept = pairs
        if let scale, scale > 0 { kept = kept.map { ($0.0, $0.1 / scale) } }
        if kept.count > limit {
            kept.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            kept.removeLast(kept.count - limit)
        }
        kept.sort { $0.0 < $1.0 }
        ids = kept.map(\.0)
        weights = kept.map(\.1)
        norm = kept.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
    }

    var isEmpty: Bool { ids.isEmpty }

    func dot(_ other: StoryVector) -> Float {
        var sum: Float = 0
        forEachShared(other) { i, j in
            sum += weights[i] * other.weights[j]
            return true
        }
        return sum
    }

    /// Whether the two share a name or a date (a feature that is not a word).
    func sharesName(_ other: StoryVector) -> Bool {
        var found = false
        forEachShared(other) { i, _ in
            found = StoryFeatures.kind(of: ids[i]) != .term
            return !found
        }
        return found
    }

    /// Calls `body` with the positions of each feature both vectors hold (ids are sorted), in
    /// order, until it returns false.
    private func forEachShared(_ other: StoryVector, _ body: (Int, Int) -> Bool) {
        var i = 0, j = 0
        while i < ids.count, j < other.ids.count {
            let a = ids[i], b = other.ids[j]
            if a == b {
                if !body(i, j) { return }
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
    }

    func cosine(_ other: StoryVector) -> Float {
        guard norm > 0, other.norm > 0 else { return 0 }
        return dot(other) / (norm * other.norm)
    }

    /// The sum of two vectors, keeping the `limit` heaviest features.
    func adding(_ other: StoryVector, limit: Int) -> StoryVector {
        var pairs: [(UInt32, Float)] = []
        pairs.reserveCapacity(ids.count + other.ids.count)
        var i = 0, j = 0
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                pairs.append((ids[i], weights[i]))
                i += 1
            } else if i == ids.count || other.ids[j] < ids[i] {
                pairs.append((other.ids[j], other.weights[j]))
                j += 1
            } else {
                pairs.append((ids[i], weights[i] + other.weights[j]))
                i += 1
                j += 1
            }
        }
        return StoryVector(pairs, limit: limit)
    }
}
