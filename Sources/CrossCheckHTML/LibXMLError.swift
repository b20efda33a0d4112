/// Why reading a page or writing a report through libxml2 failed.
public enum LibXMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The page is larger than libxml2 accepts in one buffer (2 GiB).
    case inputTooLarge(bytes: Int)
    /// libxml2 returned no document even in recovery mode.
    case unparseable(bytes: Int)
    /// libxml2 could not allocate a document, node or output buffer.
    case allocationFailed(String)

    public var description: String {
        switch self {
        case .inputTooLarge(let bytes): "HTML page too large to parse (\(bytes) bytes)"
        case .unparseable(let bytes): "libxml2 could not parse the HTML page (\(bytes) bytes)"
        case .allocationFailed(let what): "libxml2 could not allocate \(what)"
        }
    }
}
