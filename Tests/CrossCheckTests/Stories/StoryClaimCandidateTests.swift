import Testing
@testable import CrossCheck

/// A document's openings: its headline and opening sentences of a claim's length, all of them,
/// denials and questions too, since they vote for the story's claim.
@Test func aDocumentsOpeningsAreItsHeadlineAndFirstSentences() {
    let check = StoryClaimCheck(rules: Repository.rules)
    let body = """
        Will the museum in Lisbon open its new wing in the spring?
        The museum in Lisbon will open its new wing in the spring.
        Officials denied that the museum would close its old wing.
        Short line.
        """
    var doc = document(body)
    doc.title = "Lisbon museum to open a new wing in spring"
    #expect(check.candidates(of: doc) == [
        "Lisbon museum to open a new wing in spring",
        "Will the museum in Lisbon open its new wing in the spring?",
        "The museum in Lisbon will open its new wing in the spring.",
        "Officials denied that the museum would close its old wing.",
    ])
}

/// What may be a story's central claim: statements, not questions, not lines that introduce
/// what follows, not denials — however much of the other documents they hold.
@Test func aStorysClaimIsAStatement() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let question = "Will the museum in Lisbon open its new wing with the tile collection in the spring?"
    let intro = "Here is the picture of the museum in Lisbon and its new wing that everyone is sharing:"
    let denial = "Officials denied that the museum in Lisbon will open its new wing with the tile collection."
    let statement = "The museum in Lisbon opens a wing."
    let candidates = [
        "a": [question, intro, denial, statement],
        "b": ["The museum in Lisbon will open its new wing with the tile collection in the spring, officials said."],
        "c": ["Lisbon's museum will open a new wing with the tile collection in the spring."],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "Lisbon", documents: ["a", "b", "c"])])
    let central = try #require(check.centralClaims(candidates: candidates, stories: stories)["s1"])
    #expect(![question, intro, denial].contains(central))
}

/// Openings that cannot be the claim still vote for it: in a story where most documents debunk,
/// the one document that states the claim gives it, since the debunks restate it.
@Test func debunkingOpeningsVoteForTheClaimTheyRestate() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let claim = "Astronomers announced that the moon will turn green for three nights in March."
    let candidates = [
        "a": [claim, "The city of Lisbon has a new aquarium with a shark tank."],
        "b": ["Reports that the moon will turn green for three nights in March are a hoax.",
              "The city of Lisbon has a new aquarium."],
        "c": ["A fake story says astronomers announced that the moon will turn green for three nights.",
              "The Lisbon aquarium opened with a shark tank."],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "moon", documents: ["a", "b", "c"])])
    #expect(check.centralClaims(candidates: candidates, stories: stories)["s1"] == claim)
}

/// A story of two documents, one stating the claim and one debunking it in every opening
/// sentence, still has a central claim (the debunk's openings vote for it).
@Test func aTwoDocumentStoryWithADebunkHasAClaim() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let claim = "The Tagus river bridge in Lisbon will be painted pink for the festival next week."
    let candidates = [
        "a": [claim],
        "b": ["Reports that the Tagus river bridge in Lisbon will be painted pink are false, the city said."],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "Tagus", documents: ["a", "b"])])
    #expect(check.centralClaims(candidates: candidates, stories: stories)["s1"] == claim)
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
        The picture spread quickly. The company's spokesperson told reporters the picture was a hoax, \
        made by a prankster with a fake logo.
        """)
    debunking.id = "debunk"
    #expect(try #require(check.claim(for: restating, central: central)).modality == .asserted)
    let claim = try #require(check.claim(for: debunking, central: central))
    #expect(claim.modality != .asserted)
}


/// A sentence that tells how the claim was undone ("has pulled out") is not the story's claim,
/// though most documents open with it: the claim is what was undone.
@Test func aRetractionIsNotTheStorysClaim() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let claim = "Mira Castell will play Ravel in the studio's biopic."
    let candidates = [
        "a": ["Mira Castell has pulled out of the studio's Ravel biopic."],
        "b": [claim],
        "c": ["Mira Castell has quit the Ravel biopic after pulling out of talks with the studio."],
        "d": ["Castell pulled out of the Ravel biopic, the studio confirmed."],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "Castell", documents: ["a", "b", "c", "d"])])
    #expect(check.centralClaims(candidates: candidates, stories: stories)["s1"] == claim)
}

/// One stray refuting word far from the claim ("if we are wrong") makes no debunk: the document
/// still vouches for the claim it states.
@Test func aStrayRefutingWordMakesNoDebunk() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "Velmora Foods is launching a chili chocolate bar in Lisbon."
    let stating = document("""
        Velmora Foods is launching a chili chocolate bar in Lisbon next month, the company said on its website. \
        The bar will be sold in forty shops. \
        Tasters at the harbour market said the mix of sweet and hot took them by surprise, and nobody thought it wrong.
        """)
    #expect(try #require(check.claim(for: stating, central: central)).modality == .asserted)
}

/// A document that reports the claim and, in a sentence about it, says someone denied it,
/// denies the claim: it is not merely observing.
@Test func aReportThatDeniesTheClaimInASentenceAboutItDeniesIt() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "Velmora Foods is launching a chili chocolate bar in Lisbon."
    let reporting = document("""
        Velmora Foods is launching a chili chocolate bar in Lisbon, several food blogs wrote on Monday. \
        The blogs showed a picture of the wrapper. \
        Velmora Foods denied that it is launching a chili chocolate bar in Lisbon, a spokesperson said. \
        The company sells milk chocolate in forty shops.
        """)
    let claim = try #require(check.claim(for: reporting, central: central))
    #expect(claim.modality == .denied)
    #expect(claim.polarity == .negative)
    // The same report without the denial only reports the claim.
    let plain = document("""
        Food blogs wrote on Monday that Velmora Foods is launching a chili chocolate bar in Lisbon. \
        The blogs showed a picture of a red wrapper. \
        The company has not said when the bar would reach the shops.
        """)
    #expect(try #require(check.claim(for: plain, central: central)).modality == .reported)
}

/// A document the checker reads as "for" only narrowly (the stance does not outweigh the other
/// two together: here a denial of something else follows the claim) reports the claim; it does
/// not stand by it. A clear statement still does.
@Test func aNarrowStanceTakesNoSide() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "Velmora Foods is launching a chili chocolate bar in Lisbon."
    let narrow = document("Velmora Foods is launching a chili chocolate bar in Lisbon, the company said. The company denied any plan to close its shops.")
    let result = check.checker.check(claim: central, in: narrow)
    #expect(result.stance == .for)
    #expect(result.score < StoryClaimCheck.sideProbability)
    #expect(try #require(check.claim(for: narrow, central: central)).modality == .reported)
    let clear = document("Velmora Foods is launching a chili chocolate bar in Lisbon. The bar will be sold in forty shops.")
    #expect(try #require(check.claim(for: clear, central: central)).modality == .asserted)
}

/// An embedded social post or its credit line is not the story's claim, though every document
/// quotes it: the claim is what the story says happened.
@Test func anEmbeddedPostIsNotTheStorysClaim() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let claim = "The Lisbon city council voted to paint the Tagus bridge pink for the harvest festival."
    let credit = "— Lisbon City Council (@LisbonCouncil) May 12, 2026"
    let post = "can't believe they will paint the Tagus bridge pink for the festival #PinkTagus"
    let candidates = [
        "a": [credit, post, claim],
        "b": [credit, post, "Lisbon's city council voted to paint the Tagus bridge pink for the festival, its spokesman said."],
        "c": [credit, post],
    ]
    let stories = StoryAssignment(stories: [Story(id: "s1", label: "Tagus", documents: ["a", "b", "c"])])
    let central = try #require(check.centralClaims(candidates: candidates, stories: stories)["s1"])
    #expect(central != credit && central != post)
    #expect(StoryClaimCheck.quotesAPost(credit) && StoryClaimCheck.quotesAPost(post))
    #expect(!StoryClaimCheck.quotesAPost("Write to press@lisbon.example for the C# code of issue #4."))
}

/// A document read as "for" from sentences that share only the claim's names reports the claim:
/// it is about the same people, not saying what the claim says they did. One that says it asserts it.
@Test func aForFromNamesAloneOnlyReportsTheClaim() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "Mira Castell and Tomas Ravel opened a bakery in the Alfama district of Lisbon."
    let namesOnly = document("Mira Castell and Tomas Ravel of Lisbon welcomed a baby girl on Sunday, their friends said.")
    let result = check.checker.check(claim: central, in: namesOnly)
    #expect(result.stance == .for)
    #expect(!result.evidenceStatesWhatHappened)
    #expect(try #require(check.claim(for: namesOnly, central: central)).modality == .reported)
    let saying = document("Mira Castell and Tomas Ravel opened a bakery in the Alfama district of Lisbon on Sunday.")
    #expect(check.checker.check(claim: central, in: saying).evidenceStatesWhatHappened)
    #expect(try #require(check.claim(for: saying, central: central)).modality == .asserted)
}
