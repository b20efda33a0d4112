import Foundation
import Testing
@testable import CrossCheck

/// Stories from content: the invented stories of Tests/Fixtures/Stories/mixed — floods in Porto
/// Alegre, a derailment near Lyon, a landslide in Nepal (three casualty stories in different
/// places), job cuts at a carmaker (with a wire reprint and a denial of a figure) and a weather
/// piece about nothing else.
@Suite struct StoryGrouperTests {
    static let folder = Repository.path("Tests/Fixtures/Stories/mixed")
    static let pipeline = Pipeline(rules: Repository.rules, markupParser: nil)
    static let documents = pipeline.documents([folder]).documents
    static let grouper = StoryGrouper(lexicons: Repository.rules.lexicons)

    static let expected: Set<Set<String>> = [
        ["flood-a", "flood-b", "flood-c"],
        ["train-a", "train-b", "train-c"],
        ["landslide-a", "landslide-b"],
        ["business-a", "business-b", "business-c"],
        ["weather"],
    ]

    static func partition(_ assignment: StoryAssignment) -> Set<Set<String>> {
        Set(assignment.stories.map { Set($0.documents) })
    }

    @Test func aMixedFolderGivesItsStories() {
        let assignment = Self.grouper.group(Self.documents)
        #expect(Self.documents.count == 12)
        #expect(Self.partition(assignment) == Self.expected)
        for story in assignment.stories {
            #expect(story.id == StableID.make("s", story.documents))
            #expect(story.documents == story.documents.sorted())
        }
    }

    @Test func labelsNameTheStorysEntitiesAndTerms() throws {
        let assignment = Self.grouper.group(Self.documents)
        let flood = try #require(assignment.stories.first { $0.documents.contains("flood-a") })
        #expect(flood.label.contains("Porto Alegre"))
        #expect(flood.label.split(separator: ",").count == 3)
        let train = try #require(assignment.stories.first { $0.documents.contains("train-a") })
        #expect(train.label.contains("Saint-Fons"))
    }

    @Test func inputOrderDoesNotChangeTheStories() {
        let forward = Self.grouper.group(Self.documents)
        let reversed = Self.grouper.group(Array(Self.documents.reversed()))
        let rotated = Self.grouper.group(Array(Self.documents[5...] + Self.documents[..<5]))
        for other in [reversed, rotated] {
            #expect(other.storyOf == forward.storyOf)
            #expect(other.stories == forward.stories)
            #expect(other.copyOf == forward.copyOf)
        }
    }

    @Test func aFolderOfOneStoryIsOneStory() {
        for prefix in ["flood", "train", "business"] {
            let one = Self.documents.filter { $0.id.hasPrefix(prefix) }
            #expect(Self.grouper.group(one).stories.count == 1, "\(prefix)")
        }
        let lithuania = Self.pipeline.documents([Repository.path("Tests/Fixtures/Stories/lithuania")]).documents
        #expect(Self.grouper.group(lithuania).stories.count == 1)
        let seeds = Self.pipeline.documents([Repository.path("corpus")]).documents
        #expect(Self.grouper.group(seeds).stories.count == 1)
    }

    @Test func theSeedsMixedWithOtherStoriesStayOneStoryOfTheirOwn() {
        let documents = Self.pipeline.documents([Repository.path("corpus"), Repository.path("Tests/Fixtures/Stories/lithuania"),
                                                 Self.folder]).documents
        let assignment = Self.grouper.group(documents)
        let seeds: Set<String> = ["almayadeen-2025-05-23-us-skorea-troops", "devdiscourse-2025-08-23-us-skorea-alliance"]
        // Troop cuts in Korea and troop cuts in Lithuania share many words but no name.
        #expect(Self.partition(assignment) == Self.expected.union([seeds, ["wire-a", "wire-b"]]))
    }

    @Test func aDocumentAboutNothingElseStaysAlone() throws {
        let some = Self.documents.filter { $0.id.hasPrefix("flood") || $0.id == "weather" }
        let assignment = Self.grouper.group(some)
        #expect(Self.partition(assignment) == [["flood-a", "flood-b", "flood-c"], ["weather"]])
        let weather = try #require(assignment.stories.first { $0.documents == ["weather"] })
        #expect(weather.label.contains("weekend") || weather.label.contains("coast"))
    }

    @Test func aWireCopyWithLightEditsIsOneCopyGroup() {
        let assignment = Self.grouper.group(Self.documents)
        // business-b reprints business-a under another headline, with a sentence and a footer added.
        #expect(assignment.copyOf["business-a"] == assignment.copyOf["business-b"])
        #expect(assignment.copyOf["business-a"] == StableID.make("c", ["business-a", "business-b"]))
        // business-c is another article on the same story: its own source.
        #expect(assignment.copyOf["business-c"] == "business-c")
        #expect(Set(assignment.copyOf.values).count == 11)
        let business = assignment.stories.first { $0.documents.contains("business-a") }
        #expect(business?.copies == [["business-a", "business-b"]])
    }

    @Test func copiesCountAsOneSource() {
        func claim(_ id: String, _ document: String, _ sentence: String) -> Claim {
            Claim(id: id, document: document, sentence: 0, start: 0, end: 5, rule: "r",
                  topic: Topic(subject: "Veltrana jobs", predicate: "cut"), value: nil, polarity: .positive,
                  modality: .asserted, attribution: Attribution(speaker: nil, via: nil), date: nil, text: "cut",
                  sentenceText: sentence, sentenceStart: 0, source: nil, field: .body)
        }
        // The reprint's sentence differs a little: without the copy map they are two sources.
        let claims = [claim("1", "business-a", "Veltrana will cut about 9,000 jobs."),
                      claim("2", "business-b", "Veltrana Motors will cut about 9,000 jobs."),
                      claim("3", "business-c", "The plan covers about 9,000 jobs.")]
        #expect(SourceCounter.independentSources(claims) == 3)
        let copies = Self.grouper.group(Self.documents).copyOf
        #expect(SourceCounter.independentSources(claims, copies: copies) == 2)
        #expect(SourceCounter.clusters(claims, copies: copies) == [["business-a", "business-b"], ["business-c"]])
    }

    @Test func aRunComparesClaimsOnlyInsideEachStory() throws {
        let result = Self.pipeline.run([Self.folder])
        let storyOf = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.id, $0.story) })
        let claims = Dictionary(uniqueKeysWithValues: result.claims.map { ($0.id, $0) })
        #expect(!result.findings.isEmpty)
        for finding in result.findings {
            let stories = Set(finding.claims.compactMap { claims[$0].flatMap { storyOf[$0.document] } })
            #expect(stories.count == 1, "\(finding.topic.label) spans \(stories.count) stories")
            #expect(stories.first == finding.story)
        }
        // The casualty counts of the three places are never one finding.
        let killed = result.findings.filter { $0.topic.subject.contains("killed") }
        for finding in killed {
            let documents = Set(finding.claims.compactMap { claims[$0]?.document.split(separator: "-").first })
            #expect(documents.count == 1)
        }
        // The pipe variant (`compare --stories stories.jsonl`) reads the stories back and finds the same.
        let text = JSONLines.encode(result.stories.stories)
        let stories = try ModelDecoding.stories(try JSONLines.objects(text, path: "stories.jsonl"))
        #expect(StoryFindings.findings(for: result.claims, stories: StoryAssignment(stories: stories)) == result.findings)
        let lines = JSONLines.encode(result.stories.memberships)
        let fromLines = try ModelDecoding.stories(try JSONLines.objects(lines, path: "stories"))
        #expect(StoryFindings.findings(for: result.claims, stories: StoryAssignment(stories: fromLines)) == result.findings)
    }

    @Test func withoutStoriesEveryClaimIsCompared() {
        let result = Self.pipeline.run([Repository.path("corpus")])
        let plain = ClaimComparator().findings(for: result.claims)
        let byStory = StoryFindings.findings(for: result.claims, stories: StoryAssignment(stories: []))
        #expect(byStory == plain)
        #expect(byStory.allSatisfy { $0.story == nil })
    }

    @Test func storyFieldsInTheJSON() throws {
        let result = Self.pipeline.run([Repository.path("Tests/Fixtures/Stories/lithuania")])
        let story = try #require(result.stories.stories.first)
        let finding = try #require(result.findings.first)
        let line = JSONLines.encode([finding])
        #expect(line.hasPrefix("{\"id\":\"\(finding.id)\",\"kind\":\"\(finding.kind.rawValue)\",\"story\":\"\(story.id)\","))
        let document = JSONLines.encode([result.documents[0]])
        #expect(document.hasSuffix(",\"story\":\"\(story.id)\"}\n"))
        let decoded = try ModelDecoding.document(try JSONLines.objects(document, path: "d")[0])
        #expect(decoded.story == story.id)
        #expect(try ModelDecoding.finding(try JSONLines.objects(line, path: "f")[0]).story == story.id)
    }
}

/// The grouping's work grows linearly with the number of documents: candidate pairs are bounded
/// by the capped posting lists, whatever the corpus.
@Suite struct StoryGroupingWorkTests {
    static let grouper = StoryGrouper(lexicons: Repository.rules.lexicons)

    @Test func candidatePairsGrowLinearly() {
        let small = SyntheticStories.documents(count: 1_000, stories: 50)
        let large = SyntheticStories.documents(count: 2_000, stories: 100)
        let a = Self.grouper.group(small.map(\.document))
        let b = Self.grouper.group(large.map(\.document))
        let settings = StoryGrouper.Settings()
        #expect(b.candidatePairs <= 2_000 * settings.keys * settings.postingCap)
        // 2,000 documents: far fewer than the 1,999,000 pairs of all against all.
        #expect(b.candidatePairs < 2_000 * 150)
        #expect(Double(b.candidatePairs) / Double(a.candidatePairs) < 2.5)
        #expect(b.copyComparisons < 2_000 * 16 * 8)
    }

    @Test func generatedStoriesAreFound() {
        let items = SyntheticStories.documents(count: 2_000, stories: 100)
        let assignment = Self.grouper.group(items.map(\.document))
        let truth = Dictionary(uniqueKeysWithValues: items.map { ($0.document.id, $0.story) })
        // Every predicted story is pure: all its members come from one generated story.
        for story in assignment.stories {
            #expect(Set(story.documents.map { truth[$0]! }).count == 1, "\(story.label)")
        }
        #expect(assignment.stories.count <= Set(truth.values).count + 10)
    }
}
