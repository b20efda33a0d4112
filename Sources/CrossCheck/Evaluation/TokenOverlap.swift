/// Token-level precision and recall of an extracted text against a gold text, as article-extraction
/// benchmarks score them: both texts become bags of word tokens, and the tokens they share (counted
/// with multiplicity) are the true positives.
///
/// A token is a run of letters and digits, lowercased. In scripts written without spaces between
/// words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar; Korean is spaced) every character is a
/// token of its own, so a page in those scripts is scored character by character
/// rather than as one enormous "word".
public struct TokenOverlap: Sendable, Equatable {
    public var shared: Int
    public var extracted: Int
    public var gold: Int

    public init(extracted: String, gold: String) {
        var bag: [String: Int] = [:]
        let goldTokens = Self.tokens(gold)
        for token in goldTokens { bag[token, default: 0] += 1 }
        let extractedTokens = Self.tokens(extracted)
        var shared = 0
        for token in extractedTokens {
            if let count = bag[token], count > 0 {
                bag[token] = count - 1
                shared += 1
            }
        }
        self.shared = shared
        self.extracted = extractedTokens.count
        self.gold = goldTokens.count
    }

    /// Shared tokens over extracted tokens; 0 when nothing was extracted.
    public var precision: Double { extracted == 0 ? 0 : Double(shared) / Double(extracted) }
    /// Shared tokens over gold tokens; 1 when the gold text is empty.
    public var recall: Double { gold == 0 ? 1 : Double(shared) / Double(gold) }
    public var f1: Double { Self.harmonicMean(precision, recall) }

    public static func harmonicMean(_ p: Double, _ r: Double) -> Double {
        p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The text's tokens, in order.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                tokens.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            if UnspacedScript.contains(scalar) {
                flush()
                tokens.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !scalar.properties.isGraphemeExtend {
                flush()
            }
        }
        flush()
        return tokens
    }
}
