#!/usr/bin/python3
"""Loads N-Quads into rdflib's SPARQL engine and asks who is partner_in NAME.

usage: sparql_who.py OUT.nq NAME EXPECTED...
Prints the labels found; fails unless they are exactly EXPECTED (any order).
The fallback store when oxigraph (../shared/conformance) is absent.
Exit 0 pass, 1 fail, 77 rdflib missing."""
import sys

try:
    from rdflib import ConjunctiveGraph, Literal
except ImportError:
    print("rdflib not installed: skipped")
    sys.exit(77)

QUERY = """
PREFIX og: <https://orgraph.dev/ns#>
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?name WHERE {
  GRAPH ?g {
    ?x og:partnerIn ?p .
    ?p schema:name ?target .
    ?x schema:name ?name .
  }
}
"""


def main():
    path, target, expected = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    g = ConjunctiveGraph()
    g.parse(path, format="nquads")
    rows = g.query(QUERY, initBindings={"target": Literal(target)})
    got = {str(r[0]) for r in rows}
    print(f"rdflib SPARQL: partner_in {target}: {sorted(got)}")
    if got != expected:
        print(f"FAIL: expected {sorted(expected)}")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
