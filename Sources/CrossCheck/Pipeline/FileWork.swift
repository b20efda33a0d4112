import Foundation

/// The per-file part of a run, the expensive part: one input file read and normalized, each of
/// its documents searched for claims, its story features and its candidate story claims taken.
/// Everything after it (stories, story claims, compare) is global and is redone from these.
///
/// Reads: one input file. Adds: its documents (story unset), per document its claims, story
/// features and candidate claims, and what of the file was skipped.
///
/// `lines` writes it as tagged JSON Lines — `D\t` a Document, `C\t` a Claim of the document
/// before, `F\t` its story features and candidates, `S\t` a skipped input — the form the claim
/// store keeps and the Spark job's partitions print (`crosscheck extract --files-from`).
/// `init(lines:)` reads it back: the same values, so a run from stored work writes the same bytes.
public struct FileWork: Sendable {
    public struct Item: Sendable {
        public var document: Document
        public var claims: [Claim]
        public var features: StoryFeatures
        public var candidates: [String]
        /// The extractor's warnings (a pattern that spent its step budget): said when the work is
        /// done, not kept in `lines`.
        public var warnings: [Diagnostic]

        public init(document: Document, claims: [Claim], features: StoryFeatures, candidates: [String], warnings: [Diagnostic] = []) {
            self.document = document
            self.claims = claims
            self.features = features
            self.candidates = candidates
            self.warnings = warnings
        }
    }

    public var items: [Item]
    public var skipped: [SkippedInput]

    public init(items: [Item], skipped: [SkippedInput]) {
        self.items = items
        self.skipped = skipped
    }

    /// The tagged lines, each ending in "\n".
    public var lines: [UInt8] {
        var writer = JSONByteWriter(capacity: 1 << 12)
        for skip in skipped {
            writer.raw("S\t")
            skip.jsonValue.write(into: &writer)
            writer.raw("\n")
        }
        for item in items {
            writer.raw("D\t")
            item.document.jsonValue.write(into: &writer)
            writer.raw("\n")
            for claim in item.claims {
                writer.raw("C\t")
                claim.jsonValue.write(into: &writer)
                writer.raw("\n")
            }
            writer.raw("F\t")
            item.features.jsonValue(candidates: item.candidates).write(into: &writer)
            writer.raw("\n")
        }
        return writer.bytes
    }

    /// Reads what `lines` wrote; a line out of place or not of its kind is an error.
    public init<Bytes: Collection>(lines bytes: Bytes) throws(ModelDecoding.Failure) where Bytes.Element == UInt8 {
        var items: [Item] = []
        var skipped: [SkippedInput] = []
        var document: Document?
        var claims: [Claim] = []
        for line in bytes.split(separator: 0x0A) {
            guard line.count > 2, let tag = line.first, line[line.index(after: line.startIndex)] == 0x09 else {
                throw ModelDecoding.Failure(description: "a stored work line without its tag")
            }
            let json = Data(line.dropFirst(2))
            guard let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] else {
                throw ModelDecoding.Failure(description: "a stored work line that is not a JSON object")
            }
            switch tag {
            case UInt8(ascii: "S"):
                skipped.append(try ModelDecoding.skippedInput(object))
            case UInt8(ascii: "D"):
                guard document == nil else { throw ModelDecoding.Failure(description: "a document without its features") }
                document = try ModelDecoding.document(object)
            case UInt8(ascii: "C"):
                guard document != nil else { throw ModelDecoding.Failure(description: "a claim before its document") }
                claims.append(try ModelDecoding.claim(object))
            case UInt8(ascii: "F"):
                guard let done = document else { throw ModelDecoding.Failure(description: "features before their document") }
                let (features, candidates) = try StoryFeatures.decode(object)
                items.append(Item(document: done, claims: claims, features: features, candidates: candidates))
                document = nil
                claims = []
            default:
                throw ModelDecoding.Failure(description: "an unknown stored work tag")
            }
        }
        guard document == nil else { throw ModelDecoding.Failure(description: "a document without its features") }
        self.init(items: items, skipped: skipped)
    }
}

/// Where a run keeps per-file work between runs (the claim store, `crosscheck run --store`).
/// The pipeline asks it once per chunk of files, in the run's file order, from one thread.
public protocol FileWorkCache: AnyObject {
    /// For each file: its work from an earlier run (tagged lines, `FileWork.lines`) when the
    /// file is unchanged, nil when it must be read again.
    func stored(_ files: [(path: String, root: String)]) throws -> [[UInt8]?]
    /// The work done for a file that `stored` had none for, as tagged lines.
    func save(_ file: (path: String, root: String), lines: [UInt8]) throws
    /// For each key (a document and its story's central claim), the story claim checked in an
    /// earlier run: a Claim's JSON, empty when the check gave none; nil when never checked.
    func storedStoryClaims(_ keys: [String]) throws -> [[UInt8]?]
    /// A story claim checked in this run (empty: the document gave none).
    func saveStoryClaim(_ key: String, line: [UInt8]) throws
}
