/// The frozen, read-only form of a `ByteKeyTable`: the same keys and slots in memory of its own,
/// reached through plain pointers, so a lookup costs no reference counting.
///
/// Reads: a `ByteKeyTable`. Adds: `index(of:)` on caller bytes. The owner (`WordTable`) frees the
/// memory with `deallocate()` when it goes; nothing writes to it after `init`.
struct ByteKeyIndex: @unchecked Sendable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let starts: UnsafeBufferPointer<UInt32>
    private let slots: UnsafeBufferPointer<Int32>
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
        var slot = ByteKeyTable.hash(key) & mask
        while true {
            let i = Int(slots[slot])
            if i < 0 { return -1 }
            if ByteKeyTable.equal(key, bytes, Int(starts[i]), Int(starts[i + 1])) { return i }
            slot = (slot + 1) & mask
        }
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
