/// A frame's slots in one line, as `explain` and the report show them:
/// "measure job · event job cuts (cut) · holder Acme Corp · time 2025-05-23".
public enum FrameDescription {
    public static func line(_ frame: ClaimFrame) -> String {
        parts(frame).map { "\($0.0) \($0.1)" }.joined(separator: " · ")
    }

    /// The slots that are said, named, in a fixed order.
    public static func parts(_ frame: ClaimFrame) -> [(String, String)] {
        var out: [(String, String)] = []
        if let m = frame.measure { out.append(("measure", m)) }
        if let e = frame.event {
            out.append(("event", frame.lemma.map { $0 == e ? e : "\(e) (\($0))" } ?? e))
        }
        if let h = frame.holder { out.append(("holder", h)) }
        if let o = frame.object { out.append(("object", o)) }
        if let p = frame.place { out.append(("place", p)) }
        if let t = frame.time { out.append(("time", t)) }
        return out
    }
}
