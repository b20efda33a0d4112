#!/usr/bin/env bash
# The Spark job in local mode gives the same files as one `crosscheck run`: a generated corpus of a
# few hundred documents (text dumps in folders, JSON Lines files, WARC files, a document id given
# twice, a file that is not an input), both ways, every JSON Lines file and the HTML index compared byte
# for byte. Needs Java (17+) and pyspark (installed from PyPI when missing).
#   spark/test_local.sh [CROSSCHECK]     (default: .build/debug/crosscheck)
set -euo pipefail
cd "$(dirname "$0")/.."
B="${1:-.build/debug/crosscheck}"
B="$(cd "$(dirname "$B")" && pwd)/$(basename "$B")"
if ! command -v java >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install -q pyspark

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
scripts/generate-corpus 240 "$work/in/dumps" --stories 12
scripts/generate-corpus 60 "$work/in/records" --per-file 30 --start 240 --stories 12
cp "$work/in/dumps/0000/doc-5.txt" "$work/in/dumps/0000/doc-5.text"      # the same id twice
printf '\x00\x01binary' > "$work/in/dumps/broken.txt"                     # skipped: binary
printf 'notes' > "$work/in/dumps/notes.csv"                               # skipped: not an input format
# WARC input, gzipped and not: the same pages twice (ids doubled), records that are not pages (skipped).
mkdir -p "$work/in/warc"
cp Tests/Fixtures/Normalize/crawl.warc.gz Tests/Fixtures/Normalize/crawl.warc "$work/in/warc/"
# Records 2 and 10 of a JSON Lines file repeat record 1's id: listed as run lists them, 2 before 10.
for i in $(seq 0 11); do
    case $i in 0|1|9) id=repeated ;; *) id="record-$i" ;; esac
    printf '{"id":"%s","text":"At least %d people were injured in Norvale on Monday, officials said."}\n' "$id" $((i + 3))
done > "$work/in/records/repeats.jsonl"

cd "$work"
"$B" run in --out single 2> single.log
python3 "$OLDPWD/spark/crosscheck_spark.py" --local in --out spark --crosscheck "$B" --partitions 4 --report 2> spark.log \
    || { tail -50 spark.log >&2; exit 1; }
failed=0
for name in documents.jsonl stories.jsonl claims.jsonl findings.jsonl skipped.jsonl index.html; do
    if cmp -s "single/$name" "spark/$name"; then
        echo "same: $name ($(wc -l < "single/$name") lines)"
    else
        echo "DIFFERENT: $name" >&2; failed=1
    fi
done
grep -q '"kind":"contradiction"' single/findings.jsonl || { echo "the corpus gave no contradiction" >&2; failed=1; }
grep -q 'another input already has the document id' single/skipped.jsonl || { echo "no doubled id" >&2; failed=1; }
grep -q '"url":"https://wire.example/ministry"' single/documents.jsonl || { echo "no page from the WARC file" >&2; failed=1; }
grep -A1 'repeats.jsonl:2"' single/skipped.jsonl | grep -q 'repeats.jsonl:10"' \
    || { echo "record 2 not listed just before record 10" >&2; failed=1; }
# Each input file's per-file work is done once (kept, not recomputed when a later step reads it).
grep -qE ' ([0-9]+) input files, read and extracted \1 times;' spark.log || { echo "per-file work not done once a file" >&2; failed=1; }
# Nothing usable: the same (empty) files and skipped list, and both fail.
mkdir nothing && cp in/dumps/broken.txt in/dumps/notes.csv nothing/
if "$B" run nothing --out nothing-single --no-report 2> /dev/null; then echo "run did not fail with no input" >&2; failed=1; fi
if python3 "$OLDPWD/spark/crosscheck_spark.py" --local nothing --out nothing-spark --crosscheck "$B" 2> nothing-spark.log; then
    echo "the Spark job did not fail with no input" >&2; failed=1
fi
grep -q "crosscheck-spark: error: no input could be used" nothing-spark.log || { echo "no error message" >&2; failed=1; }
for name in documents.jsonl stories.jsonl claims.jsonl findings.jsonl skipped.jsonl; do
    cmp -s "nothing-single/$name" "nothing-spark/$name" || { echo "DIFFERENT with no input: $name" >&2; failed=1; }
done
tail -1 spark.log
if [ "$failed" -ne 0 ]; then echo "0 passed, 1 failed"; exit 1; fi
echo "1 passed, 0 failed"
