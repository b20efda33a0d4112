import Testing
@testable import CrossCheck

/// `quantities --jsonl` writes each quantity straight into bytes; they must be the bytes of
/// its `jsonValue` (the documented form), with the record's id first.
@Suite("Quantity JSON")
struct QuantityJSONTests {
    static let text = """
        About 4,500 of the 28,500 US troops left; 45% of voters said "no". The fund holds $3-4 million \
        (up 3.5%), over €20bn, nearly 1.5 million people, a five-year plan, 10 km, 1e20 grains and \
        between 3,000 and 4,000 <pages> on 12 May 2019 at 5 p.m.; call 555-0100. Prices rose 3% and fell by 20 points.
        """

    @Test func theBytesOfTheJSONValue() {
        let quantities = QuantityFixture.extractor.quantities(in: Self.text)
        #expect(quantities.count >= 12)
        #expect(quantities.contains { $0.high == .infinity } && quantities.contains { $0.change != nil })
        for q in quantities {
            guard case .object(let pairs) = q.jsonValue else {
                Issue.record("not an object")
                continue
            }
            var writer = JSONByteWriter(capacity: 16)
            q.write(into: &writer, id: "doc \"1\"")
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONValue.object([("id", .string("doc \"1\""))] + pairs).serialized)
            writer.removeAll()
            q.write(into: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == q.jsonValue.serialized)
        }
    }
}
