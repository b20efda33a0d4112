import Foundation
import Testing
@testable import CrossCheck

@Test func aRulesFingerprintChangesWithAnyRuleFileAndOnlyThen() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/lexicons", withIntermediateDirectories: true)
    try "lexicon: a\nforms: [x]\n".write(toFile: folder + "/lexicons/a.yaml", atomically: true, encoding: .utf8)
    try "word\tnoun\n".write(toFile: folder + "/words.tsv", atomically: true, encoding: .utf8)
    let first = RulesFingerprint.of(directory: folder)
    #expect(first.hasPrefix("r") && first.count == 17)
    #expect(RulesFingerprint.of(directory: folder) == first)

    try "editor notes".write(toFile: folder + "/.notes", atomically: true, encoding: .utf8)
    #expect(RulesFingerprint.of(directory: folder) == first)

    try "lexicon: a\nforms: [y]\n".write(toFile: folder + "/lexicons/a.yaml", atomically: true, encoding: .utf8)
    let changed = RulesFingerprint.of(directory: folder)
    #expect(changed != first)

    try FileManager.default.moveItem(atPath: folder + "/words.tsv", toPath: folder + "/lexicons/words.tsv")
    #expect(RulesFingerprint.of(directory: folder) != changed)
}
