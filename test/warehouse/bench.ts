/**
 * Times buildWarehouse on a synthetic extract made inside DuckDB with range():
 *   node --import tsx test/warehouse/bench.ts [bef rows, default 10,000,000] [database file]
 * CPU seconds are reported too: other jobs on the machine inflate wall time.
 * Persons live 10 years (2010-2019) in families of two adults and a child; every person-year has
 * IND, AKM and UDDA rows, and every child one KOTRE spell. Prints seconds per step as JSON.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { buildWarehouse } from '../../src/warehouse/build.ts';
import { createContractTables } from './fixture.ts';

const befRows = Number(process.argv[2] ?? 10_000_000);
const path = process.argv[3] ?? ':memory:';
const years = 10;
const persons = Math.floor(befRows / years);

const instance = await DuckDBInstance.create(path);
const conn = await instance.connect();
await createContractTables(conn);

const t0 = performance.now();
await conn.run(`
CREATE TEMP TABLE syn_person AS
SELECT
  i,
  'P' || i AS pnr,
  'F' || (i // 3) AS family,
  CAST(1 + i % 3 AS INTEGER) AS plads,
  CASE WHEN i % 3 = 2 THEN make_date(2000 + CAST(i % 18 AS INTEGER), 1 + CAST(i % 12 AS INTEGER), 1)
       ELSE make_date(1950 + CAST(i % 40 AS INTEGER), 1 + CAST(i % 12 AS INTEGER), 1) END AS born,
  CASE WHEN (i // 3) % 6 = 0 THEN 'A' || ((i // 3) % 2000) END AS afd,
  CASE WHEN i % 10 = 0 THEN 2 ELSE 1 END AS ie_type
FROM range(${persons}) AS t(i);

INSERT INTO bef
SELECT pnr, CAST(y AS INTEGER), CAST(1 + i % 2 AS INTEGER), born, ie_type,
  CASE WHEN ie_type = 2 THEN 'TUR' ELSE 'DNK' END, CASE WHEN ie_type = 2 THEN 1990 END,
  CASE WHEN plads = 3 THEN 'P' || (i - 2) END, CASE WHEN plads = 3 THEN 'P' || (i - 1) END,
  family, plads, 101, 1084, afd
FROM syn_person, range(2010, 2010 + ${years}) AS r(y);

INSERT INTO ind SELECT PNR, AAR, CAST(hash(PNR, AAR) % 600000 AS DOUBLE) - 50000, CAST(hash(AAR, PNR) % 400000 AS DOUBLE) FROM bef;
INSERT INTO akm SELECT PNR, AAR, [110, 135, 210, 310, 330, 321, 420][1 + CAST(hash(PNR, AAR) % 7 AS INTEGER)] FROM bef;
INSERT INTO udda SELECT PNR, AAR, [1010, 2010, 3010, 4010, 6010, 6510][1 + CAST(hash(PNR) % 6 AS INTEGER)], 1 + CAST(hash(PNR) % 3 AS INTEGER) FROM bef;
INSERT INTO kotre SELECT pnr, 1010, born + INTERVAL 6 YEAR, CAST(born + INTERVAL 16 YEAR AS DATE), 1 FROM syn_person WHERE plads = 3;

INSERT INTO lbf_afdeling SELECT 'A' || a, 101 FROM range(2000) AS t(a);
INSERT INTO lbf_helhedsplan SELECT 'PL' || p, '2015-18', 2016, 2019, 101 FROM range(50) AS t(p);
INSERT INTO lbf_plan_afdeling SELECT 'PL' || (a % 50), 'A' || a FROM range(500) AS t(a);
DROP TABLE syn_person;`);
const generated = (performance.now() - t0) / 1000;

const steps: Record<string, number> = {};
const t1 = performance.now();
const cpu0 = process.cpuUsage();
await buildWarehouse(conn, { onStep: (name, ms) => { steps[name] = Math.round(ms) / 1000; } });
const total = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);

const counts = (await conn.runAndReadAll(`
  SELECT (SELECT count(*) FROM person_year)::INTEGER AS person_year,
         (SELECT count(*) FROM family_parents)::INTEGER AS family_parents,
         (SELECT count(*) FROM area_group_member)::INTEGER AS area_group_member`)).getRowObjectsJS()[0];
console.log(JSON.stringify({
  befRows, path, threads: Number((await conn.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowsJS()[0][0]),
  generateSeconds: Math.round(generated * 10) / 10, buildSeconds: Math.round(total * 10) / 10,
  buildCpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
  steps, counts, rssGiB: Math.round(process.memoryUsage().rss / 2 ** 30 * 10) / 10,
}, null, 2));
