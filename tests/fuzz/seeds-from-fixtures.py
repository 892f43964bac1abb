#!/usr/bin/env python3
"""Refreshes the fuzz seed corpora from the test fixtures in tests/data.

Each seed is a fixture, cut to at most 6 KB at a line end (small inputs fuzz faster), with the
selector byte that the target reads first (see each fuzz_*.cpp). Hand-written seeds in
corpus/ are kept; fixture seeds are named fx-<fixture>. Run from anywhere:
    python3 tests/fuzz/seeds-from-fixtures.py
"""
import pathlib

here = pathlib.Path(__file__).resolve().parent
data = here.parent / "data"


def cut(b, limit=6000):
    if len(b) <= limit:
        return b
    end = b.rfind(b"\n", 0, limit)
    return b[: end + 1] if end > 0 else b[:limit]


def seed(target, fixture, selector=None, tag=""):
    src = data / fixture
    if not src.exists():
        return
    out = here / "corpus" / target / ("fx-" + tag + fixture.replace("/", "-"))
    out.parent.mkdir(parents=True, exist_ok=True)
    prefix = bytes([selector]) if selector is not None else b""
    out.write_bytes(prefix + cut(src.read_bytes()))


for f in sorted((data / "csv").glob("*.csv")):
    name = "csv/" + f.name
    seed("csv", name, 0x18 if "1252" in f.name else 0x10)  # strict, comma
    if "quote" in f.name:
        seed("csv", name, 0x00, "lenient-")  # the same bytes read leniently
for f in sorted((data / "canonical").glob("*.csv")):
    kind = 0x01 if f.name.startswith("teams") else 0x02 if f.name.startswith("resp") else 0x04
    seed("canonical", "canonical/" + f.name, kind)
suffix = {".csv": 0, ".vcf": 2, ".ldif": 3, ".json": 4}
for f in sorted((data / "import").iterdir()):
    if f.suffix in suffix:
        seed("peoplefile", "import/" + f.name, suffix[f.suffix])
seed("vcard", "import/people.vcf")
seed("ldif", "import/people.ldif")
seed("json", "import/people.json", 0)
for f in sorted((data / "routing").iterdir()):
    if f.suffix == ".csv":
        seed("holidays", "routing/" + f.name, 0)
    elif f.suffix == ".ics":
        seed("holidays", "routing/" + f.name, 1)
