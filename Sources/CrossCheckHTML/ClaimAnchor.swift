/// The `id` of a claim's row on its document page ("claim-<claim id>"), which story pages link to.
enum ClaimAnchor {
    static func id(_ claim: String) -> String { "claim-" + claim }
}
