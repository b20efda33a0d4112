/// Compares claims story by story, so claims from different stories are never compared.
///
/// Reads: Claims and the run's `StoryAssignment` (each document's story and copy group).
/// Adds: the findings of `ClaimComparator` run once per story, each marked with its story.
/// Claims whose document has no story are compared together (story nil): with no stories at
/// all, that is every claim, as before stories existed.
public enum StoryFindings {
    public static func findings(for claims: [Claim], stories: StoryAssignment) -> [Finding] {
        var byStory: [String: [Claim]] = [:]
        var loose: [Claim] = []
        for claim in claims {
            if let story = stories.storyOf[claim.document] { byStory[story, default: []].append(claim) } else { loose.append(claim) }
        }
        let comparator = ClaimComparator(copies: stories.copyOf)
        var findings: [Finding] = []
        for story in byStory.keys.sorted() {
            findings += comparator.findings(for: byStory[story]!).map { finding in
                var marked = finding
                marked.story = story
                return marked
            }
        }
        if !loose.isEmpty { findings += comparator.findings(for: loose) }
        return sorted(findings)
    }

    /// The same findings as `findings(for:stories:)` over every claim in `spill`, with only a
    /// batch of stories' claims in memory at a time: stories in id order, each story's claims
    /// (its `documents`' own, in run order, then their story claims) read back from the spill,
    /// compared (the stories of a batch in parallel) and dropped; a batch holds at most
    /// `claimsAtOnce` claims, or one story. Then the claims of documents without a story.
    /// The findings go to the spill, which sorts them.
    static func findings(stories: StoryAssignment, documents: [String], spill: RunSpill, claimsAtOnce: Int) throws {
        var members: [String: [String]] = [:]
        var loose: [String] = []
        for id in documents {
            if let story = stories.storyOf[id] { members[story, default: []].append(id) } else { loose.append(id) }
        }
        let comparator = ClaimComparator(copies: stories.copyOf)
        let order = members.keys.sorted()
        var next = 0
        while next < order.count {
            var batch: [(story: String, documents: [String])] = []
            var total = 0
            while next < order.count {
                let ids = members[order[next]]!
                let count = spill.claimCount(of: ids)
                if !batch.isEmpty, total + count > claimsAtOnce { break }
                if count > 0 { batch.append((order[next], ids)) }
                total += count
                next += 1
            }
            let found = ParallelMap.map(batch) { story, ids in
                Result { () throws -> [Finding] in
                    let claims = try spill.claims(of: ids)
                    defer { spill.release(claims.count) }
                    return comparator.findings(for: claims).map { finding in
                        var marked = finding
                        marked.story = story
                        return marked
                    }
                }
            }
            for findings in found { try spill.add(findings: findings.get()) }
        }
        if spill.claimCount(of: loose) > 0 {
            let claims = try spill.claims(of: loose)
            defer { spill.release(claims.count) }
            try spill.add(findings: comparator.findings(for: claims))
        }
    }

    /// Findings in the order compare prints them: by kind (contradictions first), topic, id.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.kind.rank, $0.topic, $0.id) < ($1.kind.rank, $1.topic, $1.id) }
    }
}
