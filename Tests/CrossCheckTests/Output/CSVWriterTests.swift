import Testing
@testable import CrossCheck

@Suite("CSVWriter")
struct CSVWriterTests {
    /// A strict RFC 4180 reader, to read back what the writer wrote.
    static func parse(_ bytes: [UInt8]) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field: [UInt8] = []
        var i = 0, quoted = false
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 1 } else { quoted = false }
                } else { field.append(b) }
            } else if b == UInt8(ascii: "\"") {
                quoted = true
            } else if b == UInt8(ascii: ",") {
                record.append(String(decoding: field, as: UTF8.self)); field = []
            } else if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                record.append(String(decoding: field, as: UTF8.self)); field = []
                records.append(record); record = []
                i += 1
            } else { field.append(b) }
            i += 1
        }
        return records
    }

    @Test func plainFieldsAreWrittenAsIs() {
        var csv = CSVWriter()
        csv.record(["a", "b c", "4.5", ""])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "a,b c,4.5,\r\n")
    }

    @Test func quotesCommasAndNewlinesAreQuoted() {
        var csv = CSVWriter()
        csv.record(["say \"no\"", "1,000", "line\nbreak", "cr\rhere", " padded", "café"])
        #expect(String(decoding: csv.bytes, as: UTF8.self)
            == "\"say \"\"no\"\"\",\"1,000\",\"line\nbreak\",\"cr\rhere\",\" padded\",café\r\n")
    }

    @Test func whatIsWrittenReadsBack() {
        let rows = [["id", "text"], ["1", "<b>Tom & \"Jerry\"</b>, said:\r\n\"hi\""], ["2", "\"\""], ["3", ","]]
        var csv = CSVWriter()
        for row in rows { csv.record(row) }
        #expect(Self.parse(csv.bytes) == rows)
    }

    @Test func numbersAreIntegralWithoutFractionAndOpenEndsEmpty() {
        var csv = CSVWriter()
        csv.field(28_500.0)
        csv.field(0.25)
        csv.field(Double.infinity)
        csv.field(nil as Double?)
        csv.field(-3)
        csv.endRecord()
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "28500,0.25,,,-3\r\n")
    }
}
