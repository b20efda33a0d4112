/// What holds between the claims on one topic.
public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case contradiction, discrepancy, update, agreement
        case singleSource = "single-source"

        /// Report order: contradictions first.
        public var rank: Int {
            switch self {
            case .contradiction: 0
            case .discrepancy: 1
            case .update: 2
            case .agreement: 3
            case .singleSource: 4
            }
        }
    }

    public var id: String
    public var kind: Kind
    /// The story (`Story.id`) whose claims were compared; nil when the claims were compared
    /// without stories.
    public var story: String?
    /// What the claims share, slot by slot ("measure job · event job cuts · holder Acme Corp");
    /// nil when they were grouped by a topic rule's topic alone.
    public var event: String?
    public var topic: Topic
    /// Claim ids, in document and position order.
    public var claims: [String]
    /// Independent sources: documents, with reprints of the same copy counted once.
    public var sources: Int
    public var explanation: String

    public init(id: String, kind: Kind, story: String? = nil, event: String? = nil, topic: Topic, claims: [String],
                sources: Int, explanation: String) {
        self.id = id
        self.kind = kind
        self.story = story
        self.event = event
        self.topic = topic
        self.claims = claims
        self.sources = sources
        self.explanation = explanation
    }
}

extension Finding: JSONLineRepresentable {
    public var jsonValue: JSONValue {
        .object([
            ("id", .string(id)),
            ("kind", .string(kind.rawValue)),
            ("story", .optional(story)),
            ("event", .optional(event)),
            ("topic", topic.jsonValue),
            ("claims", .array(claims.map(JSONValue.string))),
            ("sources", .int(sources)),
            ("explanation", .string(explanation)),
        ])
    }
}

extension Finding {
    /// Findings in report order: by kind rank, then input order.
    public static func reportOrder(_ findings: [Finding]) -> [Finding] {
        findings.enumerated()
            .sorted { ($0.element.kind.rank, $0.offset) < ($1.element.kind.rank, $1.offset) }
            .map(\.element)
    }

    /// Each claim's verdict: the kind of the first finding (in report order) that includes it.
    public static func verdicts(ofRanked findings: [Finding]) -> [String: Kind] {
        var result: [String: Kind] = [:]
        for finding in findings {
            for id in finding.claims where result[id] == nil { result[id] = finding.kind }
        }
        return result
    }
}
