import Foundation
import Testing
@testable import CrossCheck

@Test(arguments: [
    ("plain ASCII stays", "plain ASCII stays"),
    ("co\u{00AD}operation", "cooperation"),
    ("zero\u{200B}width and\u{2060}joiner", "zerowidth andjoiner"),
    ("28\u{00A0}500 troops\u{202F}!", "28 500 troops !"),
    ("Cafe\u{0301} and Seo\u{0308}ul", "Café and Seöul"),
    ("line one\r\nline two\rthree\u{2029}four", "line one\nline two\nthree\nfour"),
    ("\u{FEFF}BOM inside", "BOM inside"),
    ("paragraph\n\nbreaks kept", "paragraph\n\nbreaks kept"),
])
func textIsCleaned(raw: String, clean: String) {
    let cleaned = TextCleanup.clean(raw)
    #expect(Array(cleaned.unicodeScalars) == Array(clean.unicodeScalars))
}

/// A record is skipped as empty when nothing but white space is left: the byte scan gives
/// Foundation's answer for ASCII and Unicode spaces alike.
@Test(arguments: [
    ("", true), ("   \n\t\r\n", true), ("\u{0B}\u{0C}", true), ("\u{00A0}\u{2003}\u{3000}\n", true),
    ("\u{2028}\u{0085}", true), ("  text  ", false), ("\n\u{00A0}é", false), ("\u{3000}é", false), ("x", false),
])
func blankRecordText(text: String, blank: Bool) {
    #expect(TextCleanup.isBlank(text) == blank)
    #expect(TextCleanup.isBlank(text) == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
}
