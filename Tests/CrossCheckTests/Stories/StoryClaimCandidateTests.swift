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
