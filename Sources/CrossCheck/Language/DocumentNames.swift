/// The words a document writes with a capital inside a sentence ("… said Apple on Monday"):
/// at the start of a sentence the same word is a name too ("Apple may use the event"), even
/// when the word table knows it lower case.
///
/// Reads: a document body's UTF-8 bytes, once. Adds: the lowercased ASCII keys of words that
/// start with a capital right after a lowercase word or a comma and a space.
public struct DocumentNames: Sendable {
    public private(set) var keys: Set<String> = []

    public init() {}

    public init(body bytes: [UInt8]) {
        let n = bytes.count
        var i = 1
        while i < n {
            let b = bytes[i]
            guard b >= 0x41 && b <= 0x5A, bytes[i - 1] == 0x20, i >= 2 else { i += 1; continue }
            let before = bytes[i - 2]
            guard (before >= 0x61 && before <= 0x7A) || before == 0x2C else { i += 1; continue }
            var end = i + 1
            while end < n, Self.isLetter(bytes[end]) { end += 1 }
            // One capital and then lower case: "Apple", not "US" or "NASA" (acronyms are names anyway).
            if end - i > 1, bytes[(i + 1)..<end].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                keys.insert(String(decoding: bytes[i..<end].map { $0 | 0x20 }, as: UTF8.self))
            }
            i = end
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    public func contains(_ key: String) -> Bool { keys.contains(key) }
}
