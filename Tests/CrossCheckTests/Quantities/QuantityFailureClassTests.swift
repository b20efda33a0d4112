import Testing
@testable import CrossCheck

/// One table per class of misreading found by measuring the quantity stage on public number
/// suites (issue 12); the inputs are our own. Format: see `QuantityCase`.
enum QuantityFailureClasses {
    static let letterPrefixed = [
        "prefix | It costs USD2,400 a month. | text=USD2,400; value=2400; currency=USD; kind=money",
        "prefix | They raised AUD3.2m last year. | text=AUD3.2m; value=3200000; currency=AUD",
        "prefix | A meal costs RM12.80 now. | text=RM12.80; value=12.8; currency=MYR",
        "prefix | fined EUR1.5bn | value=1500000000; currency=EUR",
        "prefix | a Rs50 note | value=50; currency=INR",
        "prefix | Rp10,000 per night | value=10000; currency=IDR",
        "prefix | USD2,400-3,000 | low=2400; high=3000; currency=USD",
        "prefix | the G7 summit | n=0",
        "prefix | flight MH17 crashed | n=0",
        "prefix | an Airbus A320 jet | n=0",
        "prefix | A South Korean army K1E1 tank | n=0",
        "prefix | profit in Q3 | n=0",
        "prefix | seven American M1 Abrams tanks | value=7; unit=tanks; kind=count",
        "prefix | three C-130 planes | match=three; unit=planes; kind=count",
    ]

    static let rangeKinds = [
        "range-kind | shares rose 4.5% to $2.1 billion | n=2; match=4.5%; value=4.5; kind=percent",
        "range-kind | shares rose 4.5% to $2.1 billion | match=$2.1 billion; value=2100000000; kind=money",
        "range-kind | inflation of 3% to 2,000 people | n=2; match=3%; kind=percent",
        "range-kind | sales grew 12% to 1.2 million units | n=2; match=12%; value=12; change=up",
        "range-kind | a 5 km to $3 trip | n=2",
        "range-kind | 10% to 20% | low=10; high=20; kind=percent",
        "range-kind | 45-50% | low=45; high=50; kind=percent",
        "range-kind | $3 to 4 million | low=3000000; high=4000000; currency=USD",
        "range-kind | from 10 to 20 years | low=10; high=20; kind=duration",
    ]

    static let signs = [
        "sign | It was minus 40 degrees. | value=-40; low=-42; high=-38; unit=degree; kind=measure",
        "sign | Growth was negative 2%. | value=-2; kind=percent",
        "sign | It fell to -5 degrees. | value=-5; unit=degree",
        "sign | a reading of −12 | value=-12",
        "sign | minus five | value=-5",
        "sign | negative 0.5% | value=-0.5; kind=percent",
        "sign | temperatures between -5 and -10 | match=-5; value=-5",
        "sign | negative results | n=0",
        "sign | 10 minus 3 | match=10; value=10",
        "sign | 10 minus 3 | match=3; value=3",
    ]

    static let leadingPoint = [
        "point | Rates fell .05 per cent. | text=.05 per cent; value=0.05; kind=percent",
        "point | a .22 caliber rifle | value=0.22",
        "point | $.50 each | value=0.5; currency=USD",
        "point | It ended.5 people | n=1; value=5",
        "point | version 2.5 | value=2.5",
    ]

    static let metresOrMillions = [
        "metres | a 12m boat | value=12; unit=metre; kind=measure",
        "metres | a 12m-high wall | value=12; unit=metre",
        "metres | the wall is 12m high | value=12; unit=metre",
        "metres | the 100m sprint | value=100; unit=metre",
        "metres | a 5 m drop | value=5; unit=metre",
        "metres | He paid $12m for it. | value=12000000; currency=USD; kind=money",
        "metres | £3m deal | value=3000000; currency=GBP",
        "metres | 12m people | value=12000000; unit=people; kind=count",
        "metres | a 12m deal | value=12000000",
        "metres | 12m euros | value=12000000; currency=EUR",
    ]

    static let gluedUnits = [
        "glued-unit | a 512GB phone | value=512; unit=gigabyte; kind=measure",
        "glued-unit | a 20kW motor | value=20; unit=kilowatt; kind=measure",
        "glued-unit | 250mg of aspirin | value=250; unit=milligram; kind=measure",
        "glued-unit | at 60Hz | value=60; unit=hertz",
        "glued-unit | a 3.5GHz chip | value=3.5; unit=gigahertz",
        "glued-unit | 1TB of storage | value=1; unit=terabyte",
        "glued-unit | 100Mbps | value=100; unit=megabit per second",
        "glued-unit | a 5,000mAh battery | value=5000; unit=milliampere-hour",
        "glued-unit | 220V | value=220; unit=volt",
        "glued-unit | 500ml | value=500; unit=millilitre",
        "glued-unit | 30C heat | value=30; unit=degree Celsius",
        "glued-unit | a 5G network | kind=code",
        "glued-unit | 10km | value=10; unit=kilometre",
    ]

    static let vague = [
        "vague | a couple of days | value=2; low=2; high=3; unit=day; kind=duration",
        "vague | a couple of weeks ago | low=2; high=3; unit=week",
        "vague | a few people | value=3; low=2; high=5; unit=people; kind=count",
        "vague | a few hundred protesters | value=300; low=200; high=500; unit=protesters",
        "vague | a few thousand dollars | low=2000; high=5000; currency=USD; kind=money",
        "vague | dozens of people | low=24; high=120; hi=open; unit=people",
        "vague | 3 dozen eggs | value=36; unit=eggs; kind=count",
        "vague | two dozen | value=24",
        "vague | a dozen | value=12",
        "vague | the couple said | n=0",
        "vague | few people came | n=0",
        "vague | only a few dozen girls | value=36; low=24; high=60; unit=girls",
        "vague | a couple from Texas | n=0",
        "vague | a couple weeks later | low=2; high=3; unit=week",
    ]

    static let moneyWords = [
        "money-words | twelve dollars and sixty cents | n=1; value=12.6; currency=USD; kind=money",
        "money-words | $5 and 20c | n=1; value=5.2; currency=USD",
        "money-words | 5 dollars 20 cents | n=1; value=5.2",
        "money-words | £3 and 50p | n=1; value=3.5; currency=GBP",
        "money-words | 60 cents | value=0.6; currency=USD",
        "money-words | a 20p coin | value=0.2; currency=GBP",
        "money-words | $5 and 20 people | match=$5; value=5; currency=USD",
        "money-words | two point five million | value=2500000",
        "money-words | three point one four | value=3.14",
        "money-words | one point five billion dollars | value=1500000000; currency=USD",
        "money-words | at one point he left | n=1; value=1; text=one",
        "money-words | billions of dollars | low=2000000000; high=10000000000; currency=USD; kind=money",
        "money-words | tens of billions of dollars | low=20000000000; high=100000000000; currency=USD",
        "money-words | millions of people | low=2000000; unit=people; kind=count",
        "money-words | 2 billions | value=2000000000",
        "money-words | 1.5e6 particles | value=1500000; unit=particles",
        "money-words | 3E-4 | value=0.0003",
        "money-words | 2.1e9 dollars | value=2100000000; currency=USD",
    ]

    static let pounds = [
        "pounds | 5 pounds of flour | value=5; unit=pound; kind=measure; currency=nil",
        "pounds | he lost 20 pounds | value=20; unit=pound; kind=measure",
        "pounds | it weighs about 200 pounds | value=200; unit=pound; hedge=about",
        "pounds | a 300-pound man | value=300; unit=pound",
        "pounds | 5 pounds sterling | value=5; currency=GBP; kind=money",
        "pounds | £5 | value=5; currency=GBP",
        "pounds | it cost 5 pounds | value=5; currency=GBP",
        "pounds | she earns 500 pounds a week | value=500; currency=GBP",
        "pounds | the company lost 5 million pounds | value=5000000; currency=GBP",
        "pounds | 10 lbs | value=10; unit=pound",
    ]

    static let ages = [
        "age | a 15-year-old boy | value=15; low=15; high=16; hi=open; unit=year; kind=age",
        "age | she is 15 years old | value=15; unit=year; kind=age",
        "age | a two-month-old baby | value=2; unit=month; kind=age",
        "age | a man aged 40 | value=40; low=40; high=41; kind=age",
        "age | about 40 years old | low=36; high=44; kind=age; hedge=about",
        "age | a 15-year sentence | kind=duration; unit=year",
        "age | for 15 years | kind=duration",
    ]

    static let opaque = [
        "opaque | the server 192.168.1.1 replied | n=0",
        "opaque | at 10.0.0.1:8080 | n=0",
        "opaque | see https://example.com/page?id=5&x=10 now | n=0",
        "opaque | visit www.example.com/2019/05/story-123.html | n=0",
        "opaque | example.com/news/2019/05/01/story | n=0",
        "opaque | ?id=5&page=2 | n=0",
        "opaque | (https://t.co/AbC123) 5 people | n=1; value=5; unit=people",
        "opaque | 1.000.000 | value=1000000",
        "opaque | DNS 8.8.8.8 served 5 people | n=1; value=5; unit=people",
    ]

    /// A four-digit year after "in", "since", "by" … and before a name dates the clause; it
    /// does not count the noun after the name.
    static let yearsBeforeNames = [
        "year | In 1995 Adelaide residents voted to keep it. | n=1; match=1995; value=1995; kind=year",
        "year | since 2011 Syrian refugees have crossed | n=1; match=2011; kind=year",
        "year | by 2030 Velmoran farmers will need water | n=1; match=2030; kind=year",
        // Lower case after the figure: a count.
        "year | in 1995 cases the court agreed | n=1; value=1995; kind=count; unit=cases",
        // No cue before it: a count of a known noun.
        "year | They hired 1995 Kestrian workers. | n=1; value=1995; kind=count",
    ]

    static let changes = [
        "change | shares rose 3% | value=3; change=up",
        "change | it fell by 20 points | value=20; change=down",
        "change | prices were up 5% | change=up",
        "change | down 2 points | change=down",
        "change | a 5% drop in sales | value=5; change=down",
        "change | a 12% increase | change=up; counted=increase",
        "change | an increase of 10% | value=10; change=up",
        "change | shares jumped nearly 8% | value=8; hedge=nearly; change=up",
        "change | sales grew by more than 20% | change=up; hedge=more than",
        "change | unemployment rose to 5% | value=5; change=nil",
        "change | unemployment rose from 3% to 5% | n=2; match=3%; change=nil",
        "change | unemployment rose from 3% to 5% | match=5%; change=nil",
        "change | rose 3% to 5% | n=2; match=3%; change=up",
        "change | rose 3% to 5% | match=5%; change=nil",
        "change | unemployment is 5% | change=nil",
        "change | 45% support | change=nil",
        "change | growth of negative 2% | value=-2; change=down",
        "change | prices rose 3-5% | low=3; high=5; change=up",
        "change | Shares closed at $83.08, down 0.1% | match=0.1%; change=down",
        "change | shares were 3% higher | change=up",
        "change | our men gunned down 25 of the insurgents | change=nil",
        "change | he woke up less than 48 hours later | change=nil",
        "change | clear this one up quickly | change=nil",
        "change | a 5-foot-10 man | unit=foot; change=nil",
    ]

    static let versions = [
        // A decimal after a name, any number after a name with an inner capital: a version.
        "version | the new USB 3.0 port | kind=code; value=3",
        "version | Velmora OS 2.1 users complained | kind=code",
        "version | iPhone 6 users complained | kind=code; value=6",
        "version | bending iPhone 6 units in stores | kind=code",
        "version | no iOS 8 backups | kind=code",
        "version | my iPad 3 froze | kind=code",
        // Before a scale, a unit or a currency, or at a sentence's start: an amount.
        "version | Acme sold 2.5 million phones | kind=count",
        "version | eBay 2.5 million listings | value=2500000",
        "version | 3.5 km from the town | unit=kilometre",
    ]
}

@Suite("Quantity failure classes")
struct QuantityFailureClassTests {
    @Test("a version after a product's name is no count", arguments: QuantityFailureClasses.versions.map(QuantityCase.init))
    func versions(_ c: QuantityCase) { c.verify() }

    @Test("letter-prefixed amounts", arguments: QuantityFailureClasses.letterPrefixed.map(QuantityCase.init))
    func letterPrefixed(_ c: QuantityCase) { c.verify() }

    @Test("a range joins amounts of one kind", arguments: QuantityFailureClasses.rangeKinds.map(QuantityCase.init))
    func rangeKinds(_ c: QuantityCase) { c.verify() }

    @Test("signs in words and symbols", arguments: QuantityFailureClasses.signs.map(QuantityCase.init))
    func signs(_ c: QuantityCase) { c.verify() }

    @Test("a leading decimal point", arguments: QuantityFailureClasses.leadingPoint.map(QuantityCase.init))
    func leadingPoint(_ c: QuantityCase) { c.verify() }

    @Test("m: metres or millions", arguments: QuantityFailureClasses.metresOrMillions.map(QuantityCase.init))
    func metresOrMillions(_ c: QuantityCase) { c.verify() }

    @Test("units glued to digits", arguments: QuantityFailureClasses.gluedUnits.map(QuantityCase.init))
    func gluedUnits(_ c: QuantityCase) { c.verify() }

    @Test("a couple, a few, dozens", arguments: QuantityFailureClasses.vague.map(QuantityCase.init))
    func vague(_ c: QuantityCase) { c.verify() }

    @Test("money and numbers in words, plurals, exponents", arguments: QuantityFailureClasses.moneyWords.map(QuantityCase.init))
    func moneyWords(_ c: QuantityCase) { c.verify() }

    @Test("pounds: weight or money", arguments: QuantityFailureClasses.pounds.map(QuantityCase.init))
    func pounds(_ c: QuantityCase) { c.verify() }

    @Test("ages", arguments: QuantityFailureClasses.ages.map(QuantityCase.init))
    func ages(_ c: QuantityCase) { c.verify() }

    @Test("IP addresses and URLs give nothing", arguments: QuantityFailureClasses.opaque.map(QuantityCase.init))
    func opaque(_ c: QuantityCase) { c.verify() }

    @Test("a year before a name is a year", arguments: QuantityFailureClasses.yearsBeforeNames.map(QuantityCase.init))
    func yearsBeforeNames(_ c: QuantityCase) { c.verify() }

    @Test("changes and their direction", arguments: QuantityFailureClasses.changes.map(QuantityCase.init))
    func changes(_ c: QuantityCase) { c.verify() }

    @Test("a change's direction is in the JSON, after the existing keys")
    func changeInJSON() {
        let q = QuantityFixture.extractor.quantities(in: "shares rose 3%")
        #expect(q.count == 1)
        let line = q[0].jsonValue.serialized
        #expect(line.hasSuffix(#""counted":null,"change":"up"}"#), "\(line)")
    }
}
