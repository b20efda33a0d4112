import Foundation

/// The verdict of a fact-check page on the claim it rates.
///
/// Reads: a body's first lines and the lexicon `check-fact-check-ratings`
/// (rules/check/fact-check-ratings.yaml). Adds: the rated claim ("Kanye West has been banned
/// from all future award shows") and the stance its rating gives the page toward it ("FALSE" →
/// against), when the body opens in the layout fact-check pages use: a line "Claim: X" among its
/// first lines and, on one of the next lines, a line that is only a rating ("FALSE",
/// "Rating: Mostly true"). A debunk in this layout says what it rates in one line and its verdict
/// in one word, so the sentence-level stance cues see neither as a denial.
public struct FactCheckRating: Sendable, Hashable {
    public var claim: String
    public var stance: Stance

    public init(claim: String, stance: Stance) {
        self.claim = claim
        self.stance = stance
    }

    public static let lexiconName = "check-fact-check-ratings"
    /// The lexicon's entries: the stance a rating gives, and the labels of the two lines
    /// (`rules lint` reports any other name).
    static let entryNames = ["against", "for", "observing", "claim-labels", "rating-labels"]
    /// How many lines from the top the claim line may stand; how many lines after it the rating.
    static let claimLines = 6, ratingLines = 3

    /// Finds a body's fact-check rating with the lexicon's ratings and labels.
    public struct Reader: Sendable {
        /// Rating line key → stance.
        let ratings: [String: Stance]
        let claimLabels: Set<String>
        let ratingLabels: Set<String>

        public init(lexicons: [String: Lexicon]) {
            var ratings: [String: Stance] = [:]
            var claimLabels: Set<String> = [], ratingLabels: Set<String> = []
            for entry in lexicons[FactCheckRating.lexiconName]?.entries ?? [] {
                // The canonical name says what the entry is; its other forms are the lines.
                let forms = entry.forms.filter { $0 != entry.canonical }.map(Self.key)
                switch entry.canonical {
                case "against": for f in forms { ratings[f] = .against }
                case "for": for f in forms { ratings[f] = .for }
                case "observing": for f in forms { ratings[f] = .observing }
                case "claim-labels": claimLabels.formUnion(forms)
                case "rating-labels": ratingLabels.formUnion(forms)
                default: break
                }
            }
            self.ratings = ratings
            self.claimLabels = claimLabels
            self.ratingLabels = ratingLabels
        }

        /// A line's key: lowercased, runs of spaces as one, final punctuation dropped.
        static func key(_ text: String) -> String {
            var s = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            while let last = s.last, ".!:;*".contains(last) { s.removeLast() }
            return s.trimmingCharacters(in: .whitespaces)
        }

        /// What follows "Label:" in a line whose label is one of `labels`; nil otherwise.
        func labelled(_ line: String, _ labels: Set<String>) -> String? {
            guard let colon = Self.firstColon(in: line), labels.contains(Self.key(String(line[..<colon]))) else { return nil }
            let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return rest.isEmpty ? nil : rest
        }

        /// `line.firstIndex(of: ":")`, found on bytes: a colon byte counts where it is a whole
        /// character (it starts one, and no combining mark follows it). A first line is often a
        /// whole paragraph, which a walk over characters would break into graphemes.
        static func firstColon(in line: String) -> String.Index? {
            let utf8 = line.utf8
            var i = utf8.startIndex
            while let colon = utf8[i...].firstIndex(of: 0x3A) {
                if line.index(before: line.index(after: colon)) == colon, line[colon] == ":" { return colon }
                i = utf8.index(after: colon)
            }
            return nil
        }

        /// The rating of a body in fact-check layout, or nil. `dropped`: the lines the
        /// normalizer left out of the body, in page order; a rating line is short, so it is
        /// often among the first of them ("FALSE" as a label line), and counts when the body's
        /// claim line has no rating after it.
        public func rating(of body: String, dropped: [String] = []) -> FactCheckRating? {
            guard !ratings.isEmpty, !claimLabels.isEmpty else { return nil }
            let lines = Self.firstLines(of: body, FactCheckRating.claimLines + FactCheckRating.ratingLines)
            for (i, line) in lines.prefix(FactCheckRating.claimLines).enumerated() {
                guard let claim = labelled(line, claimLabels) else { continue }
                let next = lines.dropFirst(i + 1).prefix(FactCheckRating.ratingLines)
                for candidate in Array(next) + dropped.prefix(FactCheckRating.ratingLines) {
                    if let stance = ratings[Self.key(labelled(candidate, ratingLabels) ?? candidate)] {
                        return FactCheckRating(claim: claim, stance: stance)
                    }
                }
                return nil
            }
            return nil
        }

        /// The first `count` lines of `text` that hold more than spaces, trimmed; only those
        /// lines are read, on bytes (the rest of the body is never split). A line ends where
        /// `Character.isNewline` says: U+000A–U+000D, U+0085, U+2028, U+2029 (CR LF gives an
        /// empty line between, which is left out like every blank one).
        static func firstLines(of text: String, _ count: Int) -> [String] {
            var lines: [String] = []
            let utf8 = text.utf8
            var start = utf8.startIndex, i = utf8.startIndex
            func take(_ end: String.Index) {
                let line = TextCleanup.trimmingWhitespace(text[start..<end])
                if !line.isEmpty { lines.append(line) }
            }
            func byte(_ k: Int) -> UInt8? {
                guard let j = utf8.index(i, offsetBy: k, limitedBy: utf8.endIndex), j < utf8.endIndex else { return nil }
                return utf8[j]
            }
            while i < utf8.endIndex, lines.count < count {
                let b = utf8[i]
                var width = 0
                if b >= 0x0A && b <= 0x0D {
                    width = 1
                } else if b == 0xC2, byte(1) == 0x85 {
                    width = 2
                } else if b == 0xE2, byte(1) == 0x80, let c = byte(2), c == 0xA8 || c == 0xA9 {
                    width = 3
                }
                if width > 0 {
                    take(i)
                    i = utf8.index(i, offsetBy: width)
                    start = i
                } else {
                    i = utf8.index(after: i)
                }
            }
            if lines.count < count, start < utf8.endIndex { take(utf8.endIndex) }
            return lines
        }

        /// The rating of a document: its body, and the lines the normalizer dropped from it
        /// (notes about the bytes left out).
        public func rating(of document: Document) -> FactCheckRating? {
            rating(of: document.body, dropped: document.dropped.filter { !$0.reason.hasPrefix("note:") }.map(\.text))
        }
    }
}
