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

    /// The report's index, document list and story pages: the document pages' sheet, plus the
    /// story index, the claim × source table and the charts.
    static let reportCSS = documentCSS + """

    .exports { font-size: 14px; color: #555; }
    .tally { display: inline-block; padding: 6px 12px; background: #fff; border: 1px solid #d8dbe0; border-radius: 6px; }
    table.stories th[scope=row] { font-weight: 600; }
    table.stories tr.has-contradiction th[scope=row] { border-left: 4px solid #c62828; }
    td.kind-count .badge { min-width: 1.5em; text-align: center; }
    .shared { margin: 0 0 6px; font-size: 14px; }
    .shared-label { color: #555; }
    table.matrix th[scope=row] { font-weight: normal; min-width: 16em; }
    table.matrix ul.said { list-style: none; margin: 0; padding: 0; }
    table.matrix .absent { color: #aaa; }
    table.matrix summary { cursor: pointer; font-size: 13px; color: #333; }
    table.matrix .stance-note { color: #666; font-size: 12px; }
    figure.chart { background: #fff; border: 1px solid #d8dbe0; border-radius: 6px; margin: 0 0 16px; padding: 8px 12px; max-width: 780px; }
    figure.chart svg { max-width: 100%; height: auto; font-size: 12px; }
    figure.chart figcaption { color: #555; font-size: 13px; }
    .axes line { stroke: #555; stroke-width: 1; }
    .axes text, .legend text { fill: #333; }
    .point .marker { stroke: #1d1d1f; stroke-width: 1; }
    .point .marker.cross { stroke-width: 2.5; fill: none; }
    .point .interval, .point .open { stroke-width: 2; fill: none; }
    .point .tag { font-size: 11px; fill: #1d1d1f; }
    .s0 .marker { fill: #1565c0; } .s0 .interval, .s0 .open, .s0 .cross { stroke: #1565c0; }
    .s1 .marker { fill: #e65100; } .s1 .interval, .s1 .open, .s1 .cross { stroke: #e65100; }
    .s2 .marker { fill: #2e7d32; } .s2 .interval, .s2 .open, .s2 .cross { stroke: #2e7d32; }
    .s3 .marker { fill: #6a1b9a; } .s3 .interval, .s3 .open, .s3 .cross { stroke: #6a1b9a; }
    .s4 .marker { fill: #c62828; } .s4 .interval, .s4 .open, .s4 .cross { stroke: #c62828; }
    .s5 .interval, .s5 .open, .s5 .cross { stroke: #37474f; }
    """

    /// A document page: the common sheet, plus the filter bar, sortable headers, the row a
    /// story page links to, notes and the pager. (The check page keeps `css`.)
    static let documentCSS = css + """

    .filter-bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 0 0 12px; }
    .filter-bar input, .filter-bar select { font: inherit; font-size: 14px; padding: 3px 6px; max-width: 18em; }
    .filter-status { color: #555; font-size: 13px; }
    th.sortable { cursor: pointer; }
    th[aria-sort=ascending]::after { content: " ▲"; }
    th[aria-sort=descending]::after { content: " ▼"; }
    tr:target { outline: 3px solid #fbc02d; }
    nav.pager { display: flex; gap: 16px; align-items: center; margin: 12px 0; font-size: 14px; }
    nav.pager .page-number { color: #555; }
    .note { color: #555; font-size: 14px; margin: 0 0 10px; }
    """
}
