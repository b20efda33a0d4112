/// Finds e-mail addresses in a block's UTF-8 bytes. A short paragraph that gives one ("Send tips
/// to news@example.com", "Write to the editor at letters@...") is a contact line, not article text.
enum EmailAddress {
    /// The most words a contact line has; a longer paragraph that quotes an address is text.
    static let contactLineWords = 30

    /// `local@domain.tld`: letters, digits or `._%+-` before the `@`, and a dotted domain after it.
    static func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(0x40) else { return false }
            for (at, byte) in bytes.enumerated() where byte == 0x40 && at > 0 {
                guard isLocal(bytes[at - 1]) else { continue }
                var end = at + 1
                while end < bytes.count, isDomain(bytes[end]) { end += 1 }
                while end > at + 1, bytes[end - 1] == 0x2E { end -= 1 }  // the sentence's full stop
                // A dot inside the domain, with at least two characters after the last one.
                guard let lastDot = bytes[(at + 1)..<end].lastIndex(of: 0x2E) else { continue }
                if lastDot > at + 1, end - lastDot > 2 { return true }
            }
            return false
        }
    }

    private static func isLocal(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }

    private static func isDomain(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || b == 0x2E || b == 0x2D
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
}
