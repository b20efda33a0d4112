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

    /// Findings in the order compare prints them: by kind (contradictions first), topic, id.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.kind.rank, $0.topic, $0.id) < ($1.kind.rank, $1.topic, $1.id) }
    }
}
