/// Reads WARC files (ISO 28500; gzip is undone before this by `InputCollector`), so a crawl can be
/// fed as it is.
///
/// Reads: the bytes of a WARC file. Adds: one HTML `InputFile` per `response` record with a 2xx
/// HTML payload (and per `resource` record of HTML), with its target URI as `url`. Chunked
/// transfer encoding and gzip content encoding are undone; the charset of the HTTP
/// `Content-Type` header is honoured. Records that are not pages (requests, metadata, images,
/// redirects) are listed as skipped with the reason, named `path:record`.
public enum WARCReader {
    public static func inputs(_ bytes: [UInt8], path: String, id: String) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        var inputs: [InputFile] = []
        var skipped: [SkippedInput] = []
        var usedIDs: [String: Int] = [:]
        var offset = 0
        var number = 0
        while true {
            while offset < bytes.count, bytes[offset] == 0x0D || bytes[offset] == 0x0A { offset += 1 }
            if offset >= bytes.count { break }
            number += 1
            let name = "\(path):\(number)"
            guard bytes[offset...].starts(with: Array("WARC/".utf8)),
                  let (headers, headerEnd) = headerBlock(bytes, from: offset) else {
                if number == 1 {
                    skipped.append(SkippedInput(path: name, reason: "not a WARC file (no 'WARC/' record header)"))
                    break
                }
                // Read on from the next line that starts a record: one bad record costs only itself.
                guard let next = nextRecordStart(bytes, after: offset) else {
                    skipped.append(SkippedInput(path: name, reason: "bad WARC record header at byte \(offset); no record follows"))
                    break
                }
                skipped.append(SkippedInput(path: name, reason: "bad WARC record header at byte \(offset); reading on at byte \(next)"))
                offset = next
                continue
            }
            // `length <= bytes.count - headerEnd`, not `headerEnd + length <= bytes.count`: the
            // length is the file's word and may be as large as Int allows.
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0,
                  length <= bytes.count - headerEnd else {
                let declared = headers["content-length"].map { "'\($0.prefix(40))'" } ?? "missing"
                if let next = nextRecordStart(bytes, after: headerEnd) {
                    skipped.append(SkippedInput(path: name, reason: "WARC record at byte \(offset) has a wrong Content-Length (\(declared)); reading on at the next record, byte \(next)"))
                    offset = next
                    continue
                }
                skipped.append(SkippedInput(path: name, reason: "WARC record at byte \(offset) has a missing or wrong Content-Length (\(declared)); no record follows"))
                break
            }
            let block = bytes[headerEnd..<(headerEnd + length)]
            offset = headerEnd + length
            let type = headers["warc-type"]?.lowercased() ?? ""
            let url = headers["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">"]) }
            let page: Result<(ArraySlice<UInt8>, String?), InputError>
            switch type {
            case "response": page = httpPayload(block)
            case "resource":
                let contentType = headers["content-type"]?.lowercased() ?? ""
                page = contentType.contains("html") ? .success((block, charset(contentType))) : .failure(InputError("not an HTML resource (\(contentType))"))
            default:
                continue  // warcinfo, request, metadata, revisit: not pages
            }
            let label = url.map { "\(name) (\($0))" } ?? name
            switch page {
            case .failure(let error):
                skipped.append(SkippedInput(path: label, reason: error.reason))
            case .success(let (payload, charset)):
                do throws(InputError) {
                    let decoded = try InputDecoder.decode(payload, declaredCharset: charset, sniffMarkup: true)
                    var recordID = id + "/" + slug(url ?? String(number))
                    let seen = usedIDs[recordID, default: 0]
                    usedIDs[recordID] = seen + 1
                    if seen > 0 { recordID += "-\(seen + 1)" }
                    inputs.append(InputFile(id: recordID, path: name, format: .html, text: decoded.text, url: url,
                                            encodingNote: decoded.note, controlBytes: decoded.controlBytes))
                } catch {
                    skipped.append(SkippedInput(path: label, reason: error.reason))
                }
            }
        }
        return (inputs, skipped)
    }

    /// The offset of the next line after `start` that begins with "WARC/1." (a record header),
    /// for reading on past a bad record.
    static func nextRecordStart(_ bytes: [UInt8], after start: Int) -> Int? {
        let marker = Array("\nWARC/1.".utf8)
        var i = max(start, 0)
        while i + marker.count <= bytes.count {
            if bytes[i] == 0x0A, bytes[i..<(i + marker.count)].elementsEqual(marker) { return i + 1 }
            i += 1
        }
        return nil
    }

    /// Header fields (names lowercased) and the offset after the blank line that ends them.
    static func headerBlock(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
        var fields: [String: String] = [:]
        var lineStart = start
        var first = true
        var i = start
        let end = min(bytes.count, start + 65_536)
        while i < end {
            guard bytes[i] == 0x0A else { i += 1; continue }
            var lineEnd = i
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == lineStart { return (fields, i + 1) }
            let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            if first {
                fields[":start"] = line
                first = false
            } else if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            i += 1
            lineStart = i
        }
        return nil
    }

    /// The body of an HTTP response, undone of chunking and gzip, and its declared charset.
    static func httpPayload(_ block: ArraySlice<UInt8>) -> Result<(ArraySlice<UInt8>, String?), InputError> {
        let bytes = Array(block)
        guard bytes.starts(with: Array("HTTP/".utf8)), let (headers, bodyStart) = headerBlock(bytes, from: 0) else {
            return .failure(InputError("the response record has no HTTP header"))
        }
        let status = headers[":start"]?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        guard (200..<300).contains(status) else { return .failure(InputError("HTTP status \(status), not a page")) }
        let contentType = headers["content-type"]?.lowercased() ?? ""
        guard contentType.isEmpty || contentType.contains("html") else {
            return .failure(InputError("not an HTML page (\(contentType))"))
        }
        var body = Array(bytes[bodyStart...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let plain = dechunk(body) {
            body = plain
        }
        switch headers["content-encoding"]?.lowercased() ?? "" {
        case "", "identity": break
        case "gzip", "x-gzip":
            if Gzip.isGzip(body) {
                do throws(InputError) { body = try Gzip.decompress(body) } catch { return .failure(error) }
            }
        case let other:
            return .failure(InputError("content encoding '\(other)' is not supported"))
        }
        return .success((body[...], charset(contentType)))
    }

    static func charset(_ contentType: String) -> String? {
        guard let range = contentType.range(of: "charset=") else { return nil }
        let value = contentType[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        return value.isEmpty ? nil : String(value).trimmingCharacters(in: ["\"", "'"])
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var size = 0, digits = 0
            while i < bytes.count, let v = hexValue(bytes[i]) { size = size * 16 + v; i += 1; digits += 1; if digits > 8 { return nil } }
            guard digits > 0 else { return nil }
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }  // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            guard i + size <= bytes.count else { return nil }
            out += bytes[i..<(i + size)]
            i += size
            while i < bytes.count, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        default: return nil
        }
    }

    /// "https://www.example.com/news/a-b.html?x=1" → "www.example.com-news-a-b.html".
    static func slug(_ url: String) -> String {
        var s = Substring(url)
        if let scheme = s.range(of: "://") { s = s[scheme.upperBound...] }
        s = s.prefix { $0 != "?" && $0 != "#" }
        var out = ""
        var dash = false
        for c in s.unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "." || c == "_" {
                if dash, !out.isEmpty { out += "-" }
                out.unicodeScalars.append(c)
                dash = false
            } else {
                dash = true
            }
        }
        return String(out.prefix(100))
    }
}
