import ArgumentParser
import CrossCheck

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Group Claims (JSON Lines) by topic and write one Finding per group.",
        discussion: """
            With --stories FILE (a run's stories.jsonl, or what `crosscheck stories` prints), claims are
            compared story by story, and near-duplicate copies count as one source, as `crosscheck run`
            does. Without it, all claims are one story, and documents that share a sentence word for word
            count as one source:
              crosscheck normalize corpus | crosscheck stories --documents > stories.jsonl
              crosscheck normalize corpus | crosscheck extract --documents | crosscheck compare --stories stories.jsonl
            Claims of different stories are never compared, so claims can be compared in groups of whole
            stories (the Spark job does); --merge then reads the groups' findings and prints them as one
            sorted list, as a single compare prints them.
            """
    )

    @Argument(help: "A claims.jsonl file; none or '-': standard input.")
    var claims: String?

    @Option(name: .long, help: "Stories (stories.jsonl or `crosscheck stories` output): compare story by story.")
    var stories: String?

    @Flag(name: .long, help: "The input is findings (of compare runs over groups of whole stories): print them in one sorted list.")
    var merge = false

    func run() throws {
        let text = try InputText.read(claims, allowEmpty: true)
        let name = claims ?? "<stdin>"
        if merge {
            var findings: [Finding] = []
            do {
                for (index, object) in try JSONLines.objects(text, path: name).enumerated() {
                    do { findings.append(try ModelDecoding.finding(object)) } catch {
                        throw Diagnostic(id: "input", "record \(index + 1) is not a finding: \(error)", file: name)
                    }
                }
            } catch {
                throw Console.failure(error)
            }
            Console.writeLines(StoryFindings.sorted(findings))
            Console.flush()
            return
        }
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
        var assignment = StoryAssignment(stories: [])
        if let stories {
            let text = try InputText.read(stories, allowEmpty: true)
            do {
                assignment = StoryAssignment(stories: try ModelDecoding.stories(try JSONLines.objects(text, path: stories)))
            } catch let error as Diagnostic {
                Console.error(error.description)
                throw ExitCode.failure
            } catch {
                Console.error("\(stories): error: [input] not stories: \(error)")
                throw ExitCode.failure
            }
        }
        Console.writeLines(StoryFindings.findings(for: parsed, stories: assignment))
        Console.flush()
    }
}
