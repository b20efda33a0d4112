import Foundation
import Testing
import CrossCheckHTML

/// The sample report's pages, byte for byte, against the files in Tests/Fixtures/Golden/report/.
/// After an intended change to the report, regenerate them with
/// `CROSSCHECK_UPDATE_GOLDEN=1 swift test --filter ReportGolden` and review the diff.
@Suite struct ReportGoldenTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Fixtures/Golden/report").path
    }()

    @Test func pagesMatchTheGoldenFiles() throws {
        let pages = try HTMLReportWriter.render(SampleReport.input)
        let update = ProcessInfo.processInfo.environment["CROSSCHECK_UPDATE_GOLDEN"] == "1"
        for page in pages {
            let path = (Self.folder as NSString).appendingPathComponent(page.name)
            if update {
                try page.html.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try #require(FileManager.default.contents(atPath: path), "no golden file \(path)")
            #expect(String(decoding: golden, as: UTF8.self) == page.html, "\(page.name) differs from its golden file")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names == pages.map(\.name).sorted(), "golden files without a page, or pages without one")
    }
}
