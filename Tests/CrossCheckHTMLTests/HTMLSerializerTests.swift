import CLibXML2
import Foundation
import Testing
@testable import CrossCheckHTML

/// `HTMLSerializer` against the linked libxml2's `htmlDocContentDumpFormatOutput`: the same bytes
/// for pages of every element kind (block, inline, empty, end tag kept or not, unknown, raw
/// text), attribute (URI, boolean, quotes, blanks) and byte the report can write, and for
/// generated pages; and pages it cannot reproduce are left to libxml2.
@Suite struct HTMLSerializerTests {
    static let tags = ["div", "p", "pre", "span", "a", "em", "strong", "table", "thead", "tbody", "tr", "td", "th", "ul", "ol",
                       "li", "br", "hr", "img", "input", "h1", "h2", "section", "nav", "header", "footer", "main", "details",
                       "summary", "mark", "code", "param", "svg", "polyline", "circle", "x-custom", "option", "select", "label",
                       "script", "style", "figure", "meta", "link", "dl", "dt", "dd", "button", "form", "abbr", "sup", "time"]
    static let attributes = ["class", "id", "href", "src", "action", "name", "title", "checked", "selected", "disabled",
                             "data-sort", "style", "lang", "points", "value", "HREF", "Name"]
    static let pieces = ["", " ", "a", "word", "Text with spaces", "<", ">", "&", "&amp;", "\"", "'", "\" and '", "\t", "\n",
                         "\r\n", "\u{0C}", "\u{7F}", "é", "“curly”", "—", "日本", "😀", "%20", "#frag", "?q=1&r=2", "a b",
                         " lead", "\tlead", "<!", "-->", "&#{", "{", "}", "javascript:alert(1)", "/path/to/doc-1.html",
                         "x=y;z", "(paren)", "~*!", "[b]", "`^|\\"]

    /// One page of every case named above, built as the report builds its pages.
    @Test func handWrittenPageIsLibXMLs() throws {
        let tree = try HTMLTree(title: "Title <&> \"q\" 'a' é", stylesheet: "a > b { content: \"&\" } </style")
        let body = tree.body
        let main = body.add("main", [("class", "page")])
        main.add("h1", text: "Heading & <more>")
        let p = main.add("p")
        p.append("Before ")
        p.add("a", [("href", " /doc 1.html?x=\"1\"&y='2'#é"), ("title", "both \" and '")], text: "link")
        p.append(" after")
        main.add("p")
        main.add("p", text: "only text")
        main.add("pre", text: "  pre\n  text ")
        let list = main.add("ul")
        list.add("li")
        list.add("li", text: "one")
        list.add("li").add("span", text: "two")
        main.add("br")
        main.add("hr")
        main.add("img", [("src", "chart.png"), ("alt", "")])
        main.add("input", [("type", "checkbox"), ("checked", "checked")])
        main.add("a", [("name", "anchor one"), ("id", "x y")])
        main.add("span", [("name", "not a uri")])
        let table = main.add("table")
        let row = table.add("thead").add("tr")
        row.add("th", [("data-sort", "number")], text: "N")
        row.add("th")
        table.add("tbody")
        let svg = main.add("svg", [("viewBox", "0 0 10 10")])
        svg.add("polyline", [("points", "0,0 5,5")])
        svg.add("circle", [("r", "1")])
        main.add("x-custom", text: "custom")
        main.add("x-custom")
        main.add("details").add("summary", text: "More")
        main.add("script").appendTrusted("if (a < b && c > d) { x = \"&amp;\"; }")
        main.add("div").appendTrusted("raw \u{01}control\u{1F} bytes\r\n\u{0C}kept?")
        main.add("div", [("title", "single ' only"), ("class", "double \" only"), ("lang", "")])
        let div = main.add("div")
        div.add("span", text: "inline")
        div.add("div", text: "block")
        div.append("tail")
        div.add("p")
        try expectSame(tree)
    }

    /// Generated pages: random nesting of the tags above, with random attributes and texts.
    @Test func generatedPagesAreLibXMLs() throws {
        var random = SplitMix(seed: 13)
        for _ in 0..<150 {
            let tree = try HTMLTree(title: Self.text(&random), stylesheet: "body{}")
            grow(tree.body, depth: 0, random: &random)
            try expectSame(tree)
        }
    }

    /// Control bytes in an attribute (set without the report's cleaning) are dropped as libxml2 drops them.
    @Test func rawAttributeBytes() throws {
        let tree = try HTMLTree(title: "t", stylesheet: "")
        let element = tree.body.add("div")
        _ = xmlNewProp(element.node, "title", "a\u{01}b\u{1F}c\rd\te\nf")
        _ = xmlNewProp(element.node, "href", "\u{01} x\u{02}")
        try expectSame(tree)
    }

    /// Text is scanned eight bytes at a time: each byte that needs escaping (or dropping), and
    /// non-ASCII characters, at every offset of a run longer than the eight bytes.
    @Test func escapingAtEveryOffset() throws {
        let tree = try HTMLTree(title: "t", stylesheet: "")
        for special in ["<", ">", "&", "\u{01}", "\u{1F}", "\t", "\r", "\n", "é", "—", "\u{7F}", "\"", "'"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                tree.body.add("p").appendTrusted(text)
                tree.body.add("span", [("title", text), ("href", text)])
            }
        }
        try expectSame(tree)
    }

    /// What libxml2 copies into attributes unescaped is left to libxml2: same page, by its writer.
    @Test func verbatimConstructsAreLeftToLibXML() throws {
        for value in ["<!-- include -->", "&{script};", "a <!--b"] {
            let tree = try HTMLTree(title: "t", stylesheet: "")
            tree.body.add("div", [("title", value)])
            #expect(tree.serializedBySerializer() == nil)
            #expect(try tree.serialized() == tree.serializedByLibXML())
        }
    }

    private func expectSame(_ tree: borrowing HTMLTree) throws {
        let own = tree.serializedBySerializer()
        #expect(own != nil)
        let libxml = try tree.serializedByLibXML()
        #expect(own == libxml)
        #expect(try tree.serialized() == libxml)
    }

    private func grow(_ element: HTMLElement, depth: Int, random: inout SplitMix) {
        let children = depth > 4 ? 0 : Int(random.next() % 5)
        for _ in 0..<children {
            switch random.next() % 4 {
            case 0:
                element.append(Self.text(&random))
            case 1 where depth > 0:
                element.appendTrusted(Self.pieces[Int(random.next() % UInt64(Self.pieces.count))])
            default:
                let tag = Self.tags[Int(random.next() % UInt64(Self.tags.count))]
                var attributes: [(String, String)] = []
                for _ in 0..<Int(random.next() % 3) {
                    let name = Self.attributes[Int(random.next() % UInt64(Self.attributes.count))]
                    if !attributes.contains(where: { $0.0 == name }) { attributes.append((name, Self.text(&random))) }
                }
                let child = element.add(tag, attributes)
                grow(child, depth: depth + 1, random: &random)
            }
        }
    }

    private static func text(_ random: inout SplitMix) -> String {
        var out = ""
        for _ in 0..<Int(random.next() % 4) { out += pieces[Int(random.next() % UInt64(pieces.count))] }
        return out.contains("<!--") || out.contains("&{") ? out.replacingOccurrences(of: "<", with: "(").replacingOccurrences(of: "{", with: "(") : out
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
