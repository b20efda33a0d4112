import Testing
@testable import CrossCheck

@Test(arguments: [
    "plain", "", "quote \" backslash \\ slash /", "tab\tnewline\ncr\r", "<script>alert(1)</script>",
    "control \u{01}\u{1F}", "line\u{2028}para\u{2029}", "“curly” é 한국어 🇰🇷", "&amp; stays",
])
func byteWriterEscapesLikeJSONValue(_ text: String) {
    var writer = JSONByteWriter()
    writer.string(text)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONValue.string(text).serialized)
}

@Test func embeddedJSONCannotCloseAScriptElement() {
    #expect(!JSONValue.string("</script>").serialized.contains("</"))
}

@Test(arguments: [0, 7, 10, 12345, -42, Int(Int32.max)])
func byteWriterWritesIntegers(_ n: Int) {
    var writer = JSONByteWriter()
    writer.int(n)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == String(n))
}

@Test func objectsKeepTheirKeyOrder() {
    let value = JSONValue.object([("id", .string("x")), ("b", .int(1)), ("a", .null), ("high", .number(.infinity))])
    #expect(value.serialized == #"{"id":"x","b":1,"a":null,"high":null}"#)
}
