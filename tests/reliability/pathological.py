#!/usr/bin/env python3
"""pathological.py ORGRAPH WORK_DIR CASE [--sanitized] - one hostile-input case.

Does: generates the input at test time under WORK_DIR (never committed),
runs the orgraph CLI on it with a stated time limit, and checks the outcome:
no crash (no signal, exit code 0, 1 or 2), finished within the limit, a
message on stderr where the input was refused, and - for folder inputs -
the good document placed beside the bad one still in the graph. The
"scale_*" cases run the same generator at size N and 2N (min of 2 runs)
and fail if the time grows by more than 2.5x.
With --sanitized (ASan/UBSan build) the biggest inputs are scaled down.
Does not: check extraction quality; see tests/quality for that.
Cases: see CASES at the end (one ctest each, reliability::path_<case>).
"""
import os
import shutil
import subprocess
import sys
import time

ORGRAPH, WORK, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
SANITIZED = "--sanitized" in sys.argv[4:] or os.environ.get("OG_SANITIZED") == "1"
GOOD_NAME = "Harbour Standards Council"
GOOD_TEXT = ("The Harbour Standards Council (HSC) develops the Tidewater Protocol. "
             "The HSC is based in Lisbon and works on data governance.\n")


class Fail(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Fail(msg)


def fresh(name):
    d = os.path.join(WORK, name)
    if os.path.lexists(d):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def run(args, limit, cwd=None):
    """Runs orgraph ARGS; returns (rc, seconds, stderr). Fails past `limit` s."""
    t0 = time.monotonic()
    try:
        p = subprocess.run([ORGRAPH] + args, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=limit + 10)
    except subprocess.TimeoutExpired:
        raise Fail("orgraph %s: still running after %.0f s (limit %d s)" % (" ".join(args)[:120], limit + 10, limit))
    dt = time.monotonic() - t0
    err = p.stderr.decode("utf-8", "replace")
    check(p.returncode >= 0, "orgraph killed by signal %d: %s" % (-p.returncode, err[-2000:]))
    check(p.returncode in (0, 1, 2), "unexpected exit code %d: %s" % (p.returncode, err[-500:]))
    check(dt <= limit, "took %.2f s, limit %d s" % (dt, limit))
    return p.returncode, dt, err


def corpus_with(name, files):
    """A folder holding GOOD_TEXT in good.txt plus `files` {name: bytes}."""
    d = fresh(name)
    with open(os.path.join(d, "good.txt"), "w") as f:
        f.write(GOOD_TEXT)
    for fn, data in files.items():
        with open(os.path.join(d, fn), "wb") as f:
            f.write(data)
    return d


def extract_folder(d, limit, extra=()):
    out = d + ".graphml"
    rc, dt, err = run(["extract", "-q", d, "-o", out] + list(extra), limit)
    check(os.path.exists(out), "no graph written (exit %d): %s" % (rc, err[-500:]))
    with open(out, encoding="utf-8") as f:
        check(GOOD_NAME in f.read(), "the good document beside the bad one is missing from the graph")
    return rc, dt, err


def report(what, dt, limit, err=""):
    msg = err.strip().splitlines()[0][:160] if err.strip() else ""
    print("%s: %.2f s (limit %d s)%s" % (what, dt, limit, (" - " + msg) if msg else ""))


# ---- generators ------------------------------------------------------------

def gen_long_line(mb):
    word = b"digital cooperation forum meets "
    return word * (mb * 1024 * 1024 // len(word))


def gen_acronyms(n):
    return b"Foo Bar Council (FBC) " * n


SYL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do", "fa", "gu", "hi", "jo", "pe", "sa"]


def cap_name(i):
    parts = []
    for _ in range(2):
        w = ""
        for _ in range(3):
            w += SYL[i % 16]
            i //= 16
        parts.append(w.capitalize())
    return " ".join(parts)


def gen_names(n):
    # distinct: 16^6 combinations cover n <= 16M
    return "".join("%s Institute met the %s Council in Lisbon. " % (cap_name(2 * i), cap_name(2 * i + 1))
                   for i in range(n // 2)).encode()


def gen_deep_html(depth):
    return (b"<html><body>" + b"<div>" * depth + b"<p>deep <b>unclosed <i>tags" * (depth // 4) +
            b"The Harbour Standards Council is here.")


def graphml_with_keys(n):
    head = b'<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    keys = b"".join(b'<key id="k%d" for="node" attr.name="a%d" attr.type="string"/>\n' % (i, i) for i in range(n))
    body = b'<graph edgedefault="directed"><node id="n0"><data key="k0">Harbour Standards Council</data></node></graph></graphml>\n'
    return head + keys + body


def graphml_simple(inner=b"", doctype=b"", value=b"x"):
    return (b'<?xml version="1.0"?>\n' + doctype +
            b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            b'<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
            b'<graph edgedefault="directed"><node id="n0"><data key="label">' + value + b'</data></node>' +
            inner + b'</graph></graphml>\n')


def convert(name, data, limit):
    d = fresh(name)
    src = os.path.join(d, "in.graphml")
    with open(src, "wb") as f:
        f.write(data)
    out = os.path.join(d, "out.graphml")
    rc, dt, err = run(["convert", src, "-o", out], limit)
    text = open(out, encoding="utf-8", errors="replace").read() if os.path.exists(out) else None
    if rc != 0:
        check(err.strip() != "", "refused without a message")
        check(text is None, "refused but wrote %s" % out)
    return rc, dt, err, text


# ---- cases -----------------------------------------------------------------

def case_long_line():
    mb, limit = (5, 60) if SANITIZED else (50, 60)
    d = corpus_with("long_line", {"line.txt": gen_long_line(mb)})
    rc, dt, err = extract_folder(d, limit)
    report("one %d MB line" % mb, dt, limit, err)


def case_acronyms():
    n, limit = (100000, 60) if SANITIZED else (1000000, 60)
    d = corpus_with("acronyms", {"acr.txt": gen_acronyms(n)})
    rc, dt, err = extract_folder(d, limit)
    report("%d repeated acronym definitions" % n, dt, limit, err)


def case_names():
    n, limit = (20000, 60) if SANITIZED else (100000, 60)
    d = corpus_with("names", {"names.txt": gen_names(n)})
    rc, dt, err = extract_folder(d, limit)
    report("%d distinct capitalised names" % n, dt, limit, err)


def case_deep_html():
    depth, limit = (50000, 30) if SANITIZED else (200000, 30)
    d = corpus_with("deep_html", {"deep.html": gen_deep_html(depth)})
    rc, dt, err = extract_folder(d, limit)
    report("HTML nested %d deep with unclosed tags" % depth, dt, limit, err)


def case_nul_utf8():
    bad = (b"The Open \x00Data \xff\xfe Alliance (ODA)\x00 met \xc3\x28 the \xed\xa0\x80 Forum.\n" * 2000 +
           b"\xf8\x88\x80\x80\x80 \x00" * 1000)
    d = corpus_with("nul_utf8", {"bad.txt": bad, "bad.html": b"<p>\x00\xff<b>Forum\x00</b>" * 1000,
                                 "allnul.txt": b"\x00" * 100000})
    rc, dt, err = extract_folder(d, 20)
    report("NUL bytes and invalid UTF-8 (text, HTML, all-NUL)", dt, 20, err)
    rc, dt, err, text = convert("nul_graphml", graphml_simple(value=b"bad \xff\xfe \x00 value"), 10)
    check(rc != 0, "GraphML with NUL and invalid UTF-8 accepted")
    report("GraphML with NUL and invalid UTF-8 refused", dt, 10, err)


def case_graphml_keys():
    n, limit = (100000, 60) if SANITIZED else (1000000, 60)
    rc, dt, err, text = convert("graphml_keys", graphml_with_keys(n), limit)
    report("GraphML with %d <key> elements (exit %d)" % (n, rc), dt, limit, err)


def case_graphml_deep():
    depth = 100000
    inner = b"<data key='label'>" + b"<x>" * depth + b"</x>" * depth + b"</data>"
    rc, dt, err, text = convert("graphml_deep", graphml_simple(inner=inner), 10)
    check(rc != 0, "GraphML nested %d deep accepted" % depth)
    report("GraphML nested %d deep refused" % depth, dt, 10, err)


def case_graphml_bigattr():
    mb = 10
    rc, dt, err, text = convert("graphml_bigattr", graphml_simple(value=b"v" * (mb << 20)), 30)
    if rc == 0:
        check(text is not None and text.count("v" * 1000) > 0, "10 MB value lost")
    report("GraphML with a %d MB value (exit %d)" % (mb, rc), dt, 30, err)
    rc, dt, err, text = convert("graphml_hugeattr", graphml_simple(value=b"v" * (17 << 20)), 30)
    check(rc != 0, "a 17 MB value (over OG_GRAPHML_MAX_VALUE) accepted")
    report("GraphML with a 17 MB value refused", dt, 30, err)


def case_graphml_xxe():
    secret = os.path.join(WORK, "secret.txt")
    os.makedirs(WORK, exist_ok=True)
    with open(secret, "w") as f:
        f.write("TOP-SECRET-XXE-MARKER\n")
    doctype = b'<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file://' + secret.encode() + b'">]>\n'
    rc, dt, err, text = convert("graphml_xxe", graphml_simple(doctype=doctype, value=b"&xxe;"), 10)
    check(text is None or "TOP-SECRET-XXE-MARKER" not in text, "external entity expanded: local file leaked")
    check("TOP-SECRET-XXE-MARKER" not in err, "external entity expanded into the message")
    report("GraphML XXE to a local file: not expanded (exit %d)" % rc, dt, 10, err)


def case_graphml_laughs():
    ents = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    doctype = b"<!DOCTYPE graphml [" + ents + b"]>\n"
    rc, dt, err, text = convert("graphml_laughs", graphml_simple(doctype=doctype, value=b"&lol9;"), 10)
    check(text is None or len(text) < 1000000, "billion laughs expanded (%d bytes)" % len(text or ""))
    report("GraphML billion laughs: not expanded (exit %d)" % rc, dt, 10, err)


def case_graphml_dtd_network():
    # 192.0.2.1 is TEST-NET-1: never routable, a fetch would hang until timeout
    doctype = b'<!DOCTYPE graphml SYSTEM "http://192.0.2.1/graphml.dtd">\n'
    rc, dt, err, text = convert("graphml_dtd", graphml_simple(doctype=doctype), 5)
    report("GraphML with a network DTD: no fetch (exit %d)" % rc, dt, 5, err)


def case_fifo():
    d = corpus_with("fifo", {})
    os.mkfifo(os.path.join(d, "pipe.txt"))
    rc, dt, err = extract_folder(d, 10)
    report("a FIFO in the input folder skipped", dt, 10, err)


def case_symlink_loop():
    d = corpus_with("symlink_loop", {})
    os.symlink(".", os.path.join(d, "self"))
    os.symlink("loop_b", os.path.join(d, "loop_a"))
    os.symlink("loop_a", os.path.join(d, "loop_b"))
    sub = os.path.join(d, "sub")
    os.makedirs(sub)
    os.symlink("..", os.path.join(sub, "up"))
    rc, dt, err = extract_folder(d, 10)
    report("symlink loops in the input folder", dt, 10, err)


def case_dangling_symlink():
    d = corpus_with("dangling", {})
    os.symlink("does-not-exist.txt", os.path.join(d, "dangling.txt"))
    rc, dt, err = extract_folder(d, 10)
    report("a dangling symlink in the input folder", dt, 10, err)
    rc, dt, err = run(["extract", "-q", os.path.join(d, "dangling.txt"), "-o", d + "-2.graphml"], 10)
    check(rc != 0 and err.strip(), "a dangling symlink named as input accepted silently")
    report("a dangling symlink named as input refused", dt, 10, err)


def case_long_path():
    d = corpus_with("long_path", {})
    # nest folders until the path passes PATH_MAX (4096), creating them by fd
    fd = os.open(d, os.O_RDONLY)
    depth = 0
    while depth < 24:
        name = "n" * 200
        os.mkdir(name, dir_fd=fd)
        nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
        depth += 1
    wfd = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(wfd, b"The Deep Folder Alliance met.\n")
    os.close(wfd)
    os.close(fd)
    rc, dt, err = extract_folder(d, 20)
    report("a file %d+ bytes deep (over PATH_MAX) inside a folder" % (depth * 201), dt, 20, err)
    longarg = os.path.join(d, *(["n" * 200] * 24), "deep.txt")
    rc, dt, err = run(["extract", "-q", longarg, "-o", d + "-2.graphml"], 10)
    check(rc != 0 and err.strip(), "an input path over PATH_MAX neither read nor refused with a message")
    report("an input path of %d bytes refused" % len(longarg), dt, 10, err)
    # clean up by fd-free rmtree (shutil handles long paths via dir fds)
    shutil.rmtree(d, ignore_errors=True)


def case_dir_as_file():
    d = corpus_with("dir_as_file", {})
    shutil.rmtree(d + "-out.graphml", ignore_errors=True)
    os.makedirs(d + "-out.graphml")
    # an existing folder named as -o is the CSV pair by design; --format forces a file
    rc, dt, err = run(["extract", "-q", d, "-f", "graphml", "-o", d + "-out.graphml"], 10)
    check(rc != 0 and err.strip(), "a folder as the --format graphml output file accepted")
    check(not os.listdir(d + "-out.graphml"), "something written into the folder")
    report("a folder where the output file is expected refused", dt, 10, err)
    rc, dt, err = run(["extract", "-q", d, "--lexicon", d, "-o", d + ".graphml"], 10)
    check(rc != 0 and err.strip(), "a folder as --lexicon accepted")
    report("a folder as --lexicon refused", dt, 10, err)
    rc, dt, err = run(["convert", d, "-o", d + ".dot"], 10)
    check(rc != 0 and err.strip(), "a folder as the GraphML input accepted")
    report("a folder as convert's input refused", dt, 10, err)


# ---- linear scaling ------------------------------------------------------------

def timed_min(args, limit, runs=2):
    best = None
    for _ in range(runs):
        rc, dt, err = run(args, limit)
        best = dt if best is None else min(best, dt)
    return best


def scaling(name, make, n, suffix, kind):
    times = []
    for k in (n, 2 * n):
        d = fresh("%s_%d" % (name, k))
        src = os.path.join(d, "in" + suffix)
        with open(src, "wb") as f:
            f.write(make(k))
        args = (["extract", "-q", "-j", "1", src, "-o", os.path.join(d, "out.graphml")] if kind == "extract"
                else ["convert", src, "-o", os.path.join(d, "out.graphml")])
        times.append(timed_min(args, 120))
        shutil.rmtree(d, ignore_errors=True)
    ratio = times[1] / max(times[0], 1e-3)
    print("scaling %s: n=%d %.2f s, 2n %.2f s, ratio %.2f (max 2.5)" % (name, n, times[0], times[1], ratio))
    # below 0.2 s process start-up dominates; add slack so noise does not fail
    check(times[1] <= 2.5 * times[0] + 0.1, "%s grows faster than linear: ratio %.2f" % (name, ratio))


def case_scale_long_line():
    scaling("long_line", lambda k: gen_long_line(k), 2 if SANITIZED else 8, ".txt", "extract")


def case_scale_names():
    scaling("names", gen_names, 10000 if SANITIZED else 40000, ".txt", "extract")


def case_scale_acronyms():
    scaling("acronyms", gen_acronyms, 5000 if SANITIZED else 20000, ".txt", "extract")


def case_scale_graphml_keys():
    scaling("graphml_keys", graphml_with_keys, 20000 if SANITIZED else 100000, ".graphml", "convert")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    if CASE not in CASES:
        print("unknown case %s; cases: %s" % (CASE, " ".join(sorted(CASES))), file=sys.stderr)
        sys.exit(2)
    os.makedirs(WORK, exist_ok=True)
    try:
        CASES[CASE]()
    except Fail as e:
        print("pathological %s: FAIL: %s" % (CASE, e), file=sys.stderr)
        sys.exit(1)
    print("pathological %s: OK" % CASE)
