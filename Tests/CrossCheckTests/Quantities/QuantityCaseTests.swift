import Testing
@testable import CrossCheck

/// Table-driven cases, one table per category of the issue. Format: see `QuantityCase`.
enum QuantityCases {
    static let digits = [
        "digits | 4,500 troops | value=4500; low=4450; high=4550; lo=closed; hi=open; unit=troops; kind=count",
        "digits | 28,500 | value=28500; low=28450; high=28550; kind=number",
        "digits | a score of 44.39 | value=44.39",
        "digits | 1,000,000.5 | value=1000000.5",
        "digits | temperatures of -3.5 | value=-3.5",
        "digits | a change of +12 | value=12",
        "digits | 5k runners | value=5000; unit=runners; kind=count",
        "digits | a 10K race | value=10000",
        "digits | 3bn | value=3000000000",
        "digits | 2.5m | value=2500000",
        "digits | 5 mn | value=5000000",
        "digits | 1.2 tn | value=1200000000000",
        "digits | 7 trillion | value=7000000000000",
        "digits | 4 billion | value=4000000000",
        "digits | 12 thousand | value=12000",
        "digits | 2 lakh | value=200000",
        "digits | 3 crore | value=30000000",
        "digits | 1,00,000 | value=100000",
        "digits | 12,34,567 | value=1234567",
        "digits | 0.5 | value=0.5",
        "digits | 1.000.000 | value=1000000",
        "digits | 100 people | value=100; low=95; high=105; unit=people",
        "digits | 1,234 votes | value=1234; low=1233.5; high=1234.5; unit=votes",
        "digits | 1.5 million | value=1500000; low=1450000; high=1550000",
        "digits | 2,000,000 | value=2000000",
        "digits | 9.5bn | value=9500000000",
        "digits | 12,345,678 | value=12345678",
        "digits | 0.75 | value=0.75",
        "digits | 3.14159 | value=3.14159",
        "digits | 1,050 | value=1050; low=1045; high=1055",
    ]

    static let words = [
        "words | four thousand five hundred | value=4500",
        "words | twenty-one | value=21",
        "words | twenty one | value=21",
        "words | a dozen eggs | value=12; unit=eggs",
        "words | two dozen | value=24",
        "words | dozens of people | value=24; low=24; high=120; hi=open; unit=people",
        "words | a hundred | value=100",
        "words | one hundred and five | value=105",
        "words | half a million | value=500000",
        "words | one and a half | value=1.5",
        "words | one and a half million | value=1500000",
        "words | two-thirds | value=0.6666666666666666",
        "words | two thirds | value=0.6666666666666666",
        "words | a quarter | value=0.25",
        "words | three quarters | value=0.75",
        "words | a third | value=0.3333333333333333",
        "words | a half | value=0.5",
        "words | three and a half | value=3.5",
        "words | seven | value=7",
        "words | ninety-nine | value=99",
        "words | a million | value=1000000",
        "words | two million | value=2000000",
        "words | thousands | low=2000; high=10000",
        "words | hundreds of thousands | low=200000; high=1000000",
        "words | tens of thousands | low=20000; high=100000",
        "words | millions | low=2000000; high=10000000",
        "words | twelve hundred | value=1200",
        "words | zero | value=0",
        "words | one third | value=0.3333333333333333",
        "words | a fifth | value=0.2",
        "words | fifty-five thousand | value=55000",
        "words | one million two hundred thousand | value=1200000",
        "words | nineteen | value=19",
        "mixed | 1.5 million | value=1500000",
        "mixed | a 3 million-strong army | value=3000000; text=3 million-strong",
        "mixed | 3/4 | value=0.75",
        "mixed | 1/2 | value=0.5",
        "mixed | 2/3 | value=0.6666666666666666",
        "mixed | 2 million | value=2000000",
        "mixed | 4.5 thousand | value=4500",
    ]

    static let percents = [
        "percent | 45% | value=45; low=44.5; high=45.5; unit=%; kind=percent",
        "percent | 45 percent | value=45; unit=%; kind=percent",
        "percent | 45 per cent | value=45; unit=%; kind=percent",
        "percent | 45 pct | value=45; unit=%",
        "percent | 4.5% | value=4.5; low=4.45; high=4.55",
        "percent | rose 3 percentage points | value=3; unit=percentage point; kind=percent",
        "percent | 2 percentage points | unit=percentage point",
        "percent | -2.3% | value=-2.3; kind=percent",
        "percent | 50 basis points | value=50; unit=basis point; kind=percent",
        "percent | 45% support | counted=support; unit=%",
        "percent | 45% of voters | counted=voters; unit=%",
        "percent | about 30% | low=27; high=33; hedge=about",
        "percent | more than 50% | low=50; high=inf; lo=open",
        "percent | up to 20% | low=0; high=20; hi=closed",
        "percent | 45-50% | low=45; high=50; unit=%; kind=percent",
        "percent | between 10% and 20% | low=10; high=20; unit=%",
        "percent | 100% | value=100",
        "percent | 0.5% | value=0.5",
        "percent | a 12% increase | value=12; counted=increase",
        "percent | two percent | value=2; unit=%",
        "percent | ten per cent | value=10; unit=%",
        "percent | 36% and gained | counted=nil; kind=percent",
    ]

    static let money = [
        "money | $1 billion | value=1000000000; currency=USD; unit=USD; kind=money",
        "money | US$5m | value=5000000; currency=USD",
        "money | USD 5 million | value=5000000; currency=USD",
        "money | 5 million dollars | value=5000000; currency=USD",
        "money | €20 | value=20; currency=EUR",
        "money | £3.2bn | value=3200000000; currency=GBP",
        "money | ¥100 | value=100; currency=JPY",
        "money | Rs 50 crore | value=500000000; currency=INR",
        "money | $ 75 million | value=75000000; currency=USD",
        "money | ₹2,000 | value=2000; currency=INR",
        "money | $5 | value=5; currency=USD",
        "money | $4.5 trillion | value=4500000000000",
        "money | EUR 300 | value=300; currency=EUR",
        "money | 300 euros | value=300; currency=EUR",
        "money | 20 € | value=20; currency=EUR",
        "money | A$10m | value=10000000; currency=AUD",
        "money | HK$2bn | value=2000000000; currency=HKD",
        "money | C$1.5 billion | value=1500000000; currency=CAD",
        "money | £450,000 | value=450000; currency=GBP",
        "money | $3-4 million | low=3000000; high=4000000; currency=USD",
        "money | $10 to $20 | low=10; high=20; value=15",
        "money | about $5 million | low=4500000; high=5500000; hedge=about",
        "money | 5,000 yuan | value=5000; currency=CNY",
        "money | 1 million won | value=1000000; currency=KRW",
        "money | Rs. 500 | value=500; currency=INR",
        "money | INR 1,200 | value=1200; currency=INR",
        "money | 100 rupees | value=100; currency=INR",
        "money | $5 billion annually | value=5000000000; counted=nil",
        "money | ₩1 trillion | value=1000000000000; currency=KRW",
        "money | $2.5bn | value=2500000000",
        "money | $1 billion | low=950000000; high=1050000000",
    ]

    static let ranges = [
        "range | between 3,000 and 4,000 | low=3000; high=4000; value=3500; lo=closed; hi=closed",
        "range | 3,000-4,000 | low=3000; high=4000",
        "range | 3,000 to 4,000 | low=3000; high=4000",
        "range | from 10 to 20 | low=10; high=20; value=15",
        "range | 3,000–4,000 | low=3000; high=4000",
        "range | 10-20 people | low=10; high=20; unit=people; kind=count",
        "range | between 5 and 10 years | low=5; high=10; unit=year; kind=duration",
        "range | 3 to 4 million | low=3000000; high=4000000",
        "range | 20 to 30 percent | low=20; high=30; kind=percent",
        "range | 2020-2021 | low=2020; high=2021; kind=year",
        "range | from 10 to 20 years | low=10; high=20; kind=duration",
        "range | between $1 million and $2 million | low=1000000; high=2000000; currency=USD",
        "range | 10 – 20 | low=10; high=20",
        "range | 10 - 20 | low=10; high=20",
        "range | about 3,000-4,000 | low=2700; high=4400",
        "range | two to three | low=2; high=3",
        "range | between two and three | low=2; high=3",
        "range | 5,000-10,000 troops | low=5000; high=10000; unit=troops",
        "range | 1.5-2 billion | low=1500000000; high=2000000000",
        "range | 15 to 20 km | low=15; high=20; unit=kilometre; kind=measure",
    ]

    static let hedges = [
        "hedge | approximately 4,500 | low=4050; high=4950; lo=closed; hi=closed; hedge=about",
        "hedge | about 100 | low=90; high=110",
        "hedge | around 20 | low=18; high=22",
        "hedge | roughly 1,000 | low=900; high=1100",
        "hedge | some 300 | low=270; high=330",
        "hedge | an estimated 2,000 | low=1800; high=2200",
        "hedge | nearly 300 | low=270; high=300; hi=open; hedge=nearly",
        "hedge | almost 50 | low=45; high=50; hi=open",
        "hedge | over 100 | low=100; high=inf; lo=open; hedge=more than",
        "hedge | more than 200 | low=200; high=inf; lo=open",
        "hedge | above 5 | low=5; high=inf",
        "hedge | at least 12 | low=12; high=inf; lo=closed; hi=open; hedge=at least",
        "hedge | up to 5,000 | low=0; high=5000; hi=closed; hedge=up to",
        "hedge | at most 10 | low=0; high=10",
        "hedge | under 100 | low=0; high=100; hi=open; hedge=under",
        "hedge | fewer than 50 | low=0; high=50; hi=open",
        "hedge | less than 1% | low=0; high=1; kind=percent",
        "hedge | no more than 3 | low=0; high=3",
        "hedge | as many as 400 | low=0; high=400",
        "hedge | in excess of $2 billion | low=2000000000; high=inf; currency=USD",
        "hedge | just over 2,000 | low=2000; high=2200; lo=open; hi=closed",
        "hedge | just under 1,000 | low=900; high=1000; hi=open",
        "hedge | 5,000 or more | low=5000; high=inf; hedge=or more",
        "hedge | 40-odd | low=36; high=44; value=40",
        "hedge | 4,500+ | low=4500; high=inf",
        "hedge | exactly 17 | low=17; high=17",
        "hedge | more than a dozen | low=12; high=inf; lo=open",
        "hedge | nearly half a million | low=450000; high=500000",
        "hedge | 300 or so | low=270; high=330",
        "hedge | Roughly 44.39 million citizens | value=44390000; low=39951000; high=48829000; unit=citizens",
    ]

    static let counted = [
        "counted | 28,500 US troops | unit=troops; counted=troops; kind=count",
        "counted | the 28,500 U.S. troops | unit=troops",
        "counted | 44.39 million citizens | unit=citizens",
        "counted | 5 of the soldiers | unit=soldiers",
        "counted | 44.39 million eligible voters | unit=voters",
        "counted | 63 active-duty military personnel | unit=personnel",
        "counted | 12 people were killed | unit=people",
        "counted | 3 Israeli soldiers | unit=soldiers",
        "counted | 200 new jobs | unit=jobs",
        "counted | 15 wounded | unit=wounded",
        "counted | 7 ships sank | unit=ships",
        "counted | 1,200 registered voters | unit=voters",
        "counted | 10 children | unit=children",
        "counted | 2,000 protesters | unit=protesters",
        "counted | approximately 4,500 of the 28,500 US troops | match=approximately 4,500; part=28500; unit=troops; kind=count",
        "counted | approximately 4,500 of the 28,500 US troops | match=28,500; unit=troops; part=nil",
        "counted | two of the three | part=3",
        "counted | the 30 members | unit=members",
        "counted | 1900 soldiers | value=1900; kind=count; unit=soldiers",
        "counted | 350 houses were destroyed | unit=houses",
        "counted | 4,500 of them | unit=nil; kind=number",
    ]

    static let nonCount = [
        "non-count | the 2016 coup attempt | kind=year; value=2016",
        "non-count | in 2016 | kind=year",
        "non-count | on June 3 | kind=date; value=603",
        "non-count | March 20, 2025 | kind=date; value=20250320",
        "non-count | K1E1 tank | n=0",
        "non-count | over 737 Max crashes | kind=code; value=737",
        "non-count | 23 May 2025 | kind=date; value=20250523",
        "non-count | 18:38 | kind=time; value=1838",
        "non-count | +91-720-6444012 | kind=phone",
        "non-count | 23-08-2025 | kind=date; value=20250823",
        "non-count | 2025-08-23 | kind=date; value=20250823",
        "non-count | the fifth round | kind=ordinal; value=5",
        "non-count | the 5th round | kind=ordinal; value=5",
        "non-count | the 21st century | kind=ordinal; value=21",
        "non-count | F-35 jets | kind=code; value=35",
        "non-count | see page 42 | kind=code",
        "non-count | section 230 | kind=code",
        "non-count | No. 7 | kind=code",
        "non-count | COVID-19 | kind=code",
        "non-count | the 1990s | kind=year; value=1990",
        "non-count | at 6 pm | kind=time; value=1800",
        "non-count | 9/11 | kind=date",
        "non-count | 24/7 | kind=code",
        "non-count | a Boeing 737 crashed | kind=code",
        "non-count | a 5G network | kind=code",
        "non-count | the second round | kind=ordinal; value=2",
        "non-count | at 10:30 a.m. | kind=time; value=1030",
        "non-count | Jul. 31, 2017 | kind=date; value=20170731",
        "non-count | call 555-123-4567 | kind=phone",
        "non-count | Article 5 | kind=code",
        "non-count | Flight 370 | kind=code",
        "non-count | since 1998 | kind=year",
        "non-count | 23 May 2025 18:38 | match=18:38; kind=time",
        "non-count | © Copyright 2025 | kind=year",
        "non-count | twenty-first | kind=ordinal; value=21",
        "non-count | a five-year cost-sharing agreement | kind=duration; unit=year; value=5",
        "non-count | a 65-year-old man | kind=duration; unit=year; value=65",
    ]

    static let seeds = [
        "seed | withdrawing approximately 4,500 of the 28,500 US troops currently stationed | match=approximately 4,500; value=4500; low=4050; high=4950; unit=troops; part=28500; kind=count",
        "seed | withdrawing approximately 4,500 of the 28,500 US troops currently stationed | match=28,500; low=28450; high=28550; unit=troops; kind=count",
        "seed | contributions for the 28,500 U.S. troops stationed in South Korea | value=28500; unit=troops; kind=count",
        "seed | South Korea currently spends over $1 billion annually, but | value=1000000000; low=1000000000; high=inf; lo=open; currency=USD; kind=money",
        "seed | Roughly 44.39 million citizens are eligible to vote. | value=44390000; unit=citizens; hedge=about; kind=count",
        "seed | holds a narrowing lead in the polls, with 45% support. | value=45; kind=percent; counted=support",
        "seed | has climbed to 36% and gained traction | value=36; kind=percent",
        "seed | signed a five-year cost-sharing agreement last year | value=5; unit=year; kind=duration",
        "seed | orchestrating the 2016 coup attempt | kind=year",
        "seed | a snap presidential election on June 3, following | kind=date",
        "seed | in Yeoncheon, South Korea, on March 20, 2025 (AP Photo) | kind=date; text=March 20, 2025",
        "seed | A South Korean army K1E1 tank crosses a floating bridge | n=0",
        "seed | Boeing reaches deal with DoJ to avoid prosecution over 737 Max crashes | kind=code",
        "seed | 23 May 2025 18:38 | n=2",
        "seed | Phone: +91-720-6444012, +91-7027739813, 14, 15 | kind=phone; text=+91-720-6444012",
        "seed | The fifth round of Iran-US talks ended after three and a half hours. | match=three and a half hours; value=3.5; kind=duration; unit=hour",
        "seed | arrest warrants for 63 active-duty military personnel | value=63; unit=personnel; kind=count",
        "seed | Updated: 23-08-2025 06:18 IST | kind=date; n=2",
    ]
}

@Suite("Quantity cases")
struct QuantityCaseTests {
    @Test("digits, separators, signs and scales", arguments: QuantityCases.digits.map(QuantityCase.init))
    func digits(_ c: QuantityCase) { c.verify() }

    @Test("numbers in words and mixed forms", arguments: QuantityCases.words.map(QuantityCase.init))
    func words(_ c: QuantityCase) { c.verify() }

    @Test("percentages", arguments: QuantityCases.percents.map(QuantityCase.init))
    func percents(_ c: QuantityCase) { c.verify() }

    @Test("money", arguments: QuantityCases.money.map(QuantityCase.init))
    func money(_ c: QuantityCase) { c.verify() }

    @Test("ranges", arguments: QuantityCases.ranges.map(QuantityCase.init))
    func ranges(_ c: QuantityCase) { c.verify() }

    @Test("hedges and bounds", arguments: QuantityCases.hedges.map(QuantityCase.init))
    func hedges(_ c: QuantityCase) { c.verify() }

    @Test("what the number counts", arguments: QuantityCases.counted.map(QuantityCase.init))
    func counted(_ c: QuantityCase) { c.verify() }

    @Test("what is not a count", arguments: QuantityCases.nonCount.map(QuantityCase.init))
    func nonCount(_ c: QuantityCase) { c.verify() }

    @Test("seed articles", arguments: QuantityCases.seeds.map(QuantityCase.init))
    func seeds(_ c: QuantityCase) { c.verify() }
}
