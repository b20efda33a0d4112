import Testing
@testable import CrossCheck

/// What may be a story's central claim: statements from a document's headline and opening
/// sentences, not questions, not lines that introduce what follows, not denials.
@Test func aStorysClaimCandidatesAreStatements() {
    let check = StoryClaimCheck(rules: Repository.rules)
    let body = """
        Here is the illustration that everyone online is sharing today:
        Will the museum in Lisbon open its new wing in the spring?
        The museum in Lisbon will open its new wing in the spring.
        Officials denied that the museum would close its old wing.
        """
    var doc = document(body)
    doc.title = "Lisbon museum to open a new wing in spring"
    #expect(check.candidates(of: doc) == [
        "Lisbon museum to open a new wing in spring",
        "The museum in Lisbon will open its new wing in the spring.",
    ])
}

/// The central claim is the opening that says most of what the other documents open with, not
/// a short line made of the story's commonest words.
@Test func aStorysCentralClaimSaysMostOfWhatTheOthersSay() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let short = "The Lisbon harvest festival is here."
    let candidates = [
        "a": [short, "Lisbon city council cancels harvest festival after vineyard fire destroys grape harvest."],
        "b": ["A vineyard fire near Lisbon destroyed the grape harvest, so the harvest festival is off."],
        "c": ["The harvest festival in Lisbon is off after a vineyard fire destroyed the grape crop."],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "Lisbon", documents: ["a", "b", "c"])])
    let central = try #require(check.centralClaims(candidates: candidates, stories: stories)["s1"])
    #expect(central != short)
    #expect(central.lowercased().contains("fire"))
}

/// A document that debunks something of its story reports the story's claim when it restates
/// it; it does not vouch for it. One that only restates it asserts it.
@Test func aDebunkingDocumentDoesNotVouchForTheClaimItRestates() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "Velmora Foods is launching a chili chocolate bar in Lisbon."
    let restating = document("Velmora Foods is launching a chili chocolate bar in Lisbon next month, the company said on its website.")
    var debunking = document("""
        Velmora Foods is launching a chili chocolate bar in Lisbon, a picture shared online on Monday said. \
        The picture spread quickly. The company's spokesperson told reporters the picture was a hoax.
        """)
    debunking.id = "debunk"
    #expect(try #require(check.claim(for: restating, central: central)).modality == .asserted)
    let claim = try #require(check.claim(for: debunking, central: central))
    #expect(claim.modality != .asserted)
}
