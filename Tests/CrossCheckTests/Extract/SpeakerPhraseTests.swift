import Testing
@testable import CrossCheck

/// Speakers the capitalised run before a cue misses, and cue words that are nouns: each
/// sentence's frame claims must carry this speaker ("Test Wire", the publisher, when nobody
/// else speaks) and be reported when someone else speaks.
@Test(arguments: [
    // A trailing attribution with a common-noun speaker.
    ("A tip from two suspects led them to 14 graves, authorities said.", "authorities"),
    ("Militants have beheaded a second hostage, U.S. officials say.", "U.S. officials"),
    // The speaker after the cue.
    ("\"Rebels destroyed 12 bundles of aid,\" said Kirby.", "Kirby"),
    ("Kestria will send 300 troops, said a spokesman for the ministry.", "spokesman for the ministry"),
    // "according to" and a phrase in lower case.
    ("Acme has been testing platinum for its watches, according to a new report.", "a new report"),
    // A relative clause between the speaker and the cue.
    ("The source, who has close ties to Velmora, said the general ordered 40 drills.", "The source"),
    // A date after "on" between the speaker and the cue.
    ("The news site Kestria Today on Aug. 6 said 11 aircraft went missing.", "The news site Kestria Today"),
    // A sentence's opening "But" or "Yet" is no part of the speaker's name.
    ("But Valdor reportedly claims that the rebels freed 27 hostages.", "Valdor"),
    ("Yet Kestria's ministry says the rebels freed 27 hostages.", "Kestria's ministry"),
    // A place after a preposition is not who speaks; the name before it is.
    ("Yasir Abdulla from Yorkshire said that the woman had appealed 3 rulings.", "Yasir Abdulla"),
    // Cue words that are part of a name or a noun phrase: the outlet's own statement.
    ("Orla Venn was beheaded by the Islamic State group in early September.", "Test Wire"),
    ("The gang controls 12 drug routes in Guerrero and Morelos states.", "Test Wire"),
    ("It comes as the United States and its allies launched 40 air strikes.", "Test Wire"),
    // Phrases after a preposition hang on the speaker; a place after "in" and an adjective is not it.
    ("Acme bought six mills in a $585 million deal, two people with knowledge of the matter said.",
     "two people with knowledge of the matter"),
    ("Security sources in neighbouring Velmora said mediators had freed 27 hostages.", "Security sources"),
    // An aside between dashes or commas, a relative clause or a place, stands between the speaker and the cue.
    ("The website – which calls itself a news source – said a man had been fined $300.", "The website"),
    ("The weapons drop was sensitive for Kestria, who says the fighters got 40 rifles.", "Kestria"),
    // The speaker after the cue when the capitalised run stops inside the name; a possessive joins its owner.
    ("\"Rebels trapped 400 troops,\" said Velmoran MP Ali al-Badri, at a press conference.", "Velmoran MP Ali al-Badri"),
    ("The sales top those suggested by Morgan Stanley’s Katy Huberty, who said the watch could sell 30 million units.",
     "Morgan Stanley’s Katy Huberty"),
    // A lower-case noun after "according to" and a capitalised word is part of the phrase.
    ("The beast has eaten 40 sheep, according to Kestrian village lore.", "Kestrian village lore"),
    // A time opening the sentence is no speaker.
    ("On Thursday, people familiar with the plans said the firm targeted 19 hours of usage.", "people familiar with the plans"),
    ("Sources tell the Velmora Herald that the actor has left 2 films.", "Sources"),
    // A verb of estimating or explaining attributes too.
    ("The analyst forecasts the base model to start at $4,999.", "The analyst"),
    // A passive cue names no speaker.
    ("Thirty drones were reported over the Velmora base.", "Test Wire"),
    // A dateline is no speaker.
    ("LAS VEGAS -- The man behind the $300,000 dinner at the Velmora Steakhouse has been revealed.", "Test Wire"),
    // A name after a preposition of place is no speaker.
    ("It names him as Tomas Reyes, a man born in Liverpool and says he is held without bail.", "Test Wire"),
    // An aside opened by a participle or a preposition, or an apposition on a name, stands
    // between the speaker and the cue.
    ("But the Velmoran ministry, citing a source in its intelligence cell, said the rebels freed 27 hostages.", "Velmoran ministry"),
    ("The Velmoran ministry, in a statement on Monday, said the rebels freed 27 hostages.", "Velmoran ministry"),
    ("Dara Quell, the author of a book on asteroids, said the rebels freed 27 hostages.", "Dara Quell"),
    // "…, X reports." ends the sentence: "reports" is the verb of the phrase the comma opens.
    ("Acme had to cut 40 of its features, The Velmora Herald reports.", "Velmora Herald"),
    // "according to" and adverbs before the phrase.
    ("Kestria sent 10,000 grenades to Velmora, according to publicly available Kestrian government documents.",
     "publicly available Kestrian government documents"),
    // Words that describe the speaker open the sentence.
    ("Heavily outgunned Velmoran defenders said the militants had pushed into two districts.", "Heavily outgunned Velmoran defenders"),
    // A cue after "and" shares the subject of the present verb before it.
    ("The militant blames Ardania for joining forces with Velmora and says the alliance will drag 3 nations into war.", "The militant"),
    // "claiming" attributes what follows to the subject.
    ("Kestria posted a video claiming the rebels freed 27 hostages.", "Kestria"),
])
func aClaimHasTheSpeakerOfItsSentence(_ text: String, _ speaker: String) throws {
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule.hasPrefix("frame.") }
    try #require(!claims.isEmpty)
    for claim in claims {
        #expect(claim.attribution.speaker == speaker, "\(claim.text)")
        #expect((claim.modality == .reported) == (speaker != "Test Wire"), "\(claim.text): \(claim.modality)")
    }
}
