#!/usr/bin/env python3
"""Typos of the responsibility map's own words, as a rep makes them: one letter dropped, doubled,
swapped with the next or replaced, in every word of 5+ letters of every topic and keyword of the
sample catalog and the held-out catalogs (tests/bench/catalogs).

    tests/bench/typos-catalogs.py [BUILD_DIR] [--seed N] [--misses N]

Each word is typed alone, as one query; a query is answered when the first result holds the
word (its explanation or title names it, whole or but for its last letter), and empty when
there is no result at all. A typo can be a real word ("plans" -> "plant") or a stop word's
("about" -> "abuot"), so 100 % is out of reach; the figure is for comparing versions.

Then the customer-words (topic-para) queries whose right answer comes first are asked again
with one of their words of 5+ letters misspelt the same way ("it's frevzing in the meeting
room"): how many still find it first. Needs python3, ../shared/tools/gendir.py (each company
generated with 2,000 people).
"""
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get("WHOOWNS_TOOLS", "/work/shared/tools")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def catalogs():
    yield "sample", os.path.join(TOOLS, "catalog-sample.txt")
    names = glob.glob(os.path.join(HERE, "catalogs", "heldout*.txt"))
    for path in sorted(names, key=lambda p: int(re.sub(r"\D", "", os.path.basename(p)))):
        yield os.path.basename(path)[:-4], path


def words_of(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(("topic:", "keywords:")):
                words.update(w.lower() for w in re.findall(r"[A-Za-z]+", line.split(":", 1)[1])
                             if len(w) >= 5)
    return sorted(words)


def typo(rng, word):
    i = rng.randrange(len(word))
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(LETTERS) + word[i + 1:]


def first_ids(cli, db, env, queries):
    out = subprocess.run([cli, "--db", db, "search", "--json", "--stdin", "--limit", "1"],
                         input="\n".join(queries) + "\n", env=env, capture_output=True,
                         text=True, check=True).stdout
    return [(r["results"][0]["kind"], str(r["results"][0]["id"]), r["results"][0]["title"])
            if r["results"] else None for r in map(json.loads, out.splitlines())]


def is_expected(first, expected):
    if first is None:
        return False
    kind, id_, title = first
    return any(e == id_ or (e.startswith("team:") and kind == "team" and
                            title.strip().lower() == e[5:].strip().lower()) for e in expected)


def sentences(cli, db, env, rng, data):
    """The customer-words queries found first, asked again with one word misspelt."""
    labelled = []
    with open(os.path.join(data, "queries.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            query, expected, category = line.rstrip("\n").split("\t")
            if category == "topic-para":
                labelled.append((query, expected.split("|")))
    found = [(q, e) for (q, e), first in zip(labelled, first_ids(cli, db, env,
                                                                  [q for q, _ in labelled]))
             if is_expected(first, e)]
    misspelt = []
    for query, expected in found:
        words = list(re.finditer(r"[A-Za-z]{5,}", query))
        if not words:
            continue
        m = rng.choice(words)
        typed = typo(rng, m.group(0))
        if typed != m.group(0):
            misspelt.append((query[:m.start()] + typed + query[m.end():], expected))
    firsts = first_ids(cli, db, env, [q for q, _ in misspelt])
    return sum(is_expected(f, e) for (_, e), f in zip(misspelt, firsts)), len(misspelt)


def main():
    args = sys.argv[1:]
    seed, misses = 5, 0
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
        del args[args.index("--seed"):args.index("--seed") + 2]
    if "--misses" in args:
        misses = int(args[args.index("--misses") + 1])
        del args[args.index("--misses"):args.index("--misses") + 2]
    build = args[0] if args else os.path.join(HERE, "..", "..", "build", "release")
    cli = os.path.join(build, "app", "whoowns-cli")
    if not os.access(cli, os.X_OK):
        sys.exit("typos-catalogs.py: no whoowns-cli at %s (build first)" % cli)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    rng = random.Random(seed)
    answered = total = empty = 0
    wrong = []
    kept = asked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in catalogs():
            data, db = os.path.join(tmp, name), os.path.join(tmp, name + ".sqlite")
            subprocess.run([sys.executable, os.path.join(TOOLS, "gendir.py"), "--people", "2000",
                            "--catalog", path, "--out", data], check=True,
                           stdout=subprocess.DEVNULL)
            for what in ("people", "responsibilities"):
                subprocess.run([cli, "--db", db, "import", what,
                                os.path.join(data, what + ".csv")],
                               check=True, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            pairs = [(w, t) for w in words_of(path) for t in [typo(rng, w)] if t != w]
            out = subprocess.run([cli, "--db", db, "search", "--json", "--stdin", "--limit", "1"],
                                 input="\n".join(t for _, t in pairs) + "\n", env=env,
                                 capture_output=True, text=True, check=True).stdout
            kept_here, asked_here = sentences(cli, db, env, rng, data)
            kept += kept_here
            asked += asked_here
            for (word, typed), line in zip(pairs, out.splitlines()):
                total += 1
                results = json.loads(line)["results"]
                if not results:
                    empty += 1
                    wrong.append((typed, word, "-"))
                    continue
                said = (" ".join(results[0]["why"]) + " " + results[0]["title"]).lower()
                if word in said or word[:-1] in said:
                    answered += 1
                else:
                    wrong.append((typed, word, results[0]["title"]))
    print("typos of catalog words: %d, first result holds the word %d = %.1f %%, no result %d"
          % (total, answered, 100.0 * answered / total, empty))
    print("customer-words queries found first, asked again with one word misspelt: %d, still "
          "first %d = %.1f %%" % (asked, kept, 100.0 * kept / max(1, asked)))
    for typed, word, got in rng.sample(wrong, min(misses, len(wrong))):
        print("  %-20s for %-20s got %s" % (typed, word, got))


if __name__ == "__main__":
    main()
