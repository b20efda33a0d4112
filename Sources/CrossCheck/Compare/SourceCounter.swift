/// Counts independent sources among claims: each document is one source, however often it
/// repeats itself, and near-duplicate copies (two outlets reprinting one wire copy, even lightly
/// edited: `copies`, document id → copy group from `CopyDetector`) count once together. Without
/// a copy map (claims alone, as `crosscheck compare` reads them), documents that carry the same
/// sentence word for word count once together.
public enum SourceCounter {
    public static func independentSources(_ claims: [Claim], copies: [String: String] = [:]) -> Int {
        clusters(claims, copies: copies).count
    }

    /// Documents grouped into independent sources, each sorted, in a stable order.
    public static func clusters(_ claims: [Claim], copies: [String: String] = [:]) -> [[String]] {
        if !copies.isEmpty {
            var groups: [String: Set<String>] = [:]
            for claim in claims { groups[copies[claim.document] ?? claim.document, default: []].insert(claim.document) }
            return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        }
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        func union(_ a: String, _ b: String) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var bySentence: [String: String] = [:]
        for claim in claims {
            if parent[claim.document] == nil { parent[claim.document] = claim.document }
            let key = normalized(claim.sentenceText)
            if let other = bySentence[key] { union(other, claim.document) } else { bySentence[key] = claim.document }
        }
        var groups: [String: [String]] = [:]
        for document in parent.keys { groups[find(document), default: []].append(document) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Lowercased letters and digits only, so punctuation and spacing differences do not matter.
    static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}
