import ArgumentParser
import CrossCheck
import CrossCheckHTML
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "The stance of each document toward a claim: for, against, observing or unrelated, with evidence.",
        discussion: """
            crosscheck check --claim "TEXT" FILE|DIR... [--out DIR]
              one JSON line per claim and document: document, claim, stance, score, cue, speaker, evidence;
              with --out, DIR/check.html (a claim × source table) and DIR/check.jsonl. --claim may be repeated.
            crosscheck check --pairs FILE.jsonl [--labels fnc|emergent]
              one {"id", "claim", "text" | "html" | "path"} per line → one {"id", "stance", "score", "evidence"} per line.
              --labels fnc writes agree/disagree/discuss/unrelated; --labels emergent always picks one of
              for/against/observing (every pair of that benchmark is about its claim).
            """
    )

    @Option(name: .long, help: "The claim to check (repeat for several).")
    var claim: [String] = []

    @Argument(help: "Article files or folders (with --claim).")
    var inputs: [String] = []

    @Option(name: .long, help: "A JSON Lines file of {id, claim, text|html|path} pairs ('-': standard input).")
    var pairs: String?

    @Option(name: .long, help: "Stance names for --pairs: crosscheck (default), fnc, emergent.")
    var labels: String = "crosscheck"

    @Flag(name: .long, help: "Add each result's feature values (what scripts/fit-check-weights reads).")
    var features = false

    @Option(name: .long, help: "Write check.html and check.jsonl into this folder (with --claim).")
    var out: String?

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if pairs == nil && claim.isEmpty { throw ValidationError("Give --claim TEXT with files, or --pairs FILE.jsonl.") }
        if pairs != nil && (!claim.isEmpty || !inputs.isEmpty) { throw ValidationError("--pairs reads its claims and texts from the file; drop --claim and FILE.") }
        if pairs == nil && inputs.isEmpty { throw ValidationError("Name the files or folders to check the claim against.") }
        if !["crosscheck", "fnc", "emergent"].contains(labels) { throw ValidationError("--labels is crosscheck, fnc or emergent.") }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let checker = StanceChecker(rules: ruleSet)
        for d in checker.diagnostics { Console.error(d.description) }
        if let pairs {
            try runPairs(pairs, checker: checker, ruleSet: ruleSet)
        } else {
            try runClaims(checker: checker, ruleSet: ruleSet)
        }
        Console.flush()
    }

    private func runClaims(checker: StanceChecker, ruleSet: RuleSet) throws {
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        let (documents, skipped) = pipeline.documents(inputs)
        Console.skipped(skipped)
        let results = checker.check(claims: claim, in: documents)
        var writer = JSONByteWriter(capacity: 1 << 14)
        for result in results {
            var value = result.jsonValue
            if features, case .object(var pairs) = value { pairs.append(("features", result.features.jsonValue)); value = .object(pairs) }
            value.write(into: &writer)
            writer.raw("\n")
        }
        Console.write(bytes: writer.bytes)
        guard let out else { return }
        do {
            let output = try AtomicOutput(directory: out)
            let page = try CheckPageWriter.render(claims: claim, documents: documents, results: results, skipped: skipped)
            try output.write(page.name, page.html)
            try output.write("check.jsonl", String(decoding: writer.bytes, as: UTF8.self))
            try output.commit()
            Console.error("crosscheck: check page written to \((out as NSString).appendingPathComponent(page.name))")
        } catch {
            throw Console.failure(error)
        }
    }

    private func runPairs(_ path: String, checker: StanceChecker, ruleSet: RuleSet) throws {
        let text = try InputText.read(path, allowEmpty: true)
        let name = path == "-" ? "<stdin>" : path
        let (items, diagnostics) = StancePairs.parse(text, path: name)
        var problems = diagnostics
        let normalizer = Normalizer(lexicons: ruleSet.lexicons, markupParser: HTMLPageReader())
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        var writer = JSONByteWriter(capacity: 1 << 16)
        var profiles: [String: ClaimProfile] = [:]
        for item in items {
            let document: Document
            switch item.content {
            case .text(let body):
                document = Document(id: item.id, path: name, body: body)
            case .html(let html):
                do throws(InputError) {
                    document = try normalizer.normalize(InputFile(id: item.id, path: "\(name):\(item.line)", format: .html, text: html))
                } catch {
                    problems.append(Diagnostic(id: "bad-pair", "pair '\(item.id)': \(error.reason)", file: name, line: item.line))
                    continue
                }
            case .path(let file):
                let (found, skipped) = pipeline.documents([file])
                guard let first = found.first else {
                    let reason = skipped.first?.reason ?? "no document in '\(file)'"
                    problems.append(Diagnostic(id: "bad-pair", "pair '\(item.id)': \(file): \(reason)", file: name, line: item.line))
                    continue
                }
                document = first
            }
            let profile: ClaimProfile
            if let known = profiles[item.claim] { profile = known } else {
                profile = checker.prepare(claim: item.claim)
                profiles[item.claim] = profile
            }
            let result = checker.check(profile, in: checker.prepare(document))
            var fields: [(String, JSONValue)] = [("id", .string(item.id)), ("stance", .string(label(result))),
                                                 ("score", .number(result.score)),
                                                 ("evidence", .array(result.evidence.map(\.jsonValue)))]
            if features { fields.append(("features", result.features.jsonValue)) }
            JSONValue.object(fields).write(into: &writer)
            writer.raw("\n")
            if writer.count >= 1 << 16 {
                Console.write(bytes: writer.bytes)
                writer.removeAll()
            }
        }
        Console.write(bytes: writer.bytes)
        Console.flush()
        for problem in problems.sorted(by: { ($0.line ?? 0) < ($1.line ?? 0) }) { Console.error(problem.description) }
        if !problems.isEmpty && items.isEmpty { throw ExitCode.failure }
    }

    private func label(_ result: StanceResult) -> String {
        switch labels {
        case "fnc": return result.stance.fncLabel
        case "emergent": return result.relatedStance.rawValue
        default: return result.stance.rawValue
        }
    }
}
