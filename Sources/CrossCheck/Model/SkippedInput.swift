/// An input the run could not use, and why; listed in the report so nothing is silently dropped.
public struct SkippedInput: Sendable, Hashable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

extension SkippedInput: JSONLineRepresentable {
    public var jsonValue: JSONValue { .object([("path", .string(path)), ("reason", .string(reason))]) }
}
