import Testing
@testable import CrossCheck

@Test(arguments: [
    ("The ministry said on Tuesday that the plan to move the garrison was on hold until the review ends.", "en"),
    ("Le ministère a déclaré mardi que le projet de déplacer la garnison était suspendu jusqu'à la fin de l'examen.", "fr"),
    ("Das Ministerium sagte am Dienstag, dass der Plan, die Garnison zu verlegen, bis zum Ende der Prüfung ausgesetzt sei.", "de"),
    ("El ministerio dijo el martes que el plan para trasladar la guarnición estaba suspendido hasta que termine la revisión.", "es"),
])
func theLanguageOfProseIsFoundFromItsFunctionWords(text: String, code: String) {
    #expect(LanguageGuesser(lexicons: Repository.rules.lexicons).language(of: text) == code)
}

@Test(arguments: ["Estonia Latvia Lithuania Poland NATO Baltic Defence", "", "1,100 2,300 4,500"])
func noLanguageIsGuessedWithoutProse(_ text: String) {
    #expect(LanguageGuesser(lexicons: Repository.rules.lexicons).language(of: text) == nil)
}

@Test func theSeedsAreEnglish() throws {
    #expect(try normalizeCorpusFile("almayadeen-2025-05-23-us-skorea-troops.txt").language == "en")
    #expect(try normalizeCorpusFile("devdiscourse-2025-08-23-us-skorea-alliance.txt").language == "en")
}
