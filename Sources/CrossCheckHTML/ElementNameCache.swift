import CLibXML2

/// The lowercased tag name and `ElementRole` of element names, remembered by the name's bytes:
/// a page has few distinct tag names, so each is turned into a `String` and classified once per
/// page walk, not once per element.
///
/// Reads: an element node. Adds: its tag name (as `tagName`) and role (as `ElementRole.of`).
/// Names of up to 8 ASCII bytes are packed into a `UInt64` (ASCII letters lowercased) and kept
/// in a small direct-mapped table; longer or non-ASCII names are not cached.
struct ElementNameCache {
    private static let slots = 64
    private var keys = [UInt64](repeating: 0, count: slots)
    private var entries = [(tag: String, role: ElementRole)](repeating: ("", .inline), count: slots)

    mutating func lookUp(_ node: xmlNodePtr) -> (tag: String, role: ElementRole) {
        guard let name = node.pointee.name, let key = Self.pack(name) else {
            let tag = node.tagName
            return (tag, ElementRole.of(tag))
        }
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if keys[slot] == key { return entries[slot] }
        let tag = node.tagName
        let entry = (tag, ElementRole.of(tag))
        keys[slot] = key
        entries[slot] = entry
        return entry
    }

    /// A name of 1 to 8 ASCII bytes, lowercased and packed little-endian (distinct names give
    /// distinct non-zero keys: a C string has no NUL inside); nil for other names.
    private static func pack(_ name: UnsafePointer<xmlChar>) -> UInt64? {
        var key: UInt64 = 0
        for i in 0..<9 {
            let b = name[i]
            if b == 0 { return i == 0 ? nil : key }
            guard i < 8, b < 0x80 else { return nil }
            key |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << (8 * UInt64(i))
        }
        return nil
    }
}
