/// RFC 4180 CSV, written on bytes: fields separated by commas, records ended by CRLF, a field
/// quoted (with its quotes doubled) exactly when it holds a comma, a quote, CR or LF, or starts or
/// ends with a space. (No CSV library is on this machine's package list; writing the format
/// takes this one type, and it never goes through Foundation.)
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = []
    private var fieldsInRecord = 0

    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// One field of the current record.
    public mutating func field(_ text: String) {
        if fieldsInRecord > 0 { bytes.append(UInt8(ascii: ",")) }
        fieldsInRecord += 1
        var copy = text
        copy.withUTF8 { utf8 in
            guard Self.needsQuotes(utf8) else { return bytes.append(contentsOf: utf8) }
            bytes.append(UInt8(ascii: "\""))
            var start = 0
            for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...i]))
                bytes.append(UInt8(ascii: "\""))
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// A number as JSON Lines writes it (integral values without a fraction); empty for nil and
    /// for infinities (an open-ended interval).
    public mutating func field(_ number: Double?) {
        guard let number, number.isFinite else { return field("") }
        field(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)")
    }

    public mutating func field(_ number: Int) { field(String(number)) }

    /// A whole record.
    public mutating func record(_ fields: [String]) {
        for value in fields { field(value) }
        endRecord()
    }

    public mutating func endRecord() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        fieldsInRecord = 0
    }

    private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        return utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
    }
}
