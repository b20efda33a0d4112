import Foundation
import Testing
@testable import CrossCheck

/// The typed readers (`ModelDecoding.claim(line:)` and the others) give what the general path
/// (`foundationObject` + `ModelDecoding`) gives for the same line, and give up (nil) on a line
/// of another shape, so that the caller's general path decides it as before.
@Suite("Typed line decoding")
struct TypedLineDecodingTests {
    static func general(_ line: String) -> [String: Any]? {
        var line = line
        return line.withUTF8 { bytes in
            var scanner = JSONLineScanner(bytes)
            return try? scanner.foundationObject()
        }
    }

    static func typed<T>(_ line: String, _ read: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        var line = line
        return line.withUTF8 { read($0) }
    }

    static let claims: [Claim] = {
        var full = Claim(id: "c1", document: "doc \"1\"", sentence: 3, start: 10, end: 24, rule: "frame.quantity",
                         topic: Topic(subject: "jobs é", predicate: "count", slots: ["b": "2", "a": "1\n"]),
                         value: ClaimValue(value: 9000, low: 8000, high: .infinity, unit: "job", text: "about 9,000",
                                           partOf: 28500, increment: true),
                         polarity: .negative, modality: .denied, attribution: Attribution(speaker: "the spokesman", via: "Wire"),
                         date: "2026-06-02", text: "cut about 9,000 jobs", sentenceText: "It will cut about 9,000 jobs.\u{1F600}",
                         sentenceStart: 4, source: "Outlet", field: .title)
        full.frame = ClaimFrame(measure: "job", measureClass: "job", event: "job cuts", lemma: "cut", holder: "Acme",
                                object: nil, place: "Europe", time: "2026-06-02")
        var bare = Claim(id: "c2", document: "d", sentence: -1, start: 0, end: 0, rule: "r", topic: Topic(subject: "", predicate: "p"),
                         value: ClaimValue(value: .nan, low: -.infinity, high: .infinity, unit: nil, text: ""),
                         polarity: .positive, modality: .asserted, attribution: Attribution(speaker: nil, via: nil),
                         date: nil, text: "", sentenceText: "", sentenceStart: 0, source: nil)
        bare.frame = ClaimFrame()
        let noValue = Claim(id: "c3", document: "d", sentence: 0, start: 5, end: 9, rule: "r", topic: Topic(subject: "s", predicate: "p"),
                            value: nil, polarity: .positive, modality: .speculative, attribution: Attribution(speaker: "x", via: nil),
                            date: nil, text: "t\\u", sentenceText: "a\tb", sentenceStart: 5, source: nil)
        return [full, bare, noValue]
    }()

    @Test func claimsWrittenByTheStagesReadBackAsTheGeneralPathReadsThem() throws {
        for claim in Self.claims {
            let line = claim.jsonValue.serialized
            let typed = try #require(Self.typed(line, ModelDecoding.claim(line:)))
            let general = try ModelDecoding.claim(try #require(Self.general(line)))
            #expect(typed.jsonValue.serialized == general.jsonValue.serialized)
            #expect(typed.jsonValue.serialized == line)
        }
    }

    @Test(arguments: [
        // Keys in another order, repeated keys (the last wins),
        // nulls where the general path gives a default, an escaped key, -0 as an integer.
        #"{"text":"t","id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"reported","topic":{"predicate":"p","subject":"s","slots":null},"value":{"value":-0,"low":null,"high":1e3,"text":null,"increment":null},"attribution":null,"polarity":null,"field":null,"sentence_start":null,"sentence_text":null}"#,
        #"{"id":"a","id":"b","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","topic":{"subject":"s","predicate":"p"},"frame":{"measure":"m","measure":null},"value":{"value":1},"value":null,"\u0074ext":"t","attribution":{"speaker":"x"},"attribution":{"via":"y"}}"#,
    ])
    func unusualButValidClaimsReadAsTheGeneralPathReadsThem(line: String) throws {
        let general = try ModelDecoding.claim(try #require(Self.general(line)))
        let typed = try #require(Self.typed(line, ModelDecoding.claim(line:)))
        #expect(typed.jsonValue.serialized == general.jsonValue.serialized)
    }

    @Test(arguments: [
        #"{"id":"i","document":"d","sentence":1.0,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p","slots":{"a":1}}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"},"value":{"increment":1}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"},"date":7}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"sure","text":"t","topic":{"subject":"s","predicate":"p"}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","topic":{"subject":"s","predicate":"p"}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"},}"#,
        #"{"id":"i"} x"#,
        // A key this reader does not know (a field added to the model): the general path reads it.
        #"{"zz":{"a":[1,{"b":null}]},"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"}}"#,
        #"{"id":"i","document":"d","sentence":1,"start":2,"end":3,"rule":"r","modality":"asserted","text":"t","topic":{"subject":"s","predicate":"p"},"frame":{"measure":"m","mood":"x"}}"#,
    ])
    func otherShapesAreLeftToTheGeneralPath(line: String) {
        #expect(Self.typed(line, ModelDecoding.claim(line:)) == nil)
    }

    @Test func documentsAndFindingsReadBackAsTheGeneralPathReadsThem() throws {
        let documents = [
            Document(id: "a/b", path: "a/b.txt", url: "https://x.example/", title: "T \"q\"", publisher: "P", author: "A",
                     published: "2026-01-02T03:04:05Z", modified: nil, description: "d", language: "en", body: "One.\n\nTwo é.",
                     dropped: [DroppedBlock(text: "Menu", reason: "menu"), DroppedBlock(text: "", reason: "caption")], story: "s1"),
            Document(id: "c", path: "", body: ""),
        ]
        for document in documents {
            let line = document.jsonValue.serialized
            let typed = try #require(Self.typed(line, ModelDecoding.document(line:)))
            #expect(typed == (try ModelDecoding.document(try #require(Self.general(line)))))
            #expect(typed == document)
        }
        let odd = #"{"body":"b","id":"x","path":null,"dropped":[{"reason":"r"},{}]}"#
        #expect(Self.typed(odd, ModelDecoding.document(line:)) == (try ModelDecoding.document(try #require(Self.general(odd)))))
        #expect(Self.typed(#"{"body":"b","id":"x","extra":[1,2]}"#, ModelDecoding.document(line:)) == nil)
        #expect(Self.typed(#"{"id":"x","body":"b","dropped":[null]}"#, ModelDecoding.document(line:)) == nil)

        let finding = Finding(id: "f", kind: .singleSource, story: "s", event: "measure job", topic: Topic(subject: "s", predicate: "p",
                              slots: ["k": "v"]), claims: ["c1", "c2"], sources: 2, explanation: "why")
        let line = finding.jsonValue.serialized
        let typed = try #require(Self.typed(line, ModelDecoding.finding(line:)))
        #expect(typed == (try ModelDecoding.finding(try #require(Self.general(line)))))
        #expect(typed == finding)
        #expect(Self.typed(#"{"id":"f","kind":"nope","topic":{"subject":"s","predicate":"p"}}"#, ModelDecoding.finding(line:)) == nil)
    }
}
