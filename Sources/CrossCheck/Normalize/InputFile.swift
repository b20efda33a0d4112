import Foundation

/// One input, read and checked: its text is valid UTF-8 and not empty.
public struct InputFile: Sendable {
    public enum Format: String, Sendable {
        case text, html
    }

    /// Document id: the path relative to the input root, without extension, or the `id` of a
    /// JSON Lines record.
    public var id: String
    public var path: String
    public var format: Format
    public var text: String
    public var url: String?

    public init(id: String, path: String, format: Format, text: String, url: String? = nil) {
        self.id = id
        self.path = path
        self.format = format
        self.text = text
        self.url = url
    }

    /// The format a file name implies: `.html`/`.htm`/`.xhtml` are HTML, anything else text.
    public static func format(forPath path: String) -> Format {
        let ext = (path as NSString).pathExtension.lowercased()
        return ["html", "htm", "xhtml"].contains(ext) ? .html : .text
    }

    /// Checks raw bytes: not empty, not binary, valid UTF-8 (a UTF-8 byte order mark is removed).
    /// The error is a one-line reason naming what is wrong.
    public static func decode(_ data: [UInt8]) throws(InputError) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError("the file is empty")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError("the file is UTF-16, not UTF-8")
        }
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        if sample.contains(0) || controls * 20 > sample.count {
            throw InputError("the file is binary, not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes)
            throw InputError("the file is not valid UTF-8 (first bad byte at offset \(offset))")
        }
        return text
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i - bytes.startIndex
            }
            guard i + length <= bytes.endIndex else { return i - bytes.startIndex }
            var valid = true
            for k in 1..<max(1, length) where bytes[i + k] & 0xC0 != 0x80 { valid = false }
            // A sequence whose scalar is overlong, a surrogate or out of range is invalid too.
            if valid, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { valid = false }
            if !valid { return i - bytes.startIndex }
            i += length
        }
        return bytes.count
    }
}

/// Why an input could not be used; printed as `path: error: [input] reason`.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
