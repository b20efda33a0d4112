/// The frozen, read-only form of a `ByteKeyTable`: the same keys and slots in memory of its own,
/// reached through plain pointers, so a lookup costs no reference counting.
///
/// Reads: a `ByteKeyTable`. Adds: `index(of:)` on caller bytes. The owner (`WordTable`) frees the
/// memory with `deallocate()` when it goes; nothing writes to it after `init`.
struct ByteKeyIndex: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let starts: UnsafeBufferPointer<UInt32>
    private let slots: UnsafeBufferPointer<UInt64>
    private let mask: Int

    init(_ table: ByteKeyTable) {
        bytes = Self.copy(table.keyBytes)
        starts = Self.copy(table.keyStarts)
        slots = Self.copy(table.slotArray)
        mask = table.slotArray.count - 1
    }

    var count: Int { starts.count - 1 }

    /// The index of `key`, or -1.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = key.baseAddress else { return -1 }  // empty: never a key
        return index(of: key, prefix: key.count, plus: base, 0)
    }

    /// The index of the key `key[0..<prefix]` followed by the `tailCount` bytes at `tail`, or -1:
    /// a candidate lemma ("kill" + "" of "killed", "cit" + "y" of "cities") looked up without
    /// building it.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, prefix: Int, plus tail: UnsafePointer<UInt8>, _ tailCount: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<prefix { h = (h ^ UInt64(key[i])) &* 0x0000_0100_0000_01B3 }
        for i in 0..<tailCount { h = (h ^ UInt64(tail[i])) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        let length = prefix + tailCount
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            if ByteKeyTable.sameTag(value, h) {
                let i = ByteKeyTable.index(inSlot: value)
                let start = Int(starts[i])
                if Int(starts[i + 1]) - start == length, matches(key, prefix, tail, tailCount, at: start) { return i }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, _ prefix: Int, _ tail: UnsafePointer<UInt8>, _ tailCount: Int, at start: Int) -> Bool {
        for i in 0..<prefix where bytes[start + i] != key[i] { return false }
        for i in 0..<tailCount where bytes[start + prefix + i] != tail[i] { return false }
        return true
    }

    /// Key `index` as a String (short keys are stored inline by String: no allocation).
    func key(at index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(starts[index])..<Int(starts[index + 1])]), as: UTF8.self)
    }

    func deallocate() {
        bytes.deallocate()
        starts.deallocate()
        slots.deallocate()
    }

    /// `array` in memory of its own (freed by the caller).
    static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let memory = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = memory.initialize(from: array)
        return UnsafeBufferPointer(rebasing: memory[0..<array.count])
    }
}
