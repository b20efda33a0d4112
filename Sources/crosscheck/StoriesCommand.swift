import ArgumentParser
import CrossCheck
import CrossCheckHTML

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Group documents into stories (documents about the same news event): JSON Lines, one line per document.",
        discussion: """
            Each line: {"document", "story", "label", "copy"}, sorted by document id. `story` is the story's id
            (the same for every document of one story), `label` its top entities and terms, `copy` the
            document's near-duplicate copy group (its own id when it has no copy). Inputs: article files or
            folders (normalized first); with --documents, JSON Lines Documents as `crosscheck normalize` writes
            them (standard input when no file is named). Feed the output to `crosscheck compare --stories`.

            For running the pipeline in pieces (the Spark job, docs/scale.md):
              --features FILE          groups the documents whose story features (the "F\t" lines of
                                       `crosscheck extract --files-from`, without the tag) FILE holds, and
                                       prints the stories as stories.jsonl lines; --centrals OUT also writes
                                       each story's central claim ({"story", "claim"})
              --story-claims CENTRALS  reads Documents with their story (standard input) and prints each
                                       one's stance toward its story's central claim, as claims
            """
    )

    @Argument(help: "Files or folders; none: standard input (with --documents).")
    var inputs: [String] = []

    @Flag(name: .long, help: "Inputs are JSON Lines Documents from `crosscheck normalize`.")
    var documents = false

    @Option(name: .long, help: "The average similarity (cosine, 0 to 1) of two stories' documents from which they merge (default 0.2); higher splits more.")
    var threshold: Float?

    @Option(name: .long, help: "The same for a story of one or two documents joining another (default 0.1); set it to the threshold to turn this off.")
    var smallThreshold: Float?

    @Option(name: .long, help: "Group from story features (JSON Lines) instead of documents; print stories.jsonl lines.")
    var features: String?

    @Option(name: .long, help: "With --features: write each story's central claim to this file.")
    var centrals: String?

    @Option(name: .long, help: "Central claims ({\"story\", \"claim\"}): print the story claims of the Documents on standard input.")
    var storyClaims: String?

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let pipeline = Pipeline(rules: ruleSet, markupParser: HTMLPageReader())
        var settings = StoryGrouper.Settings()
        if let threshold { settings.threshold = threshold }
        if let smallThreshold { settings.smallThreshold = smallThreshold }
        let grouper = StoryGrouper(lexicons: ruleSet.lexicons, settings: settings)
        if let storyClaims {
            try StoryPieces.storyClaims(pipeline, centrals: storyClaims, documents: inputs)
            return
        }
        if let features {
            try StoryPieces.group(pipeline, grouper: grouper, features: features, centrals: centrals)
            return
        }
        let docs = try DocumentInput.read(inputs, documents: documents, jsonl: false, pipeline: pipeline)
        let assignment = grouper.group(docs)
        Console.writeLines(assignment.memberships)
        Console.flush()
    }
}
