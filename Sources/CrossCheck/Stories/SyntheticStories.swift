/// A deterministic generator of news-like documents about many invented stories, for the
/// stories benchmark and for tests that bound the grouping's work.
///
/// Every story has its own names (two-word, capitalised), a handful of topic words and a date;
/// every document mixes its story's names and words with a vocabulary shared by all stories
/// (drawn with a skew, so some shared words are very common) and stop words. Story sizes vary:
/// lower-numbered stories get more documents.
public enum SyntheticStories {
    public struct Item: Sendable {
        public var document: Document
        public var story: Int
    }

    public static func documents(count: Int, stories: Int, seed: UInt64 = 2026) -> [Item] {
        var random = SplitMix(state: seed)
        let syllables = ["ka", "lo", "mi", "ra", "ten", "su", "vo", "dar", "pel", "is", "nor", "ba", "qui", "zen", "to", "mar",
                         "el", "fi", "gor", "ha", "jun", "ul", "wen", "ost"]
        func word(_ r: inout SplitMix, parts: Int) -> String {
            (0..<parts).map { _ in syllables[r.below(syllables.count)] }.joined()
        }
        let shared = (0..<4_000).map { _ in word(&random, parts: 3) }
        let stop = ["the", "of", "and", "to", "in", "a", "said", "on", "for", "was", "with", "that", "by", "at", "from"]
        struct Plot { var names: [String]; var words: [String]; var date: String }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let plots: [Plot] = (0..<max(1, stories)).map { _ in
            let names = (0..<4).map { _ in
                let first = word(&random, parts: 2), last = word(&random, parts: 3)
                return first.prefix(1).uppercased() + first.dropFirst() + " " + last.prefix(1).uppercased() + last.dropFirst()
            }
            let words = (0..<10).map { _ in shared[random.below(shared.count)] + word(&random, parts: 1) }
            return Plot(names: names, words: words, date: "\(months[random.below(12)]) \(1 + random.below(28))")
        }
        var items: [Item] = []
        items.reserveCapacity(count)
        for index in 0..<count {
            // Skewed story sizes: u² puts more documents on lower-numbered stories.
            let u = random.unit()
            let story = min(plots.count - 1, Int(Double(plots.count) * u * u))
            let plot = plots[story]
            var sentences: [String] = []
            for _ in 0..<(6 + random.below(6)) {
                var words: [String] = []
                for position in 0..<(10 + random.below(8)) {
                    let pick = random.unit()
                    if pick < 0.2 {
                        words.append(plot.words[random.below(plot.words.count)])
                    } else if pick < 0.27, position > 0 {
                        words.append(plot.names[random.below(plot.names.count)])
                    } else if pick < 0.5 {
                        words.append(stop[random.below(stop.count)])
                    } else if pick < 0.51 {
                        words.append("on " + plot.date)
                    } else {
                        let v = random.unit()
                        words.append(shared[Int(Double(shared.count) * v * v * v)])
                    }
                }
                let sentence = words.joined(separator: " ")
                sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
            }
            let body = sentences.joined(separator: " ")
            let id = "synthetic-" + String(index)
            items.append(Item(document: Document(id: id, path: id + ".txt", body: body), story: story))
        }
        return items
    }

    /// SplitMix64: a small, fast, deterministic generator.
    struct SplitMix {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }
}
