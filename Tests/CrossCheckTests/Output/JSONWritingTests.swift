import Foundation
import Testing
@testable import CrossCheck

@Test(arguments: [
    ("plain", #""plain""#),
    ("", #""""#),
    ("quote \" backslash \\ slash /", #""quote \" backslash \\ slash /""#),
    ("tab\tnewline\ncr\r", #""tab\tnewline\ncr\r""#),
    ("<script>alert(1)</script>", #""\u003cscript>alert(1)\u003c/script>""#),
    ("control \u{01}\u{1F}", #""control \u0001\u001f""#),
    ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
    ("“curly” é 한국어 🇰🇷 — …", "\"“curly” é 한국어 🇰🇷 — …\""),
    ("&amp; stays", #""&amp; stays""#),
])
func stringsAreEscaped(text: String, json: String) {
    #expect(JSONValue.string(text).serialized == json)
    // And the text reads back unchanged.
    let data = Data(("[" + json + "]").utf8)
    #expect((try? JSONSerialization.jsonObject(with: data)) as? [String] == [text])
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
