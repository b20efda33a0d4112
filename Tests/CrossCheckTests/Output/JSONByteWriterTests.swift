import Foundation
import Testing
@testable import CrossCheck

/// The byte writer gives the bytes of the plain escaper it replaced, wherever in an eight-byte
/// word the byte that needs an escape falls, and keeps value semantics.
@Suite("JSON byte writer")
struct JSONByteWriterTests {
    /// The escaper the writer had before it read eight bytes at a time: byte by byte.
    static func reference(_ text: String) -> String {
        let b = Array(text.utf8)
        var out: [UInt8] = [0x22]
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0x3C: out += Array(#"\u003c"#.utf8)
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                out += Array((b[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                i += 2
            default:
                if c < 0x20 {
                    out += Array(String(format: "\\u%04x", Int(c)).utf8)
                } else {
                    out.append(c)
                }
            }
            i += 1
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    static let specials = ["\"", "\\", "\n", "\r", "\t", "<", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "’", "—", "é", "😀", "\u{7F}", " "]

    @Test(arguments: specials)
    func everyOffsetInAWord(special: String) {
        for before in 0..<18 {
            for after in [0, 1, 7, 8, 9] {
                let text = String(repeating: "a", count: before) + special + String(repeating: "b", count: after) + special
                var writer = JSONByteWriter(capacity: 16)
                writer.string(text)
                #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.reference(text), "\(before) \(after)")
            }
        }
    }

    /// The last one to seven bytes of a text (read by one load of the eight that end it): every
    /// special at every place of texts of 1 to 20 bytes, cut out of a buffer whose bytes right
    /// before and after the text need escapes, which must be neither read nor written.
    @Test(arguments: specials)
    func theLastBytesOfATextAtTheBufferEdge(special: String) {
        let s = Array(special.utf8)
        for length in 1...20 {
            for place in stride(from: 0, through: length - s.count, by: 1) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                text.replaceSubrange(place..<(place + s.count), with: s)
                let framed = Array("\"<\n".utf8) + text + Array("\"\u{01}<".utf8)
                var writer = JSONByteWriter(capacity: 16)
                framed.withUnsafeBufferPointer { all in
                    writer.string(utf8: UnsafeBufferPointer(rebasing: all[3..<(3 + length)]))
                }
                let expected = Self.reference(String(decoding: text, as: UTF8.self))
                #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(length) \(place)")
            }
        }
    }

    @Test func aLongTextGrowsTheBuffer() {
        let text = String(repeating: "Twenty “words” <here> \"and\" there.\n", count: 5_000)
        var writer = JSONByteWriter(capacity: 16)
        writer.string(text)
        writer.raw(",")
        writer.int(-12)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.reference(text) + ",-12")
        #expect(writer.count == writer.bytes.count)
    }

    @Test(arguments: [0, 9, 10, 99, 100, -1, -9, -10, 1_000_000, 9_999_999, Int.max, Int.min + 1, Int.min])
    func integers(_ n: Int) {
        var writer = JSONByteWriter(capacity: 16)
        writer.int(n)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == String(n))
    }

    /// Every integer up to 200,000 and around each power of ten, both signs, as `String` writes it.
    @Test func integersTwoDigitsAtATime() {
        var values = Array(0...200_000)
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, power * 9]
        }
        values += [Int.max, Int.max - 1, Int.min, Int.min + 1]
        for n in values + values.map({ $0 == Int.min ? 0 : -$0 }) {
            var writer = JSONByteWriter(capacity: 16)
            writer.int(n)
            if String(decoding: writer.bytes, as: UTF8.self) != String(n) {
                Issue.record("\(n) written as \(String(decoding: writer.bytes, as: UTF8.self))")
                return
            }
        }
    }

    @Test(arguments: [0.0, -0.0, 1.5, 28450, 1e20, 9.0e15, 8.99e15, -3.25, .infinity, -.infinity, .nan, 0.1 + 0.2])
    func numbersAsJSONValueWritesThem(_ d: Double) {
        var writer = JSONByteWriter(capacity: 16)
        writer.number(d)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONValue.number(d).serialized)
    }

    /// Fractions written without `"\(d)"` (`writeShortDecimal`) give its bytes: decimals of one to
    /// seven places, halves and thirds, values at the edges of the fast path (0.001, 10^15, where
    /// 2^50 bounds the digits), and random doubles of every magnitude.
    @Test func fractionsAsSwiftWritesThem() {
        var values: [Double] = [0.001, 0.0015, 0.000999, 1e15 - 0.5, 1e15 + 0.5, 999_999_999.999, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
                                -1.0 / 3, 28_449.5, 15.5, -0.25, 44.39, 2.05, 1.005, 0.3, 112_589_990_684.2624, 1_125_899_906.8426]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for k in 1...7 {
            var scale = 1.0
            for _ in 0..<k { scale *= 10 }
            for _ in 0..<3000 {
                let m = Double(next() % (1 << UInt64(20 + k * 4)))
                values.append(m / scale)
                values.append(-m / scale)
            }
        }
        for _ in 0..<20000 {
            let d = Double(bitPattern: next())
            if d.isFinite { values.append(d) }
        }
        for d in values {
            var writer = JSONByteWriter(capacity: 16)
            writer.number(d)
            let expected = d == d.rounded() && abs(d) < 9.0e15 ? String(Int(d)) : "\(d)"
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(d)")
        }
    }

    /// Curly quotes and other characters led by 0xE2 (U+2000–U+2FFF) pass as they are, however
    /// many come in a row and wherever they fall; only U+2028 and U+2029 among them are escaped,
    /// also right beside one that is not (U+2027, U+202A) and at the very end of the text.
    @Test(arguments: ["“”‘’…—", "\u{2027}\u{2028}\u{2029}\u{202A}", "’\"", "’<’\\", "“\u{01}”", "a’\u{2028}", "⁠€₿⅓→∑⌘─☃✓⟨⟩⸮", "\u{2028}"])
    func charactersLedBy0xE2(run: String) {
        for before in 0..<10 {
            for times in [1, 2, 5] {
                let text = String(repeating: "x", count: before) + String(repeating: run, count: times)
                var writer = JSONByteWriter(capacity: 16)
                writer.string(text)
                #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.reference(text), "\(before) \(times)")
            }
        }
    }

    /// The word test's lowest bit is the first byte that needs a look, and no byte before it
    /// needs one, for every byte value at every place of a word of plain letters.
    @Test func theFirstByteToLookAtIsExact() {
        let special: Set<UInt8> = Set((0..<0x20).map(UInt8.init)).union([0x22, 0x5C, 0x3C, 0xE2])
        for b in 0...255 {
            for place in 0..<8 {
                var word = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                word[place] = UInt8(b)
                // A second special byte after it, which must not hide the first.
                if place < 7 { word[7] = 0x01 }
                let x = word.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let mask = JSONByteWriter.lookMask(x)
                let first = word.firstIndex(where: special.contains)
                #expect((mask == 0 ? nil : mask.trailingZeroBitCount / 8) == first, "byte \(b) at \(place)")
            }
        }
    }

    /// A line's fixed fields written in one reservation are the bytes of `raw` and `int` one by one.
    @Test func fieldsInOneReservation() {
        var one = JSONByteWriter(capacity: 16)
        var apart = JSONByteWriter(capacity: 16)
        for n in [0, 7, 42, -3, 123_456_789, Int.min] {
            one.write(maxBytes: 2 + 2 * JSONByteWriter.maxIntBytes) { out in
                out.pointee = UInt8(ascii: "[")
                var at = 1
                at += JSONByteWriter.write(n, at: out + at)
                out[at] = UInt8(ascii: ",")
                at += 1
                at += JSONByteWriter.write(n / 2, at: out + at)
                return at
            }
            apart.raw("[")
            apart.int(n)
            apart.raw(",")
            apart.int(n / 2)
        }
        #expect(one.bytes == apart.bytes)
        #expect(String(decoding: one.bytes, as: UTF8.self).hasPrefix("[0,0[7,3[42,21[-3,-1[123456789,61728394["))
    }

    @Test func aCopyIsItsOwn() {
        var a = JSONByteWriter(capacity: 16)
        a.raw("x")
        var b = a
        b.raw("y")
        a.raw("z")
        let c = a
        a.removeAll()
        a.raw("w")
        #expect(String(decoding: a.bytes, as: UTF8.self) == "w")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "xy")
        #expect(String(decoding: c.bytes, as: UTF8.self) == "xz")
    }
}

/// A writer with a sink hands on every byte, in order, and never holds more than its capacity.
@Suite("JSON byte writer with a sink")
struct JSONByteWriterSinkTests {
    final class Collected: @unchecked Sendable {
        var bytes: [UInt8] = []
        var largestPiece = 0
    }

    @Test func theSameBytesInPiecesNoLargerThanTheBuffer() {
        let text = String(repeating: "A paragraph of “text” with <tags>, \"quotes\" and a tab\t.\n", count: 3_000)
        let long = String(repeating: "x", count: 200_000)
        let value = JSONValue.object([("body", .string(text)), ("n", .int(-5)), ("long", .string(long)),
                                      ("list", .array((0..<500).map { .string("item \($0)") }))])
        let collected = Collected()
        var writer = JSONByteWriter(capacity: 1024) { piece in
            collected.bytes.append(contentsOf: piece)
            collected.largestPiece = max(collected.largestPiece, piece.count)
        }
        value.write(into: &writer)
        writer.raw("\n")
        #expect(writer.count <= 1024)
        writer.flush()
        #expect(writer.count == 0)
        #expect(String(decoding: collected.bytes, as: UTF8.self) == value.serialized + "\n")
        // Pieces are the buffer's, or a run longer than it passed straight through.
        #expect(collected.largestPiece <= long.utf8.count)
    }
}
