import CrossCheck

/// The coloured label of a finding kind.
enum Badge {
    static func add(_ kind: Finding.Kind, to parent: HTMLElement) {
        parent.add("span", [("class", "badge " + kind.rawValue)], text: kind.rawValue)
    }
}
