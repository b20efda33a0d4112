import Testing
@testable import CrossCheck

/// A plain negation negates a frame only by its predicate or figure; a negation after the
/// predicate, or far from it, leaves the figure affirmed.
@Test(arguments: [
    ("Managua, a city of 1.2 million people, did not report any injuries.", 1_200_000.0, Claim.Polarity.positive),
    ("Officials said 40 people died, not that no one was hurt.", 40, .positive),
    ("Fourteen people were not killed, as first reported.", 14, .negative),
    ("Acme did not cut 900 jobs.", 900, .negative),
    // "fake", "false" on a noun deny what the noun reports, not the clause around it.
    ("Acme hired 200 workers after a fake report spread online.", 200, .positive),
    ("Acme hired 200 workers after a false report spread online.", 200, .positive),
    ("Fans were angry at the fake report that Acme closed 3 plants.", 3, .negative),
])
func aPlainNegationNegatesOnlyNearItsPredicate(_ text: String, _ value: Double, _ polarity: Claim.Polarity) throws {
    let claim = try #require(Repository.extractor.claims(in: document(text)).first { $0.value?.value == value })
    #expect(claim.polarity == polarity)
}

/// A "no" that opens an event frame's holder negates the frame, however many words stand
/// between it and the verb ("no newborn could be given the name").
@Test(arguments: [
    ("No newborn in the province could be given the name, the ministry said.", Claim.Polarity.negative),
    ("Every newborn in the province could be given the name, the ministry said.", .positive),
])
func aNoOpeningTheHolderNegatesTheEvent(_ text: String, _ polarity: Claim.Polarity) throws {
    let claim = try #require(Repository.extractor.claims(in: document(text)).first { $0.rule == EventFrameBuilder.rule })
    #expect(claim.polarity == polarity)
}
