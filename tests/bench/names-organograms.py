#!/usr/bin/env python3
"""Name search on real organisations' people: the UK government organograms of ../shared.

    tests/bench/names-organograms.py [BUILD_DIR] [--seeds N] [--misses]

Imports the latest senior organogram of every organisation into one temporary database (one
--org each), then asks for people the way gendir.py's labelled queries do, plus the ways reps
type names that gendir's synthetic names never exercise: an initial and a surname ("d evans",
where "d" is also a stop word), surname first, a surname alone, first-name and surname
prefixes ("and curr"). Only people whose name is unique (and, per kind, whose query fits no
one else) are asked for; a post named by its title ("Director of Operations") is not a name.
Then asks for every unit (team) by its name, as gendir.py asks for teams (lower case, "&" as
"and", 40 % with a typo). Prints top-1 and top-3 per kind of query. Needs python3,
../shared/tools/gendir.py (its typo maker) and ../shared/data/organograms.
"""
import collections
import importlib.util
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get("WHOOWNS_TOOLS", "/work/shared/tools")
DATA = os.environ.get("WHOOWNS_ORGANOGRAMS", "/work/shared/data/organograms/senior")
# Honorifics and ranks before a name ("V Adm Duncan Potts", "Prof Sue Hill").
HONORIFICS = set(
    "mr mrs ms miss dr sir prof professor dame lord lady rt hon v adm maj gen brig col air cdre "
    "cbe obe mbe kcb cb qc rear lt vice admiral general major commodore captain capt cdr the "
    "baroness baron rev revd".split())
# Words of post titles and placeholders: such a "name" is not a person's.
NOT_A_NAME = re.compile(
    r"\d|director|head|deputy|vacant|manager|chief|officer|secretary|post|unit|division|team|"
    r"office|group|service|policy|eliminated|redacted|not |n/a|n/d|tbc|board|programme|lead",
    re.I)
WORD = re.compile(r"[A-Za-z\u00C0-\u017F'\-]+")
KINDS = ["full", "natural", "typo", "prefix", "email", "surname", "initial", "reversed"]


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\W+", " ", s).strip()


def gendir_typo():
    """gendir.py's own typo maker, so that the slips are the ones its labelled queries hold."""
    spec = importlib.util.spec_from_file_location("gendir", os.path.join(TOOLS, "gendir.py"))
    gendir = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gendir)
    return gendir.typo


def import_all(cli, db):
    latest = {}
    for f in sorted(os.listdir(DATA)):
        m = re.match(r"(.*)-\d{4}-\d\d-\d\d-senior\.csv$", f)
        if m:
            latest[m.group(1)] = f  # sorted: the last one is the latest
    done = 0
    for org, f in sorted(latest.items()):
        r = subprocess.run([cli, "--db", db, "import", "people", os.path.join(DATA, f),
                            "--org", org], capture_output=True, text=True)
        done += r.returncode == 0
    return done, len(latest)


def queries(rows, rng, typo):
    by_name = collections.Counter(fold(r[2]) for r in rows)
    words_of = [set(fold(r[2]).split()) for r in rows]
    out = []
    for org, pid, name, email in rows:
        if NOT_A_NAME.search(name) or by_name[fold(name)] != 1:
            continue
        if "," in name:
            last, first = [x.strip() for x in name.split(",", 1)]
        else:
            ws = [w for w in name.split() if w.strip(".").lower() not in HONORIFICS]
            if len(ws) < 2:
                continue
            first, last = ws[0], ws[-1]
        if not WORD.fullmatch(first) or not WORD.fullmatch(last) or len(first) < 2:
            continue
        kind = rng.choice(KINDS)
        fl, ff = fold(last), fold(first)
        if kind == "full":
            q = name
        elif kind == "natural":
            q = f"{first} {last}"
        elif kind == "reversed":
            q = f"{last} {first}"
        elif kind == "typo":
            if len(last) < 4:
                continue
            q = f"{first} {typo(rng, last)}"
        elif kind == "prefix":
            a, b = ff[:3], fl[:4]
            if sum(1 for ws in words_of if any(w.startswith(a) for w in ws) and
                   any(w.startswith(b) for w in ws)) != 1:
                continue
            q = f"{a} {b}"
        elif kind == "initial":
            if sum(1 for ws in words_of if fl in ws and
                   any(w.startswith(ff[0]) for w in ws - {fl})) != 1:
                continue
            q = f"{first[0]} {last}"
        elif kind == "email":
            local = email.split("@")[0] if "@" in email else ""
            if not local or fl[:4] not in fold(local) or \
                    sum(1 for r in rows if r[3].lower() == email.lower()) != 1:
                continue
            q = local
        else:  # surname
            if sum(1 for ws in words_of if fl in ws) != 1:
                continue
            q = last
        out.append((q, fold(name), kind))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    build = args[0] if args else os.path.join(HERE, "..", "..", "build", "release")
    seeds = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 5
    cli = os.path.join(build, "app", "whoowns-cli")
    typo = gendir_typo()
    if not os.path.isdir(DATA):
        print(f"names-organograms.py: no organograms at {DATA}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "organograms.sqlite")
        done, files = import_all(cli, db)
        con = sqlite3.connect(db)
        rows = con.execute(
            "SELECT org, id, name, email FROM people WHERE status <> 'left'").fetchall()
        con.close()
        print(f"{done} of {files} organisations imported, {len(rows)} people")
        top1, top3, total = collections.Counter(), collections.Counter(), collections.Counter()
        for seed in range(1, seeds + 1):
            qs = queries(rows, random.Random(seed), typo)
            r = subprocess.run([cli, "--db", db, "search", "--json", "--stdin", "--limit", "5"],
                               input="\n".join(q for q, _, _ in qs) + "\n",
                               capture_output=True, text=True, check=True)
            answers = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
            for (q, want, kind), answer in zip(qs, answers):
                hits = [x.get("kind") == "person" and fold(x.get("title", "")) == want
                        for x in answer["results"]]
                total[kind] += 1
                top1[kind] += bool(hits[:1] and hits[0])
                top3[kind] += any(hits[:3])
                if "--misses" in sys.argv and not (hits[:1] and hits[0]):
                    got = [x.get("title") for x in answer["results"][:2]]
                    print(f"  miss {kind:8} {q!r}: want {want!r}, got {got}")
        # Teams (the organograms' units) by name, as gendir.py asks for them: lower case, "&"
        # as "and", 40 % with a typo.
        con = sqlite3.connect(db)
        teams = con.execute("SELECT name FROM teams").fetchall()
        con.close()
        names = collections.Counter(fold(t[0]) for t in teams)
        rng = random.Random(1)
        qs = []
        for (name,) in teams:
            if names[fold(name)] == 1 and len(name) >= 4:
                q = name.lower().replace("&", "and")
                typo_kind = rng.random() < 0.4
                qs.append((typo(rng, q) if typo_kind else q, fold(name),
                           "team-typo" if typo_kind else "team"))
        r = subprocess.run([cli, "--db", db, "search", "--json", "--stdin", "--limit", "5"],
                           input="\n".join(q for q, _, _ in qs) + "\n",
                           capture_output=True, text=True, check=True)
        for (q, want, kind), line in zip(qs, r.stdout.splitlines()):
            results = json.loads(line)["results"]
            hits = [x.get("kind") == "team" and fold(x.get("title", "")) == want for x in results]
            total[kind] += 1
            top1[kind] += bool(hits[:1] and hits[0])
            top3[kind] += any(hits[:3])
            if "--misses" in sys.argv and not (hits[:1] and hits[0]):
                got = [x.get("title") for x in results[:2]]
                print(f"  miss {kind:8} {q!r}: want {want!r}, got {got}")
    for kind in KINDS + ["team", "team-typo"]:
        if total[kind]:
            print(f"{kind:9} {top1[kind]:5}/{total[kind]:<5} top-1 {100 * top1[kind] / total[kind]:5.1f} %"
                  f"  top-3 {100 * top3[kind] / total[kind]:5.1f} %")
    n = sum(total.values())
    print(f"{'all':9} {sum(top1.values()):5}/{n:<5} top-1 {100 * sum(top1.values()) / n:5.1f} %"
          f"  top-3 {100 * sum(top3.values()) / n:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
