import CrossCheck

/// Everything one report shows: the documents, their claims, the findings over the claims, and the
/// inputs the run had to skip. The claims are `claims`, in memory, or come from `claimSource`
/// when it is set: a run's claims.jsonl read a story at a time (`ClaimFileIndex`), which gives
/// the same pages for the same lines.
public struct ReportInput: Sendable {
    public var documents: [Document]
    public var claims: [Claim]
    /// Where to read the claims instead of `claims`.
    public var claimSource: (any ClaimSource)?
    public var findings: [Finding]
    public var skipped: [SkippedInput]
    /// The run's stories: findings are shown story by story, under each story's label.
    public var stories: [Story]
    /// Page heading and `<title>`, e.g. "crosscheck report".
    public var title: String
    /// How many rows a page may hold.
    public var limits: ReportLimits

    public init(
        documents: [Document], claims: [Claim], findings: [Finding], skipped: [SkippedInput] = [],
        stories: [Story] = [], title: String = "crosscheck report", limits: ReportLimits = ReportLimits()
    ) {
        self.init(documents: documents, claimSource: nil, findings: findings, skipped: skipped,
                  stories: stories, title: title, limits: limits)
        self.claims = claims
    }

    public init(
        documents: [Document], claimSource: (any ClaimSource)?, findings: [Finding], skipped: [SkippedInput] = [],
        stories: [Story] = [], title: String = "crosscheck report", limits: ReportLimits = ReportLimits()
    ) {
        self.limits = limits
        self.stories = stories
        self.documents = documents
        self.claims = []
        self.claimSource = claimSource
        self.findings = findings
        self.skipped = skipped
        self.title = title
    }
}
