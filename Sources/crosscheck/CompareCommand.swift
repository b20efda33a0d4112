import ArgumentParser
import CrossCheck

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Group Claims (JSON Lines) by topic and write one Finding per group."
    )

    @Argument(help: "A claims.jsonl file; none or '-': standard input.")
    var claims: String?

    func run() throws {
        let text = try InputText.read(claims, allowEmpty: true)
        let name = claims ?? "<stdin>"
        let objects: [[String: Any]]
        do { objects = try JSONLines.objects(text, path: name) } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        var parsed: [Claim] = []
        for (index, object) in objects.enumerated() {
            do { parsed.append(try ModelDecoding.claim(object)) } catch {
                Console.error("\(name): error: [input] record \(index + 1) is not a claim: \(error)")
            }
        }
        Console.writeLines(ClaimComparator().findings(for: parsed))
        Console.flush()
    }
}
