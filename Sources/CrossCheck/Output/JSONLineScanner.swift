import Foundation

/// Reads one line of JSON Lines on its UTF-8 bytes, strictly (RFC 8259): the line must be one
/// JSON object; its top-level members are handed out one by one, strings decoded, numbers as
/// their literal, nested objects and arrays checked and passed over.
///
/// Reads: the bytes of one line (valid UTF-8, without its line feed). Adds: the members, and how
/// many raw control bytes (U+0000–U+001F other than tab and carriage return) were dropped: text
/// never uses them, and one NUL must not cost a whole record. Everything else that is not JSON
/// (a trailing comma, a bad escape, a lone UTF-16 surrogate `\uD800`) is a `JSONLineError` with
/// the byte column and a message that names the problem.
public struct JSONLineScanner {
    public enum Value {
        case string(String)
        /// A number as written (`12`, `-0.5`, `1e3`); `integer` when it has no fraction or exponent.
        case number(literal: String, integer: Bool)
        case bool(Bool)
        case null
        /// An object or array (checked, not kept).
        case nested
    }

    /// The most nested objects and arrays a line may have.
    public static let depthLimit = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// Raw control bytes dropped so far.
    public private(set) var droppedControlBytes = 0

    /// Where strings with escapes are rebuilt; handed from line to line (`scratch` in, `scratch`
    /// out) so that its memory is reused.
    public private(set) var scratch: [UInt8]

    public init(_ bytes: UnsafeBufferPointer<UInt8>, scratch: [UInt8] = []) {
        self.bytes = bytes
        self.scratch = scratch
    }

    /// True when the line holds nothing but whitespace (and control bytes, which are counted).
    public mutating func isBlank() -> Bool {
        skipSpace()
        return i == bytes.count
    }

    /// A top-level member's value for `fields`: a string as its decoded UTF-8 bytes (valid
    /// only during the call), anything else as `Value`.
    public enum Field {
        case string(UnsafeBufferPointer<UInt8>)
        case other(Value)
    }

    /// Reads the line's object member by member, without making a `String` of any value: `name`
    /// tells from a key's decoded bytes which member it is (nil: one not wanted, whose value is
    /// checked and passed over), and `member` gets each wanted member's value, in line order.
    public mutating func fields(name: (UnsafeBufferPointer<UInt8>) -> Int?,
                                _ member: (Int, Field) throws(JSONLineError) -> Void) throws(JSONLineError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else {
            let found = i < bytes.count ? "found \(describe(at: i))" : "the line is empty"
            throw JSONLineError("not a JSON object: a line must hold one {...} object; \(found)", column: i + 1)
        }
        i += 1
        skipSpace()
        if peek == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
                let keyStart = i
                let key: Int?
                switch try stringBytes() {
                case .line(let range): key = name(UnsafeBufferPointer(rebasing: bytes[range]))
                case .scratch: key = scratch.withUnsafeBufferPointer { name($0) }
                }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw expected("':' after the key \"\(keyText(at: keyStart))\"") }
                i += 1
                skipSpace()
                if let key, peek == UInt8(ascii: "\"") {
                    switch try stringBytes() {
                    case .line(let range): try member(key, .string(UnsafeBufferPointer(rebasing: bytes[range])))
                    case .scratch:
                        let held = scratch
                        try held.withUnsafeBufferPointer { (p) throws(JSONLineError) in try member(key, .string(p)) }
                    }
                } else {
                    let value = try value(depth: 1)
                    if let key { try member(key, .other(value)) }
                }
                skipSpace()
                if peek == UInt8(ascii: ",") {
                    let comma = i
                    i += 1
                    skipSpace()
                    if peek == UInt8(ascii: "}") {
                        throw JSONLineError("not valid JSON: a comma before '}' (trailing commas are not JSON)", column: comma + 1)
                    }
                    continue
                }
                guard peek == UInt8(ascii: "}") else { throw expected("',' or '}' after the value of \"\(keyText(at: keyStart))\"") }
                i += 1
                break
            }
        }
        skipSpace()
        guard i == bytes.count else { throw JSONLineError("not valid JSON: text after the object (one object per line)", column: i + 1) }
    }

    /// Reads the line's object whole, as Foundation's `JSONSerialization` gives it: `String`,
    /// `NSNumber` (from `Int` when the number is an integer that fits, else `Double`; `Bool` for
    /// true and false), `NSNull`, `[Any]` and `[String: Any]` (the last of repeated keys wins).
    public mutating func foundationObject() throws(JSONLineError) -> [String: Any] {
        skipSpace()
        guard peek == UInt8(ascii: "{") else {
            let found = i < bytes.count ? "found \(describe(at: i))" : "the line is empty"
            throw JSONLineError("not a JSON object: a line must hold one {...} object; \(found)", column: i + 1)
        }
        let object = try foundationValue(depth: 1)
        skipSpace()
        guard i == bytes.count else { throw JSONLineError("not valid JSON: text after the object (one object per line)", column: i + 1) }
        return object as! [String: Any]
    }

    private mutating func foundationValue(depth: Int) throws(JSONLineError) -> Any {
        skipSpace()
        guard let b = peek else { throw expected("a value") }
        switch b {
        case UInt8(ascii: "\""): return try string()
        case UInt8(ascii: "t"): try word("true"); return NSNumber(value: true)
        case UInt8(ascii: "f"): try word("false"); return NSNumber(value: false)
        case UInt8(ascii: "n"): try word("null"); return NSNull()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard case .number(let literal, let integer) = try number() else { throw expected("a number") }
            if integer, let n = Int(literal) { return NSNumber(value: n) }
            guard let d = Double(literal), d.isFinite else {
                throw JSONLineError("not valid JSON: the number \(literal) is too large", column: i - literal.utf8.count + 1)
            }
            return NSNumber(value: d)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth <= Self.depthLimit else {
                throw JSONLineError("not valid JSON: nested deeper than \(Self.depthLimit) objects and arrays", column: i + 1)
            }
            let isObject = b == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            var object: [String: Any] = [:]
            var array: [Any] = []
            i += 1
            skipSpace()
            if peek == close {
                i += 1
                return isObject ? object as Any : array as Any
            }
            while true {
                if isObject {
                    skipSpace()
                    guard peek == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
                    let key = try string()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw expected("':' after the key \"\(key)\"") }
                    i += 1
                    object[key] = try foundationValue(depth: depth + 1)
                } else {
                    array.append(try foundationValue(depth: depth + 1))
                }
                if try !closesAfterMember(close) { continue }
                return isObject ? object as Any : array as Any
            }
        default:
            throw expected("a value")
        }
    }

    /// The key whose opening quote is at `start`, decoded, for an error message (the reading
    /// position is left where it was).
    private mutating func keyText(at start: Int) -> String {
        let end = i
        i = start
        defer { i = end }
        return (try? string()) ?? ""
    }

    // MARK: - Values

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func value(depth: Int) throws(JSONLineError) -> Value {
        skipSpace()
        guard let b = peek else { throw expected("a value") }
        switch b {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested(depth: depth)
            return .nested
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw expected("a value")
        }
    }

    /// An object or array, checked member by member and dropped.
    private mutating func skipNested(depth: Int) throws(JSONLineError) {
        guard depth <= Self.depthLimit else {
            throw JSONLineError("not valid JSON: nested deeper than \(Self.depthLimit) objects and arrays", column: i + 1)
        }
        let isObject = bytes[i] == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        skipSpace()
        if peek == close { i += 1; return }
        while true {
            if isObject {
                skipSpace()
                guard peek == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
                _ = try string()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw expected("':' after a key") }
                i += 1
            }
            _ = try value(depth: depth + 1)
            if try !closesAfterMember(close) { continue }
            return
        }
    }

    private mutating func word(_ text: StaticString) throws(JSONLineError) {
        let n = text.utf8CodeUnitCount
        let start = text.utf8Start
        guard i + n <= bytes.count else { throw expected("a value") }
        for k in 0..<n where bytes[i + k] != start[k] { throw expected("a value") }
        i += n
    }

    private mutating func number() throws(JSONLineError) -> Value {
        let start = i
        var integer = true
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard let first = peek, isDigit(first) else { throw JSONLineError("not valid JSON: a number needs digits", column: i + 1) }
        if first == UInt8(ascii: "0") {
            i += 1
            if let next = peek, isDigit(next) { throw JSONLineError("not valid JSON: a number may not start with 0", column: start + 1) }
        } else {
            while let d = peek, isDigit(d) { i += 1 }
        }
        if peek == UInt8(ascii: ".") {
            integer = false
            i += 1
            guard let d = peek, isDigit(d) else { throw JSONLineError("not valid JSON: digits must follow a decimal point", column: i + 1) }
            while let d = peek, isDigit(d) { i += 1 }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            integer = false
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard let d = peek, isDigit(d) else { throw JSONLineError("not valid JSON: digits must follow an exponent", column: i + 1) }
            while let d = peek, isDigit(d) { i += 1 }
        }
        return .number(literal: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self), integer: integer)
    }

    private func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    // MARK: - Strings

    /// A string starting at the opening quote, as a `String`.
    private mutating func string() throws(JSONLineError) -> String {
        switch try stringBytes() {
        case .line(let range): return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        case .scratch: return String(decoding: scratch, as: UTF8.self)
        }
    }

    /// Where a decoded string's bytes are: a range of the line (no escape or control byte in
    /// it), or all of `scratch` (rebuilt; until the next string is read).
    enum StringBytes {
        case line(Range<Int>)
        case scratch
    }

    /// A string starting at the opening quote, decoded. Runs of plain bytes are found eight at
    /// a time and copied at once; without escapes or control bytes (most text) the string is
    /// one scan and no copy.
    private mutating func stringBytes() throws(JSONLineError) -> StringBytes {
        i += 1
        let start = i
        var rebuilt = false
        var run = i
        while true {
            skipPlain()
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                if rebuilt {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    return .scratch
                }
                return .line(start..<i)
            }
            if b == 0x09 || b == 0x0D {
                i += 1
                continue
            }
            if !rebuilt {
                rebuilt = true
                scratch.removeAll(keepingCapacity: true)
                scratch.reserveCapacity(bytes.count - start)
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            if b == UInt8(ascii: "\\") {
                try escape()
            } else {
                droppedControlBytes += 1
                i += 1
            }
            run = i
        }
        throw JSONLineError("not valid JSON: a string is not closed (missing '\"')", column: start)
    }

    /// Moves `i` to the next quote, backslash or control byte (or the end of the line).
    @inline(__always)
    private mutating func skipPlain() {
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                let look = Self.lookMask(UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                if look != 0 {
                    // Every byte before the lowest bit set is plain: straight to it.
                    i += look.trailingZeroBitCount &>> 3
                    break
                }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return }
            i += 1
        }
    }

    /// Of eight bytes (the first in the low byte), the high bit of each that may be `"`, `\\`
    /// or below 0x20: every such byte has its bit, and a bit set wrongly (a borrow) is only ever
    /// above one set rightly, so every byte before the lowest bit set is plain.
    @inline(__always)
    private static func lookMask(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        // Bytes below 0x20 (x - 0x20 borrows into the high bit of a byte that had it clear).
        let below = (x &- ones &* 0x20) & ~x & highs
        return below | zeros(x ^ (ones &* 0x22)) | zeros(x ^ (ones &* 0x5C))
    }

    /// One escape sequence, decoded onto `scratch`.
    private mutating func escape() throws(JSONLineError) {
        let at = i
        guard i + 1 < bytes.count else { throw JSONLineError("not valid JSON: a backslash at the end of the line", column: at + 1) }
        let c = bytes[i + 1]
        i += 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(c)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hex4(at: at)
            var scalar = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    throw loneSurrogate(unit, at: at)
                }
                i += 2
                let low = try hex4(at: i - 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: at) }
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(unit, at: at)
            }
            Self.appendUTF8(scalar, to: &scratch)
        default:
            let shown = c >= 0x21 && c < 0x7F ? "\\\(Character(Unicode.Scalar(c)))" : "a backslash before \(describe(at: at + 1))"
            throw JSONLineError("not valid JSON: unknown escape \(shown) in a string", column: at + 1)
        }
    }

    private mutating func hex4(at escapeStart: Int) throws(JSONLineError) -> UInt16 {
        guard i + 4 <= bytes.count else { throw JSONLineError("not valid JSON: \\u needs four hex digits", column: escapeStart + 1) }
        var value: UInt16 = 0
        for k in 0..<4 {
            let b = bytes[i + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw JSONLineError("not valid JSON: \\u needs four hex digits", column: escapeStart + 1)
            }
            value = value << 4 | UInt16(digit)
        }
        i += 4
        return value
    }

    private func loneSurrogate(_ unit: UInt16, at: Int) -> JSONLineError {
        let hex = String(unit, radix: 16, uppercase: true)
        let half = unit < 0xDC00 ? "a high surrogate without the low one after it" : "a low surrogate without the high one before it"
        return JSONLineError("not valid JSON: lone surrogate \\u\(hex) in a string (\(half); text cannot hold half a UTF-16 pair)",
                             column: at + 1)
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: - Space and messages

    /// Skips JSON whitespace; raw control bytes between tokens are dropped and counted too.
    private mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A {
                i += 1
            } else if b < 0x20 {
                droppedControlBytes += 1
                i += 1
            } else {
                return
            }
        }
    }

    /// After an array element or an object member: true when `close` ends the container (read),
    /// false after a comma (read) with another member to come; a trailing comma is an error.
    private mutating func closesAfterMember(_ close: UInt8) throws(JSONLineError) -> Bool {
        skipSpace()
        if peek == UInt8(ascii: ",") {
            let comma = i
            i += 1
            skipSpace()
            if peek == close {
                throw JSONLineError("not valid JSON: a comma before '\(Character(Unicode.Scalar(close)))' (trailing commas are not JSON)",
                                    column: comma + 1)
            }
            return false
        }
        guard peek == close else { throw expected("',' or '\(Character(Unicode.Scalar(close)))'") }
        i += 1
        return true
    }

    private func expected(_ what: String) -> JSONLineError {
        let found = i < bytes.count ? describe(at: i) : "the end of the line"
        return JSONLineError("not valid JSON: expected \(what), found \(found)", column: i + 1)
    }

    /// The character at `index` for a message: `'x'`, or its code for a byte that does not print.
    private func describe(at index: Int) -> String {
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "byte 0x\(String(b, radix: 16, uppercase: true))" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))'"
    }
}

// MARK: - Reading a known record

/// Reading a line whose shape the caller knows (a claim, a document, a finding as this program
/// writes them) straight into typed values, with no `String` for a key and no Foundation
/// object: `readObject` walks an object's members and hands each wanted one to the caller,
/// who reads its value with one `read...` call. A value of another shape than asked for is a
/// `JSONLineError` too (the caller then takes the general path, which says what is wrong).
extension JSONLineScanner {
    /// Reads the line's one object (as `readObject`) and checks that nothing follows it.
    public mutating func readLine(key: (UnsafeBufferPointer<UInt8>) -> Int?,
                                  _ member: (inout JSONLineScanner, Int) throws(JSONLineError) -> Void) throws(JSONLineError) {
        try readObject(key: key, member)
        skipSpace()
        guard i == bytes.count else { throw JSONLineError("not valid JSON: text after the object (one object per line)", column: i + 1) }
    }

    /// Reads an object member by member: `key` tells from a key's decoded bytes which member it
    /// is (nil: not wanted, its value checked and passed over); `member` reads the value of
    /// each wanted member, in line order (a repeated key is read again: the last one wins).
    public mutating func readObject(key: (UnsafeBufferPointer<UInt8>) -> Int?,
                                    _ member: (inout JSONLineScanner, Int) throws(JSONLineError) -> Void) throws(JSONLineError) {
        try forEachMember(key: { (scanner: inout JSONLineScanner) throws(JSONLineError) -> Int? in
            switch try scanner.stringBytes() {
            case .line(let range): return key(UnsafeBufferPointer(rebasing: scanner.bytes[range]))
            case .scratch: return scanner.scratch.withUnsafeBufferPointer { key($0) }
            }
        }) { (scanner: inout JSONLineScanner, wanted: Int?) throws(JSONLineError) in
            if let wanted {
                try member(&scanner, wanted)
            } else {
                _ = try scanner.value(depth: 2)
            }
        }
    }

    /// Reads an object whose values are all strings, handing each key and value to `each`.
    public mutating func readObjectOfStrings(_ each: (String, String) -> Void) throws(JSONLineError) {
        try forEachMember(key: { (scanner: inout JSONLineScanner) throws(JSONLineError) -> String in try scanner.string() }) {
            (scanner: inout JSONLineScanner, key: String) throws(JSONLineError) in
            each(key, try scanner.readString())
        }
    }

    /// The walk over an object's members both readers share: `key` reads a member's key (the
    /// scanner at its opening quote), `value` reads or passes over its value (the scanner after
    /// the colon).
    private mutating func forEachMember<Key>(key: (inout JSONLineScanner) throws(JSONLineError) -> Key,
                                             _ value: (inout JSONLineScanner, Key) throws(JSONLineError) -> Void) throws(JSONLineError) {
        skipSpace()
        guard peek == UInt8(ascii: "{") else { throw expected("an object") }
        i += 1
        skipSpace()
        if peek == UInt8(ascii: "}") { i += 1; return }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
            let read = try key(&self)
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw expected("':' after a key") }
            i += 1
            try value(&self, read)
            if try !closesAfterMember(UInt8(ascii: "}")) { continue }
            return
        }
    }

    /// Reads an array element by element, each with one `read...` call of `element`.
    public mutating func readArray(_ element: (inout JSONLineScanner) throws(JSONLineError) -> Void) throws(JSONLineError) {
        skipSpace()
        guard peek == UInt8(ascii: "[") else { throw expected("an array") }
        i += 1
        skipSpace()
        if peek == UInt8(ascii: "]") { i += 1; return }
        while true {
            try element(&self)
            if try !closesAfterMember(UInt8(ascii: "]")) { continue }
            return
        }
    }

    /// Whether the next value is `null` (read when it is).
    public mutating func readNull() throws(JSONLineError) -> Bool {
        skipSpace()
        guard peek == UInt8(ascii: "n") else { return false }
        try word("null")
        return true
    }

    /// A string value.
    public mutating func readString() throws(JSONLineError) -> String {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else { throw expected("a string") }
        return try string()
    }

    /// A string value, or nil for `null`.
    public mutating func readOptionalString() throws(JSONLineError) -> String? {
        try readNull() ? nil : try readString()
    }

    /// An integer written without fraction or exponent that fits an `Int`.
    public mutating func readInt() throws(JSONLineError) -> Int {
        skipSpace()
        guard let b = peek, b == UInt8(ascii: "-") || isDigit(b),
              case .number(let literal, true) = try number(), let n = Int(literal) else { throw expected("an integer") }
        return n
    }

    /// A number as `NSNumber.doubleValue` gives it for the value `foundationObject` makes of
    /// it (an integer that fits an `Int` through `Int`: `-0` is 0), or nil for `null`.
    public mutating func readOptionalDouble() throws(JSONLineError) -> Double? {
        if try readNull() { return nil }
        skipSpace()
        guard let b = peek, b == UInt8(ascii: "-") || isDigit(b),
              case .number(let literal, let integer) = try number() else { throw expected("a number") }
        if integer, let n = Int(literal) { return Double(n) }
        guard let d = Double(literal), d.isFinite else { throw expected("a finite number") }
        return d
    }

    /// `true` or `false`.
    public mutating func readBool() throws(JSONLineError) -> Bool {
        skipSpace()
        if peek == UInt8(ascii: "t") { try word("true"); return true }
        if peek == UInt8(ascii: "f") { try word("false"); return false }
        throw expected("true or false")
    }
}

/// Why a line is not a JSON object; `column` counts bytes from 1.
public struct JSONLineError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var column: Int
    public init(_ message: String, column: Int) {
        self.message = message
        self.column = column
    }
    public var description: String { "\(message) (column \(column))" }
}
