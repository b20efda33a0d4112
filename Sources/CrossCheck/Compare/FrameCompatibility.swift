/// When two claims are about the same thing: the test that puts claims into one event.
///
/// Reads: two claims' frames (`ClaimFrame`), values and rules. Answers: compatible or not, and
/// why not. Claims with values compare when they are the same kind of amount (count, money,
/// share), count the same measure (the same lemma, or one measure class: people ~ civilians ~
/// girls), report the same event class where both name one, and name no different place,
/// holder or explicit day (`subEventConflict`, which also splits a topic rule's claims). Event claims (`frame.event`) compare when they have the same
/// predicate (lemma or class) and holder, and share an object (or, with no object, the place).
public enum FrameCompatibility {
    /// The kind of amount a claim's value is: "count", "amount" (money), "share" (percent),
    /// or "event" for a claim without a value.
    public static func amountKind(_ claim: Claim) -> String {
        guard let value = claim.value else { return "event" }
        if value.unit == "%" { return "share" }
        if let unit = value.unit, unit.count == 3, unit.allSatisfy({ $0.isUppercase }) { return "amount" }
        return "count"
    }

    /// The key that two compatible claims always share: claims in different blocks are never
    /// compared, so grouping looks only inside a block.
    public static func block(_ claim: Claim) -> String {
        let kind = amountKind(claim)
        guard let frame = claim.frame else { return kind + "\u{1F}" + claim.topic.predicate + "\u{1F}" + claim.topic.subject }
        if kind == "event" { return kind + "\u{1F}" + (frame.event ?? frame.lemma ?? "") }
        return kind + "\u{1F}" + (frame.measureClass ?? frame.measure ?? frame.event ?? "")
    }

    /// Why `a` and `b` cannot be about the same thing, or nil when they can.
    public static func conflict(_ a: Claim, _ b: Claim) -> String? {
        guard let fa = a.frame, let fb = b.frame else {
            return a.topic.predicate == b.topic.predicate && a.topic.subject == b.topic.subject ? nil : "different topics"
        }
        let kind = amountKind(a)
        if kind != amountKind(b) { return "different kinds of amount" }
        if kind == "event" {
            guard let ha = fa.holder, let hb = fb.holder, same(ha, hb) else { return "different holders" }
            if (fa.event ?? fa.lemma) != (fb.event ?? fb.lemma) { return "different events" }
            let oa = Set((fa.object ?? "").split(separator: " ").map { $0.lowercased() })
            let ob = Set((fb.object ?? "").split(separator: " ").map { $0.lowercased() })
            if !oa.isEmpty || !ob.isEmpty {
                if oa.isDisjoint(with: ob) { return "different objects" }
            } else if fa.place == nil || fa.place != fb.place {
                return "nothing shared but the verb"
            }
            if let pa = fa.place, let pb = fb.place, !same(pa, pb) { return "different places" }
            return nil
        }
        // Amounts: the same measure (lemma or class).
        let sameMeasure: Bool
        switch (fa.measure, fb.measure) {
        case let (ma?, mb?): sameMeasure = ma == mb || (fa.measureClass != nil && fa.measureClass == fb.measureClass)
        default: sameMeasure = fa.event != nil && fa.event == fb.event
        }
        if !sameMeasure { return "different measures" }
        if let ea = fa.event, let eb = fb.event, ea != eb { return "different events" }
        if let ha = fa.holder, let hb = fb.holder, isName(ha), isName(hb), !same(ha, hb) { return "different holders" }
        return subEventConflict(a, b)
    }

    /// Why `a` and `b` are about different happenings of one kind — another place, another
    /// explicit day (not the publication day) — or nil. It also splits a topic rule's claims
    /// ("people killed"), whose topic says what is counted but not where or when.
    public static func subEventConflict(_ a: Claim, _ b: Claim) -> String? {
        guard let fa = a.frame, let fb = b.frame else { return nil }
        if let pa = fa.place, let pb = fb.place, !same(pa, pb) { return "different places" }
        if let ta = fa.time, let tb = fb.time, ta != a.date, tb != b.date, !sameTime(ta, tb) { return "different days" }
        return nil
    }

    /// Whether two explicit times can be the same: a frame's time is a day (`2013-02-10`), a
    /// month (`2013-02`) or a year (`2013`), and a coarser one holds every finer one inside it
    /// ("in February 2013" and "on 10 February 2013" can be one event; 2012 and 2013 cannot).
    static func sameTime(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        guard long.hasPrefix(short) else { return false }
        return long.utf8.count == short.utf8.count || long.utf8.dropFirst(short.utf8.count).first == UInt8(ascii: "-")
    }

    static func same(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }

    /// A holder that is a name (an entity) rather than a common noun's lemma.
    static func isName(_ s: String) -> Bool { s.first?.isUppercase == true }

    /// The slots two compatible claims share, for the explanation: "measure job, event job cuts".
    public static func shared(_ claims: [Claim]) -> [(String, String)] {
        let frames = claims.compactMap(\.frame)
        guard frames.count == claims.count, let first = frames.first else { return [] }
        var out: [(String, String)] = []
        func common(_ name: String, _ value: (ClaimFrame) -> String?) {
            guard let v = value(first), frames.allSatisfy({ value($0).map { same($0, v) } ?? false }) else { return }
            out.append((name, v))
        }
        common("measure") { $0.measure }
        if out.isEmpty { common("measure class") { $0.measureClass } }
        common("event") { $0.event }
        common("holder") { $0.holder }
        common("object") { $0.object }
        common("place") { $0.place }
        return out
    }
}
