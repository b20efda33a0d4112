import CrossCheck

/// File names of the per-document pages: `doc-<id>.html`, keeping `[A-Za-z0-9._-]` of the id and
/// replacing every other byte with "-". When that changed the id, shortened it, or collides with a
/// name already given (compared case-insensitively, for case-insensitive file systems), a short
/// hash of the id is appended, so every id gets its own stable name.
struct DocumentFileNames {
    static let maxIDBytes = 100
    private var names: [String: String] = [:]

    /// Assigns names to the ids in sorted order, so the result does not depend on input order.
    /// `prefix` starts every name: "doc-" for document pages, "story-" for story pages.
    init<S: Sequence>(ids: S, prefix: String = "doc-") where S.Element == String {
        var taken: Set<String> = []
        for id in Set(ids).sorted() {
            var name = Self.candidate(for: id, prefix: prefix)
            var attempt = 1
            while taken.contains(name.lowercased()) {
                attempt += 1
                name = Self.candidate(for: id, prefix: prefix, forceHash: true, suffix: attempt > 2 ? "-\(attempt)" : "")
            }
            taken.insert(name.lowercased())
            names[id] = name
        }
    }

    func name(for id: String) -> String? { names[id] }

    static func candidate(for id: String, prefix: String = "doc-", forceHash: Bool = false, suffix: String = "") -> String {
        var kept = id.utf8.map { isSafe($0) ? $0 : UInt8(ascii: "-") }
        let shortened = kept.count > maxIDBytes
        if shortened { kept = Array(kept.prefix(maxIDBytes)) }
        let stem = String(decoding: kept, as: UTF8.self)
        let needsHash = forceHash || shortened || stem != id || id.isEmpty
        return prefix + stem + (needsHash ? "-" + shortHash(id) : "") + suffix + ".html"
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    private static func shortHash(_ id: String) -> String {
        let hex = String(StableID.hash(id.utf8) >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
