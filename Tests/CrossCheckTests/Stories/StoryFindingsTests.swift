import Testing
@testable import CrossCheck

/// Two stories whose claims have the same predicate and subject but not the same slots: each
/// story agrees with itself on its own topic, so there are two agreements that differ only in slots.
private let stories = StoryAssignment(stories: [
    Story(id: "s1", label: "one", documents: ["a1", "a2"]),
    Story(id: "s2", label: "two", documents: ["b1", "b2"]),
])
private let claims = [
    claim("ca1", doc: "a1", slots: ["nation": "US", "forces": "troops", "place": "South Korea"], value: (28_500, 28_450, 28_550)),
    claim("ca2", doc: "a2", slots: ["nation": "US", "forces": "troops", "place": "South Korea"], value: (28_500, 28_450, 28_550)),
    claim("cb1", doc: "b1", slots: ["nation": "US", "forces": "troops"], value: (28_500, 28_450, 28_550)),
    claim("cb2", doc: "b2", slots: ["nation": "US", "forces": "troops"], value: (28_500, 28_450, 28_550)),
]

@Test func storiesComparedApartAndMergedInAnyOrderGiveTheFindingsOfOneCompare() throws {
    let whole = StoryFindings.findings(for: claims, stories: stories)
    try #require(whole.count == 2)
    #expect(whole.map(\.kind) == [.agreement, .agreement])
    #expect(whole[0].topic.subject == whole[1].topic.subject && whole[0].topic.predicate == whole[1].topic.predicate)
    // What the Spark job does: compare groups of whole stories apart, then `compare --merge`
    // (StoryFindings.sorted) over the groups' findings in whatever order the groups finish.
    let one = StoryFindings.findings(for: claims.filter { $0.document.hasPrefix("a") }, stories: stories)
    let two = StoryFindings.findings(for: claims.filter { $0.document.hasPrefix("b") }, stories: stories)
    #expect(StoryFindings.sorted(one + two) == whole)
    #expect(StoryFindings.sorted(two + one) == whole)
}

@Test func topicsThatDifferOnlyInSlotsAreOrderedOneWay() {
    let placed = Topic(subject: "troops", predicate: "count", slots: ["place": "South Korea"])
    let unplaced = Topic(subject: "troops", predicate: "count")
    let elsewhere = Topic(subject: "troops", predicate: "count", slots: ["place": "Japan"])
    #expect(unplaced < placed && !(placed < unplaced))
    #expect(elsewhere < placed && !(placed < elsewhere))
    #expect(!(placed < placed))
}
