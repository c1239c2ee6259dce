#!/usr/bin/env node
// oxigraph_check.cjs SHARED_DIR OUT.jsonld OUT.nq [--who NAME EXPECTED...]
//
// Real-client checks of orgraph's linked data with the npm packages of the
// conformance harness (SHARED_DIR/conformance/node/node_modules):
//  - oxigraph loads the N-Quads into a store, and parses the JSON-LD with its
//    own parser: both must give the same number of triples;
//  - jsonld.js (toRDF, safe mode) turns the JSON-LD into N-Quads whose lines
//    must equal ours exactly (graph name aside): same IRIs, same literals,
//    same canonical numbers;
//  - with --who: a SPARQL query on the oxigraph store for who is partner_in
//    NAME must return exactly EXPECTED (labels).
// Exit 0 pass, 1 fail, 77 when the harness is not there (skip).
'use strict';
const fs = require('fs');
const path = require('path');
const {createRequire} = require('module');

async function main() {
  const [shared, jsonldPath, nqPath, ...rest] = process.argv.slice(2);
  const pkg = path.join(shared || '', 'conformance', 'node', 'package.json');
  const req = createRequire(pkg);
  let ox, jsonld;
  try {
    ox = req('oxigraph');
    jsonld = req('jsonld');
  } catch (e) {
    console.log(`conformance node packages not available (${pkg}): skipped`);
    return 77;
  }
  let ok = true;
  const fail = (m) => { console.log('FAIL: ' + m); ok = false; };
  const nq = fs.readFileSync(nqPath, 'utf8');
  const doc = JSON.parse(fs.readFileSync(jsonldPath, 'utf8'));

  const store = new ox.Store();
  store.load(nq, {format: 'application/n-quads'});
  const fromJson = new ox.Store();
  fromJson.load(JSON.stringify(doc), {format: 'application/ld+json'});
  console.log(`oxigraph: N-Quads ${store.size} quads, own JSON-LD parser ${fromJson.size} quads`);
  if (store.size !== fromJson.size) fail('oxigraph counts differ between the N-Quads and the JSON-LD');

  const ours = new Set(nq.split('\n').filter(Boolean).map((l) => l.replace(/ <[^>]*> \.$/, ' .')));
  const theirs = new Set((await jsonld.toRDF(doc, {format: 'application/n-quads', safe: true}))
    .split('\n').filter(Boolean));
  console.log(`jsonld.js toRDF: ${theirs.size} lines; ours: ${ours.size}`);
  const onlyOurs = [...ours].filter((l) => !theirs.has(l));
  const onlyTheirs = [...theirs].filter((l) => !ours.has(l));
  if (onlyOurs.length || onlyTheirs.length) {
    fail(`N-Quads differ from jsonld.js's (${onlyOurs.length} only ours, ${onlyTheirs.length} only jsonld.js)`);
    onlyOurs.slice(0, 5).forEach((l) => console.log('  ours:   ' + l));
    onlyTheirs.slice(0, 5).forEach((l) => console.log('  jsonld: ' + l));
  }

  const w = rest.indexOf('--who');
  if (w >= 0) {
    const target = rest[w + 1];
    const expected = rest.slice(w + 2).sort();
    const q = `PREFIX og: <https://orgraph.dev/ns#>
PREFIX schema: <http://schema.org/>
SELECT DISTINCT ?name WHERE { GRAPH ?g { ?x og:partnerIn ?p . ?p schema:name ${JSON.stringify(target)} . ?x schema:name ?name } }`;
    const got = store.query(q).map((b) => b.get('name').value).sort();
    console.log(`oxigraph SPARQL: partner_in ${target}: ${JSON.stringify(got)}`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`expected ${JSON.stringify(expected)}`);
  }
  console.log(ok ? 'PASS' : 'FAIL');
  return ok ? 0 : 1;
}

main().then((c) => process.exit(c), (e) => { console.log('FAIL: ' + (e && e.stack || e)); process.exit(1); });
