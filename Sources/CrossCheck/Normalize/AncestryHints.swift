/// The hinted elements on each block's ancestry, with their depth in `PageBlock.ancestry`:
/// furniture (`<nav>`, `<footer>`, a class such as "related-links") or the article's own parts
/// ("article__lead", "story-body"), whichever the hint function names.
///
/// Reads: the page's blocks (ancestry labels and element ids) and a function that gives the
/// hint of one label, or nil. Adds: for each block, its hits, outermost first.
///
/// Blocks share most of their ancestors, so each element is resolved once: by its page-unique id
/// (an array look-up, the label compared to guard against ids that are not unique, as in
/// hand-made pages), else by its label (a dictionary look-up); the reason of a label is computed
/// once per page.
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
        var maxID = -1
        for block in blocks {
            for id in block.ancestorIDs where id > maxID { maxID = id }
        }
        var byID = [(label: String, reason: String?)?](repeating: nil, count: maxID < Self.maxCachedID ? maxID + 1 : 0)
        var byLabel: [String: String?] = [:]
        hits.reserveCapacity(blocks.count)
        for block in blocks {
            var blockHits: [Hit] = []
            for (depth, label) in block.ancestry.enumerated() {
                let id = depth < block.ancestorIDs.count ? block.ancestorIDs[depth] : -1
                let found: String?
                if id >= 0, id < byID.count, let entry = byID[id], entry.label == label {
                    found = entry.reason
                } else {
                    if let known = byLabel[label] {
                        found = known
                    } else {
                        found = reason(label)
                        byLabel[label] = found
                    }
                    if id >= 0, id < byID.count { byID[id] = (label, found) }
                }
                if let found { blockHits.append(Hit(depth: depth, reason: found)) }
            }
            hits.append(blockHits)
        }
    }
}
