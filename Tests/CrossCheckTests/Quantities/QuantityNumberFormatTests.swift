import Testing
@testable import CrossCheck

/// Number formats found by scoring the quantity stage on public price and quantity suites
/// (docs/public-sets.md); the inputs are our own. Format: see `QuantityCase`.
enum QuantityNumberFormats {
    static let decimalComma = [
        "comma | a fine of 35,70 € | value=35.7; currency=EUR; kind=money",
        "comma | it sold for € 1.250,50 | value=1250.5; currency=EUR",
        "comma | petrol at 1,9 € a litre | value=1.9; currency=EUR",
        "comma | the 12,500 troops | value=12500",
        "comma | 1,234,567.89 tonnes | value=1234567.89",
        "comma | a 2.109 million budget | value=2109000",
        "comma | rows 1,2,3 and 4 | n=4; value=1",
        "comma | rows 1,2,3 and 4 | match=2; value=2",
        "comma | grades 4,5 and 6 | match=4,5; value=4.5",
        "comma | scores of 7,25.5 | match=7; value=7",
    ]

    static let spacedThousands = [
        "spaced | it cost 10 000 dollars | value=10000; currency=USD; kind=money",
        "spaced | a bill of 1\u{A0}298,00 € | value=1298; currency=EUR",
        "spaced | some 2 500 000 people | value=2500000",
        "spaced | paid 3 200 руб. | value=3200; currency=RUB",
        "spaced | he ran the 5 100m twice | n=2; value=5",
        "spaced | three 3 100-metre races | match=100-metre; value=100; unit=metre",
        "spaced | call 555 123 4567 now | match=555; value=555",
        "spaced | call 0800 555 111 today | match=555; value=555",
        "spaced | in 2019 100 people left | value=2019",
        "spaced | 245 23 things | value=245",
    ]

    static let currenciesAfter = [
        "after | a ticket for 450 Kč | value=450; currency=CZK; kind=money",
        "after | it costs 12,99 zł | value=12.99; currency=PLN",
        "after | a fee of 199 грн. | value=199; currency=UAH",
        "after | 5 000 HUF | value=5000; currency=HUF",
        "after | 29 RON | value=29; currency=RON",
        "after | 880,000 ₫ | value=880000; currency=VND",
        "after | ฿ 120 | value=120; currency=THB",
        "after | ৳500 | value=500; currency=BDT",
        "whole | a room for Rp 350.000 a night | value=350000; currency=IDR",
        "whole | 12.000 dong | value=12000; currency=VND",
        "whole | Rp 1.5 trillion | value=1500000000000; currency=IDR",
        "whole | Rp 12.5 | value=12.5; currency=IDR",
        "whole | costs $1.500 | value=1.5; currency=USD",
    ]

    static let units = [
        "unit | a 2,000 sq ft house | value=2000; unit=square foot; kind=measure",
        "unit | 40 square miles of forest | value=40; unit=square mile",
        "unit | 3 to 4 L of water | low=3; high=4; unit=litre",
        "unit | six gallons of fuel | value=6; unit=gallon",
        "unit | a 3nm chip | value=3; unit=nanometre",
        "unit | 1.2 TWh a year | value=1.2; unit=terawatt-hour",
        "unit | 50 Wh batteries | value=50; unit=watt-hour",
        "unit | 12 PB of data | value=12; unit=petabyte",
        "unit | 500 m³ of gas | value=500; unit=cubic metre",
        "unit | 13.6 TeV collisions | value=13.6",
    ]

    static let sharedUnits = [
        "shared | they were given 45 and 50 mg | value=45; unit=milligram; kind=measure",
        "shared | it lasts two or three days | value=2; unit=day; kind=duration",
        "shared | five or six dollars each | value=5; currency=USD; kind=money",
        "shared | paid $5 or 6 times | match=6; currency=nil",
        "shared | the iPhone 5, 5c or 6 | value=5; kind=code",
        "shared | about 3 and 5 km | value=3; kind=number",
        "shared | in 2019 and 2020 km | value=2019; kind=year",
    ]

    static let mixedFractions = [
        "fraction | a 2 1/2 inch pipe | value=2.5; unit=inch; kind=measure",
        "fraction | it took 3 1/4 hours | value=3.25; unit=hour",
        "fraction | over 6 1/2 feet | value=6.5; unit=foot",
        "fraction | on 12 3/4 | value=12.75",
        "fraction | rooms 5 12/31 | match=5; value=5",
    ]

    static let clockTimes = [
        "clock | the alarm was raised at 4.45pm | value=1645; kind=time",
        "clock | at 9.05 a.m. on Monday | value=905; kind=time",
        "clock | at 12.30am | value=30; kind=time",
        "clock | it grew 4.45 percent | value=4.45; kind=percent",
        "clock | a score of 2.75 in the test | value=2.75; kind=number",
        "clock | at 4.75pm | value=4.75",
    ]
}

@Suite("Quantity number formats")
struct QuantityNumberFormatTests {
    @Test("a comma and one or two digits is a decimal comma", arguments: QuantityNumberFormats.decimalComma.map(QuantityCase.init))
    func decimalComma(_ c: QuantityCase) { c.verify() }

    @Test("thousands grouped by spaces", arguments: QuantityNumberFormats.spacedThousands.map(QuantityCase.init))
    func spacedThousands(_ c: QuantityCase) { c.verify() }

    @Test("currencies written after the amount", arguments: QuantityNumberFormats.currenciesAfter.map(QuantityCase.init))
    func currenciesAfter(_ c: QuantityCase) { c.verify() }

    @Test("areas, volumes, energy, data", arguments: QuantityNumberFormats.units.map(QuantityCase.init))
    func units(_ c: QuantityCase) { c.verify() }

    @Test("a unit shared by listed numbers", arguments: QuantityNumberFormats.sharedUnits.map(QuantityCase.init))
    func sharedUnits(_ c: QuantityCase) { c.verify() }

    @Test("a whole number and a fraction", arguments: QuantityNumberFormats.mixedFractions.map(QuantityCase.init))
    func mixedFractions(_ c: QuantityCase) { c.verify() }

    @Test("clock times with a point", arguments: QuantityNumberFormats.clockTimes.map(QuantityCase.init))
    func clockTimes(_ c: QuantityCase) { c.verify() }
}
