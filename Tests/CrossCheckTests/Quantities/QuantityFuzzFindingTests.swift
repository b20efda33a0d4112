import Foundation
import Testing
@testable import CrossCheck

/// Inputs the fuzzer (`scripts/fuzz quantities`) found, kept so they stay fixed.
@Test func aDateShapedRunOfHugeNumbersIsNoDate() throws {
    // A 22-digit group read as a day, month or year overflowed Int and trapped.
    let found = QuantityFixture.extractor.quantities(in: "9999999999999999999999-99-999 and 99-99999999999999999999999-12")
    #expect(found.allSatisfy { $0.start <= $0.end })
    let data = try #require(FileManager.default.contents(atPath: Repository.path("Tests/Fixtures/Fuzz/quantities-date-overflow.bin")))
    let bytes = [UInt8](data)
    let quantities = bytes.withUnsafeBufferPointer { QuantityFixture.extractor.quantities(in: $0) }
    #expect(quantities.allSatisfy { $0.end <= bytes.count })
}
