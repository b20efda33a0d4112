import Foundation
import Testing
@testable import CrossCheck

@Test(arguments: [
    ([UInt8](), "the file is empty"),
    (Array("  \n\n\t ".utf8), "the file is empty"),
    ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41], "the file is binary, not text"),
    ([0x48, 0x69, 0x20, 0xE9, 0x74, 0xE9], "the file is not valid UTF-8 (first bad byte at offset 3)"),
    ([0xFF, 0xFE, 0x48, 0x00], "the file is UTF-16, not UTF-8"),
])
func unusableBytesAreRejectedWithAReason(bytes: [UInt8], reason: String) {
    #expect(throws: InputError.self) { try InputFile.decode(bytes) }
    do {
        _ = try InputFile.decode(bytes)
    } catch {
        #expect(error.reason == reason)
    }
}

@Test func aByteOrderMarkIsRemoved() throws {
    #expect(try InputFile.decode([0xEF, 0xBB, 0xBF] + Array("Hello.".utf8)) == "Hello.")
}

@Test func aRunSkipsBadInputsAndGoesOn() throws {
    let folder = Repository.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let good = """
        Troops Leave

        Some 1,100 British soldiers are currently based in Estonia, the ministry of defence said on Monday in a statement.
        """
    FileManager.default.createFile(atPath: folder + "/good.txt", contents: Data(good.utf8))
    FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
    FileManager.default.createFile(atPath: folder + "/latin1.txt", contents: Data([0x43, 0x61, 0x66, 0xE9, 0x2E]))
    FileManager.default.createFile(atPath: folder + "/image.png", contents: Data([0x89, 0x50, 0x4E, 0x47]))
    let result = Pipeline(rules: Repository.rules, markupParser: nil).run([folder, folder + "/missing.txt"])
    #expect(result.documents.map(\.id) == ["good"])
    let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map { (($0.path as NSString).lastPathComponent, $0.reason) })
    #expect(reasons["empty.txt"] == "the file is empty")
    #expect(reasons["latin1.txt"]?.hasPrefix("the file is not valid UTF-8") == true)
    #expect(reasons["image.png"]?.hasPrefix("not an input format") == true)
    #expect(reasons["missing.txt"] == "no such file or directory")
    #expect(result.claims.contains { $0.topic.subject == "UK troops in Estonia" })
}
