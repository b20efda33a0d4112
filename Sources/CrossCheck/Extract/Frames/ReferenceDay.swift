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
    static func dayNumber(_ text: String) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func day(_ z: Int) -> String {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// 0 = Sunday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 11) % 7 }
}
