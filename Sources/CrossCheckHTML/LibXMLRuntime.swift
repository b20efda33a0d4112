import CLibXML2

/// Process-wide libxml2 setup: `xmlInitParser` must run once before any thread uses the library.
enum LibXMLRuntime {
    /// Swift runs a global's initializer exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func prepare() {
        _ = initialized
    }
}
