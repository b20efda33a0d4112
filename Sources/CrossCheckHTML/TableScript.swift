/// The report's one inline script: sorts a `table[data-sortable]` by the column whose header is
/// clicked (numbers as numbers), and gives each `[data-filters]` section a filter bar (a text
/// box, and a list per facet its rows or findings carry as `data-<facet>`) that hides what does
/// not match. It only adds controls and hides rows: with scripts off every table is complete.
/// A filter can be set from the address, `page.html?kind=agreement&q=troops` (or after `#`).
/// Static text, never article text; it contains no `</`.
enum TableScript {
    static func add(to body: HTMLElement) {
        body.add("script").appendTrusted(compact)
    }

    /// The script as written into pages: each line without its indentation.
    static let compact = source.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: "\n")

    static let source = """
    (function () {
      "use strict";
      var numeric = /^[\\u2212-]?[0-9][0-9,]*(\\.[0-9]+)?$/;
      function cellText(row, i) { var c = row.children[i]; return c ? c.textContent.trim() : ""; }
      function value(s) { return numeric.test(s) ? parseFloat(s.replace(/,/g, "").replace("\\u2212", "-")) : null; }
      document.querySelectorAll("table[data-sortable]").forEach(function (table) {
        var heads = table.querySelectorAll("thead th");
        heads.forEach(function (th, i) {
          th.tabIndex = 0;
          th.classList.add("sortable");
          function sort() {
            var up = th.getAttribute("aria-sort") !== "ascending";
            heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", up ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = cellText(a, i), y = cellText(b, i), nx = value(x), ny = value(y);
              var r = nx !== null && ny !== null ? nx - ny : x.localeCompare(y);
              return up ? r : -r;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          }
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
        });
      });
      var params = new URLSearchParams(location.search.slice(1) + "&" + location.hash.slice(1));
      document.querySelectorAll("[data-filters]").forEach(function (section) {
        var facets = section.getAttribute("data-filters").split(" ").filter(Boolean);
        var bar = document.createElement("div");
        bar.className = "filter-bar";
        bar.setAttribute("role", "search");
        var input = document.createElement("input");
        input.type = "search";
        input.placeholder = "Filter rows";
        input.setAttribute("aria-label", "Filter rows by their text");
        input.value = params.get("q") || "";
        bar.appendChild(input);
        var selects = {};
        facets.forEach(function (facet) {
          var seen = {};
          section.querySelectorAll("[data-" + facet + "]").forEach(function (el) { seen[el.getAttribute("data-" + facet)] = true; });
          var values = Object.keys(seen).sort();
          if (values.length < 2) { return; }
          var select = document.createElement("select");
          select.setAttribute("aria-label", "Filter by " + facet);
          select.name = facet;
          var all = document.createElement("option");
          all.value = "";
          all.textContent = "every " + facet;
          select.appendChild(all);
          values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = v; select.appendChild(o); });
          if (params.get(facet) && seen[params.get(facet)]) { select.value = params.get(facet); }
          selects[facet] = select;
          bar.appendChild(select);
        });
        var status = document.createElement("output");
        status.className = "filter-status";
        bar.appendChild(status);
        var heading = section.querySelector("h2");
        section.insertBefore(bar, heading ? heading.nextSibling : section.firstChild);
        function matches(el, facet) {
          var s = selects[facet];
          if (!s || !s.value) { return true; }
          var owner = el.hasAttribute("data-" + facet) ? el : el.closest("[data-" + facet + "]");
          return !owner || !section.contains(owner) || owner.getAttribute("data-" + facet) === s.value;
        }
        function apply() {
          var q = input.value.trim().toLowerCase(), shown = 0, total = 0;
          section.querySelectorAll("tbody tr").forEach(function (row) {
            total += 1;
            var ok = (!q || row.textContent.toLowerCase().indexOf(q) >= 0) && facets.every(function (f) { return matches(row, f); });
            row.hidden = !ok;
            if (ok) { shown += 1; }
          });
          section.querySelectorAll("article[data-kind]").forEach(function (article) {
            var rows = article.querySelectorAll("tbody tr");
            var visible = Array.prototype.some.call(rows, function (r) { return !r.hidden; });
            article.hidden = !matches(article, "kind") || (rows.length > 0 && !visible);
          });
          status.textContent = shown + " of " + total + " rows shown";
        }
        input.addEventListener("input", apply);
        Object.keys(selects).forEach(function (f) { selects[f].addEventListener("change", apply); });
        apply();
      });
    })();
    """
}
