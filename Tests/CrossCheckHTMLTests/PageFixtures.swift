/// Small HTML pages for the page reader tests. Kept as Swift strings (not resource files) so the
/// test target needs no resource declaration in Package.swift.
enum PageFixtures {
    static let article = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
      <meta charset="utf-8">
      <title>
        US and S. Korea   dismiss report &amp; reaffirm
      </title>
      <meta name="Description" content="Seoul &amp; Washington deny a WSJ report.">
      <meta property="OG:Title" content="US and S. Korea dismiss report">
      <meta name="author" content="Al Mayadeen English">
      <meta name="empty">
      <link rel="stylesheet" href="/s.css">
      <link rel="Canonical" href="https://english.almayadeen.net/news/politics/us-skorea">
      <script type="application/ld+json">
      {"@type": "NewsArticle", "datePublished": "2025-05-23T18:38:00+03:00", "headline": "a < b"}
      </script>
      <script>var tracking = "DO NOT READ";</script>
      <style>.x { color: red } /* STYLE TEXT */</style>
    </head>
    <body>
      <nav class="Menu Top"><a href="/">Home</a> <a href="/news">News</a></nav>
      <div id="Main" class="wrapper  page">
        <article class="story">
          <h1>US and S. Korea dismiss report</h1>
          <p class="byline">By <a href="/a">Al Mayadeen</a> on <time datetime="2025-05-23T18:38">23 May</time></p>
          <p>South Korea's&nbsp;defense ministry <b>firmly</b> denied   reports
             that the United States is planning to scale back.</p>
          <ul><li>Intro <p>Nested paragraph</p> tail</li><li><p>Only paragraph</p></li></ul>
          <table><tr><th>Poll</th><td>45%</td></tr></table>
          <noscript>Enable JavaScript NOSCRIPT</noscript>
          <svg><text>SVG TEXT</text></svg>
          <form><button>BUTTON TEXT</button><select><option>OPTION TEXT</option></select></form>
          <template><p>TEMPLATE TEXT</p></template>
        </article>
        Bare text in main <a href="/more">Read more</a>
      </div>
      <script type="application/ld+json">{"@type": "BreadcrumbList"}</script>
    </body>
    </html>
    """
}
