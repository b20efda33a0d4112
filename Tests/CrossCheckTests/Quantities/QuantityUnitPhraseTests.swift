import Testing
@testable import CrossCheck

/// How units are written around a number: "in" as inches, "a gallon", rates, powers, a range
/// whose first end waits for the unit, "one-half", ranges below zero, "no one", coins and more units.
/// Classes found by scoring on quantulum3's sentences (docs/public-sets.md, "Second round"); the
/// inputs are our own. Format: see `QuantityCase`.
enum QuantityUnitPhrases {
    static let inches = [
        "in | the shelf is 3 1/2 in thick | value=3.5; unit=inch; kind=measure",
        "in | a board 12 in wide | value=12; unit=inch",
        "in | the crack was 4 in long and 1 in deep | n=2; value=4; unit=inch",
        "in | the stamp measures 2 in. | value=2; unit=inch",
        "in | a 6in pipe | value=6; unit=inch",
        "in | the lid (8 in) fits | value=8; unit=inch",
        "in | 7 in 10 voters agree | value=7; unit=nil; kind=number",
        "in | it rose 3 in the morning | value=3; unit=nil",
        "in | they scored 2 in, then left | value=2; unit=nil",
        "in | the Boeing 737 in service | value=737; kind=code",
        "in | trapped 3 in thick fog | value=3; unit=inch",
        "in | the second-in-command | n=1; kind=ordinal",
        "in | 2-in-1 laptops | value=2; unit=nil",
        "in | a new 12in laptop | value=12; unit=inch",
    ]

    static let articleOne = [
        "article | she bought a gallon of paint | value=1; unit=gallon; kind=measure",
        "article | the farm lies a mile east | value=1; unit=mile",
        "article | an acre of vines | value=1; unit=acre",
        "article | a cup of rice | value=1; unit=cup",
        "article | paint at $9 a gallon | n=1; value=9; currency=USD",
        "article | 40 cents a litre more | n=1; value=0.4; currency=USD",
        "article | 30 miles a gallon | n=1; value=30; unit=mile",
        "article | she has a degree in law | n=0",
        "article | he set a foot on deck | n=0",
        "article | a km away | n=0",
        "article | half a mile away | value=0.5; unit=mile",
        "article | less than a kilometre away | value=1; high=1; unit=kilometre",
    ]

    static let rates = [
        "rate | output of 1.2 million barrels per day | value=1200000; unit=barrel per day; kind=measure",
        "rate | it burns 8 L/km | value=8; unit=litre per kilometre",
        "rate | winds of 90 km per hour | value=90; unit=kilometre per hour",
        "rate | 300 kg/ha of seed | value=300; unit=kilogram per hectare",
        "rate | a 50 W/min ramp | value=50; unit=watt per minute",
        "rate | 45 km/h winds | value=45; unit=km/h",
        "rate | 12 kg per cent | value=12; unit=kilogram",
        "rate | paid $20 per hour | value=20; currency=USD; unit=USD",
    ]

    static let powers = [
        "power | a 4km^2 site | value=4; unit=square kilometre; kind=measure",
        "power | 9 m^3 of soil | value=9; unit=cubic metre",
        "power | 4 km squared | value=4; unit=square kilometre",
        "power | 2 m cubed | value=2; unit=cubic metre",
        "power | a 4m^2 room | value=4; unit=square metre",
        "power | 2^10 bits | match=2; unit=nil",
    ]

    static let hangingHyphen = [
        "hyphen | a 10- to 15-minute walk | value=12.5; low=10; high=15; unit=minute; kind=duration",
        "hyphen | a 6- to 8-metre wall | value=7; low=6; high=8; unit=metre; kind=measure",
        "hyphen | 3- to 5-year terms | low=3; high=5; unit=year",
        "hyphen | the 5-10 split | n=1",
    ]

    static let fractionsOfOne = [
        "half | one-half mile east | value=0.5; unit=mile; kind=measure",
        "half | one half of the crew | value=0.5",
        "half | one quarter of voters | value=0.25",
        "half | one and a half hours | value=1.5; unit=hour",
        "half | one-third of seats | value=0.3333333333333333",
    ]

    static let belowZero = [
        "below zero | lows ranged from -18 °C to -34 °C | value=-26; low=-34; high=-18; unit=degree Celsius",
        "below zero | between −5 and −12 degrees | low=-12; high=-5; unit=degree",
        "below zero | listed -5 and -10 | match=-5; value=-5",
        "below zero | it fell from -5 to -10 degrees | n=2; value=-5",
        "below zero | from 10 to 5 km | n=2; value=10",
    ]

    static let pronounOne = [
        "pronoun | no one was hurt | n=0",
        "pronoun | each one sold, which one did not | n=0",
        "pronoun | he said that one bundle was lost | value=1",
        "pronoun | each one of the boats | n=0",
        "pronoun | one of the boats sank | value=1",
        "pronoun | one boat sank | value=1; unit=boat; kind=count",
        "pronoun | no one of 12 crew | n=1; value=12",
    ]

    static let moreUnits = [
        "units | it costs 3 dimes | value=0.3; currency=USD; kind=money",
        "units | 3 dimes and 2 nickels | n=1; value=0.4; currency=USD",
        "units | a 100 cl bottle | value=100; unit=centilitre",
        "units | 2 tbsp of oil and 1 tsp salt | value=2; unit=tablespoon",
        "units | a dose of 14 mGy | value=14; unit=milligray",
        "units | 0.5 Gy | value=0.5; unit=gray",
        "units | 15,000 British thermal units | value=15000; unit=British thermal unit",
        "units | 4 TeV beams | value=4; unit=teraelectronvolt",
        "units | Dime Street 4 | n=1; unit=nil",
    ]
}

@Suite("Quantity unit phrases")
struct QuantityUnitPhraseTests {
    @Test("'in' is inches only with a cue or at a clause's end", arguments: QuantityUnitPhrases.inches.map(QuantityCase.init))
    func inches(_ c: QuantityCase) { c.verify() }

    @Test("an article before a unit is one of it, not after an amount", arguments: QuantityUnitPhrases.articleOne.map(QuantityCase.init))
    func articleOne(_ c: QuantityCase) { c.verify() }

    @Test("a measure per a unit is a rate", arguments: QuantityUnitPhrases.rates.map(QuantityCase.init))
    func rates(_ c: QuantityCase) { c.verify() }

    @Test("squared and cubed units", arguments: QuantityUnitPhrases.powers.map(QuantityCase.init))
    func powers(_ c: QuantityCase) { c.verify() }

    @Test("a range whose first end waits for the unit", arguments: QuantityUnitPhrases.hangingHyphen.map(QuantityCase.init))
    func hangingHyphen(_ c: QuantityCase) { c.verify() }

    @Test("one-half, one quarter", arguments: QuantityUnitPhrases.fractionsOfOne.map(QuantityCase.init))
    func fractionsOfOne(_ c: QuantityCase) { c.verify() }

    @Test("ranges below zero may run downwards", arguments: QuantityUnitPhrases.belowZero.map(QuantityCase.init))
    func belowZero(_ c: QuantityCase) { c.verify() }

    @Test("'one' after no, each, any is a pronoun", arguments: QuantityUnitPhrases.pronounOne.map(QuantityCase.init))
    func pronounOne(_ c: QuantityCase) { c.verify() }

    @Test("coins and units added", arguments: QuantityUnitPhrases.moreUnits.map(QuantityCase.init))
    func moreUnits(_ c: QuantityCase) { c.verify() }
}
