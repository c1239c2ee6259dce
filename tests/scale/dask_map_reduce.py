#!/usr/bin/python3
"""dask_map_reduce.py ORGRAPH OUT.graphml DOC... - orgraph's map and reduce on a
real Dask cluster (a scheduler and two worker processes on 127.0.0.1).

Map: every document goes to a worker, which pipes it through
`orgraph extract --fragments - --stdin-name DOC -` (one NDJSON fragment line
out). Reduce: fragments are folded pairwise in a tree (split_every=2) by
`orgraph merge --fragments - -` (two lines in, one merged line out), on the
workers too. The driver writes the last line through `orgraph merge - -o OUT`.
Document names are passed as given, so evidence and sources name the same
files as a single-machine `orgraph extract DOC... -o OUT` run from the same
folder. Everything is stopped on exit (context managers)."""
import subprocess
import sys

import dask.bag as db
from distributed import Client, LocalCluster

ORGRAPH = sys.argv[1]
OUT = sys.argv[2]
DOCS = sys.argv[3:]


def extract(doc):
    with open(doc, "rb") as f:
        data = f.read()
    r = subprocess.run([ORGRAPH, "extract", "-q", "--fragments", "-", "--stdin-name", doc, "-"],
                       input=data, capture_output=True, check=True)
    return r.stdout


def merge(a, b):
    r = subprocess.run([ORGRAPH, "merge", "-q", "--fragments", "-", "-"], input=a + b, capture_output=True,
                       check=True)
    return r.stdout


def main():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        bag = db.from_sequence(DOCS, npartitions=min(len(DOCS), 4))
        merged = bag.map(extract).fold(merge, merge, split_every=2)
        line = client.compute(merged).result(timeout=120)
        workers = len(client.scheduler_info()["workers"])
    if line.count(b"\n") != 1:
        sys.exit("expected one merged fragment line, got %d" % line.count(b"\n"))
    subprocess.run([ORGRAPH, "merge", "-q", "-", "-o", OUT], input=line, check=True)
    print("dask: %d documents mapped and merged on %d workers" % (len(DOCS), workers))


if __name__ == "__main__":
    main()
