/// A number as read from digits or words, before hedges, units and kinds are applied.
struct NumberReading {
    var value: Double
    /// Half the width of the interval the written precision stands for (before the cap).
    var halfWidth: Double
    /// First token (a sign, a digit token or a number word) and the token after the reading.
    var first: Int
    var next: Int
    /// The digits token, when the number is written in digits.
    var digitToken: Int?
    var scaleFactor: Double = 1
    var ordinal = false
    var fraction = false
    /// "dozens", "tens of thousands": the interval from 2× to 10× (upper end open).
    var plural: (low: Double, high: Double)?
    /// "a few", "a couple": the interval, both ends closed.
    var vague: (low: Double, high: Double)?
    /// "1990s".
    var decade = false
    var signed = false
    /// The token of a scale suffix glued to the digits ("m" in "12m"), which may be a unit instead.
    var suffix: Int?

    /// Multiplies the value, its precision and its interval by `factor`.
    mutating func scale(by factor: Double) {
        value *= factor
        halfWidth *= factor
        if let p = plural { plural = (p.low * factor, p.high * factor) }
        if let v = vague { vague = (v.low * factor, v.high * factor) }
    }

    /// Not a range end: ordinals, plurals ("dozens"), vague words ("a few"), decades.
    var standsAlone: Bool { ordinal || plural != nil || vague != nil || decade }

    var scaled: Bool { scaleFactor != 1 }
}
