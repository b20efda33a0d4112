import Foundation

/// Reads a JSON Lines file one record at a time, in 1 MiB chunks, so a large file (a run's
/// documents.jsonl) is never held whole. Lines are read on their bytes by `JSONLineScanner`
/// (into the values `JSONSerialization` would give). Blank lines are skipped; a line that is not
/// a JSON object is an error naming `path:line:column` and what is wrong.
public struct JSONLinesFileReader {
    public let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next line feed: bytes before it were already searched.
    private var searchFrom = 0
    private var atEnd = false
    public private(set) var line = 0
    /// Byte offset in the file of the line last read (its first byte).
    public private(set) var lineOffset: Int64 = 0
    /// Bytes in the line last read, without its line feed.
    public private(set) var lineLength = 0
    /// Bytes dropped from the front of `buffer` so far.
    private var consumed: Int64 = 0

    public init(path: String) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError("\(path): cannot read the file") }
        self.path = path
        self.handle = handle
    }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(Diagnostic) -> [String: Any]? {
        while let bytes = nextLine() {
            line += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) in try object(buffer) }
        }
        try? handle.close()
        return nil
    }

    /// The line's object, as `next()` gives it.
    private func object(_ buffer: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> [String: Any] {
        guard UTF8Validation.isValid(buffer) else {
            throw Diagnostic(id: "bad-json", "not a JSON object: the line is not valid UTF-8", file: path, line: line, column: 1)
        }
        var scanner = JSONLineScanner(buffer)
        do throws(JSONLineError) {
            return try scanner.foundationObject()
        } catch {
            throw Diagnostic(id: "bad-json", error.message, file: path, line: line, column: error.column)
        }
    }

    /// The next record decoded, or nil at the end of the file: by `typed` from the line's bytes
    /// when it can (`ModelDecoding.claim(line:)` and the like), else by `general` from the
    /// line's object, which gives the same value, or names what is wrong.
    public mutating func next<T>(typed: (UnsafeBufferPointer<UInt8>) -> T?,
                                 _ general: ([String: Any]) throws(ModelDecoding.Failure) -> T) throws -> T? {
        while let bytes = nextLine() {
            line += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return try bytes.withUnsafeBufferPointer { buffer in
                if UTF8Validation.isValid(buffer), let value = typed(buffer) { return value }
                let object = try object(buffer)
                do {
                    return try general(object)
                } catch {
                    throw Diagnostic(id: "bad-record", "not a valid record: \(error)", file: path, line: line, column: 1)
                }
            }
        }
        try? handle.close()
        return nil
    }

    /// The next line's bytes as they are (without the line feed), or nil at the end of the file.
    public mutating func nextLineBytes() -> ArraySlice<UInt8>? {
        guard let bytes = nextLine() else {
            try? handle.close()
            return nil
        }
        line += 1
        return bytes
    }

    private mutating func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[max(start, searchFrom)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                lineOffset = consumed + Int64(start)
                lineLength = newline - start
                start = newline + 1
                searchFrom = start
                return line
            }
            searchFrom = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                lineOffset = consumed + Int64(start)
                lineLength = buffer.count - start
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            consumed += Int64(start)
            searchFrom -= start
            start = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}

extension JSONLinesFileReader {
    /// Decodes every record of a JSON Lines file, one at a time, into `each`; a record that
    /// does not decode is a diagnostic naming `path:line`. Errors thrown by `each` pass through.
    public static func decode<T>(_ path: String, _ decode: ([String: Any]) throws(ModelDecoding.Failure) -> T,
                                 each: (T) throws -> Void) throws {
        var reader = try JSONLinesFileReader(path: path)
        while let object = try reader.next() {
            let value: T
            do {
                value = try decode(object)
            } catch {
                throw Diagnostic(id: "bad-record", "not a valid record: \(error)", file: path, line: reader.line, column: 1)
            }
            try each(value)
        }
    }
}

extension JSONLinesFileReader {
    /// Documents, claims and findings: `decode` with the typed reader of each (the same values).
    public static func decode(_ path: String, _ decode: ([String: Any]) throws(ModelDecoding.Failure) -> Document,
                              each: (Document) throws -> Void) throws {
        try decodeRecords(path, typed: ModelDecoding.document(line:), decode, each: each)
    }

    public static func decode(_ path: String, _ decode: ([String: Any]) throws(ModelDecoding.Failure) -> Claim,
                              each: (Claim) throws -> Void) throws {
        try decodeRecords(path, typed: ModelDecoding.claim(line:), decode, each: each)
    }

    public static func decode(_ path: String, _ decode: ([String: Any]) throws(ModelDecoding.Failure) -> Finding,
                              each: (Finding) throws -> Void) throws {
        try decodeRecords(path, typed: ModelDecoding.finding(line:), decode, each: each)
    }

    private static func decodeRecords<T>(_ path: String, typed: (UnsafeBufferPointer<UInt8>) -> T?,
                                  _ decode: ([String: Any]) throws(ModelDecoding.Failure) -> T, each: (T) throws -> Void) throws {
        var reader = try JSONLinesFileReader(path: path)
        while let value = try reader.next(typed: typed, decode) { try each(value) }
    }
}
