/// Reads gzip files (RFC 1952), including several members one after another as gzipped WARC
/// files are written (one member per record).
///
/// Reads: the bytes of a `.gz` file. Adds: the decompressed bytes of all members, checked
/// against each member's stored length; corrupt data gives a one-line reason.
public enum Gzip {
    /// Decompressed output larger than this is refused (256 MiB): a cap on inflated bytes,
    /// enforced while inflating, and on memory: the output buffer never grows past it (it
    /// grows by doubling, clamped to the cap), so a bomb costs at most the cap and one copy
    /// of the half-full buffer, not gigabytes.
    public static let defaultLimit = 256 << 20

    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    public static func decompress(_ bytes: [UInt8], limit: Int = defaultLimit) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        try decompress(bytes, limit: limit, into: &out)
        return out
    }

    /// Decompresses onto `out`; on a throw, `out` holds what was inflated so far (its capacity
    /// never exceeds `limit` by more than an allocator's rounding).
    static func decompress(_ bytes: [UInt8], limit: Int, into out: inout [UInt8]) throws(InputError) {
        // The last member's trailer tells its size (mod 2^32): for the usual one-member file the
        // buffer is reserved once at the right size (never past the cap). It is only a hint: a
        // lying trailer, or bytes after the last member, cost nothing but a regrowth.
        if bytes.count >= 18, isGzip(bytes) {
            let n = bytes.count
            let size = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
            // DEFLATE inflates at most 1032:1, so a small file with a large trailer reserves little.
            out.reserveCapacity(min(limit, bytes.count * 1032, max(size, min(bytes.count * 4, 1 << 20))))
        }
        let result: Result<Void, InputError> = bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            var members = 0
            while offset + 18 <= buffer.count, buffer[offset] == 0x1F, buffer[offset + 1] == 0x8B {
                guard buffer[offset + 2] == 8 else { return .failure(InputError("gzip data uses an unknown compression method")) }
                let flags = buffer[offset + 3]
                var p = offset + 10
                if flags & 0x04 != 0 {  // FEXTRA
                    guard p + 2 <= buffer.count else { break }
                    p += 2 + (Int(buffer[p]) | Int(buffer[p + 1]) << 8)
                }
                if flags & 0x08 != 0 { while p < buffer.count, buffer[p] != 0 { p += 1 }; p += 1 }  // FNAME
                if flags & 0x10 != 0 { while p < buffer.count, buffer[p] != 0 { p += 1 }; p += 1 }  // FCOMMENT
                if flags & 0x02 != 0 { p += 2 }  // FHCRC
                guard p < buffer.count else { return .failure(InputError("the gzip data is truncated")) }
                let before = out.count
                var inflater = Inflater(buffer, at: p, limit: limit)
                do throws(Inflater.Failure) {
                    try inflater.inflate(into: &out)
                } catch {
                    if error.isLimit {
                        return .failure(InputError("the gzip data inflates to more than \(limit) bytes, the limit for one input (member \(members + 1)); not read"))
                    }
                    return .failure(InputError("the gzip data is corrupt (member \(members + 1): \(error.description))"))
                }
                let end = inflater.offset
                guard end + 8 <= buffer.count else { return .failure(InputError("the gzip data is truncated")) }
                let size = UInt32(buffer[end + 4]) | UInt32(buffer[end + 5]) << 8 | UInt32(buffer[end + 6]) << 16 | UInt32(buffer[end + 7]) << 24
                guard UInt32(truncatingIfNeeded: out.count - before) == size else {
                    return .failure(InputError("the gzip data is corrupt (member \(members + 1) has the wrong length)"))
                }
                offset = end + 8
                members += 1
            }
            if members == 0 {
                return .failure(InputError(isGzip(bytes) ? "the gzip data is truncated" : "not gzip data"))
            }
            return .success(())
        }
        if case .failure(let error) = result { throw error }
    }
}
