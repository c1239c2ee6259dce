#!/usr/bin/env node
// kuzu_full.cjs SHARED_DIR CSV_DIR
// Runs the Kùzu commands of docs/analyst-formats.md on an orgraph CSV pair
// with every column typed (unlike check-csv, which loads a normalised
// id/name/label copy): CREATE NODE/REL TABLE, COPY FROM (HEADER=true), then
// asks who is partner_in Giga, with the confidence and the split aliases.
// Exit 0 pass, 1 fail, 77 when the harness's kuzu package is absent.
'use strict';
const path = require('path');
const [shared, dir] = process.argv.slice(2);
let kuzu;
try {
  kuzu = require(path.join(shared, 'conformance', 'node-kuzu', 'node_modules', 'kuzu'));
} catch (e) {
  console.log('kuzu (../shared/conformance/node-kuzu) not installed: skipped');
  process.exit(77);
}
const fs = require('fs');
const os = require('os');
(async () => {
  const dbdir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-kuzu-'));
  try {
    const db = new kuzu.Database(path.join(dbdir, 'db'));
    const c = new kuzu.Connection(db);
    const q = async (s) => (await c.query(s)).getAll();
    await q('CREATE NODE TABLE Node(id STRING, name STRING, label STRING, acronym STRING, aliases STRING, ' +
            'established STRING, address STRING, website STRING, stakeholder_group STRING, sources STRING, ' +
            'source_count INT64, mentions INT64, PRIMARY KEY (id))');
    await q('CREATE REL TABLE Rel(FROM Node TO Node, type STRING, confidence DOUBLE, evidence_count INT64, ' +
            'sentence STRING, hedged BOOLEAN, sources STRING, evidence STRING)');
    await q(`COPY Node FROM '${path.join(dir, 'nodes.csv')}' (HEADER=true, PARALLEL=false)`);
    await q(`COPY Rel FROM '${path.join(dir, 'relationships.csv')}' (HEADER=true, PARALLEL=false)`);
    const who = await q("MATCH (x:Node)-[r:Rel]->(g:Node) WHERE r.type = 'partner_in' AND g.name = 'Giga' " +
                        'RETURN x.name AS name, r.confidence AS conf, r.evidence_count AS n ORDER BY name');
    const itu = await q("MATCH (n:Node) WHERE n.acronym = 'ITU' RETURN string_split(n.aliases, ';') AS a");
    console.log(JSON.stringify({who, itu}));
    const names = who.map((r) => r.name);
    const ok = JSON.stringify(names) === JSON.stringify(['International Telecommunication Union', "United Nations Children's Fund"]) &&
      who.every((r) => r.conf > 0 && r.conf <= 1 && r.n >= 1) &&
      itu.length === 1 && JSON.stringify(itu[0].a) === JSON.stringify(['ITU', 'UIT']);
    console.log(ok ? 'PASS' : 'FAIL');
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(dbdir, {recursive: true, force: true});
  }
})().catch((e) => { console.log('FAIL: ' + (e.message || e)); process.exit(1); });
