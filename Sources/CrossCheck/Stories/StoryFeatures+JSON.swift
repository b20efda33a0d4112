import Foundation

/// Story features as a JSON object, with the document's candidate story claims: what the claim
/// store keeps and what the Spark job collects to the driver to group stories there
/// (`crosscheck stories --features`).
///
/// `{"document", "ids": [...], "counts": [...], "names": {"id": "text"}, "signature": [...], "candidates": [...]}`
extension StoryFeatures {
    public func jsonValue(candidates: [String]) -> JSONValue {
        .object([
            ("document", .string(document)),
            ("ids", .array(ids.map { .int(Int($0)) })),
            ("counts", .array(counts.map { .int(Int($0)) })),
            ("names", .object(names.keys.sorted().map { (String($0), .string(names[$0]!)) })),
            ("signature", .array(signature.map { .int(Int($0)) })),
            ("candidates", .array(candidates.map(JSONValue.string))),
        ])
    }

    /// Reads what `jsonValue(candidates:)` wrote.
    public static func decode(_ o: [String: Any]) throws(ModelDecoding.Failure) -> (StoryFeatures, [String]) {
        guard let document = o["document"] as? String, let ids = o["ids"] as? [NSNumber], let counts = o["counts"] as? [NSNumber],
              ids.count == counts.count else {
            throw ModelDecoding.Failure(description: "not story features (document, ids, counts)")
        }
        var names: [UInt32: String] = [:]
        for (key, value) in o["names"] as? [String: String] ?? [:] {
            guard let id = UInt32(key) else { throw ModelDecoding.Failure(description: "a feature name whose id is not a number") }
            names[id] = value
        }
        let signature = (o["signature"] as? [NSNumber] ?? []).map(\.uint32Value)
        let features = StoryFeatures(document: document, ids: ids.map(\.uint32Value), counts: counts.map(\.uint16Value),
                                     names: names, signature: signature)
        return (features, o["candidates"] as? [String] ?? [])
    }
}
