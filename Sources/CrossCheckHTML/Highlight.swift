/// A span to highlight: UTF-8 byte offsets into the text it marks, and what it is (shown as the
/// mark's tooltip).
struct Highlight: Hashable {
    var start: Int
    var end: Int
    var label: String
}
