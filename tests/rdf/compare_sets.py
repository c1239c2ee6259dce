#!/usr/bin/python3
"""Compares the triples of an orgraph JSON-LD file and its N-Quads as sets, with rdflib.

usage: compare_sets.py OUT.jsonld OUT.nq [--escape]
Both files are parsed by rdflib (JSON-LD with format="json-ld", N-Quads with
format="nquads"); the graph name of the quads is ignored. Fails if the sets
differ, if either uses a blank node, or (--escape) if the tricky literals of
the escape fixture did not survive. Exit 0 pass, 1 fail, 77 rdflib missing."""
import sys
import warnings

try:
    import rdflib
    from rdflib import ConjunctiveGraph, Literal, URIRef, BNode
except ImportError:
    print("rdflib not installed: skipped")
    sys.exit(77)

OG = "https://orgraph.dev/ns#"
SCHEMA = "http://schema.org/"
# Same bytes as tests/unit/test_jsonld_fixtures.c
ESCAPE_NAME = ("Quote \" back\\slash \x01\x1f\x7f tab\there\r\nnew line \U0001F30D "
               "\u05e2\u05d1\u05e8\u05d9\u05ea \u0627\u0644\u0639\u0631\u0628\u064a\u0629 <&> {x}|^`")
ESCAPE_SENTENCE = ("She said \"join us\"\nthen left \\ \u200f\u0634\u0643\u0631\u0627\u200e \U0001F600 end\x0b.")


def load(path, fmt):
    g = ConjunctiveGraph()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        g.parse(path, format=fmt)
    return set(g.triples((None, None, None)))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    escape = "--escape" in sys.argv
    jl, nq = load(args[0], "json-ld"), load(args[1], "nquads")
    ok = True
    print(f"rdflib {rdflib.__version__}: JSON-LD {len(jl)} triples, N-Quads {len(nq)} triples")
    for name, s in (("JSON-LD", jl), ("N-Quads", nq)):
        b = [t for t in s if any(isinstance(x, BNode) for x in t)]
        if b:
            print(f"FAIL: {name} has {len(b)} triples with blank nodes, e.g. {b[0]}")
            ok = False
    if jl != nq:
        ok = False
        for t in sorted(jl - nq)[:10]:
            print("only in JSON-LD:", t)
        for t in sorted(nq - jl)[:10]:
            print("only in N-Quads:", t)
    if len(jl) == 0:
        print("FAIL: no triples")
        ok = False
    if escape:
        for name, s in (("JSON-LD", jl), ("N-Quads", nq)):
            names = {str(o) for (_, p, o) in s if p == URIRef(SCHEMA + "name")}
            sents = {str(o) for (_, p, o) in s if p == URIRef(OG + "sentence")}
            if ESCAPE_NAME not in names:
                print(f"FAIL: {name}: the escape fixture's name did not round-trip; names: {sorted(names)!r}")
                ok = False
            if ESCAPE_SENTENCE not in sents:
                print(f"FAIL: {name}: the escape fixture's sentence did not round-trip: {sorted(sents)!r}")
                ok = False
    print("PASS" if ok else "FAIL: triple sets differ")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
