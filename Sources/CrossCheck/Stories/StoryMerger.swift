/// Merges documents into stories by centroid linkage over a sparse graph of candidate links.
///
/// Reads: one vector per document and the candidate links between documents (`StoryGrouper`'s
/// blocking). Adds: each document's story (the index of its first member).
///
/// Every document starts as its own story. The two linked stories with the highest average
/// link — the mean cosine similarity over all pairs of their members, computed exactly from the
/// sums of their members' unit vectors (dot(ΣA, ΣB) / (|A|·|B|), the heaviest `centroidSize`
/// features of each sum kept) — are merged, then the next, while the best average is at least
/// `threshold`. Since every pair of members counts, one document that mentions two events
/// cannot chain their stories together (single link would), and two tight stories on one topic
/// are not merged for their tightness (centroid cosine would). Ties go to the lower document
/// indices, so the result does not depend on input order.
///
/// A second pass then lets a story of one or two documents (`smallSize`) join the linked story
/// it is most like when their average link reaches the lower `smallThreshold` and they share a
/// name or a date.
struct StoryMerger {
    var threshold: Float
    /// The second pass's bar for stories of at most `smallSize` documents (average link).
    var smallThreshold: Float
    var smallSize: Int
    var centroidSize: Int

    private struct Entry {
        var score: Float
        var a: Int32, b: Int32
        var versionA: UInt32, versionB: UInt32

        /// Higher score first, then lower indices.
        func before(_ other: Entry) -> Bool {
            if score != other.score { return score > other.score }
            return (a, b) < (other.a, other.b)
        }
    }

    /// `vectors`: unit vectors (weights divided by the document's full norm). `links`: pairs
    /// (i < j), distinct. Returns each document's story root (its first member).
    func merge(vectors: [StoryVector], links: [(Int32, Int32)]) -> (root: [Int], merges: Int) {
        let n = vectors.count
        var centroid = vectors
        var size = [Float](repeating: 1, count: n)
        var version = [UInt32](repeating: 0, count: n)
        var alive = [Bool](repeating: true, count: n)
        var parent = Array(0..<n)
        var neighbours = [Set<Int32>](repeating: [], count: n)
        var heap: [Entry] = []
        for (a, b) in links {
            neighbours[Int(a)].insert(b)
            neighbours[Int(b)].insert(a)
            let score = vectors[Int(a)].dot(vectors[Int(b)])
            if score >= threshold { push(&heap, Entry(score: score, a: a, b: b, versionA: 0, versionB: 0)) }
        }
        var merges = 0
        // Scores are exact and ties are broken by indices, so the order of these loops does not matter.
        func drain(_ floor: Float, _ score: (Int, Int) -> Float) {
            while let top = pop(&heap) {
                let a = Int(top.a), b = Int(top.b)
                guard alive[a], alive[b], version[a] == top.versionA, version[b] == top.versionB else { continue }
                // b joins a (a < b: the story keeps its first member's index).
                merges += 1
                alive[b] = false
                parent[b] = a
                centroid[a] = centroid[a].adding(centroid[b], limit: centroidSize)
                centroid[b] = StoryVector()
                size[a] += size[b]
                version[a] &+= 1
                let fromB = neighbours[b]
                neighbours[b] = []
                neighbours[a].formUnion(fromB)
                neighbours[a].remove(Int32(a))
                neighbours[a].remove(Int32(b))
                for other in fromB where Int(other) != a {
                    neighbours[Int(other)].remove(Int32(b))
                    neighbours[Int(other)].insert(Int32(a))
                }
                for other in neighbours[a] {
                    let o = Int(other)
                    let value = score(a, o)
                    guard value >= floor else { continue }
                    let (x, y) = a < o ? (a, o) : (o, a)
                    push(&heap, Entry(score: value, a: Int32(x), b: Int32(y), versionA: version[x], versionB: version[y]))
                }
            }
        }
        drain(threshold) { a, o in centroid[a].dot(centroid[o]) / (size[a] * size[o]) }
        // Second pass: a story of at most `smallSize` documents joins the linked story it is most
        // like when the average link is at least `smallThreshold` and they share a name or a
        // date: one or two documents give little evidence of their own, and a story told from a
        // side angle should not stay apart; shared words alone are not enough at this lower bar.
        if smallThreshold < threshold {
            func small(_ a: Int, _ o: Int) -> Float {
                guard min(size[a], size[o]) <= Float(smallSize), centroid[a].sharesName(centroid[o]) else { return -1 }
                return centroid[a].dot(centroid[o]) / (size[a] * size[o])
            }
            for a in 0..<n where alive[a] {
                for other in neighbours[a] where Int(other) > a && alive[Int(other)] {
                    let o = Int(other)
                    let value = small(a, o)
                    if value >= smallThreshold {
                        push(&heap, Entry(score: value, a: Int32(a), b: other, versionA: version[a], versionB: version[o]))
                    }
                }
            }
            drain(smallThreshold, small)
        }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { x = parent[x] }
            return x
        }
        return ((0..<n).map(find), merges)
    }

    private func push(_ heap: inout [Entry], _ entry: Entry) {
        heap.append(entry)
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard heap[i].before(heap[p]) else { break }
            heap.swapAt(i, p)
            i = p
        }
    }

    private func pop(_ heap: inout [Entry]) -> Entry? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if heap.isEmpty { return first }
        heap[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < heap.count, heap[l].before(heap[best]) { best = l }
            if r < heap.count, heap[r].before(heap[best]) { best = r }
            if best == i { break }
            heap.swapAt(i, best)
            i = best
        }
        return first
    }
}
