/// A JSON value whose objects keep their keys in the order they were written, so that every
/// JSON Lines output of crosscheck has a stable, documented key order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// `nil` becomes `null`.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// A number: integral values print without a fraction; infinities print as `null`
    /// (JSON has no infinity; an open upper bound is written as null).
    public static func number(_ d: Double?) -> JSONValue {
        guard let d, d.isFinite else { return .null }
        if d == d.rounded(), abs(d) < 9.0e15 { return .int(Int(d)) }
        return .double(d)
    }

    /// Compact, single-line serialisation (one JSON Lines record).
    public var serialized: String {
        var writer = JSONByteWriter(capacity: 256)
        write(into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Appends the compact serialisation to a byte writer (strings are escaped on bytes).
    public func write(into out: inout JSONByteWriter) {
        switch self {
        case .null: out.raw("null")
        case .bool(let b): b ? out.raw("true") : out.raw("false")
        case .int(let i): out.int(i)
        case .double(let d):
            if d.isFinite { out.string(unquoted: "\(d)") } else { out.raw("null") }
        case .string(let s): out.string(s)
        case .array(let items):
            out.raw("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.raw(",") }
                item.write(into: &out)
            }
            out.raw("]")
        case .object(let pairs):
            out.raw("{")
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.raw(",") }
                out.string(key)
                out.raw(":")
                value.write(into: &out)
            }
            out.raw("}")
        }
    }
}

/// A value that has a JSON Lines form with a fixed key order.
public protocol JSONLineRepresentable {
    var jsonValue: JSONValue { get }
}
