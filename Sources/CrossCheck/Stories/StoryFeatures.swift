/// One document's compact record for story grouping and copy detection, computed once while
/// the document passes (`StoryFeatureReader`), so a streaming run keeps this, not the body.
public struct StoryFeatures: Sendable, Hashable {
    public enum Kind: UInt32, Sendable {
        case term = 0, entity = 1, date = 2
    }

    public var document: String
    /// Feature ids, ascending and distinct: a hash of the feature's text (lowercased), with its
    /// `Kind` in the low two bits.
    public var ids: [UInt32]
    /// How often each feature occurs (capped at 65,535), aligned with `ids`.
    public var counts: [UInt16]
    /// The text of the document's most frequent features (by count and kind), as first written
    /// there: what story labels are made of.
    public var names: [UInt32: String]
    /// MinHash signature of the body's word 5-grams (`CopyDetector.signatureLength` values;
    /// empty when the body has no words).
    public var signature: [UInt32]

    public init(document: String, ids: [UInt32], counts: [UInt16], names: [UInt32: String], signature: [UInt32]) {
        self.document = document
        self.ids = ids
        self.counts = counts
        self.names = names
        self.signature = signature
    }

    public static func kind(of id: UInt32) -> Kind { Kind(rawValue: id & 3) ?? .term }
}
