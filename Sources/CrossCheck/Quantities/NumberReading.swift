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
    /// "1990s".
    var decade = false
    var signed = false

    var scaled: Bool { scaleFactor != 1 }
}
