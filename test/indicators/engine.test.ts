import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { compileIndicator } from '../../src/indicators/compile.ts';
import { runIndicator } from '../../src/indicators/run.ts';
import type { IndicatorSpec } from '../../src/indicators/spec.ts';
import { CONCEPTS, RELATIONS, type Concept, type ConceptDef } from '../../src/indicators/concepts.ts';

/**
 * A hand-built warehouse: five persons in 2019. p1-p3 live in supported areas (so also in social
 * housing and the population), p4 in other social housing, p5 privately (the flags of person_year).
 *   eq_income_nonneg: 100, 200, 300, 400, 1000     poor: p1 yes, p2 no, p3 yes, p4 no, p5 no
 */
async function warehouse() {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`
    CREATE TABLE person_year AS SELECT * FROM (VALUES
      ('p1', 2019, 30, 'female', 'menapt',     100.0, true,  true,  true),
      ('p2', 2019, 40, 'male',   'non_menapt', 200.0, false, true,  true),
      ('p3', 2019, 17, 'female', 'non_menapt', 300.0, true,  true,  true),
      ('p4', 2019, 50, 'male',   'menapt',     400.0, false, true,  false),
      ('p5', 2019, 64, 'female', 'non_menapt', 1000.0, false, false, false)
    ) t(pnr, year, age, sex, origin, eq_income_nonneg, poor, social_housing, supported);
  `);
  return conn;
}

const base = {
  chapter: 2, kind: 'figure' as const, title: { da: 't', en: 't' }, note: { da: '', en: '' },
  population: { years: [2019, 2019] as const },
};

test('share: counts, n and Wilson interval per area group', async () => {
  const conn = await warehouse();
  const spec: IndicatorSpec = { ...base, id: 'x-share', unit: 'share', measure: { kind: 'share', of: 'poor' }, by: ['area_group'] };
  const t = await runIndicator(conn, spec);
  const byGroup = Object.fromEntries(t.rows.map((r) => [r.keys.area_group, r]));
  // supported: 2 poor of 3; social housing: 2 of 4; population: 2 of 5
  assert.equal(byGroup.supported.value, 2 / 3);
  assert.equal(byGroup.supported.n, 3);
  assert.equal(byGroup.supported.extra?.count, 2);
  assert.equal(byGroup.social_housing.value, 0.5);
  assert.equal(byGroup.population.value, 0.4);
  // Wilson 95 % for 2/5: centre (0.4 + z²/10)/(1 + z²/5), z = 1.959964
  const z = 1.959963984540054;
  const centre = (0.4 + (z * z) / 10) / (1 + (z * z) / 5);
  const half = (z * Math.sqrt((0.4 * 0.6) / 5 + (z * z) / 100)) / (1 + (z * z) / 5);
  assert.ok(Math.abs((byGroup.population.lower ?? 0) - (centre - half)) < 1e-9);
  assert.ok(Math.abs((byGroup.population.upper ?? 0) - (centre + half)) < 1e-9);
});

test('gini by hand: supported {100, 200, 300} gives 2/9; population gives 0.4', async () => {
  const conn = await warehouse();
  const spec: IndicatorSpec = { ...base, id: 'x-gini', unit: 'gini', measure: { kind: 'gini', of: 'eq_income_nonneg' }, by: ['area_group'] };
  const t = await runIndicator(conn, spec);
  const g = Object.fromEntries(t.rows.map((r) => [r.keys.area_group, r.value]));
  // mean absolute difference / (2 mean): pairs |100-200|+|100-300|+|200-300| = 400, ×2 / 9 = 88.9; /(2·200) = 2/9
  assert.ok(Math.abs((g.supported ?? 0) - 2 / 9) < 1e-12);
  // population {100,200,300,400,1000}: Σ|xi-xj| over ordered pairs = 2·(100+200+300+900+100+200+800+100+700+600) = 8000
  // G = 8000 / (2·25·400) = 0.4
  assert.ok(Math.abs((g.population ?? 0) - 0.4) < 1e-12);
  // every cell carries its person-bootstrap interval around the exact value, the same on a second run
  for (const r of t.rows) assert.ok((r.lower ?? NaN) <= (r.value ?? NaN) && (r.value ?? NaN) <= (r.upper ?? NaN), JSON.stringify(r));
  assert.deepEqual((await runIndicator(conn, spec)).rows, t.rows);
});

test('mean with t interval, and age and origin filters', async () => {
  const conn = await warehouse();
  const spec: IndicatorSpec = {
    ...base, id: 'x-mean', unit: 'dkk', population: { years: [2019, 2019], ages: [18, 64] },
    measure: { kind: 'mean', of: 'eq_income_nonneg' }, by: ['origin'],
  };
  const t = await runIndicator(conn, spec);
  const m = Object.fromEntries(t.rows.map((r) => [r.keys.origin, r]));
  assert.equal(m.menapt.value, 250); // p1, p4
  assert.equal(m.non_menapt.value, 600); // p2, p5 (p3 is 17)
  // sd of {100, 400} = 212.13; se = 150; t(0.975, 1) = 12.7062
  assert.ok(Math.abs((m.menapt.upper ?? 0) - (250 + 12.706204736174707 * 150)) < 1e-6);
});

test('the compiled SQL reads only the warehouse relations and names its CTEs', () => {
  const sql = compileIndicator({ ...base, id: 'x', unit: 'share', measure: { kind: 'share', of: 'neet' }, population: { years: [2000, 2019], ages: [15, 29] }, by: ['area_group'] });
  assert.match(sql, /WITH\s+population AS/);
  assert.match(sql, /FROM person_year p JOIN \(VALUES \('supported'\), \('social_housing'\), \('population'\)\) AS a\(area_group\)/);
  assert.match(sql, /p\.age BETWEEN 15 AND 29/);
  assert.match(sql, /p\.year BETWEEN 2000 AND 2019/);
});

test('every concept that reads a relation names one RELATIONS defines', () => {
  for (const c of Object.keys(CONCEPTS) as Concept[]) {
    const r = CONCEPTS[c] as ConceptDef;
    if (r.relation !== undefined) assert.ok(Object.hasOwn(RELATIONS, r.relation), `${c} → ${r.relation}`);
  }
});
