#!/usr/bin/env python3
"""mkann.py - builds the dev-set annotation JSON files from compact sources.

What it does: reads tests/dev/src/*.ann (a terse, line-oriented form that is
quicker to write and review) and writes tests/dev/<name>.json in the format
of ANNOTATION.md, filling in the line numbers: an entity's `lines` are the
first lines (in range) where its name or an alias occurs, a relation's
`line` is the line holding its evidence quote.  It refuses a relation whose
quote is not in the document or whose ids are unknown.
What it does not do: decide anything; every entity and relation is written
by hand in the .ann file.  The JSON files are what score.py reads.

.ann format (one item a line, `#` comments):
  doc PATH                  path relative to the repo (or ../shared/...)
  range FIRST LAST          optional line range
  E id | name | Type | alias; alias | core(1/0) | key=value; key=value
  R subject predicate object | evidence quote from one line

`mkann.py [--shared DIR] --check` only compares and exits 1 when a JSON file is stale
(a ctest entry runs it, so editing a document without re-annotating fails).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(ROOT, "..", "shared")  # --shared DIR overrides
TYPES = {"Organisation", "Initiative", "Standard", "Partnership", "Agreement", "Event", "Person"}
PREDS = {"part_of", "member_of", "partner_in", "collaborates_with", "develops", "launches", "hosts",
         "supports", "adopts", "located_in"}


def norm(s):
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")


def occurs(name, line):
    pat = r"(?<![\w/-])" + re.escape(norm(name)) + r"(?![\w]|[-/]\w)"
    flags = 0 if (name.isupper() or len(name) <= 5) else re.IGNORECASE
    return re.search(pat, norm(line), flags) is not None


def build(src):
    doc, rng, ents, rels = None, None, [], []
    for n, raw in enumerate(open(src, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("doc "):
            doc = line[4:].strip()
        elif line.startswith("range "):
            a, b = line.split()[1:3]
            rng = [int(a), int(b)]
        elif line.startswith("E "):
            parts = [p.strip() for p in line[2:].split("|")]
            while len(parts) < 6:
                parts.append("")
            eid, name, typ, aliases, core, attrs = parts[:6]
            if typ not in TYPES:
                sys.exit("%s:%d: bad type %s" % (src, n, typ))
            ents.append({"id": eid, "name": name, "type": typ,
                         "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
                         "attrs": dict(kv.strip().split("=", 1) for kv in attrs.split(";") if kv.strip()),
                         "core": core != "0"})
        elif line.startswith("R "):
            head, _, ev = line[2:].partition("|")
            s, p, o = head.split(None, 2)
            rels.append({"s": s, "p": p, "o": o.strip(), "evidence": ev.strip(), "_n": n})
        else:
            sys.exit("%s:%d: cannot read: %s" % (src, n, line))
    path = os.path.join(ROOT, doc) if not doc.startswith("../shared/") else os.path.join(SHARED, doc[len("../shared/"):])
    text = open(path, encoding="utf-8").read().split("\n")
    first, last = rng if rng else (1, len(text))
    ids = {e["id"] for e in ents}
    if len(ids) != len(ents):
        sys.exit("%s: duplicate entity ids" % src)
    for e in ents:
        found = [i for i in range(first, last + 1)
                 if any(occurs(nm, text[i - 1]) for nm in [e["name"]] + e["aliases"])]
        if not found:  # only inside a longer name, e.g. JTC1 in "ISO/IEC JTC1/SC 42"
            found = [i for i in range(first, last + 1)
                     if any(norm(nm) in norm(text[i - 1]) for nm in [e["name"]] + e["aliases"])]
        if not found:  # broken by PDF conversion ("Broad band ... Develop ment") or across lines
            squash = lambda t: re.sub(r"\s+", "", norm(t)).casefold()
            for i in range(first, last + 1):
                window = squash(" ".join(text[i - 1:min(i + 1, last)]))
                if any(squash(nm) in window for nm in [e["name"]] + e["aliases"]):
                    found.append(i)
        if not found:
            sys.exit("%s: entity %s not found in %s" % (src, e["name"], doc))
        e["lines"] = found[:5]
    for r in rels:
        if r["s"] not in ids or r["p"] not in PREDS or (r["o"] not in ids and r["p"] != "located_in"):
            sys.exit("%s:%d: bad relation %s %s %s" % (src, r["_n"], r["s"], r["p"], r["o"]))
        hits = [i for i in range(first, last + 1) if norm(r["evidence"]) in norm(text[i - 1])]
        if not hits or len(r["evidence"]) > 200:
            sys.exit("%s:%d: evidence not on any line (or too long): %s" % (src, r["_n"], r["evidence"]))
        r["line"] = hits[0]
        del r["_n"]
    out = {"doc": doc}
    if rng:
        out["lines"] = rng
    out["entities"] = [{k: e[k] for k in ("id", "name", "type", "aliases", "attrs", "lines", "core")} for e in ents]
    out["relations"] = [{k: r[k] for k in ("s", "p", "o", "line", "evidence")} for r in rels]
    return out


def check():
    """Exit 1 when a JSON file is not what its .ann source (and the document) give now."""
    bad = 0
    src_dir = os.path.join(HERE, "src")
    for f in sorted(os.listdir(src_dir)):
        if not f.endswith(".ann"):
            continue
        ann = open(os.path.join(src_dir, f), encoding="utf-8").read()
        m = re.search(r"^doc (\S+)", ann, re.M)
        if m and m.group(1).startswith("../shared/") and not os.path.isdir(SHARED):
            continue
        want = build(os.path.join(src_dir, f))
        path = os.path.join(HERE, os.path.splitext(f)[0] + ".json")
        have = json.load(open(path, encoding="utf-8")) if os.path.isfile(path) else None
        if have != want:
            print("out of date: %s (run tests/dev/mkann.py)" % path)
            bad += 1
    print("dev set %s" % ("out of date" if bad else "up to date"))
    return 1 if bad else 0


def main():
    global SHARED
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--shared":
        SHARED, args = args[1], args[2:]
    if args == ["--check"]:
        sys.exit(check())
    srcs = args or sorted(os.path.join(HERE, "src", f) for f in os.listdir(os.path.join(HERE, "src"))
                                  if f.endswith(".ann"))
    te = tr = 0
    for src in srcs:
        out = build(src)
        name = os.path.splitext(os.path.basename(src))[0] + ".json"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        te += len(out["entities"])
        tr += len(out["relations"])
        print("%-40s %4d entities %4d relations" % (name, len(out["entities"]), len(out["relations"])))
    print("total %d entities, %d relations" % (te, tr))


if __name__ == "__main__":
    main()
