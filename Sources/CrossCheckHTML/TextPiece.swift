/// A run of text that is either plain (no labels) or highlighted (the labels of every span that
/// covers it).
struct TextPiece: Equatable {
    var text: String
    var labels: [String]

    var isMarked: Bool { !labels.isEmpty }
}
