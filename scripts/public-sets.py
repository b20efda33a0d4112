#!/usr/bin/env python3
"""Builds the public evaluation sets that scripts/eval-public scores, from the unpacked source
distributions in WORK (see that script). Writes, beside each set's own files:

  newspaper4k-0.9.6/tests/data/manifest.jsonl    pages, article text, publish_date
  htmldate-1.4.0/tests/manifest.jsonl            cached pages, original publication day
  htmldate-1.11.0/tests/manifest.jsonl           the unit tests' inline HTML, publication day
  quantulum3-0.10.0/cases.jsonl                  sentences with every quantity (value, unit)
  price_parser-0.5.1/cases.jsonl                 price strings from real shop pages (first value)
  cleave_sbd-0.3.0b1/cases.jsonl                 English sentence-boundary spec (sentences)

Nothing here knows what crosscheck answers: each expected value is what the set's own tests
assert, filtered only by the rules written next to each set below.
Usage: scripts/public-sets.py WORK
"""
import ast
import json
import os
import re
import sys

work = sys.argv[1]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


# newspaper4k: one line per page that has an article text.
def newspaper():
    data = os.path.join(work, "newspaper4k-0.9.6/tests/data")
    lines = []
    for name in sorted(os.listdir(os.path.join(data, "html"))):
        stem = name.rsplit(".", 1)[0]
        if not os.path.exists(os.path.join(data, "txt", stem + ".txt")):
            continue
        line = {"page": "html/" + name, "gold": "txt/" + stem + ".txt"}
        meta = os.path.join(data, "metadata", stem + ".json")
        if os.path.exists(meta):
            published = json.load(open(meta, encoding="utf-8")).get("publish_date")
            if published:
                line["published"] = published
        lines.append(line)
    write_lines(os.path.join(data, "manifest.jsonl"), lines)


def find_date_asserts(tree):
    """(first argument node, keyword options, expected constant) of each `assert find_date(...) == X`."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        call, expected = node.test.left, node.test.comparators[0]
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "find_date" and call.args):
            continue
        if not isinstance(expected, ast.Constant):
            continue
        if not all(isinstance(k.value, ast.Constant) for k in call.keywords):
            continue
        yield call.args[0], {k.arg: k.value.value for k in call.keywords}, expected.value


# htmldate 1.4.0: the cached pages whose original publication day a test asserts.
def htmldate_pages():
    tests = os.path.join(work, "htmldate-1.4.0/tests")
    tree = ast.parse(open(os.path.join(tests, "unit_tests.py"), encoding="utf-8").read())
    pages = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            try:
                value = ast.literal_eval(node)
            except ValueError:
                continue
            if all(isinstance(v, str) and v.endswith(".html") for v in value.values()):
                pages.update(value)
    lines = {}
    for page, options, expected in find_date_asserts(tree):
        if not (isinstance(page, ast.Call) and getattr(page.func, "id", "") == "load_mock_page" and len(page.args) == 1
                and isinstance(page.args[0], ast.Constant)):
            continue
        if options != {"original_date": True} or page.args[0].value not in pages:
            continue
        lines[page.args[0].value] = {"page": "cache/" + pages[page.args[0].value], "published": expected}
    write_lines(os.path.join(tests, "manifest.jsonl"), [lines[url] for url in sorted(lines)])


# htmldate 1.11.0: the unit tests' inline HTML documents with the day a test asserts. Kept:
# - options no more than original_date and extensive_search (min_date, outputformat and url
#   change what the answer is or need what a page file cannot carry);
# - the answer with original_date=True when a test asserts one (the publication), else the one
#   answer the tests agree on, when the document holds at most one numeric date (htmldate's
#   default answer is the latest date, which is not the publication of a page that has two);
# - not a 1 January that stands for a year alone ("© 2017", an invalid day in 2018): htmldate
#   answers a year with its first day, and a year is no publication day.
# The documents are bare (a meta tag, one <time>): each gets the same paragraphs of prose, which
# hold no date and no number, so that it is an article page and has a document to date.
PROSE = ("<p>The council met on a wet evening to hear what the residents of the old quarter had to say "
         "about the new bus lanes, and most of them said that they would rather keep the trees.</p>"
         "<p>Nobody on the committee disagreed with them in public, although several members said "
         "afterwards that the plan would go ahead in some form whatever the meeting decided.</p>")


def with_article(html):
    lower = html.lower()
    for tag in ["</body>", "</html>"]:
        at = lower.rfind(tag)
        if at >= 0:
            body = "" if tag == "</body>" or "<body" in lower else "<body>"
            close = "" if tag == "</body>" else ("</body>" if body else "")
            return html[:at] + body + PROSE + close + html[at:]
    return html + PROSE


NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def htmldate_snippets():
    tests = os.path.join(work, "htmldate-1.11.0/tests")
    tree = ast.parse(open(os.path.join(tests, "unit_tests.py"), encoding="utf-8").read())
    original, default = {}, {}
    for page, options, expected in find_date_asserts(tree):
        if not (isinstance(page, ast.Constant) and isinstance(page.value, str)):
            continue
        if set(options) - {"original_date", "extensive_search"} or options.get("extensive_search") is False:
            continue
        if not (isinstance(expected, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", expected)):
            continue
        if options.get("original_date"):
            original[page.value] = expected
        else:
            default.setdefault(page.value, set()).add(expected)
    answers = dict(original)
    for html, days in default.items():
        if html not in answers and len(days) == 1 and len(set(NUMERIC_DATE.findall(html))) <= 1:
            answers[html] = next(iter(days))
    folder = os.path.join(tests, "inline")
    os.makedirs(folder, exist_ok=True)
    lines = []
    for n, html in enumerate(sorted(answers)):
        day = answers[html]
        if day.endswith("-01-01") and day[:4] + "-01-01" not in html and "utime" not in html:
            continue
        name = f"case-{n:03d}.html"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(with_article(html))
        lines.append({"page": "inline/" + name, "published": day})
    write_lines(os.path.join(tests, "manifest.jsonl"), lines)


# quantulum3 0.10.0: sentences with every quantity in them. Unit names are crosswalked to
# crosscheck's (a name for a name, or a factor where quantulum3 counts in a sub-unit: "60 cents"
# is 0.60 USD here); "dimensionless" is no unit. A unit with no crosscheck name keeps its own,
# so it counts for the value and against value+unit.
UNITS = {
    "dimensionless": (None, 1), "dollar": ("USD", 1), "euro": ("EUR", 1), "pound sterling": ("GBP", 1),
    "percentage": ("%", 1), "pound-mass": ("pound", 1), "degree fahrenheit": ("degree Fahrenheit", 1),
    "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1),
    "dozen": (None, 12), "baker's dozen": (None, 13), "gross": (None, 144),
    "megawatt hour": ("megawatt-hour", 1), "kilowatt hour": ("kilowatt-hour", 1),
    "kilometre per hour": ("km/h", 1), "mile per hour": ("mph", 1),
    "watt hour": ("watt-hour", 1), "british thermal unit": ("British thermal unit", 1),
}


def quantulum():
    root = os.path.join(work, "quantulum3-0.10.0")
    tests = os.path.join(root, "quantulum3/_lang/en_US/tests")
    lines = []
    for name in ["quantities.json", "quantities.ambiguity.json"]:
        for n, case in enumerate(json.load(open(os.path.join(tests, name), encoding="utf-8"))):
            quantities = []
            for q in case["res"]:
                unit, factor = UNITS.get(q["unit"], (q["unit"], 1))
                quantities.append({"value": q["value"] * factor, "unit": unit, "surface": q["surface"]})
            lines.append({"id": f"{name.split('.json')[0]}/{n}", "text": case["req"], "quantities": quantities})
    write_lines(os.path.join(root, "cases.jsonl"), lines)


# price-parser 0.5.1: price strings "collected from a random sample of pages from different
# domains" (the lists the module's docstring names as such; its hand-added bug and feature lists
# and the expected failures are left out). The text is the price string alone; the currency hint
# beside it is not given, so an amount counts as money only when its currency is in the string.
def price_parser():
    root = os.path.join(work, "price_parser-0.5.1")
    tree = ast.parse(open(os.path.join(root, "tests/test_price_parsing.py"), encoding="utf-8").read())
    keep = {"PRICE_PARSING_EXAMPLES", "PRICE_PARSING_EXAMPLES_2", "PRICE_PARSING_EXAMPLES_3",
            "PRICE_PARSING_EXAMPLES_NO_PRICE", "PRICE_PARSING_EXAMPLES_NO_CURRENCY"}
    lines = []
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and getattr(node.targets[0], "id", "") in keep and isinstance(node.value, ast.List)):
            continue
        group = node.targets[0].id
        for n, example in enumerate(node.value.elts):
            if not (isinstance(example, ast.Call) and getattr(example.func, "id", "") == "Example"):
                continue
            args = example.args
            _, price_raw, currency, _, amount = args[:5]
            price_raw = ast.literal_eval(price_raw)
            currency = ast.literal_eval(currency)
            if isinstance(amount, ast.Call):  # Decimal("...")
                amount = float(ast.literal_eval(amount.args[0]))
            else:
                amount = ast.literal_eval(amount)
            if not price_raw:
                continue
            first = None if amount is None else {
                "value": float(amount), "money": currency is not None and currency in price_raw}
            lines.append({"id": f"{group}/{n}", "text": price_raw, "first": first})
    write_lines(os.path.join(root, "cases.jsonl"), lines)


# cleave-sbd 0.3.0b1: the English sentence-boundary spec of the pragmatic segmenter as pysbd ported
# it (tests/data/lang/english.toml: the 48 "Golden Rules"; english_clean.toml: 116 cases its tests
# run with the cleaner on, 10 with it off). Kept whole; "clean" says which the tests clean first.
def sentence_spec():
    import tomllib
    root = os.path.join(work, "cleave_sbd-0.3.0b1")
    lines = []
    for name in ["english.toml", "english_clean.toml"]:
        with open(os.path.join(root, "tests/data/lang", name), "rb") as f:
            data = tomllib.load(f)
        for section, records in data.items():
            clean = "clean" in section and "wo_clean" not in section
            group = {"golden_en_rules": "golden-rules"}.get(section, section.replace("_", "-"))
            for n, record in enumerate(records):
                lines.append({"id": f"{group}/{n + 1}", "text": record["text"],
                              "sentences": list(record["expected"]), "clean": clean})
    write_lines(os.path.join(root, "cases.jsonl"), lines)


newspaper()
htmldate_pages()
htmldate_snippets()
quantulum()
price_parser()
sentence_spec()
