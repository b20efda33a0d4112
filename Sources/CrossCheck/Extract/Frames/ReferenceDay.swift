/// Calendar arithmetic on `YYYY-MM-DD` days, for the time slot of a frame: "on Tuesday" in an
/// article published on Thursday 2025-05-22 is 2025-05-20 (the latest such day on or before
/// publication), "yesterday" the day before.
enum ReferenceDay {
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    static func resolve(weekday key: String, published: String?) -> String? {
        guard let target = weekdays.firstIndex(of: key), let published, let days = dayNumber(published) else { return nil }
        let today = weekday(days)
        return day(days - (today - target + 7) % 7)
    }

    static func shift(_ published: String?, by offset: Int) -> String? {
        guard let published, let days = dayNumber(published) else { return nil }
        return day(days + offset)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), from a `YYYY-MM-DD` prefix.
    static func dayNumber(_ text: String) -> Int? { CalendarDay.number(text) }

    static func day(_ z: Int) -> String { CalendarDay.string(z) }

    /// 0 = Sunday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 11) % 7 }
}
