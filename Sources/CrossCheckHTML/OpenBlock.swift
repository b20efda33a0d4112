/// A block element or container whose text the page reader is collecting. A block nested inside
/// it ends the current segment; text after the nested block starts a new one.
struct OpenBlock {
    let tag: String
    /// `.block` or `.container` (text directly inside a container forms bare runs).
    let role: ElementRole
    /// Number of entries of the reader's element path that belong to this element and its ancestors.
    let depth: Int
    /// `datetime` on the element itself.
    let ownDateTime: String?
    /// `datetime` of a `<time>` met in the current segment.
    var segmentDateTime: String?
    var text = CollapsedText()
    /// The last thing in the segment was a `<br>` (a second one ends the paragraph).
    var afterBreak = false

    init(tag: String, role: ElementRole, depth: Int, ownDateTime: String?) {
        self.tag = tag
        self.role = role
        self.depth = depth
        self.ownDateTime = ownDateTime
    }
}
