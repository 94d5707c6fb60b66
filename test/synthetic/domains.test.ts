/**
 * The register domains of the synthetic generator (childhood, crime, health, school): every table is
 * written with the contract's columns, its values are plausible, the extract passes the contract's
 * validation, and the same seed gives byte-identical files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generate } from '../../src/synthetic/generate.ts';
import { validateExtract } from '../../src/contract/validate.ts';
import { SCHEMA, type TableName } from '../../src/contract/schema.ts';

const DOMAIN_TABLES: TableName[] = [
  'mfr', 'krsi', 'kraf', 'krms', 'lpr', 'misbrug', 'bufo', 'dagtilbud', 'elev', 'fravaer', 'trivsel', 'nationale_test', 'karakterer',
];
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function one(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson()[0] as Record<string, unknown>;
}

test('register domains: contract tables, plausible values, byte-identical for the same seed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lc-domains-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  try {
    await generate({ scale: 0.002, seed: 11, outDir: a });
    await generate({ scale: 0.002, seed: 11, outDir: b });
    for (const t of DOMAIN_TABLES) {
      const f = `${t}.parquet`;
      assert.ok(existsSync(join(a, f)), `${f} written`);
      assert.equal(sha(join(b, f)), sha(join(a, f)), `${f} is byte-identical for the same seed`);
    }

    const report = await validateExtract(a);
    assert.ok(report.ok, report.summary);

    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const t of [...DOMAIN_TABLES, 'bef', 'lbf_plan_afdeling'] as TableName[]) {
      await conn.run(`CREATE VIEW ${t} AS SELECT * FROM '${join(a, `${t}.parquet`)}'`);
    }
    // exactly the contract's columns and types, and rows in every table
    for (const t of DOMAIN_TABLES) {
      const spec = SCHEMA.find((s) => s.name === t)!;
      const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${t}`)).getRowObjectsJson();
      assert.deepEqual(cols.map((c) => [c.column_name, c.column_type]), spec.columns.map((c) => [c.name, c.type]), t);
      const n = Number((await one(conn, `SELECT count(*) AS n FROM ${t}`)).n);
      assert.ok(n > 0, `${t} has rows`);
    }

    // crime: all five laws (traffic included) and all four sanctions (fines included); suspicions only for 10-14
    // (14-year-olds are charged in 2010-12), charges from 14
    const laws = await one(conn, `SELECT count(DISTINCT LOV) AS k FROM krsi`);
    assert.equal(Number(laws.k), 5);
    const sanctions = await one(conn, `SELECT count(DISTINCT SANKTION) AS k, avg((SANKTION = 3)::INT) FILTER (WHERE LOV = 2) AS traffic_fines FROM kraf`);
    assert.equal(Number(sanctions.k), 4);
    assert.ok(Number(sanctions.traffic_fines) > 0.6, 'traffic verdicts are mostly fines');
    const ages = await one(conn, `
      SELECT (SELECT min(date_diff('year', b.FOED_DAG, k.MIST_DTO)) FROM krms k JOIN (SELECT DISTINCT PNR, FOED_DAG FROM bef) b USING (PNR)) AS mist_min,
             (SELECT max(date_diff('year', b.FOED_DAG, k.MIST_DTO)) FROM krms k JOIN (SELECT DISTINCT PNR, FOED_DAG FROM bef) b USING (PNR)) AS mist_max,
             (SELECT min(date_diff('year', b.FOED_DAG, k.SIGT_DTO)) FROM krsi k JOIN (SELECT DISTINCT PNR, FOED_DAG FROM bef) b USING (PNR)) AS sigt_min`);
    assert.ok(Number(ages.mist_min) >= 10 && Number(ages.mist_max) <= 14, `suspicion ages ${ages.mist_min}-${ages.mist_max}`);
    assert.ok(Number(ages.sigt_min) >= 14, `charge ages from ${ages.sigt_min}`);

    // more charges among 15-17-year-olds in social housing than in the population
    const rates = await one(conn, `
      WITH y AS (SELECT b.PNR, b.AAR, b.AFD_ID IS NOT NULL AS social,
                        (SELECT count(*) FROM krsi k WHERE k.PNR = b.PNR AND year(k.SIGT_DTO) = b.AAR AND k.LOV IN (1, 3, 4)) AS n
                 FROM bef b WHERE b.AAR - year(b.FOED_DAG) BETWEEN 15 AND 17 AND b.AAR BETWEEN 2000 AND 2019)
      SELECT 1000.0 * sum(n) / count(*) AS pop, 1000.0 * sum(n) FILTER (WHERE social) / count(*) FILTER (WHERE social) AS social FROM y`);
    assert.ok(Number(rates.pop) > 15 && Number(rates.pop) < 120, `charges per 1,000 15-17: ${rates.pop}`);
    assert.ok(Number(rates.social) > Number(rates.pop), 'more charges in social housing');

    // health: listed psychiatric codes, substance codes, and codes outside the lists
    const lpr = await one(conn, `SELECT bool_and(DIAG LIKE 'D%') AS prefixed,
        count(*) FILTER (WHERE regexp_matches(DIAG, '^DF(2|3|4[0-3]|50|6[0-2]|9[0-2])')) AS psych,
        count(*) FILTER (WHERE regexp_matches(DIAG, '^(DF1[0-9]|DT40)')) AS substance,
        count(*) FILTER (WHERE NOT DIAG LIKE 'DF%' AND NOT DIAG LIKE 'DT40%') AS other,
        min(year(D_INDDTO)) AS first FROM lpr`);
    assert.ok(lpr.prefixed && Number(lpr.psych) > 0 && Number(lpr.substance) > 0 && Number(lpr.other) > 0);
    assert.ok(Number(lpr.first) >= 1995);
    const mis = await one(conn, `SELECT min(year(START_DTO)) FILTER (WHERE KILDE = 'NAB') AS nab, min(year(START_DTO)) FILTER (WHERE KILDE = 'SIB') AS sib FROM misbrug`);
    assert.ok(Number(mis.sib) >= 1996 && (mis.nab === null || Number(mis.nab) >= 2006));

    // childhood: family-directed measures only from 2015; day care only at ages 0-5; birth weight mean 3,300-3,600 g
    const bufo = await one(conn, `SELECT min(year(START_DTO)) FILTER (WHERE FORANST_TYPE = 3) AS fam, count(DISTINCT FORANST_TYPE) AS k FROM bufo`);
    assert.ok(Number(bufo.fam) >= 2015 && Number(bufo.k) === 3);
    const dt = await one(conn, `SELECT min(d.AAR - year(b.FOED_DAG)) AS lo, max(d.AAR - year(b.FOED_DAG)) AS hi FROM dagtilbud d JOIN bef b ON b.PNR = d.PNR AND b.AAR = d.AAR`);
    assert.ok(Number(dt.lo) >= 0 && Number(dt.hi) <= 5);
    const bw = await one(conn, `SELECT avg(VAEGT) AS m, avg((VAEGT < 2500)::INT) AS low FROM mfr`);
    assert.ok(Number(bw.m) > 3300 && Number(bw.m) < 3600, `mean birth weight ${bw.m}`);
    assert.ok(Number(bw.low) > 0.02 && Number(bw.low) < 0.12, `low birth weight share ${bw.low}`);

    // school: grades 0-10 in order, absence 5-8 % on average and higher in udskoling, wellbeing 3.5-3.9,
    // absence only in public and special schools from 2011, tests from 2010, wellbeing from 2015
    const sch = await one(conn, `
      SELECT (SELECT avg(FRAVAER_PCT) FROM fravaer) AS abs_mean,
             (SELECT avg(f.FRAVAER_PCT) FROM fravaer f JOIN elev e USING (PNR, SKOLEAAR) WHERE e.KLASSETRIN >= 7) AS abs_udsk,
             (SELECT avg(f.FRAVAER_PCT) FROM fravaer f JOIN elev e USING (PNR, SKOLEAAR) WHERE e.KLASSETRIN <= 3) AS abs_indsk,
             (SELECT count(*) FROM fravaer f JOIN elev e USING (PNR, SKOLEAAR) WHERE e.SKOLETYPE IN (2, 3)) AS abs_private,
             (SELECT min(SKOLEAAR) FROM fravaer) AS abs_first,
             (SELECT avg(TRIVSEL) FROM trivsel) AS wb_mean,
             (SELECT min(SKOLEAAR) FROM trivsel) AS wb_first,
             (SELECT count(*) FROM trivsel t JOIN elev e USING (PNR, SKOLEAAR) WHERE e.KLASSETRIN NOT BETWEEN 4 AND 9) AS wb_grade,
             (SELECT min(SKOLEAAR) FROM nationale_test) AS nt_first,
             (SELECT avg(SCORE) FROM nationale_test) AS nt_mean,
             (SELECT count(*) FROM (SELECT PNR FROM elev GROUP BY PNR HAVING max(KLASSETRIN) - min(KLASSETRIN) <> max(SKOLEAAR) - min(SKOLEAAR))) AS out_of_order`);
    assert.ok(Number(sch.abs_mean) > 4 && Number(sch.abs_mean) < 9, `absence ${sch.abs_mean}`);
    assert.ok(Number(sch.abs_udsk) > Number(sch.abs_indsk), 'absence higher in udskoling');
    assert.equal(Number(sch.abs_private), 0);
    assert.ok(Number(sch.abs_first) >= 2011 && Number(sch.wb_first) >= 2015 && Number(sch.nt_first) >= 2010);
    assert.ok(Number(sch.wb_mean) > 3.5 && Number(sch.wb_mean) < 3.95, `wellbeing ${sch.wb_mean}`);
    assert.equal(Number(sch.wb_grade), 0);
    assert.ok(Number(sch.nt_mean) > 35 && Number(sch.nt_mean) < 65, `national tests ${sch.nt_mean}`);
    assert.equal(Number(sch.out_of_order), 0, 'one grade a year');

    // 9th-grade exam: grades in the school year of the 9th grade; completers have all 8 mandatory subjects
    // graded, non-completers miss at least one; girls do a little better
    const ex = await one(conn, `
      WITH p AS (SELECT k.PNR, k.SKOLEAAR, count(*) FILTER (WHERE k.BUNDET AND k.KARAKTER IS NOT NULL) AS graded,
                        avg(k.KARAKTER) FILTER (WHERE k.BUNDET) AS mean_grade
                 FROM karakterer k GROUP BY ALL)
      SELECT (SELECT count(*) FROM p LEFT JOIN elev e ON e.PNR = p.PNR AND e.SKOLEAAR = p.SKOLEAAR AND e.KLASSETRIN = 9 WHERE e.PNR IS NULL) AS not_ninth,
             (SELECT max(graded) FROM p) AS max_graded,
             avg((graded = 8)::INT) AS complete,
             (SELECT avg(mean_grade) FROM p JOIN (SELECT DISTINCT PNR, KOEN FROM bef) b USING (PNR) WHERE KOEN = 2 AND graded = 8) AS girls,
             (SELECT avg(mean_grade) FROM p JOIN (SELECT DISTINCT PNR, KOEN FROM bef) b USING (PNR) WHERE KOEN = 1 AND graded = 8) AS boys
      FROM p`);
    assert.equal(Number(ex.not_ninth), 0);
    assert.equal(Number(ex.max_graded), 8);
    assert.ok(Number(ex.complete) > 0.75 && Number(ex.complete) < 1, `share with all mandatory grades ${ex.complete}`);
    assert.ok(Number(ex.girls) > Number(ex.boys), 'girls have slightly higher grades');
    conn.closeSync();
    db.closeSync();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
