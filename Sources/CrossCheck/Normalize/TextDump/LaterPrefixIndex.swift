import Foundation

/// Answers "does a block after position `p` start with this text and go on past it?" — the
/// standfirst test (a lead paragraph repeated as the start of a later, longer one) — in
/// O(log n) comparisons per question after one sort of the blocks' UTF-8 bytes.
///
/// Scanning every later block for each paragraph, as the text-dump normalizer did, costs n²/2
/// block comparisons: 2.7 s for a 2 MB dump, minutes for 22 MB. Here the blocks are sorted by
/// their bytes, so those that start with a text `T` and are longer form one run of the sorted
/// order (just after the blocks equal to `T`); a max-tree over the blocks' positions in that
/// run says whether one comes after `p`. Memory: the bytes once, and three integers per block.
struct LaterPrefixIndex {
    /// Every block's UTF-8, one after another.
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    /// Block positions in the order of their bytes (ties by position).
    private var order: [Int32] = []
    /// `tree[leaves + k]` is `order[k]`; an inner node holds the larger of its two children.
    private var tree: [Int32] = []
    private var leaves = 0
    /// Byte comparisons and tree steps taken (the work measure the tests bound).
    private(set) var steps = 0

    init<S: Sequence>(_ texts: S) where S.Element == String {
        starts.append(0)
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            starts.append(bytes.count)
        }
        let count = starts.count - 1
        order = (0..<Int32(count)).map { $0 }
        var comparisons = 0
        bytes.withUnsafeBufferPointer { all in
            order.sort { a, b in
                comparisons += 1
                let c = Self.compare(all, starts[Int(a)]..<starts[Int(a) + 1], all, starts[Int(b)]..<starts[Int(b) + 1])
                return c != 0 ? c < 0 : a < b
            }
        }
        steps += comparisons
        leaves = 1
        while leaves < max(count, 1) { leaves <<= 1 }
        tree = [Int32](repeating: -1, count: 2 * leaves)
        for (k, position) in order.enumerated() { tree[leaves + k] = position }
        var node = leaves - 1
        while node >= 1 {
            tree[node] = max(tree[2 * node], tree[2 * node + 1])
            node -= 1
        }
        steps += leaves
    }

    /// Whether a block after position `position` starts with the bytes of `text` and is longer.
    mutating func laterBlockExtends(_ text: String, after position: Int) -> Bool {
        var text = text
        var work = 0
        let found = text.withUTF8 { query in
            bytes.withUnsafeBufferPointer { all in
                // First sorted block greater than the text (so past the blocks equal to it)...
                let from = partition(&work) { key in Self.compare(all, key, query, 0..<query.count) > 0 }
                // ... and the first one past those that start with it.
                let to = partition(&work) { key in
                    Self.compare(all, key.lowerBound..<min(key.upperBound, key.lowerBound + query.count), query, 0..<query.count) > 0
                }
                return maxPosition(from, to, &work) > position
            }
        }
        steps += work
        return found
    }

    /// The first index of `order` whose block satisfies `isAbove` (which holds from some index on).
    private func partition(_ steps: inout Int, _ isAbove: (Range<Int>) -> Bool) -> Int {
        var lo = 0, hi = order.count
        while lo < hi {
            steps += 1
            let mid = (lo + hi) / 2
            let block = Int(order[mid])
            if isAbove(starts[block]..<starts[block + 1]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The largest block position in `order[from..<to]`, or -1 for an empty range.
    private func maxPosition(_ from: Int, _ to: Int, _ steps: inout Int) -> Int {
        var best: Int32 = -1
        var lo = from + leaves, hi = to + leaves
        while lo < hi {
            steps += 1
            if lo & 1 == 1 { best = max(best, tree[lo]); lo += 1 }
            if hi & 1 == 1 { hi -= 1; best = max(best, tree[hi]) }
            lo >>= 1
            hi >>= 1
        }
        return Int(best)
    }

    /// Byte order of two ranges (a proper prefix sorts first): negative, zero or positive.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>,
                                _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Int {
        let n = min(ra.count, rb.count)
        if n > 0 {
            let c = memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, n)
            if c != 0 { return Int(c) }
        }
        return ra.count - rb.count
    }
}
