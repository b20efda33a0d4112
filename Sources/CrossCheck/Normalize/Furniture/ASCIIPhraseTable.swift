import Foundation

/// Whole-text look-ups of ASCII texts ("most read", "left menu") by their UTF-8 bytes, without
/// making a `String` or hashing through `Hasher`: an open-addressing table over a hash that
/// reads eight bytes at a time.
///
/// Built from a `String`-keyed table, it answers as that table does for ASCII texts: an ASCII
/// text equals a key as a `String` (canonical equivalence) exactly when it equals the key's NFC
/// form byte for byte, so keys are stored in NFC, and keys whose NFC form is not ASCII (which
/// no ASCII text can equal) are left out.
struct ASCIIPhraseTable<Value: Sendable>: Sendable {
    /// The keys' bytes, one after another.
    private let bytes: [UInt8]
    /// Per slot: the key's bytes in `bytes` and its value; nil for an empty slot.
    private let slots: [(key: Range<Int>, value: Value)?]

    init(_ table: [String: Value]) {
        var bytes: [UInt8] = []
        var entries: [(key: Range<Int>, hash: UInt64, value: Value)] = []
        // Sorted, so that the layout does not depend on the order of the dictionary.
        for (key, value) in table.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            let nfc = Array(key.precomposedStringWithCanonicalMapping.utf8)
            guard nfc.allSatisfy({ $0 < 0x80 }) else { continue }
            let range = bytes.count..<(bytes.count + nfc.count)
            bytes += nfc
            entries.append((range, nfc.withUnsafeBufferPointer(Self.hash), value))
        }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = [(key: Range<Int>, value: Value)?](repeating: nil, count: size)
        for entry in entries {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[slot] != nil { slot = (slot + 1) & (size - 1) }
            slots[slot] = (entry.key, entry.value)
        }
        self.bytes = bytes
        self.slots = slots
    }

    /// The value of the key equal to `text`, which is ASCII.
    func value(for text: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Int(truncatingIfNeeded: Self.hash(text)) & (slots.count - 1)
        while let entry = slots[slot] {
            if entry.key.count == text.count,
               text.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + entry.key.lowerBound, text.baseAddress!, text.count) == 0 }) {
                return entry.value
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(text.count) &* k
        var i = 0
        if let base = UnsafeRawPointer(text.baseAddress) {
            while i + 8 <= text.count {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
                i += 8
            }
        }
        var tail: UInt64 = 0
        while i < text.count {
            tail = tail << 8 | UInt64(text[i])
            i += 1
        }
        h = (h ^ tail) &* k
        return h ^ (h >> 32)
    }
}
