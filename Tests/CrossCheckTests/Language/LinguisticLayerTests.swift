import Testing
@testable import CrossCheck

/// The layer of one sentence, built as the extractor builds it.
func layer(_ text: String) -> LinguisticLayer {
    let tokens = Tokenizer.tokens(in: text)
    return Repository.extractor.analyzer.analyze(tokens, sentence: Array(text.utf8), sentenceStart: 0)
}

func word(_ layer: LinguisticLayer, _ text: String) -> LinguisticLayer.Word? {
    layer.tokens.firstIndex { $0.text == text }.map { layer.words[$0] }
}

@Test(arguments: [
    ("Gunmen killed six villagers.", "killed", "kill", WordTag.verb),
    ("The children were evacuated.", "children", "child", .noun),
    ("The children were evacuated.", "evacuated", "evacuate", .verb),
    ("She kills time reading.", "kills", "kill", .verb),
    ("Killing civilians is a crime.", "Killing", "kill", .verb),
    ("The job cuts were announced.", "cuts", "cut", .noun),
    ("Acme will cut 900 jobs.", "cut", "cut", .verb),
    ("Three women died in the fire.", "women", "woman", .noun),
    ("Three women died in the fire.", "died", "die", .verb),
    ("He went home.", "went", "go", .verb),
    ("The wounded soldiers were flown out.", "wounded", "wounded", .adjective),
    ("Rebels shelled the town and wounded several others.", "wounded", "wound", .verb),
    // The second noun of a compound in a phrase is a noun, not a verb.
    ("The pumpkin spice candles sold out.", "spice", "spice", .noun),
    ("It was the first hip hop album to chart.", "hop", "hop", .noun),
    ("Jets carried out 8 air strikes overnight.", "strikes", "strike", .noun),
    ("They counted 3 suicide attacks in May.", "attacks", "attack", .noun),
    // A verb that often is one, or after a group noun, stays a verb.
    ("The storm hit homes along the coast.", "hit", "hit", .verb),
    ("The police arrest protesters daily.", "arrest", "arrest", .verb),
    // Adverbs and verbs the word table counts far more often so.
    ("The firm will no longer serve clients.", "longer", "longer", .adverb),
    ("The worried mum then visited the office.", "then", "then", .adverb),
    ("My strands get caught in it.", "get", "get", .verb),
    ("They sought an official cause of death.", "cause", "cause", .noun),
    // A pronoun with its auxiliary glued on; plurals and rare verbs inside a phrase.
    ("We've found no documented cases.", "We've", "we've", .pronoun),
    ("On Monday some news sites reported on it.", "sites", "site", .noun),
    ("He thanked our security forces for their help.", "forces", "force", .noun),
    ("Washington expanded its air campaign to Iraq.", "campaign", "campaign", .noun),
    // An "-s" form after a name and before a sum is its verb; an adverb after an auxiliary.
    ("In the video, prankster Josh Paler Lin gives $100 to a man.", "gives", "give", .verb),
    ("Banksy is still a mystery.", "still", "still", .adverb),
    ("So now, news sites all over the world are accusing her.", "sites", "site", .noun),
    ("He further states that the price is no issue.", "further", "far", .adverb),
    ("The company is still working on it.", "still", "still", .adverb),
])
func wordsGetTheirLemmaAndClass(_ text: String, _ token: String, _ lemma: String, _ tag: WordTag) throws {
    let w = try #require(word(layer(text), token))
    #expect(w.lemma == lemma)
    #expect(w.tag == tag)
}

@Test(arguments: [
    ("girls", "person"), ("students", "person"), ("soldiers", "person"), ("troops", "group"),
])
func nounsHaveWordNetCategories(_ noun: String, _ category: String) throws {
    let w = try #require(word(layer("They counted the \(noun)."), noun))
    #expect(w.category == category)
}

@Test(arguments: [
    ("The strike killed 14 rebels and wounded several others.", ["The strike killed 14 rebels", "and wounded several others ."]),
    ("Prices rose; wages fell.", ["Prices rose ;", "wages fell ."]),
    ("Turnout was high while the results were close.", ["Turnout was high", "while the results were close ."]),
    ("Police and soldiers killed two gunmen.", ["Police and soldiers killed two gunmen ."]),
    ("His rival, Kim of the party, has climbed to 36%.", ["His rival , Kim of the party , has climbed to 36 % ."]),
    // An aside without a verb breaks nothing.
    ("Three aides of the Kestrian Front (KF) were killed.", ["Three aides of the Kestrian Front ( KF ) were killed ."]),
    ("Four aides — including a senior adviser — were killed.", ["Four aides — including a senior adviser — were killed ."]),
    ("Four aides died — the army said so — in May.", ["Four aides died —", "the army said so —", "in May ."]),
])
func clausesEndAtTheirBoundaries(_ text: String, _ clauses: [String]) {
    let l = layer(text)
    #expect(l.clauses.map { l.tokens[$0].map(\.text).joined(separator: " ") } == clauses)
}

@Test(arguments: [
    ("President Ilse Varga met the Ministry of Defence in Lisbon.", [("Ilse Varga", EntityType.person), ("Ministry of Defence", .organization), ("Lisbon", .place)]),
    ("Seoul and Washington signed the deal.", [("Seoul", .place), ("Washington", .place)]),
    ("Northwind Bank said Tuesday it would close.", [("Northwind Bank", .organization)]),
    // An institution named with "of" is not a person.
    ("The House of Commons sat late.", [("House of Commons", .organization)]),
    // Capitals for emphasis are not a person's name.
    ("Find out where YOU WORK today.", [("YOU WORK", .other)]),
    // A country's name that opens an organisation's name is part of it.
    ("The mayor asked the U.S. Congress for funds.", [("U.S. Congress", .organization)]),
    ("The UK Times reported it first.", [("UK Times", .organization)]),
    // A title inside the run: the person is the name after it.
    ("Defence Secretary Michael Fallon said it.", [("Michael Fallon", .person)]),
    ("Apple CEO Tim Cook unveiled the watch.", [("Tim Cook", .person)]),
    ("Prime Minister Ilse Varga spoke.", [("Ilse Varga", .person)]),
])
func entitiesAreFoundWithTheirType(_ text: String, _ expected: [(String, EntityType)]) {
    let found = layer(text).entities.map { ($0.text, $0.type) }
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
}

@Test(arguments: [
    ("Seoul denied reports that Washington plans to cut troops.", "denied", "denied reports that Washington plans to cut troops ."),
    ("The ministry denied the report but confirmed the visit.", "denied", "denied the report"),
    ("Reports that the plant will close are false.", "false", "Reports that the plant will close are false ."),
    ("Fourteen people were not killed, officials said.", "not", "Fourteen people were not killed , officials said ."),
    ("There were no casualties.", "no", "There were no casualties ."),
    // A cue on a noun denies only what the noun reports.
    ("Fans were angry at the fake report that Acme closed the plant.", "fake", "that Acme closed the plant ."),
])
func negationsGovernTheirScope(_ text: String, _ cue: String, _ scope: String) throws {
    let l = layer(text)
    let negation = try #require(l.negations.first)
    #expect(negation.text == cue)
    #expect(l.tokens[negation.scope].map(\.text).joined(separator: " ") == scope)
}

/// A phrase that holds a negation word but negates nothing, and a denying verb that counts
/// what it did: no negation.
@Test(arguments: [
    "The senator said she cannot confirm or deny the report.",
    "The agency would neither confirm nor deny that the tests took place.",
    "The flood hit not only the valley but also the town.",
    "The prosecutor's office has dismissed 849 cases since July.",
    "The board rejected the 3 bids it received.",
    // A cue on a noun that reports nothing here ("report" read as a verb after "a fake").
    "Acme hired workers after a fake report spread online.",
])
func aNeutralPhraseOrACountedDenialNegatesNothing(_ text: String) {
    #expect(layer(text).negations.isEmpty, "\(layer(text).negations.map(\.text))")
}

/// A predicate cue written before a noun describes that noun: no negation.
@Test(arguments: ["The smugglers carried false identity papers.", "Officers seized fake passports at the border."])
func aCueBeforeANounNegatesNothing(_ text: String) {
    #expect(layer(text).negations.isEmpty)
}

/// A sentence's first word is a name when the document capitalizes it inside a sentence.
@Test func aFirstWordTheDocumentCapitalizesElsewhereIsAName() throws {
    let body = "Apple may use the event to show the watch. Analysts at Northwind expect Apple to sell millions."
    let claims = Repository.extractor.claims(in: document(body)).filter { $0.rule == "frame.event" }
    let first = try #require(claims.first { $0.sentence == 0 })
    #expect(first.frame?.holder == "Apple")
    // Without the second sentence "apple" is only the fruit's noun.
    let alone = Repository.extractor.claims(in: document("Apple may use the event to show the watch.")).filter { $0.rule == "frame.event" }
    #expect(alone.first?.frame?.holder == "apple")
    #expect(DocumentNames(body: Array(body.utf8)).keys == ["apple", "northwind"])
}
