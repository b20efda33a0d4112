/// How the page reader treats an element when it turns the tree into text blocks.
enum ElementRole: Equatable {
    /// Its text is one block (p, h1-h6, li, td, ...); a block nested inside splits it.
    case block
    /// Text directly inside it forms bare runs (div, section, body, ...); inside a block it only
    /// separates words.
    case container
    /// Never read for text (script, style, svg, form controls, ...).
    case skipped
    /// Separates words without starting a block (br, hr, img).
    case wordBreak
    /// Its text flows into the enclosing block (a, span, em, unknown elements).
    case inline

    static func of(_ tag: String) -> ElementRole {
        if blockTags.contains(tag) { return .block }
        if containerTags.contains(tag) { return .container }
        if skippedTags.contains(tag) { return .skipped }
        if wordBreakTags.contains(tag) { return .wordBreak }
        return .inline
    }

    private static let blockTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "caption",
        "td", "th", "dt", "dd", "pre", "address",
    ]

    /// The brief's div/section/article/main/body, plus the other structural elements whose bare
    /// text would otherwise be lost (menus in nav/header/footer are what the normalizer drops).
    private static let containerTags: Set<String> = [
        "div", "section", "article", "main", "body", "header", "footer", "nav", "aside", "figure",
        "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "form", "fieldset", "details",
        "summary", "center", "hgroup", "search",
    ]

    private static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "input", "select", "option", "optgroup", "textarea",
        "button", "datalist", "output", "map",
    ]

    private static let wordBreakTags: Set<String> = ["br", "hr", "img"]
}
