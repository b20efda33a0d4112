/// An open-addressing hash set of byte strings that numbers its keys 0, 1, 2, ... in insertion
/// order, with all key bytes in one array: lookups hash the caller's bytes and compare in place,
/// so a lookup allocates nothing.
///
/// Reads: UTF-8 byte strings. Adds: a dense index per distinct key (for parallel arrays). Used
/// while loading; `ByteKeyIndex` is its frozen form for lookups.
struct ByteKeyTable: Sendable {
    private var bytes: [UInt8] = []
    /// Key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [UInt32] = [0]
    /// -1 for an empty slot, else a key index.
    private var slots: [Int32]
    private var mask: Int

    init(expectedCount: Int = 16) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    /// FNV-1a, 64 bits.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The index of `key`, or -1.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        var slot = Self.hash(key) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let i = Int(slots[slot])
                        if i < 0 { return -1 }
                        if Self.equal(key, bytes, Int(starts[i]), Int(starts[i + 1])) { return i }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Adds `key` unless present; returns its index and whether it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if count * 2 >= slots.count { grow() }
        var slot = Self.hash(key) & mask
        while true {
            let i = Int(slots[slot])
            if i < 0 { break }
            if bytes.withUnsafeBufferPointer({ Self.equal(key, $0, Int(starts[i]), Int(starts[i + 1])) }) {
                return (i, false)
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[slot] = Int32(index)
        bytes.append(contentsOf: key)
        starts.append(UInt32(bytes.count))
        return (index, true)
    }

    /// Whether key `index` is `key`.
    @inline(__always)
    func key(at index: Int, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { Self.equal(key, $0, Int(starts[index]), Int(starts[index + 1])) }
    }

    /// Key `index` as a String (short keys are stored inline by String: no allocation).
    func key(at index: Int) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(starts[index])..<Int(starts[index + 1])]), as: UTF8.self)
        }
    }

    /// The storage, for `ByteKeyIndex`.
    var keyBytes: [UInt8] { bytes }
    var keyStarts: [UInt32] { starts }
    var slotArray: [Int32] { slots }

    @inline(__always)
    static func equal(_ key: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start == key.count else { return false }
        var i = 0
        while i < key.count {
            if key[i] != bytes[start + i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        let newMask = size - 1
        bytes.withUnsafeBufferPointer { bytes in
            for i in 0..<count {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[i])..<Int(starts[i + 1])])
                var slot = Self.hash(key) & newMask
                while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
                newSlots[slot] = Int32(i)
            }
        }
        slots = newSlots
        mask = newMask
    }
}
