/// What a claim is about, slot by slot, so that claims from different documents can be told
/// to be about the same thing: what a number counts, what happened, to or by whom, where and
/// when. Every slot may be unsaid (nil).
public struct ClaimFrame: Sendable, Hashable {
    /// What a number counts or measures, as a lemma: "job", "people", "troop", "money".
    public var measure: String?
    /// The measure's class, so that different words for one measure compare: "person" for
    /// people, civilians and girls (`rules/frames/measure-classes.yaml`, WordNet's persons).
    public var measureClass: String?
    /// The event class ("killed", "job cuts", "paid": `rules/frames/event-classes.yaml`), or
    /// the predicate's lemma when no class lists it.
    public var event: String?
    /// The predicate's lemma as written: "slash", "die", "offer".
    public var lemma: String?
    /// The entity the clause is about: its subject ("the company", "South Korea").
    public var holder: String?
    /// For event frames: the heads of what the predicate is done to ("land", "journalist").
    public var object: String?
    public var place: String?
    /// An explicit date or day of the sentence (`YYYY-MM-DD` where it can be resolved), else
    /// the publication day.
    public var time: String?

    public init(measure: String? = nil, measureClass: String? = nil, event: String? = nil, lemma: String? = nil, holder: String? = nil,
                object: String? = nil, place: String? = nil, time: String? = nil) {
        self.measure = measure
        self.measureClass = measureClass
        self.event = event
        self.lemma = lemma
        self.holder = holder
        self.object = object
        self.place = place
        self.time = time
    }

    public var jsonValue: JSONValue {
        .object([
            ("measure", .optional(measure)), ("measure_class", .optional(measureClass)), ("event", .optional(event)), ("lemma", .optional(lemma)),
            ("holder", .optional(holder)), ("object", .optional(object)), ("place", .optional(place)),
            ("time", .optional(time)),
        ])
    }
}
