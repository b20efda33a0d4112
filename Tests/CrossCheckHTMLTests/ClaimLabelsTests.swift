import CrossCheck
import Testing
@testable import CrossCheckHTML

@Suite("ClaimLabels")
struct ClaimLabelsTests {
    @Test func numbersAreGroupedWithoutLocale() {
        #expect(ClaimLabels.number(28_500) == "28,500")
        #expect(ClaimLabels.number(1_000_000_000) == "1,000,000,000")
        #expect(ClaimLabels.number(44.39) == "44.39")
        #expect(ClaimLabels.number(12_345.5) == "12,345.5")
        #expect(ClaimLabels.number(-4_500) == "−4,500")
        #expect(ClaimLabels.number(999) == "999")
        #expect(ClaimLabels.number(.infinity) == "∞")
    }

    @Test func intervals() {
        #expect(ClaimLabels.interval(ClaimValue(value: 45, low: 45, high: 45, unit: "%", text: "45%")) == "45 %")
        #expect(ClaimLabels.interval(ClaimValue(value: 1e9, low: 1e9, high: .infinity, unit: nil, text: "over")) == "1,000,000,000–∞")
    }

    @Test func paragraphsSplitOnBlankLines() {
        let body = Array("One.\n\nTwo\nlines.\n\n\n\nThree.\n\n".utf8)
        let texts = DocumentPage.paragraphs(in: body).map { String(decoding: body[$0], as: UTF8.self) }
        #expect(texts == ["One.", "Two\nlines.", "Three."])
    }
}
