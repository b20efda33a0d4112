#!/usr/bin/env python3
"""crosscheck on Spark: the pipeline over a crawl that outgrows one machine.

    python3 spark/crosscheck_spark.py --local INPUT... --out DIR [--crosscheck PATH] [--rules DIR]
    spark-submit spark/crosscheck_spark.py INPUT... --out DIR --crosscheck /opt/crosscheck/bin/crosscheck

INPUT: folders of articles, JSON Lines record files, WARC files (gzipped or not), as for
`crosscheck run`. Writes documents.jsonl, stories.jsonl, claims.jsonl, findings.jsonl and
skipped.jsonl into --out: the same bytes as `crosscheck run INPUT... --out DIR` writes (with
--report, the HTML report as well, made by `crosscheck report` from those files).

How (docs/scale.md):
1. The driver lists the input files in run order (`crosscheck extract --list-files`).
2. Per-file work, in parallel: each partition of files is piped through
   `crosscheck extract --files-from -` (normalize, then extract claims, story features and
   candidate story claims per document: the expensive part).
3. Global steps, made global on the driver: document ids are admitted first-come in run order
   (a reduce by id over (file index, record index)); the compact story features of every
   admitted document are streamed to the driver, which groups them into stories and chooses
   each story's central claim (`crosscheck stories --features`): story assignment must see
   every document at once, since a new document may join or merge any story.
4. Story claims: documents, now with their story, are piped through
   `crosscheck stories --story-claims` in parallel (stance toward the story's central claim).
5. Compare: all claims are keyed by their document's story and shuffled so that each story's
   claims meet in one partition, in run order; each partition is piped through
   `crosscheck compare --stories` (claims of different stories are never compared), and the
   driver sorts the findings into one list (`crosscheck compare --merge`).

The crosscheck binary (--crosscheck), its rules folder (--rules, else the one it finds beside
itself) and the inputs must be at the same paths on every worker; give inputs as the run
would name them (the same relative or absolute paths), since document paths are part of the
output.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time


def tool(crosscheck, rules, *arguments):
    command = [crosscheck, *arguments]
    if rules:
        command += ["--rules", rules]
    return command


def pipe(command, lines):
    """RDD.pipe, done by hand: the lines to the command's standard input (from a thread), its
    standard output back line by line; a failing command fails the task with its message."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    def drain():
        errors.append(process.stderr.read())

    writer, reader = threading.Thread(target=feed), threading.Thread(target=drain)
    writer.start()
    reader.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    writer.join()
    reader.join()
    if process.wait() != 0:
        raise RuntimeError(f"{shlex.join(command)} failed ({process.returncode}): {errors[0].decode('utf-8', 'replace')[-2000:]}")


def parse_work(lines):
    """Lines of `crosscheck extract --files-from` → tagged records with their place in the run.
    D: (file, record, id, path, line); C: (file, record, seq, document, line); F: (file, record,
    id, line); S: (file, seq, path, line). Raw JSON is kept as written, so outputs are the bytes."""
    file_index, record, seq, skip = None, -1, 0, 0
    for line in lines:
        tag, _, body = line.partition("\t")
        if tag == "P":
            file_index, record, seq, skip = json.loads(body)["index"], -1, 0, 0
        elif tag == "D":
            record, seq = record + 1, 0
            document = json.loads(body)
            yield ("D", (file_index, record, document["id"], document["path"], body))
        elif tag == "C":
            yield ("C", (file_index, record, seq, json.loads(body)["document"], body))
            seq += 1
        elif tag == "F":
            yield ("F", (file_index, record, json.loads(body)["document"], body))
        elif tag == "S":
            yield ("S", (file_index, skip, json.loads(body)["path"], body))
            skip += 1
        else:
            raise ValueError(f"unexpected line from crosscheck extract --files-from: {line[:80]!r}")


def skipped_order(path, line):
    """Where a skipped input is listed, as `crosscheck run` lists them (SkippedInput.listedBefore):
    by file, then by the record or line number after the path's last ':' as a number
    (x.jsonl:2 before x.jsonl:10; -1 when there is none), then by path and reason. A WARC
    record's label ends in " (its URL)", which is not looked in for the number."""
    head = path.split(" (", 1)[0]
    file, colon, digits = head.rpartition(":")
    if colon and digits.isascii() and digits.isdigit() and len(digits) <= 18:
        key = (file, int(digits))
    else:
        key = (head, -1)
    return (key[0].encode("utf-8"), key[1], path.encode("utf-8"), json.loads(line)["reason"].encode("utf-8"))


def with_story(document_line, story):
    """A Document line (ending in "story":null}) with its story filled in, as `crosscheck run` writes it."""
    unset = '"story":null}'
    if not document_line.endswith(unset):
        raise ValueError("a document line that does not end with its story")
    return document_line[: -len(unset)] + '"story":' + (json.dumps(story) if story is not None else "null") + "}"


class Phases:
    """Each global step's wall time on standard error, as it ends (Spark is lazy: a step's time
    includes the lazy work its action forced, e.g. the per-file work ends with the first collect)."""

    def __init__(self):
        self.start = self.last = time.monotonic()

    def done(self, what):
        now = time.monotonic()
        print(f"crosscheck-spark: {what}: {now - self.last:.1f} s (at {now - self.start:.1f} s)", file=sys.stderr, flush=True)
        self.last = now


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="folders or files (articles, JSON Lines, WARC)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--crosscheck", default=shutil.which("crosscheck") or "crosscheck", help="the crosscheck binary")
    parser.add_argument("--rules", help="the rules folder (default: the one crosscheck finds)")
    parser.add_argument("--local", action="store_true", help="run in Spark local mode (local[*]) on this machine")
    parser.add_argument("--partitions", type=int, help="partitions of files (default: Spark's default parallelism × 4)")
    parser.add_argument("--report", action="store_true", help="also write the HTML report (crosscheck report)")
    args = parser.parse_args(argv)
    status = 0

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("crosscheck")
    if args.local:
        builder = builder.master("local[*]").config("spark.ui.enabled", "false").config("spark.driver.memory", "4g")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    phases = Phases()
    # Kept, spilling to disk rather than dropped and recomputed when memory is short: a dropped
    # partition of the per-file work would be normalized and extracted again.
    kept = StorageLevel.MEMORY_AND_DISK
    crosscheck, rules = os.path.abspath(args.crosscheck) if os.path.exists(args.crosscheck) else args.crosscheck, args.rules
    partitions = args.partitions or sc.defaultParallelism * 4
    scratch = tempfile.mkdtemp(prefix="crosscheck-spark-")
    try:
        # 1. The input files, in run order.
        listing = subprocess.run([crosscheck, "extract", "--list-files", *args.inputs], check=True,
                                 stdout=subprocess.PIPE).stdout.decode("utf-8").splitlines()
        missing, files = [], []
        for line in listing:
            item = json.loads(line)
            if "skipped" in item:
                missing.append((item["skipped"]["path"], line[len('{"skipped":'):-1]))
            else:
                files.append(json.dumps({"index": len(files), "path": item["path"], "root": item["root"]}))

        phases.done(f"{len(files)} input files listed")

        # 2. Per-file work, partition by partition.
        extract = tool(crosscheck, rules, "extract", "--files-from", "-")
        extracted_files = sc.accumulator(0)

        def counted(part):
            for line in part:
                extracted_files.add(1)
                yield line

        work = (sc.parallelize(files, max(1, min(partitions, len(files))))
                .mapPartitions(lambda part: parse_work(pipe(extract, counted(part))))
                .persist(kept))

        # 3a. Document ids: the first in run order keeps an id; the others are skipped.
        documents = work.filter(lambda r: r[0] == "D").map(lambda r: r[1])
        first = dict(documents.map(lambda d: (d[2], (d[0], d[1]))).reduceByKey(min).collect())
        first_b = sc.broadcast(first)
        phases.done("per-file work (normalize, extract) and document ids")
        admitted = documents.filter(lambda d: first_b.value[d[2]] == (d[0], d[1])).persist(kept)
        doubled = (documents.filter(lambda d: first_b.value[d[2]] != (d[0], d[1]))
                   .map(lambda d: ((d[0], 1, d[1]), d[3], json.dumps(
                       {"path": d[3], "reason": f"another input already has the document id '{d[2]}'"},
                       ensure_ascii=False, separators=(",", ":")))))
        per_file_skipped = work.filter(lambda r: r[0] == "S").map(lambda r: ((r[1][0], 0, r[1][1]), r[1][2], r[1][3]))
        skipped = sorted(doubled.union(per_file_skipped).collect())
        skipped = [(path, line) for path, line in missing] + [(path, line) for _, path, line in skipped]
        skipped.sort(key=lambda s: skipped_order(*s))
        phases.done("skipped inputs")

        # 3b. Stories, on the driver, from every admitted document's features.
        features_path = os.path.join(scratch, "features.jsonl")
        features = work.filter(lambda r: r[0] == "F" and first_b.value[r[1][2]] == (r[1][0], r[1][1])).map(lambda r: r[1][3])
        write_lines(features_path, features.toLocalIterator())
        phases.done(f"story features to the driver ({os.path.getsize(features_path) / 1e6:.0f} MB)")
        centrals_path = os.path.join(scratch, "centrals.jsonl")
        story_lines = subprocess.run(tool(crosscheck, rules, "stories", "--features", features_path, "--centrals", centrals_path),
                                     check=True, stdout=subprocess.PIPE).stdout.decode("utf-8").splitlines()
        story_of = {}
        for line in story_lines:
            story = json.loads(line)
            for document in story["documents"]:
                story_of[document] = story["id"]
        story_b = sc.broadcast(story_of)
        sc.addFile(centrals_path)
        phases.done(f"stories on the driver ({len(story_lines)} stories)")

        # 4. Story claims: each document's stance toward its story's central claim.
        placed = admitted.map(lambda d: ((d[0], d[1]), with_story(d[4], story_b.value.get(d[2])))).persist(kept)

        def story_claims(part):
            from pyspark import SparkFiles
            command = tool(crosscheck, rules, "stories", "--story-claims", SparkFiles.get("centrals.jsonl"))
            return pipe(command, (line for _, line in part))

        def story_claim_key(line):
            claim = json.loads(line)
            return (claim["document"], claim["start"], claim["id"])

        # Kept: sortBy samples its input and zipWithIndex counts its partitions, each a job of its own,
        # which would otherwise check every document's story claim again.
        checked = placed.mapPartitions(story_claims).persist(kept).sortBy(story_claim_key).zipWithIndex()
        story_claim_lines = checked.map(lambda p: ((1, p[1], 0, 0), json.loads(p[0])["document"], p[0]))

        # 5. Compare, story by story: claims keyed by story, shuffled, in run order per story.
        extracted = (work.filter(lambda r: r[0] == "C" and first_b.value[r[1][3]] == (r[1][0], r[1][1]))
                     .map(lambda r: ((0, r[1][0], r[1][1], r[1][2]), r[1][3], r[1][4])))
        claims = extracted.union(story_claim_lines).persist(kept)
        phases.done("story claims")
        stories_path = os.path.join(scratch, "stories.jsonl")
        write_lines(stories_path, story_lines)
        sc.addFile(stories_path)

        def compare(part):
            from pyspark import SparkFiles
            ordered = sorted(part, key=lambda c: c[1][0])
            command = [crosscheck, "compare", "--stories", SparkFiles.get("stories.jsonl")]
            return pipe(command, (line for _, (_, line) in ordered)) if ordered else iter(())

        findings_path = os.path.join(scratch, "findings.jsonl")
        grouped = (claims.map(lambda c: (story_b.value.get(c[1], ""), (c[0], c[2])))
                   .partitionBy(max(1, partitions))
                   .mapPartitions(compare))
        write_lines(findings_path, grouped.toLocalIterator())
        phases.done("compare, story by story")
        findings = subprocess.run([crosscheck, "compare", "--merge", findings_path], check=True,
                                  stdout=subprocess.PIPE).stdout.decode("utf-8").splitlines()
        phases.done(f"findings merged ({len(findings)})")

        # The outputs, as `crosscheck run` writes them.
        staging = os.path.join(args.out, ".crosscheck-spark")
        os.makedirs(staging, exist_ok=True)
        write_lines(os.path.join(staging, "documents.jsonl"), (line for _, line in placed.sortByKey().toLocalIterator()))
        write_lines(os.path.join(staging, "stories.jsonl"), story_lines)
        write_lines(os.path.join(staging, "claims.jsonl"), (line for _, _, line in claims.sortBy(lambda c: c[0]).toLocalIterator()))
        write_lines(os.path.join(staging, "findings.jsonl"), findings)
        write_lines(os.path.join(staging, "skipped.jsonl"), (line for _, line in skipped))
        for name in os.listdir(staging):
            os.replace(os.path.join(staging, name), os.path.join(args.out, name))
        os.rmdir(staging)
        phases.done("output files written")
        for path, line in skipped:
            print(f"{path}: error: [input] {json.loads(line)['reason']}", file=sys.stderr)
        admitted_count = admitted.count()
        print(f"crosscheck-spark: {admitted_count} documents, {len(story_lines)} stories, {claims.count()} claims, "
              f"{len(findings)} findings, {len(skipped)} skipped; {len(files)} input files, read and extracted "
              f"{extracted_files.value} times; written to {args.out}", file=sys.stderr)
        if args.report:
            subprocess.run([crosscheck, "report", args.out], check=True)
        if admitted_count == 0:
            # As `crosscheck run`: the (empty) files are written, and the run fails.
            print("crosscheck-spark: error: no input could be used", file=sys.stderr)
            status = 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        spark.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
