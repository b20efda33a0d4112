/// The "previous · page i of n · next" links of a view cut into pages.
enum PageNavigation {
    /// Adds nothing when there is one page. `name` gives the file of page k (1-based).
    static func add(page: Int, of count: Int, name: (Int) -> String, label: String = "Page", to parent: HTMLElement) {
        guard count > 1 else { return }
        let nav = parent.add("nav", [("class", "pager"), ("aria-label", "pages")])
        if page > 1 {
            nav.add("a", [("href", name(page - 1)), ("rel", "prev")], text: "← Previous")
        }
        nav.add("span", [("class", "page-number")], text: "\(label) \(page) of \(count)")
        if page < count {
            nav.add("a", [("href", name(page + 1)), ("rel", "next")], text: "Next →")
        }
    }

    /// Number of pages for `rows` rows at `perPage` a page (at least one).
    static func count(_ rows: Int, perPage: Int) -> Int { max(1, (rows + perPage - 1) / perPage) }
}
