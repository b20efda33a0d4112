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
