/// A DEFLATE (RFC 1951) decoder in pure Swift, so gzipped crawls need no zlib.
///
/// Reads: a raw DEFLATE stream starting at a byte offset. Adds: the decompressed bytes appended
/// to an output array, and the offset just past the stream. Canonical Huffman codes are decoded
/// through a 9-bit lookup table with a bit-by-bit fallback for longer codes. Corrupt data throws;
/// output beyond `limit` bytes throws too (a "zip bomb" never exhausts memory).
///
/// Why not zlib (which libxml2 links anyway): measured on 30 MB of news text gzipped at level 6
/// (2 shared cores, `swiftc -O`), this inflates at 75 MB/s and zlib (through Python's
/// `gzip.decompress`) at 103 MB/s. Inflating is a small part of a run (normalizing and
/// extracting run at a few MB/s), so zlib's 1.4× would not show, while it would cost a system-
/// library shim in the core (which is pure Swift), a C decoder fed untrusted bytes, and its own
/// output cap. This one is bounds-checked, caps its output while inflating, and is fuzzed
/// (`scripts/fuzz inflate`).
struct Inflater {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
        /// The output reached the cap: the data may be fine, just too big.
        var isLimit: Bool { description.hasPrefix("decompressed data exceeds") }
    }

    /// A canonical Huffman code: counts per length, symbols by code, and a fast table.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]
        /// For codes of up to `fastBits` bits: (symbol << 4) | length, indexed by the next bits
        /// (LSB first); 0 when the code is longer.
        var fast: [Int32]
        static let fastBits = 9

        init(lengths: ArraySlice<Int>) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            fast = [Int32](repeating: 0, count: 1 << Self.fastBits)
            for l in lengths { counts[l] += 1 }
            counts[0] = 0
            var left = 1
            for len in 1...15 {
                left <<= 1
                left -= counts[len]
                if left < 0 { throw Failure("over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            var index = 0
            for l in lengths {
                if l != 0 { symbols[offsets[l]] = index; offsets[l] += 1 }
                index += 1
            }
            // Fast table: walk codes in canonical order.
            var code = 0, first = 0, k = 0
            for len in 1...Self.fastBits {
                for _ in 0..<counts[len] {
                    // Reverse `code` (len bits) for LSB-first lookup.
                    var reversed = 0
                    for b in 0..<len where code & (1 << b) != 0 { reversed |= 1 << (len - 1 - b) }
                    var fill = reversed
                    while fill < (1 << Self.fastBits) {
                        fast[fill] = Int32(symbols[k] << 4 | len)
                        fill += 1 << len
                    }
                    code += 1
                    k += 1
                }
                first = (first + counts[len]) << 1
                code = first
            }
        }
    }

    private let input: UnsafeBufferPointer<UInt8>
    private var position: Int
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private let limit: Int

    init(_ input: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) {
        self.input = input
        self.position = offset
        self.limit = limit
    }

    /// The offset of the first byte after the stream (whole bytes consumed).
    var offset: Int { position - bitCount / 8 }

    private mutating func refill() {
        // Past the end, zero bytes are fed; `checkOverrun` throws once any of them is consumed.
        while bitCount <= 56 {
            let byte: UInt64 = position < input.count ? UInt64(input[position]) : 0
            bitBuffer |= byte << UInt64(bitCount)
            bitCount += 8
            position += 1
        }
    }

    private mutating func bits(_ n: Int) throws(Failure) -> Int {
        if n == 0 { return 0 }
        if bitCount < n { refill() }
        let value = Int(bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        try checkOverrun()
        return value
    }

    private func checkOverrun() throws(Failure) {
        if position > input.count, (position - input.count) * 8 > bitCount {
            throw Failure("unexpected end of compressed data")
        }
    }

    private mutating func decode(_ h: Huffman) throws(Failure) -> Int {
        if bitCount < 16 { refill() }
        let entry = h.fast[Int(bitBuffer & UInt64((1 << Huffman.fastBits) - 1))]
        if entry != 0 {
            let len = Int(entry & 15)
            bitBuffer >>= UInt64(len)
            bitCount -= len
            try checkOverrun()
            return Int(entry >> 4)
        }
        var code = 0, first = 0, index = 0
        for len in 1...15 {
            code |= Int(bitBuffer & 1)
            bitBuffer >>= 1
            bitCount -= 1
            let count = h.counts[len]
            if code - count < first {
                try checkOverrun()
                return h.symbols[index + (code - first)]
            }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw Failure("invalid Huffman code")
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let fixed: (Huffman, Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        let distances = [Int](repeating: 5, count: 30)
        // The fixed codes are complete and valid.
        return (try! Huffman(lengths: lengths[...]), try! Huffman(lengths: distances[...]))
    }()

    /// Inflates one whole DEFLATE stream onto `out`.
    mutating func inflate(into out: inout [UInt8]) throws(Failure) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored(into: &out)
            case 1: try codes(Self.fixed.0, Self.fixed.1, into: &out)
            case 2:
                let (l, d) = try dynamicTables()
                try codes(l, d, into: &out)
            default: throw Failure("invalid block type")
            }
        }
        // Give back whole unused bytes.
        let spare = bitCount / 8
        position -= spare
        bitCount = 0
        bitBuffer = 0
    }

    private mutating func stored(into out: inout [UInt8]) throws(Failure) {
        // Drop to a byte boundary, then give back buffered whole bytes.
        _ = try bits(bitCount % 8)
        position -= bitCount / 8
        bitCount = 0
        bitBuffer = 0
        guard position + 4 <= input.count else { throw Failure("unexpected end of compressed data") }
        let len = Int(input[position]) | Int(input[position + 1]) << 8
        let nlen = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard len == ~nlen & 0xFFFF else { throw Failure("stored block length does not match its complement") }
        position += 4
        guard position + len <= input.count else { throw Failure("unexpected end of compressed data") }
        guard out.count + len <= limit else { throw Failure("decompressed data exceeds \(limit) bytes") }
        grow(&out, by: len)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<(position + len)]))
        position += len
    }

    /// Makes room for `extra` more bytes: doubling, but never past `limit`, so the buffer of a
    /// bomb stops at the cap instead of doubling beyond it (the caller has checked
    /// `out.count + extra <= limit`).
    private func grow(_ out: inout [UInt8], by extra: Int) {
        let needed = out.count + extra
        guard needed > out.capacity else { return }
        out.reserveCapacity(min(limit, max(needed, out.capacity * 2, 1 << 16)))
    }

    private mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
        let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
        guard nlen <= 286, ndist <= 30 else { throw Failure("bad code counts") }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<ncode { codeLengths[order[i]] = try bits(3) }
        let lencode = try Huffman(lengths: codeLengths[...])
        var lengths = [Int](repeating: 0, count: nlen + ndist)
        var i = 0
        while i < nlen + ndist {
            let symbol = try decode(lencode)
            if symbol < 16 { lengths[i] = symbol; i += 1; continue }
            var value = 0, repeatCount: Int
            switch symbol {
            case 16:
                guard i > 0 else { throw Failure("repeat with no previous length") }
                value = lengths[i - 1]
                repeatCount = 3 + (try bits(2))
            case 17: repeatCount = 3 + (try bits(3))
            default: repeatCount = 11 + (try bits(7))
            }
            guard i + repeatCount <= nlen + ndist else { throw Failure("too many code lengths") }
            for _ in 0..<repeatCount { lengths[i] = value; i += 1 }
        }
        guard lengths[256] != 0 else { throw Failure("no end-of-block code") }
        return (try Huffman(lengths: lengths[0..<nlen]), try Huffman(lengths: lengths[nlen...]))
    }

    private mutating func codes(_ lencode: Huffman, _ distcode: Huffman, into out: inout [UInt8]) throws(Failure) {
        while true {
            let symbol = try decode(lencode)
            if symbol < 256 {
                if out.count >= limit { throw Failure("decompressed data exceeds \(limit) bytes") }
                if out.count == out.capacity { grow(&out, by: 1) }
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let ls = symbol - 257
            guard ls < 29 else { throw Failure("invalid length code") }
            let length = Self.lengthBase[ls] + (try bits(Self.lengthExtra[ls]))
            let ds = try decode(distcode)
            guard ds < 30 else { throw Failure("invalid distance code") }
            let distance = Self.distanceBase[ds] + (try bits(Self.distanceExtra[ds]))
            guard distance <= out.count else { throw Failure("distance too far back") }
            guard out.count + length <= limit else { throw Failure("decompressed data exceeds \(limit) bytes") }
            if out.count + length > out.capacity { grow(&out, by: length) }
            // Byte by byte, never `out.append(contentsOf: out[a..<b])`: the slice keeps a second
            // reference to the buffer, so the append copied the whole output every time — each
            // back-reference cost O(output), a 3 MB file took more than a minute.
            let start = out.count - distance
            for k in 0..<length { out.append(out[start + k]) }
        }
    }
}
