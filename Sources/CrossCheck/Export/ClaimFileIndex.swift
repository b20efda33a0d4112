import Foundation

/// A claims.jsonl file (as `crosscheck run` writes it) as a `ClaimSource`: one pass over the
/// file records where each document's lines are (byte ranges; runs of adjacent lines are one
/// range) and keeps a `ClaimBrief` of the claims asked for (those the findings name); a
/// document's claims are then read back by range when asked for. Memory: a few ranges per
/// document and the briefs, never the claims themselves.
///
/// A line that is not a claim is a diagnostic naming `path:line`, as `JSONLinesFileReader.decode`
/// gives.
public final class ClaimFileIndex: ClaimSource, Sendable {
    private struct Range: Sendable {
        var offset: Int64
        var length: Int64
    }
    private let file: SpillFile
    private let ranges: [String: [Range]]
    private let counts: [String: Int]
    private let briefs: [String: ClaimBrief]
    public let claimCount: Int
    public let documentIDs: [String]

    /// Indexes the file at `path`, keeping briefs of the claims whose ids are in `keeping`.
    public init(path: String, keeping: Set<String>) throws {
        var reader = try JSONLinesFileReader(path: path)
        var ranges: [String: [Range]] = [:], counts: [String: Int] = [:], briefs: [String: ClaimBrief] = [:]
        var claimCount = 0
        while let claim = try reader.next(typed: ModelDecoding.claim(line:), ModelDecoding.claim) {
            let range = Range(offset: reader.lineOffset, length: Int64(reader.lineLength) + 1)
            if let last = ranges[claim.document]?.last, last.offset + last.length == range.offset {
                ranges[claim.document]![ranges[claim.document]!.count - 1].length += range.length
            } else {
                ranges[claim.document, default: []].append(range)
            }
            counts[claim.document, default: 0] += 1
            claimCount += 1
            if keeping.contains(claim.id), briefs[claim.id] == nil { briefs[claim.id] = ClaimBrief(claim) }
        }
        documentIDs = ranges.keys.sorted()
        (self.ranges, self.counts, self.briefs, self.claimCount) = (ranges, counts, briefs, claimCount)
        file = try SpillFile(readingAt: path)
    }

    public func claimCount(ofDocument id: String) -> Int { counts[id] ?? 0 }

    public func claims(ofDocument id: String) throws -> [Claim] {
        var out: [Claim] = []
        for range in ranges[id] ?? [] {
            // The last line of the file may have no line feed: read what there is.
            let length = Int(min(range.length, file.size - range.offset))
            try RunSpill.decodeLines(try file.read(offset: range.offset, length: length), path: file.path) { out.append($0) }
        }
        return out.sorted(by: Claim.documentOrder)
    }

    public func brief(_ id: String) -> ClaimBrief? { briefs[id] }
}
