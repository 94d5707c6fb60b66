/**
 * Timing of validation and loading on a large generated extract (not part of `npm test`):
 *   npx tsx test/contract/large-extract.bench.ts [rows=20000000] [parquet|csv]
 * bef and ind get `rows` rows each (persons × 10 years), udda and akm one row per person, kotre
 * one per ten persons; the lbf tables come from the tiny fixture.
 * Prints one JSON line with the timings.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadExtract, validateExtract } from '../../src/contract/index.ts';
import { tempDir, tinyExtract, writeExtract } from '../fixtures/tiny-extract.ts';

const rows = Number(process.argv[2] ?? 20_000_000);
const format = (process.argv[3] ?? 'parquet') as 'parquet' | 'csv';
const years = 10;
const persons = Math.floor(rows / years);

const dir = await tempDir('livschancer-large-');
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const seconds = (t0: number): number => Math.round((performance.now() - t0) / 10) / 100;
try {
  // The small required tables from the fixture; bef and ind are generated.
  const small = tinyExtract();
  await writeExtract(dir, { lbf_afdeling: small.lbf_afdeling, lbf_helhedsplan: small.lbf_helhedsplan,
    lbf_plan_afdeling: small.lbf_plan_afdeling }, format);
  const t0 = performance.now();
  const out = (t: string): string => `'${join(dir, `${t}.${format}`)}' (FORMAT ${format === 'csv' ? 'csv, HEADER' : 'parquet'})`;
  const person = `SELECT i, printf('%010d', i) AS PNR, DATE '1940-01-01' + CAST(hash(i) % 25000 AS INTEGER) AS FOED_DAG FROM range(${persons}) p(i)`;
  await conn.run(`COPY (SELECT PNR, 2010 + y AS AAR, 1 + CAST(hash(i) % 2 AS INTEGER) AS KOEN, FOED_DAG,
      1 + CAST(hash(i + 1) % 3 AS INTEGER) AS IE_TYPE, 'DNK' AS OPR_LAND, NULL::INTEGER AS INDV_AAR,
      printf('%010d', (i + 7) % ${persons}) AS MOR_ID, NULL::VARCHAR AS FAR_ID, 'F' || CAST(i // 3 AS VARCHAR) AS FAMILIE_ID,
      1 + CAST(hash(i + 2) % 3 AS INTEGER) AS PLADS, 101 AS KOM, 1084 AS REG,
      CASE WHEN hash(i) % 10 = 0 THEN 'AFD01' END AS AFD_ID
    FROM (${person}), range(${years}) y(y) WHERE year(FOED_DAG) <= 2010 + y) TO ${out('bef')}`);
  await conn.run(`COPY (SELECT PNR, 2010 + y AS AAR, CAST(hash(i, y) % 500000 AS DOUBLE) - 50000 AS DISPON_13,
      CAST(hash(i) % 100000 AS DOUBLE) AS FORMREST_NY05
    FROM (${person}), range(${years}) y(y) WHERE year(FOED_DAG) <= 2010 + y) TO ${out('ind')}`);
  await conn.run(`COPY (SELECT PNR, 2019 AS AAR, 1000 + CAST(hash(i) % 8000 AS INTEGER) AS HFAUDD, 1 AS HF_KILDE FROM (${person})) TO ${out('udda')}`);
  await conn.run(`COPY (SELECT PNR, 2019 AS AAR, 330 AS SOCIO13 FROM (${person})) TO ${out('akm')}`);
  await conn.run(`COPY (SELECT PNR, 2010 AS UDD, DATE '2015-08-01' AS ELEV3_VFRA, NULL::DATE AS ELEV3_VTIL, 3 AS UDFALD
    FROM (${person}) WHERE i % 10 = 0 AND year(FOED_DAG) < 2005) TO ${out('kotre')}`);
  const generated = seconds(t0);
  const sizes = (await conn.runAndReadAll(`SELECT count(*) AS n FROM read_${format}('${join(dir, `bef.${format}`)}')`)).getRowObjectsJson();

  const t1 = performance.now();
  const report = await validateExtract(dir);
  const validated = seconds(t1);

  const t2 = performance.now();
  const loadConn = await (await DuckDBInstance.create(':memory:')).connect();
  const loaded = await loadExtract(dir, loadConn);
  const validatedAndLoaded = seconds(t2);

  console.log(JSON.stringify({
    format, befRows: Number(sizes[0].n), indRows: loaded.tables.find((t) => t.table === 'ind')?.rows,
    generateSeconds: generated, validateSeconds: validated, validateAndLoadSeconds: validatedAndLoaded,
    summary: report.summary, problems: report.problems.map((p) => `${p.kind} ${p.table}.${p.column} ${p.rows}`),
  }));
} finally {
  conn.closeSync();
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
}
