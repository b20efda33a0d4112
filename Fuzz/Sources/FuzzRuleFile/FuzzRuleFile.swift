import CrossCheck
import FuzzSupport

/// Rule files: YAML (Yams), claim rules, lexicons, patterns, templates, examples, as
/// `rules lint` reads them, beside the repository's engine lexicons.
let test: FuzzTest = { data, size in
    guard let text = FuzzDriver.text(data, size) else { return 0 }
    _ = RuleSet.lint(sources: [(file: "fuzz.yaml", text: text)], lexicons: fuzzRules.lexicons)
    return 0
}

@_cdecl("FuzzRuleFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, test)
}
