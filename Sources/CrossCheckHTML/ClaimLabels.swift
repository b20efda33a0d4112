import CrossCheck

/// The words and figures the report shows for a claim: value, interval, stance, verdict.
enum ClaimLabels {
    /// "asserted; positive".
    static func stance(_ claim: Claim) -> String {
        "\(claim.modality.rawValue); \(claim.polarity.rawValue)"
    }

    /// "4,275–4,725 troops", "1,000,000,000–∞ USD", or "45 %" for a point value.
    static func interval(_ value: ClaimValue) -> String {
        let range = value.low == value.high
            ? number(value.low)
            : number(value.low) + "–" + number(value.high)
        guard let unit = value.unit, !unit.isEmpty else { return range }
        return range + " " + unit
    }

    /// Deterministic, locale-free: thousands grouped with commas, infinities as ∞.
    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "∞" : "−∞" }
        let plain = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)"
        guard !plain.contains("e") else { return plain }
        let negative = plain.hasPrefix("-")
        let digits = negative ? plain.dropFirst() : Substring(plain)
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "−" : "") + grouped(parts[0]) + fraction
    }

    private static func grouped(_ digits: Substring) -> String {
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// Section heading per finding kind.
    static func heading(_ kind: Finding.Kind) -> String {
        switch kind {
        case .contradiction: "Contradictions"
        case .discrepancy: "Discrepancies"
        case .update: "Updates"
        case .agreement: "Agreements"
        case .singleSource: "Single-source claims"
        }
    }

    /// `id` of the section for a finding kind.
    static func sectionID(_ kind: Finding.Kind) -> String {
        kind == .singleSource ? "single-source" : heading(kind).lowercased()
    }
}
