/// The report's one stylesheet: static, inline, no external assets. Never holds article text.
enum ReportStyle {
    static let css = """
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d1d1f; background: #f6f7f9; }
    header, main { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 20px; }
    header nav a { font-size: 14px; }
    h1 { font-size: 28px; margin: 8px 0 4px; }
    h2 { font-size: 21px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #d8dbe0; }
    h3 { font-size: 17px; margin: 0 0 6px; }
    h4 { font-size: 16px; margin: 0 0 6px; }
    h3.story-label { margin: 18px 0 8px; color: #333; }
    a { color: #0b57d0; }
    .lede { color: #555; margin-top: 0; }
    .count { color: #777; font-weight: normal; }
    .none { color: #777; font-style: italic; }
    ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
    ul.counts li a { display: inline-block; padding: 6px 12px; background: #fff; border: 1px solid #d8dbe0; border-radius: 6px; text-decoration: none; color: inherit; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; background: #757575; white-space: nowrap; vertical-align: 1px; }
    .badge.contradiction { background: #c62828; }
    .badge.discrepancy { background: #e65100; }
    .badge.update { background: #1565c0; }
    .badge.agreement { background: #2e7d32; }
    .badge.single-source { background: #757575; }
    .finding { background: #fff; border: 1px solid #d8dbe0; border-left: 6px solid #757575; border-radius: 6px; padding: 12px 16px; margin: 0 0 16px; }
    .finding.contradiction { border-left-color: #c62828; }
    .finding.discrepancy { border-left-color: #e65100; }
    .finding.update { border-left-color: #1565c0; }
    .finding.agreement { border-left-color: #2e7d32; }
    .finding-meta { color: #666; font-size: 13px; margin: 0 0 6px; }
    .explanation { margin: 0 0 10px; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
    th, td { border: 1px solid #c9cdd3; padding: 5px 8px; text-align: left; vertical-align: top; }
    thead th { background: #eceef1; white-space: nowrap; }
    tbody tr:nth-child(even) { background: #fafbfc; }
    td.col-sentence { min-width: 18em; }
    td.col-date { white-space: nowrap; }
    td.col-value .interval { display: block; color: #666; font-size: 12px; }
    td.num { text-align: right; }
    td.missing { color: #c62828; }
    .no-finding { color: #777; font-style: italic; }
    mark { background: #fff1a8; padding: 0 1px; border-radius: 2px; }
    mark.overlap { background: #ffd54f; }
    ul.skipped li { margin: 4px 0; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; background: #eceef1; padding: 0 4px; border-radius: 3px; overflow-wrap: anywhere; }
    dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: #fff; border: 1px solid #d8dbe0; border-radius: 6px; padding: 12px 16px; }
    dl.metadata dt { font-weight: 600; }
    dl.metadata dd { margin: 0; overflow-wrap: anywhere; }
    .body-text { background: #fff; border: 1px solid #d8dbe0; border-radius: 6px; padding: 4px 20px; max-width: 46em; font-size: 16px; line-height: 1.6; }
    .body-text p { white-space: pre-line; }
    td.reason { white-space: nowrap; color: #555; }
    main { padding-bottom: 48px; }
    """
}
