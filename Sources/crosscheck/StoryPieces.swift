import ArgumentParser
import CrossCheck
import Foundation

/// The global steps of a run done apart from it (`crosscheck stories --features`, `--story-claims`):
/// what the Spark job's driver runs once every partition's per-file work is in.
enum StoryPieces {
    /// Stories from story features, printed as stories.jsonl lines; with `centrals`, each story's
    /// central claim is written there, one `{"story", "claim"}` line per story that has one.
    static func group(_ pipeline: Pipeline, grouper: StoryGrouper, features path: String, centrals: String?) throws {
        var features: [StoryFeatures] = []
        var candidates: [String: [String]] = [:]
        var reader = try JSONLinesFileReader(path: path)
        while let object = try reader.next() {
            do {
                let (one, theirs) = try StoryFeatures.decode(object)
                features.append(one)
                candidates[one.document] = theirs
            } catch {
                throw InputError("\(path):\(reader.line): \(error)")
            }
        }
        let stories = grouper.group(features)
        if let centrals {
            let chosen = pipeline.storyCheck.centralClaims(candidates: candidates, stories: stories)
            let lines = chosen.keys.sorted().map { JSONValue.object([("story", .string($0)), ("claim", .string(chosen[$0]!))]).serialized + "\n" }
            guard FileManager.default.createFile(atPath: centrals, contents: Data(lines.joined().utf8)) else {
                throw InputError("\(centrals): cannot write the file")
            }
        }
        Console.writeLines(stories.stories)
        Console.flush()
    }

    /// Each Document's (JSON Lines, with its `story`) stance toward its story's central claim.
    static func storyClaims(_ pipeline: Pipeline, centrals path: String, documents inputs: [String]) throws {
        var centrals: [String: String] = [:]
        var reader = try JSONLinesFileReader(path: path)
        while let object = try reader.next() {
            guard let story = object["story"] as? String, let claim = object["claim"] as? String else {
                throw InputError("\(path):\(reader.line): not a central claim {\"story\", \"claim\"}")
            }
            centrals[story] = claim
        }
        let documents = try DocumentInput.read(inputs, documents: true, jsonl: false, pipeline: pipeline)
        let pairs = documents.compactMap { document in document.story.flatMap { centrals[$0] }.map { (document, $0) } }
        let claims = ParallelMap.map(pairs) { pipeline.storyCheck.claim(for: $0.0, central: $0.1) }.compactMap { $0 }
        Console.writeLines(claims)
        Console.flush()
    }
}
