/// The word table's lookup structure: a frozen hash table of every word it knows, each with a
/// 24-byte record holding what a token lookup needs (its classes, a frequency prior per class,
/// where its categories and exception lemmas are), reached through plain pointers.
///
/// Reads: the keys of a `ByteKeyTable` and one `Record` per key. Adds: `index(of:)` on caller
/// bytes, with no allocation and no reference counting; a hit touches a slot, a record and the
/// key's bytes. The owner (`WordTable`) frees the memory with `deallocate()`.
struct WordIndex: @unchecked Sendable {
    struct Record: Sendable {
        var keyStart: UInt32
        /// This word's class entries are `classEntries[firstClassEntry ..< + classCount]`.
        var firstClassEntry: UInt32
        /// Its lemmas as an irregular form are `exceptions[firstException ..< + exceptionCount]`.
        var firstException: UInt32
        /// The frequency prior per class, 16 bits each (noun lowest), capped at 65,535.
        var priors: UInt64
        var keyLength: UInt8
        /// Bit `c` set: the word is a lemma of class `c`.
        var classMask: UInt8
        var classCount: UInt8
        var exceptionCount: UInt8
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    let records: UnsafeBufferPointer<Record>
    private let slots: UnsafeBufferPointer<UInt64>
    private let mask: Int

    init(keys: ByteKeyTable, records: [Record]) {
        precondition(records.count == keys.count)
        bytes = Self.copy(keys.keyBytes)
        self.records = Self.copy(records)
        slots = Self.copy(keys.slotArray)
        mask = keys.slotArray.count - 1
    }

    var count: Int { records.count }

    /// Whether word `index` (-1: none) is a lemma of class `classIndex`.
    @inline(__always)
    func has(_ index: Int, _ classIndex: Int) -> Bool {
        index >= 0 && records[index].classMask & (1 << UInt8(classIndex)) != 0
    }

    /// The frequency prior of word `index` in class `classIndex`.
    @inline(__always)
    func prior(_ index: Int, _ classIndex: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: records[index].priors >> (16 * UInt64(classIndex))) & 0xFFFF
    }

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
                let record = records[i]
                if Int(record.keyLength) == length, matches(key, prefix, tail, tailCount, at: Int(record.keyStart)) { return i }
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
        let start = Int(records[index].keyStart)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(records[index].keyLength))]), as: UTF8.self)
    }

    func deallocate() {
        bytes.deallocate()
        records.deallocate()
        slots.deallocate()
    }

    /// `array` in memory of its own (freed by the caller).
    static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let memory = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = memory.initialize(from: array)
        return UnsafeBufferPointer(rebasing: memory[0..<array.count])
    }
}
