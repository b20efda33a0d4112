/// Finds the element of a page that holds the article: the deepest element that contains most
/// (70%) of the page's prose, where prose is weighed per block by its non-link text, and only
/// blocks that read like article paragraphs count (enough words, sentence punctuation, stop
/// words, few links, not under a furniture hint). The JSON-LD `articleBody`, when the page has
/// one, decides instead: blocks whose text it contains carry the weight.
///
/// Reads: the page's blocks and their features. Adds: the chosen element (its id and depth in
/// `ancestry`), or nil when the page has no prose at all.
struct MainContentLocator {
    struct Region: Equatable {
        var id: Int
        var depth: Int
        var label: String
    }

    static let leafTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "caption",
                                        "td", "th", "dt", "dd", "pre", "address"]

    /// A region must hold this share of the page's weight.
    static let share = 0.7

    static func locate(_ blocks: [PageBlock], weights: [Int]) -> Region? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        // Sums per element, in arrays indexed by id: the reader numbers elements from 0, so ids are
        // dense; sparse ids (hand-made pages) are first renumbered in order of appearance.
        var maxID = -1, entries = 0
        for i in blocks.indices where weights[i] > 0 {
            entries += blocks[i].ancestorIDs.count
            for id in blocks[i].ancestorIDs where id > maxID { maxID = id }
        }
        let dense = maxID < 4 * entries + 1024
        var renumbered: [Int: Int] = [:]
        let slots = dense ? maxID + 1 : entries
        /// Per slot: the weight summed, the element's id, and where it was first met (its depth, and
        /// the block whose ancestry names it); one array, so a page costs one large allocation.
        var table = [Slot](repeating: Slot(), count: slots)
        for i in blocks.indices where weights[i] > 0 {
            let block = blocks[i]
            // A paragraph's own element is not a container of the article.
            let containers = leafTags.contains(block.tag) ? block.ancestorIDs.count - 1 : block.ancestorIDs.count
            for depth in 0..<max(0, containers) {
                let id = block.ancestorIDs[depth]
                guard id >= 0 else { continue }
                let slot: Int
                if dense {
                    slot = id
                } else if let known = renumbered[id] {
                    slot = known
                } else {
                    slot = renumbered.count
                    renumbered[id] = slot
                }
                if table[slot].id < 0 {
                    table[slot].id = id
                    table[slot].depth = depth
                    table[slot].firstBlock = i
                }
                table[slot].sum += weights[i]
            }
        }
        var best: Region?
        for entry in table where entry.id >= 0 && Double(entry.sum) >= share * Double(total) {
            if best == nil || entry.depth > best!.depth {
                best = Region(id: entry.id, depth: entry.depth, label: blocks[entry.firstBlock].ancestry[entry.depth])
            }
        }
        return best
    }

    private struct Slot {
        var sum = 0
        var id = -1
        var depth = 0
        var firstBlock = 0
    }
}
