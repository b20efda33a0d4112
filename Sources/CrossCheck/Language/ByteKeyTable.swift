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
    /// 0 for an empty slot, else `Slot.make`: the key's index and 32 bits of its hash, so that
    /// most probes that miss never touch the key bytes.
    private var slots: [UInt64]
    private var mask: Int

    init(expectedCount: Int = 16) {
        var size = 16
        while size * 2 < expectedCount * 3 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    /// FNV-1a, 64 bits, with the high bits folded in: the low bits choose the slot, the high 32
    /// bits are the slot's tag.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    @inline(__always)
    static func slotValue(hash: UInt64, index: Int) -> UInt64 { (hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1) }

    /// The key index in a slot value (-1 when empty).
    @inline(__always)
    static func index(inSlot value: UInt64) -> Int { Int(value & 0xFFFF_FFFF) - 1 }

    @inline(__always)
    static func sameTag(_ value: UInt64, _ hash: UInt64) -> Bool { (value ^ hash) & 0xFFFF_FFFF_0000_0000 == 0 }

    /// The index of `key`, or -1.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            let i = Self.index(inSlot: value)
            if Self.sameTag(value, h), self.key(at: i, equals: key) { return i }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key` unless present; returns its index and whether it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        if count * 3 >= slots.count * 2 { grow() }
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let value = slots[slot]
            if value == 0 { break }
            let i = Self.index(inSlot: value)
            if Self.sameTag(value, h), bytes.withUnsafeBufferPointer({ Self.equal(key, $0, Int(starts[i]), Int(starts[i + 1])) }) {
                return (i, false)
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[slot] = Self.slotValue(hash: h, index: index)
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
    var slotArray: [UInt64] { slots }

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
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for value in slots where value != 0 {
            let i = Self.index(inSlot: value)
            // The tag keeps only the hash's high bits: rehash the key for its slot.
            let h = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[i])..<Int(starts[i + 1])])) }
            var slot = Int(truncatingIfNeeded: h) & newMask
            while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = value
        }
        slots = newSlots
        mask = newMask
    }
}
