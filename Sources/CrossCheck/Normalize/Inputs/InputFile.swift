import Foundation

/// One input, read and checked: its text is UTF-8 (transcoded if need be, see `InputDecoder`) and
/// not empty.
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
    /// How the bytes were decoded when they were not UTF-8 ("transcoded from windows-1252 ...").
    public var encodingNote: String?
    /// How many stray control bytes were removed from the input (`InputDecoder`).
    public var controlBytes: Int

    public init(id: String, path: String, format: Format, text: String, url: String? = nil, encodingNote: String? = nil,
                controlBytes: Int = 0) {
        self.controlBytes = controlBytes
        self.id = id
        self.path = path
        self.format = format
        self.text = text
        self.url = url
        self.encodingNote = encodingNote
    }

    /// The format a file name implies: `.html`/`.htm`/`.xhtml` are HTML, anything else text.
    public static func format(forPath path: String) -> Format {
        let ext = (path as NSString).pathExtension.lowercased()
        return ["html", "htm", "xhtml"].contains(ext) ? .html : .text
    }

    /// Checks raw bytes (not empty, not binary) and decodes them: UTF-8 (a byte order mark is
    /// removed), UTF-16 with a byte order mark, else Windows-1252. The error is a one-line reason.
    public static func decode(_ data: [UInt8]) throws(InputError) -> String {
        try InputDecoder.decode(data[...]).text
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
