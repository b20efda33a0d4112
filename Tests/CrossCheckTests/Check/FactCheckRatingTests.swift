import Foundation
import Testing
@testable import CrossCheck

private let reader = FactCheckRating.Reader(lexicons: Repository.rules.lexicons)

/// A fact-check page's rating ("Claim: X" over "FALSE") gives its stance toward the claim it rates.
@Test(arguments: [
    ("Claim: The Tagus bridge in Lisbon will be painted pink.\n\nFALSE\n\nOrigins: A blog post said so.", Stance.against),
    ("Claim: The Tagus bridge in Lisbon will be painted pink.\n\nPROBABLY FALSE.\n\nOrigins: A blog post said so.", .against),
    ("Fact check\n\nClaim: The Tagus bridge in Lisbon will be painted pink.\nRating: Mostly true\n\nThe city voted for it.", .for),
    ("CLAIM: The Tagus bridge in Lisbon will be painted pink.\n\nUnproven\n\nNobody could say.", .observing),
])
func aFactCheckRatingGivesTheStanceTowardTheClaimItRates(_ body: String, _ stance: Stance) throws {
    let rating = try #require(reader.rating(of: body))
    #expect(rating.claim == "The Tagus bridge in Lisbon will be painted pink.")
    #expect(rating.stance == stance)
}

/// The normalizer drops a one-word line as a label; the dropped line still gives the rating.
@Test func aRatingLineTheNormalizerDroppedStillCounts() throws {
    let body = "Claim: The Tagus bridge in Lisbon will be painted pink.\n\nOrigins: A travel blog wrote so in May."
    #expect(reader.rating(of: body) == nil)
    let rating = try #require(reader.rating(of: body, dropped: ["FALSE", "Example: [Collected via email]"]))
    #expect(rating.stance == .against)
    #expect(reader.rating(of: "The Tagus bridge in Lisbon will be painted pink, a blog wrote.", dropped: ["FALSE"]) == nil)
}

/// Text that only mentions a claim, or a claim line with no rating after it, is no fact-check.
@Test(arguments: [
    "The Tagus bridge in Lisbon will be painted pink, the mayor said.\n\nFALSE alarms are rare, she added.",
    "Claim: The Tagus bridge in Lisbon will be painted pink.\n\nThe mayor said it was false.\n\nShe laughed.",
    "The mayor repeated her claim: the bridge will be painted pink.\n\nFALSE\n\nOr so it seems.",
])
func textWithoutTheLayoutHasNoRating(_ body: String) {
    #expect(reader.rating(of: body) == nil)
}

/// A fact-check page rating the story's claim false denies it, though its sentences carry no
/// denial word about it; one rating another claim takes no side from its rating.
@Test func aFactCheckPageRatingTheStorysClaimFalseDeniesIt() throws {
    let check = StoryClaimCheck(rules: Repository.rules)
    let central = "The Tagus bridge in Lisbon will be painted pink for the harvest festival."
    let page = document("""
        Claim: The Tagus bridge in Lisbon will be painted pink for the festival.

        FALSE

        Origins: In May a travel blog wrote that the Tagus bridge in Lisbon will be painted pink \
        for the harvest festival. The city council has no such plan, and the festival has no budget for it.
        """)
    #expect(try #require(check.claim(for: page, central: central)).modality == .denied)
    let other = document("""
        Claim: Velmora Foods is launching a chili chocolate bar.

        FALSE

        Origins: The Tagus bridge in Lisbon will be painted pink for the harvest festival, a blog wrote; \
        it also wrote about a chocolate bar.
        """)
    #expect(check.claim(for: other, central: central)?.modality != .denied)
}

/// Only a body's first lines are read for its layout: the lines are the ones a split of the whole
/// body gives, blank ones left out, trimmed of spaces and tabs.
@Test(arguments: [
    ("one\n\n  two  \n\t\nthree\nfour", 2, ["one", "two"]),
    ("one\n\n  two  \n\t\nthree\nfour", 9, ["one", "two", "three", "four"]),
    ("\n\n\n", 3, []),
    ("no line feed at all ", 1, ["no line feed at all"]),
    ("Claim: X\r\n\u{2028}FALSE\n", 5, ["Claim: X", "FALSE"]),
    ("a\u{85}b\u{0C}c\u{2029}é d\u{0B}", 9, ["a", "b", "c", "é d"]),
    ("Rating: «vrai»\n\u{2026}", 9, ["Rating: «vrai»", "\u{2026}"]),
])
func onlyTheFirstLinesAreRead(_ body: String, _ count: Int, _ lines: [String]) {
    #expect(FactCheckRating.Reader.firstLines(of: body, count) == lines)
    let split = body.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(FactCheckRating.Reader.firstLines(of: body, count) == Array(split.prefix(count)))
}

/// A label's colon is found on bytes, as the first colon character of the line.
@Test(arguments: ["Claim: X", "no colon here", ":", "Rating:\u{301} x: y", "long line " + String(repeating: "word ", count: 500) + ": end", "é: è"])
func theLabelsColonIsTheFirstColonCharacter(_ line: String) {
    #expect(FactCheckRating.Reader.firstColon(in: line) == line.firstIndex(of: ":"))
}
