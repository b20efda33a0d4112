/// The hinted elements on each block's ancestry, with their depth in `PageBlock.ancestry`:
/// furniture (`<nav>`, `<footer>`, a class such as "related-links") or the article's own parts
/// ("article__lead", "story-body"), whichever the hint function names.
///
/// Reads: the page's blocks (ancestry labels and element ids) and a function that gives the
/// hint of one label, or nil (or two such functions, resolved in one walk by `resolve`). Adds:
/// for each block, its hits, outermost first.
///
/// Blocks share most of their ancestors, so each element is resolved once: the leading elements a
/// block shares with the block before it (same ids and labels) take that block's hits; the others
/// are found by their page-unique id (an array look-up, the label compared to guard against ids
/// that are not unique, as in hand-made pages), else by their label (a dictionary look-up); the
/// reasons of a label are computed once per page.
struct AncestryHints {
    struct Hit {
        var depth: Int
        var reason: String
    }

    /// `hits[i]`: the hinted elements on `blocks[i].ancestry`, outermost first.
    private(set) var hits: [[Hit]] = []

    /// Ids above this are not cached by id (pages made by the reader number elements from 0).
    private static let maxCachedID = 1 << 20

    init(_ blocks: [PageBlock], reason: (String) -> String?) {
        self = Self.resolve(blocks, reason, { _ in nil }).0
    }

    private init(hits: [[Hit]]) {
        self.hits = hits
    }

    /// The hints of two functions in one walk over the blocks' ancestries (the same as two
    /// `init(_:reason:)`). A block shares its first elements with the block before it (same ids and
    /// labels), whose hits there are reused: they resolve to the same reasons.
    static func resolve(_ blocks: [PageBlock], _ first: (String) -> String?, _ second: (String) -> String?)
        -> (AncestryHints, AncestryHints) {
        var maxID = -1
        for block in blocks {
            for id in block.ancestorIDs where id > maxID { maxID = id }
        }
        // Per id, the index of its entry in `resolved` (-1: not yet met): a small array to fill.
        var byID = [Int32](repeating: -1, count: maxID < Self.maxCachedID ? maxID + 1 : 0)
        var resolved: [(label: String, first: String?, second: String?)] = []
        var byLabel: [String: (first: String?, second: String?)] = [:]
        var firstHits: [[Hit]] = [], secondHits: [[Hit]] = []
        firstHits.reserveCapacity(blocks.count)
        secondHits.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            var shared = 0
            var blockFirst: [Hit] = [], blockSecond: [Hit] = []
            if index > 0 {
                let previous = blocks[index - 1]
                let limit = min(block.ancestry.count, previous.ancestry.count)
                while shared < limit,
                      (shared < block.ancestorIDs.count ? block.ancestorIDs[shared] : -1)
                          == (shared < previous.ancestorIDs.count ? previous.ancestorIDs[shared] : -1),
                      block.ancestry[shared] == previous.ancestry[shared] {
                    shared += 1
                }
                if shared > 0 {
                    blockFirst = firstHits[index - 1].filter { $0.depth < shared }
                    blockSecond = secondHits[index - 1].filter { $0.depth < shared }
                }
            }
            for depth in shared..<block.ancestry.count {
                let label = block.ancestry[depth]
                let id = depth < block.ancestorIDs.count ? block.ancestorIDs[depth] : -1
                let found: (first: String?, second: String?)
                if id >= 0, id < byID.count, byID[id] >= 0, resolved[Int(byID[id])].label == label {
                    let entry = resolved[Int(byID[id])]
                    found = (entry.first, entry.second)
                } else {
                    if let known = byLabel[label] {
                        found = known
                    } else {
                        found = (first(label), second(label))
                        byLabel[label] = found
                    }
                    if id >= 0, id < byID.count {
                        if byID[id] >= 0 {
                            resolved[Int(byID[id])] = (label, found.first, found.second)
                        } else {
                            byID[id] = Int32(resolved.count)
                            resolved.append((label, found.first, found.second))
                        }
                    }
                }
                if let reason = found.first { blockFirst.append(Hit(depth: depth, reason: reason)) }
                if let reason = found.second { blockSecond.append(Hit(depth: depth, reason: reason)) }
            }
            firstHits.append(blockFirst)
            secondHits.append(blockSecond)
        }
        return (AncestryHints(hits: firstHits), AncestryHints(hits: secondHits))
    }
}
