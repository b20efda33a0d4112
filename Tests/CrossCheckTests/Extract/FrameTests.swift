import Testing
@testable import CrossCheck

/// A sentence, the value span its quantity frame must take (between 1️⃣ and 2️⃣), and the
/// slots it must have. `nil` means the slot must be unsaid.
struct QuantityFrameCase: CustomTestStringConvertible, Sendable {
    var marked: String
    var measure: String?
    var event: String?
    var holder: String? = nil
    var place: String? = nil
    var time: String? = "2025-06-01"
    var low: Double? = nil
    var high: Double? = nil
    var modality: Claim.Modality = .asserted
    var polarity: Claim.Polarity = .positive
    var testDescription: String { marked }
}

let quantityFrameCases: [QuantityFrameCase] = [
    .init(marked: "Acme Corp will cut 1️⃣about 9,0002️⃣ jobs next year.", measure: "job", event: "job cuts", holder: "Acme Corp",
          low: 8_100, high: 9_900),
    // The count belongs to the verb of its own clause, not to "wounded".
    .init(marked: "The air strike killed 1️⃣142️⃣ rebels and wounded several others in Aleppo.", measure: "rebel", event: "killed",
          place: "Aleppo"),
    .init(marked: "1️⃣Thirty2️⃣ soldiers were reported killed in Syria on Tuesday.", measure: "soldier", event: "killed",
          place: "Syria", time: "2025-05-27"),
    // "hundreds" is a wide interval, not 200.
    .init(marked: "1️⃣Hundreds2️⃣ of families fled the flooded valley.", measure: "family", event: "displaced", low: 200, high: 1_000),
    .init(marked: "The regulator fined Northwind Bank 1️⃣$12 million2️⃣ for the breach.", measure: "money", event: "paid",
          holder: "Northwind Bank"),
    .init(marked: "Unemployment rose to 1️⃣5.2%2️⃣ in March.", measure: "unemployment", event: "rose"),
    .init(marked: "Acme said it will hire 1️⃣1,2002️⃣ workers in Ohio.", measure: "worker", event: "hired", place: "Ohio",
          modality: .reported),
    .init(marked: "Police said 1️⃣632️⃣ people were detained overnight.", measure: "people", event: "arrested", modality: .reported),
    // A denial in the clause denies the figure.
    .init(marked: "The company denied that it would cut 1️⃣more than 8,0002️⃣ jobs.", measure: "job", event: "job cuts",
          modality: .denied, polarity: .negative),
    // A plain negation makes it negative, still asserted.
    .init(marked: "1️⃣Fourteen2️⃣ people were not killed, as first reported.", measure: "people", event: "killed",
          polarity: .negative),
    // A plain negation of a one-sided bound affirms the opposite bound.
    .init(marked: "The strike did not kill 1️⃣more than 122️⃣ people.", measure: "people", event: "killed", low: 0, high: 12),
    .init(marked: "The new Kestrel watch will not cost anything 1️⃣less than $5,0002️⃣.", measure: "money", event: "paid",
          low: 5_000, high: .infinity),
    .init(marked: "On 3 May 2025, 1️⃣2502️⃣ people attended the vigil.", measure: "people", event: "attended", time: "2025-05-03"),
    // The counted noun is the head after participles and names, and after "thousands of".
    .init(marked: "Orla Venn manages the band's 1️⃣two2️⃣ remaining living members.", measure: "member", event: "manage",
          holder: "Orla Venn"),
    .init(marked: "The camp sheltered 1️⃣tens of thousands2️⃣ of refugees last winter.", measure: "refugee", event: "displaced",
          low: 20_000, high: 100_000),
    .init(marked: "The strike killed 1️⃣172️⃣ Kestrian soldiers.", measure: "soldier", event: "killed"),
    // A name in a phrase on the subject ("lawyers at Velmora Bank") is not the holder.
    .init(marked: "Lawyers at Velmora Bank have charged 1️⃣122️⃣ people with fraud.", measure: "people", event: "charge"),
    // "pleaded not guilty" does not negate the count.
    .init(marked: "Valdor pleaded not guilty to all 1️⃣thirty2️⃣ charges.", measure: "charge", event: "plead", holder: "Valdor"),
    // A name inside the counted phrase is not the holder.
    .init(marked: "On Monday 1️⃣two2️⃣ Kestrian soldiers were run over near the border.", measure: "soldier", event: "run over",
          time: "2025-05-26"),
    // The source of "according to" is not the holder.
    .init(marked: "According to the Northwind Airports Authority, 1️⃣between 15 and 552️⃣ passengers travel daily.",
          measure: "passenger", event: "travel", modality: .reported),
    // A place's adjective before a noun, or a country's name inside an organisation's, is no place.
    .init(marked: "1️⃣Forty2️⃣ migrants were found near the Mexican border.", measure: "migrant", event: "find"),
    .init(marked: "The mayor received 1️⃣$5 million2️⃣ from the U.S. Congress.", measure: "money", event: "receive"),
    // An aside in brackets does not cut the figure from its verb.
    .init(marked: "1️⃣Three2️⃣ members of the Kestrian Front (KF) were killed in Aleppo.", measure: "member", event: "killed",
          place: "Aleppo"),
    // A relative clause between the subject and the figure speaks of someone else.
    .init(marked: "The screenplay, which was written by Orla Venn, is said to focus on 1️⃣three2️⃣ keynote speeches.",
          measure: "speech", event: "focus", modality: .speculative),
    // A participle after its noun describes it: the clause's verb comes later.
    .init(marked: "1️⃣Two2️⃣ men dressed in black were arrested in Aleppo.", measure: "man", event: "arrested", place: "Aleppo"),
    // An irregular participle or a verb that is also an adjective before the counted noun is no measure.
    .init(marked: "Rebels seized 1️⃣112️⃣ stolen commercial jets.", measure: "jet", event: "seize"),
    // A compound's verb-tagged words before a plural: "three suicide bombing attacks" counts attacks.
    .init(marked: "Rebels launched 1️⃣three2️⃣ suicide bombing attacks against the outposts.", measure: "attack", event: "launch"),
    // A date in a clause of its own ("when …") dates that clause, not the figure's.
    .init(marked: "Acme Corp hired 1️⃣2002️⃣ workers in Ohio when it opened the plant in March 2013.", measure: "worker",
          event: "hired", holder: "Acme Corp", place: "Ohio"),
    .init(marked: "When it opened the plant in March 2013, Acme Corp hired 1️⃣2002️⃣ workers in Ohio.", measure: "worker",
          event: "hired", holder: "Acme Corp", place: "Ohio"),
    .init(marked: "In March 2013 Acme Corp hired 1️⃣2002️⃣ workers in Ohio.", measure: "worker", event: "hired",
          holder: "Acme Corp", place: "Ohio", time: "2013-03"),
    // A name between the verb and the figure holds it only right before it ("fined Northwind Bank $12 million").
    .init(marked: "The administration freed Orla Venn in exchange for 1️⃣five2️⃣ detainees.", measure: "detainee", event: "free"),
    // A percentage "of" something measures it.
    .init(marked: "In the Velmoran capital, 1️⃣18 percent2️⃣ of people are struggling with debt.", measure: "people",
          event: "struggle"),
    // A name that modifies a noun, or a place after "in the", is not the holder.
    .init(marked: "Rebels began their Aleppo offensive, capturing 1️⃣122️⃣ villages.", measure: "village", event: "capture"),
    .init(marked: "In the Gaza Strip, officials counted 1️⃣402️⃣ wounded children.", measure: "child", event: "count",
          place: "Gaza Strip"),
    // A place in another clause is not this clause's.
    .init(marked: "Orla Venn, who lives in Aleppo, said 1️⃣402️⃣ families fled.", measure: "family", event: "displaced",
          modality: .reported),
    // A capitalized counted noun is what is counted, not the holder.
    .init(marked: "The clip starts as 1️⃣three2️⃣ Marines prepare to leave.", measure: "marine", event: "prepare"),
    // A person's origin after "from", a relative clause's place, a place after "to the": not the frame's.
    .init(marked: "Police arrested 1️⃣two2️⃣ artists, originally from Liverpool.", measure: "artist", event: "arrested"),
    .init(marked: "Police detained 1️⃣two2️⃣ women near the house of a man who lives in Lebanon.",
          measure: "woman", event: "arrested"),
    .init(marked: "Militants released 1️⃣two2️⃣ videos as a message to the U.S. government.", measure: "video", event: "released"),
    // Persons counted with a verb of their own: the verb names the event.
    .init(marked: "1️⃣Thousands2️⃣ of recruits arrived in Aleppo.", measure: "recruit", event: "arrive", place: "Aleppo",
          low: 2_000, high: 10_000),
    // A relative clause on the figure says what happened to what it counts.
    .init(marked: "Officials worked to determine if 1️⃣432️⃣ students who vanished were alive.", measure: "student",
          event: "vanish"),
    // A month and year, or a year after "in" or before a noun, is the time.
    .init(marked: "In February 2013, a meteor injured 1️⃣more than 1,0002️⃣ people.", measure: "people", event: "injured",
          time: "2013-02"),
    .init(marked: "A 2012 survey rated 1️⃣402️⃣ countries.", measure: "country", event: "rate", time: "2012"),
    .init(marked: "Orla Venn was charged in Feb. 2004 for stealing 1️⃣32️⃣ cars.", measure: "car", event: "steal", holder: "Orla Venn", time: "2004-02"),
    .init(marked: "Since 2011 the regulator has fined 1️⃣122️⃣ banks.", measure: "bank", event: "paid"),
    // A verb and its particle are one predicate; "last" before "month" is none.
    .init(marked: "Velmoran jets carried out 1️⃣more than 1352️⃣ raids.", measure: "raid", event: "carry out", holder: "jet"),
    .init(marked: "1️⃣Dozens2️⃣ of shots rang out.", measure: "shot", event: "ring out", low: 24, high: 120),
    .init(marked: "Rebels took control of 1️⃣nearly a dozen2️⃣ jetliners last month.", measure: "jetliner", event: nil),
    // A number word is not the counted noun when other words follow it.
    .init(marked: "Police said that 1️⃣as many as two2️⃣ other gunmen may have taken part.", measure: "gunman", event: nil,
          modality: .reported),
    // Names in a relative clause closed before the predicate, or after a preposition and "the", are not the holder.
    .init(marked: "On Monday, Orla Venn, a 25-year-old who moved to Kestria last year, rammed his car into 1️⃣two2️⃣ soldiers.",
          measure: "soldier", event: "ram", holder: "Orla Venn", time: "2025-05-26"),
    .init(marked: "Users with connections to the Velmora Network bought 1️⃣32️⃣ phones.", measure: "phone", event: "paid"),
    // A particle before "to" that no figure follows is the verb's; "since June 2014" dates nothing.
    .init(marked: "1️⃣Around 22,0002️⃣ people are expected to turn up to watch.", measure: "people", event: "attended",
          modality: .speculative),
    .init(marked: "Rebels have held the city since June 2014, killing 1️⃣122️⃣ guards.", measure: "guard", event: "killed"),
    // A particle's word is never the predicate.
    .init(marked: "There are 1️⃣a few2️⃣ parasitic mites out there.", measure: "mite", event: nil, low: 2, high: 5),
    // A clause on a place has its own subject: the name before it is not the holder.
    .init(marked: "The gunman entered Parliament, where 1️⃣dozens2️⃣ of shots soon rang out.", measure: "shot",
          event: "ring out"),
    // A sum names the noun it describes; not a time after it, nor its currency.
    .init(marked: "The kidnappers demanded a 1️⃣$2 million2️⃣ ransom.", measure: "ransom", event: "demand"),
    .init(marked: "Orla Venn paid a 1️⃣$5002️⃣ fine.", measure: "fine", event: "paid", holder: "Orla Venn"),
    .init(marked: "The 1️⃣$3502️⃣ price tag seems to be no issue.", measure: "price tag", event: nil),
    .init(marked: "Acme Corp spent 1️⃣$3 billion2️⃣ last year.", measure: "money", event: "paid", holder: "Acme Corp"),
    // A title inside a name: the person after it holds the figure.
    .init(marked: "Defence Secretary Orla Venn ordered 1️⃣2002️⃣ new jets.", measure: "jet", event: "order", holder: "Orla Venn"),
]

/// A denying verb right before a figure counts what it did: the figure is not denied.
@Test(arguments: ["Prosecutors have dismissed 849 cases since July.", "The board rejected the 3 bids it received."])
func aFigureADenyingVerbCountsIsNotDenied(_ text: String) throws {
    let claim = try #require(Repository.extractor.claims(in: document(text)).first { $0.rule == "frame.quantity" })
    #expect(claim.modality != .denied)
    #expect(claim.polarity == .positive)
}

@Test(arguments: quantityFrameCases)
func aQuantityGivesAFrame(_ c: QuantityFrameCase) throws {
    let (text, span) = markedSpan(c.marked)
    // The frame's claim, or a topic rule's claim of the same value (which gets the same slots).
    let value = String(decoding: Array(text.utf8)[span], as: UTF8.self)
    let claims = Repository.extractor.claims(in: document(text))
    let claim = try #require(claims.first { $0.rule == "frame.quantity" && $0.start == span.lowerBound && $0.end == span.upperBound }
                             ?? claims.first { $0.value?.text == value && $0.start <= span.lowerBound && span.upperBound <= $0.end },
                             "claims: \(claims.map { "\($0.rule) \($0.start)..<\($0.end) \($0.text)" })")
    let frame = try #require(claim.frame)
    #expect(frame.measure == c.measure)
    #expect(frame.event == c.event)
    #expect(frame.holder == c.holder)
    #expect(frame.place == c.place)
    #expect(frame.time == c.time)
    if let low = c.low { #expect(claim.value?.low == low) }
    if let high = c.high { #expect(claim.value?.high == high) }
    #expect(claim.modality == c.modality)
    #expect(claim.polarity == c.polarity)
}

/// "18K gold" is a karat: no claim counts 18,000 of anything; "18K fans" stays a count.
@Test(arguments: [("The watch case is made of 18K gold.", nil as Double?), ("Acme sells rings of 14k white gold.", nil),
                  ("The band drew 18K fans.", 18_000)])
func aKaratIsNoCount(_ text: String, _ count: Double?) {
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule == "frame.quantity" }
    #expect(claims.first?.value?.value == count, "\(claims.map(\.text))")
}

/// A year before a name dates the clause: no claim counts it.
@Test func aYearBeforeANameIsNotACount() {
    let claims = Repository.extractor.claims(in: document("In 1995 Adelaide voters chose three councillors."))
    #expect(!claims.contains { $0.value?.value == 1995 }, "\(claims.map(\.text))")
    #expect(claims.contains { $0.value?.value == 3 && $0.frame?.measure == "councillor" })
}

@Test(arguments: [
    "Will Acme cut 9,000 jobs?",
    "If the plant closes, 2,000 jobs would go.",
    "Further, if the plant closes, 2,000 jobs would go.",
    "The file can only be opened if the user pays $100.",
    "Unless the deal is signed, the firm may lose $3 billion.",
    // "should" opening a clause is an "if".
    "Should the rebels seize the dam, the valley may flood.",
    // A wish is no statement.
    "May God preserve the 40 scholars.",
    "May his family find peace.",
    // "Asked if …" puts a question.
    "Asked if the plan would cost $2 billion, the minister smiled.",
    "Asked whether Valdor had offered the province to Kestria, the minister smiled.",
    // An embedded question or an inverted "should" inside the clause.
    "Gluck said it is too soon to know if her dog will find eternal salvation.",
    "The envoy wondered whether the rebels had seized the dam.",
    "But worst of all, should the rebels seize the dam, the valley may flood.",
])
func questionsAndConditionalsAreNotStatements(_ text: String) {
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule.hasPrefix("frame.") }
    #expect(claims.isEmpty, "\(claims.map(\.text))")
}

/// Event frames: the holder, the predicate's lemma, the object, and the polarity.
struct EventFrameCase: CustomTestStringConvertible, Sendable {
    var text: String
    var holder: String
    var lemma: String
    var object: String?
    var place: String? = nil
    var modality: Claim.Modality = .asserted
    var polarity: Claim.Polarity = .positive
    var testDescription: String { text }
}

let eventFrameCases: [EventFrameCase] = [
    .init(text: "President Valdor offered the northern province to Kestria.", holder: "Valdor", lemma: "offer",
          object: "province Kestria"),
    // The same proposition, denied: same holder, lemma and object.
    .init(text: "Valdor denied offering the northern province to Kestria.", holder: "Valdor", lemma: "offer",
          object: "province Kestria", modality: .denied, polarity: .negative),
    .init(text: "A meteorite landed near Managua.", holder: "meteorite", lemma: "land", object: nil, place: "Managua"),
    .init(text: "The militia did not release the hostages.", holder: "militia", lemma: "release", object: "hostage",
          polarity: .negative),
    // A noun before a word that can only be a verb is the head of a compound: "mill", not a verb.
    .init(text: "The gossip mill fuelled rumours about Valdor.", holder: "mill", lemma: "fuel", object: "rumour Valdor"),
    // "false" before a noun describes it and denies nothing.
    .init(text: "The smugglers carried false identity papers.", holder: "smuggler", lemma: "carry", object: "paper"),
    // Words of time are neither holder nor object; two names joined by "and" are one holder.
    .init(text: "A gunman struck at the heart of the capital Wednesday.", holder: "gunman", lemma: "strike", object: "heart"),
    .init(text: "Valdor and Kestria have fostered a close relationship for decades.", holder: "Valdor and Kestria", lemma: "foster",
          object: "relationship"),
    // A passive verb's agent after "by" is the holder; its subject is the object.
    .init(text: "On Saturday a video of the hostage was released by the militia.", holder: "militia", lemma: "release",
          object: "video"),
    // The subject is the noun before "in …", not the name after it.
    .init(text: "Police in Velmora found the missing hikers.", holder: "police", lemma: "find", object: "hiker"),
    // An irregular participle after "was", and a participle right after its noun, with "by": the agent acts.
    .init(text: "An abandoned embassy compound was overrun by rebel fighters.", holder: "fighter", lemma: "overrun", object: "compound"),
    .init(text: "A woman held by the militia was freed.", holder: "militia", lemma: "hold", object: "woman"),
    // Without "by", a participle after its noun describes it; the clause's verb comes later.
    .init(text: "A man dressed in black opened fire on the crowd.", holder: "man", lemma: "open", object: "fire crowd"),
    .init(text: "The drones stolen from the base can reach Velmora.", holder: "drone", lemma: "reach", object: "Velmora"),
    // A past verb with an object stays the predicate.
    .init(text: "Police arrested men dressed in black.", holder: "police", lemma: "arrest", object: "man"),
    // "a number of" only says how many; "cut off" is no job cut.
    .init(text: "A number of outlets raised doubts over the claims.", holder: "outlet", lemma: "raise", object: "doubt claim"),
    // A set phrase is neither object nor place.
    .init(text: "The council put strict rules in place.", holder: "council", lemma: "put", object: "rule"),
    .init(text: "The guard painted the statue head to toe.", holder: "guard", lemma: "paint", object: "statue"),
    // "many times" says how often, not to what.
    .init(text: "The guard checked the door many times.", holder: "guard", lemma: "check", object: "door"),
    // A sentence's first adverb is no part of a name; an adverb is no object.
    .init(text: "Instead Orla Venn was transferred to the hospital.", holder: "Orla Venn", lemma: "transfer", object: "hospital"),
    .init(text: "The creatures survive the impact even at sea.", holder: "creature", lemma: "survive", object: "impact sea"),
    // A country's adjective before a noun is no place.
    .init(text: "The patrol found a tunnel near the Mexican border.", holder: "patrol", lemma: "find", object: "tunnel border"),
    // A verb and its particle are one predicate; the object and the agent come after the particle.
    .init(text: "A group of researchers set out after the yeti.", holder: "group", lemma: "set out", object: "yeti"),
    .init(text: "Technical work carried out by Velmora Media erased the message.", holder: "Velmora Media", lemma: "carry out",
          object: "work"),
    .init(text: "The rebels carried out a raid across the valley.", holder: "rebel", lemma: "carry out", object: "raid valley"),
    .init(text: "Orla Venn was pulled over by Velmoran police.", holder: "police", lemma: "pull over", object: "Orla Venn"),
    // A plural subject takes a verb's bare form.
    .init(text: "The rebels aid civilians in Aleppo.", holder: "rebel", lemma: "aid", object: "civilian", place: "Aleppo"),
    // A pronoun right after a verb of saying stands for its subject, past the one told.
    .init(text: "Orla Venn told Kestria’s Tomas Reyes that she had sold the house.", holder: "Orla Venn", lemma: "sell",
          object: "house", modality: .reported),
    .init(text: "Kestrian officials said they changed their plans.", holder: "official", lemma: "change", object: "plan",
          modality: .reported),
    // A list of names after a preposition is on the noun before it; a group noun after a name is that name.
    .init(text: "Units from Velmora, Kestria and Ardania were put on alert.", holder: "unit", lemma: "put", object: "alert"),
    .init(text: "Orla Venn was kidnapped by the Kestrian Front group in Aleppo.", holder: "Kestrian Front", lemma: "kidnap",
          object: "Orla Venn", place: "Aleppo"),
    .init(text: "The Kestrian Front group released a video.", holder: "Kestrian Front", lemma: "release", object: "video"),
    // An abbreviated country between "the" and a noun modifies it; the place is the other name.
    .init(text: "Prisoners wore jumpsuits at the U.S. military prison at Guantanamo Bay.", holder: "prisoner", lemma: "wear",
          object: "jumpsuit prison", place: "Guantanamo Bay"),
    // A nation's adjective the country lexicon does not hold names no body alone: the phrase does.
    .init(text: "The Nicaraguan government formed a committee.", holder: "Nicaraguan government", lemma: "form", object: "committee"),
    .init(text: "A committee was formed by the Nicaraguan government.", holder: "Nicaraguan government", lemma: "form", object: "committee"),
    // A title inside a name: the person after it acts.
    .init(text: "Defence Secretary Orla Venn visited the base.", holder: "Orla Venn", lemma: "visit", object: "base"),
]

/// Sentences whose first verb describes a noun, or whose subject is a preposition's object, or
/// that speak of the article itself: no event frame.
@Test(arguments: [
    // A verb's bare form between an adjective, a determiner or a singular name and a noun is a compound's word.
    "Tomas Reyes, a British aid worker, was in the town.",
    "Orla Venn, the Velmora press secretary, was in the town.",
    "He spoke in the speech released on Monday.",
    "Allegations regarding the use of chlorine.",
    "A blog considered to be a mouthpiece.",
    "Ana Ruiz and Tom Lee contributed to this report.",
    "Additional reporting by Ana Ruiz in Lisbon.",
])
func noEventFrameWhereNoStatementIsMade(_ text: String) {
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule == "frame.event" }
    #expect(claims.isEmpty, "\(claims.map { "\($0.frame?.holder ?? "-") \($0.frame?.lemma ?? "-")" })")
}

/// A pronoun stands for a name of its kind from the last few sentences, or for nobody.
@Test(arguments: [
    // "they" after a place names nobody.
    ("Floods hit Bali in March. They later discovered a spider in the drain.", nil as String?),
    // "he" after an institution's name (which is not a person) names nobody.
    ("The House of Commons sat late. He offered his condolences to the family.", nil),
    ("Orla Venn spoke on Monday. She offered her condolences to the family.", "Orla Venn"),
    // A name earlier in the same sentence comes first; a possessive is not who acts.
    ("Orla Venn spoke on Monday. Tomas Reyes wept; he offered Venn's condolences to the family.", "Tomas Reyes"),
    // Too far back: four sentences between.
    ("Orla Venn spoke on Monday. The rain fell. The river rose. The roads closed. The bridge shook. She offered her condolences to the family.", nil),
    // Never a deity, a nationality, a name after a preposition or a headline's capitals.
    ("Orla Venn prayed to God. She offered her condolences to the family.", "Orla Venn"),
    ("Orla Venn met Lebanese officials. She offered her condolences to the family.", "Orla Venn"),
    ("Orla Venn spoke on Monday. TRADE North Korean delegates met. She offered her condolences to the family.", "Orla Venn"),
    ("Crowds gathered at the Westgate Mall. He offered his condolences to the family.", nil),
    ("Holiday Turkeys Tested Positive\nHe offered his condolences to the family.", nil),
    ("Watch Next\nShe offered her condolences to the family.", nil),
    // A "he" quoted after a verb of saying or a colon is not the one quoting.
    ("Orla Venn confirmed: “She offered her condolences to the family.”", nil),
    ("Tomas Reyes met Ana Ruiz. Orla Venn said, “She offered her condolences to the family.”", nil),
    ("Orla Venn said Tomas Reyes wept. He offered his condolences to the family.", "Tomas Reyes"),
])
func aPronounHolderComesFromRecentNamesOfItsKind(_ text: String, _ holder: String?) {
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule == "frame.event" && ["offer", "discover"].contains($0.frame?.lemma ?? "") }
    #expect(claims.first?.frame?.holder == holder, "\(claims.map { $0.frame?.holder ?? "-" })")
}

@Test(arguments: eventFrameCases)
func aClauseGivesAnEventFrame(_ c: EventFrameCase) throws {
    let claims = Repository.extractor.claims(in: document(c.text)).filter { $0.rule == "frame.event" }
    let claim = try #require(claims.first, "no event claim")
    let frame = try #require(claim.frame)
    #expect(frame.holder == c.holder)
    #expect(frame.lemma == c.lemma)
    #expect(frame.object == c.object)
    #expect(frame.place == c.place)
    #expect(claim.modality == c.modality)
    #expect(claim.polarity == c.polarity)
}

@Test func aDenialGovernsOnlyItsOwnClause() throws {
    // "denied X but confirmed Y" denies only X.
    let text = "The ministry denied that 4,000 troops would leave but confirmed that 500 soldiers arrived in Vilnius."
    let claims = Repository.extractor.claims(in: document(text)).filter { $0.rule == "frame.quantity" }
    let leaving = try #require(claims.first { $0.value?.value == 4_000 })
    let arriving = try #require(claims.first { $0.value?.value == 500 })
    #expect(leaving.modality == .denied)
    #expect(arriving.modality != .denied)
    #expect(arriving.polarity == .positive)
}

@Test func aTopicRuleWinsOverTheFrameForItsValue() {
    let text = "The 28,500 U.S. troops stationed in South Korea are a legacy of the war."
    let claims = Repository.extractor.claims(in: document(text))
    #expect(claims.contains { $0.rule == "forces-stationed-count" })
    #expect(!claims.contains { $0.rule == "frame.quantity" && $0.value?.value == 28_500 })
}

@Test func framesAppearInJSONLines() throws {
    let claim = try #require(Repository.extractor.claims(in: document("Acme Corp will cut about 9,000 jobs.")).first)
    let line = claim.jsonValue.serialized
    #expect(line.contains(#""frame":{"measure":"job","measure_class":"job","event":"job cuts","lemma":"cut","holder":"Acme Corp","object":null,"place":null,"time":"2025-06-01"}"#))
}

/// Only a one-sided bound has an opposite: an exact figure (two-sided by its implied
/// precision), a range, an approximation and zero stay negated.
@Test(arguments: [
    (ClaimValue(value: 12, low: 12, high: .infinity, unit: nil, text: "more than 12"), 0.0, 12.0),
    (ClaimValue(value: 5_000, low: 0, high: 5_000, unit: "USD", text: "less than $5,000"), 5_000.0, Double.infinity),
    (ClaimValue(value: -5, low: -5, high: .infinity, unit: "°C", text: "above -5 degrees"), -Double.infinity, -5.0),
])
func aNegatedOneSidedBoundIsTheOppositeBound(_ value: ClaimValue, _ low: Double, _ high: Double) throws {
    let bound = try #require(value.negatedBound())
    #expect(bound.low == low)
    #expect(bound.high == high)
    #expect(bound.text == "not " + value.text)
}

@Test(arguments: [
    ClaimValue(value: 14, low: 13.5, high: 14.5, unit: nil, text: "Fourteen"),
    ClaimValue(value: 35, low: 15, high: 55, unit: nil, text: "between 15 and 55"),
    ClaimValue(value: 9_000, low: 8_100, high: 9_900, unit: nil, text: "about 9,000"),
    ClaimValue(value: 0, low: 0, high: .infinity, unit: nil, text: "more than 0"),
])
func otherNegatedValuesHaveNoOpposite(_ value: ClaimValue) {
    #expect(value.negatedBound() == nil)
}

/// An event class is read from the verb and its particle: "cut off" is no job cut.
@Test(arguments: [("The man cut off his finger.", "cut off"), ("Acme will cut its staff.", "job cuts")])
func aVerbAndItsParticleNameTheEventClass(_ text: String, _ event: String) throws {
    let claim = try #require(Repository.extractor.claims(in: document(text)).first { $0.rule == "frame.event" })
    #expect(claim.frame?.event == event)
}

/// A class that needs a figure or a kind of counted thing holds only with it; elsewhere the
/// lemma is the event.
@Test(arguments: [
    ("The man climbed the fence.", "frame.event", "climb"),
    ("Shares climbed 5% on Monday.", "frame.quantity", "rose"),
    // rose and fell need a change: a percentage or a figure after "by", "to" or "from".
    ("Membership fell by 300 people.", "frame.quantity", "fell"),
    ("A guest dropped $300,000 on a meal.", "frame.quantity", "drop"),
    ("The army dropped 36,000 meals onto the mountain.", "frame.quantity", "drop"),
    ("Prosecutorial review can cut both ways.", "frame.event", "cut"),
    ("Acme laid off workers in Ohio.", "frame.event", "job cuts"),
    ("Acme laid off 500 workers.", "frame.quantity", "job cuts"),
    ("The central bank cut interest rates by 0.25%.", "frame.quantity", "cut"),
    ("Acme bought the plant.", "frame.event", "buy"),
    ("Acme bought the plant for $2 billion.", "frame.quantity", "paid"),
    // "over" before a figure says how much: no particle.
    ("Velmora spends over $1 billion a year on its army.", "frame.quantity", "paid"),
])
func anEventClassHoldsOnlyWithWhatItNeeds(_ text: String, _ rule: String, _ event: String) throws {
    let claim = try #require(Repository.extractor.claims(in: document(text)).first { $0.rule == rule })
    #expect(claim.frame?.event == event)
}
