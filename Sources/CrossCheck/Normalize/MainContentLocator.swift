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
        var sums: [Int: (sum: Int, depth: Int, label: String)] = [:]
        for (block, weight) in zip(blocks, weights) where weight > 0 {
            // A paragraph's own element is not a container of the article.
            let containers = leafTags.contains(block.tag) ? block.ancestorIDs.count - 1 : block.ancestorIDs.count
            for (depth, id) in block.ancestorIDs.prefix(containers).enumerated() where id >= 0 {
                sums[id, default: (0, depth, block.ancestry[depth])].sum += weight
            }
        }
        var best: Region?
        for (id, entry) in sums where Double(entry.sum) >= share * Double(total) {
            if best == nil || entry.depth > best!.depth { best = Region(id: id, depth: entry.depth, label: entry.label) }
        }
        return best
    }
}
