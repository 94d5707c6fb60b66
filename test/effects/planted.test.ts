/**
 * Proof on planted effects: a small synthetic population (scale 0.01, seed 20221; participants
 * have a floor of 400) goes through the whole effects engine. The planted part-time-job odds
 * ratios (truth.json: 2.33, 2.97, 5.00 at event times 0, 1, 2) must lie inside the estimated 95 %
 * intervals, and the absence evaluation (no effect planted) must find nothing significant.
 *
 * The extract is generated once and cached in the OS temp directory (25-45 s the first time,
 * then about 10 s per run). The null on absence is checked on the generator's own fravaer, whose
 * absence is additive in percentage points with the same grade profile for everyone and no effect
 * of participation (src/synthetic/school.ts): the model the report's OLS DiD assumes. An extract
 * without fravaer gets a stand-in with the same properties (coverage.ts, addNoEffectAbsence).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection, type DuckDBInstance as Instance } from '@duckdb/node-api';
import { addNoEffectAbsence, loadParquetDir, plantedOddsRatios, syntheticExtract } from '../../src/effects/coverage.ts';
import { existingTables } from '../../src/effects/populations.ts';
import { runEffects, type EffectsResult } from '../../src/effects/run.ts';
import type { ResultTable } from '../../src/results/types.ts';

let instance: Instance;
let conn: DuckDBConnection;
let dir: string;
let result: EffectsResult;
let addedAbsence = false;
let nullAbsence: ResultTable;

before(async () => {
  dir = await syntheticExtract(20221, 0.01);
  instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  conn = await instance.connect();
  await loadParquetDir(dir, conn);
  if (!(await existingTables(conn)).has('fravaer')) {
    await addNoEffectAbsence(conn);
    addedAbsence = true;
  }
  result = await runEffects(conn);
  nullAbsence = result.tables.find((t) => t.id === 'tab-9.5')!;
});

after(() => {
  conn?.closeSync();
  instance?.closeSync();
});

test('every exhibit of the effects engine is produced', () => {
  const ids = result.tables.map((t) => t.id).sort();
  assert.deepEqual(ids, ['btab-2.1', 'btab-2.2', 'fig-9.2', 'tab-9.1', 'tab-9.2', 'tab-9.3', 'tab-9.4', 'tab-9.5', 'tab-9.6', 'tab-9.7']);
  for (const t of result.tables) {
    assert.ok(t.title.da.length > 10 && t.title.en.length > 10, t.id);
    assert.ok(t.note.da.length > 0 && t.note.en.length > 0, t.id);
  }
  if (addedAbsence) assert.ok(true, 'fravaer was added by the test');
});

test('every estimate and share of the chapter 9 tables has an interval (Tab 9.1, 9.4, 9.6, 9.7)', () => {
  for (const id of ['tab-9.1', 'tab-9.4', 'tab-9.6', 'tab-9.7']) {
    const t = result.tables.find((x) => x.id === id)!;
    for (const r of t.rows) {
      if (r.value === null || (r.n ?? 0) < 2) continue;
      assert.ok(r.lower !== null && r.upper !== null && r.lower <= r.value && r.value <= r.upper, `${id} ${JSON.stringify(r.keys)}`);
    }
  }
});

test('the planted odds ratios lie inside the 95 % intervals (Tab 9.2)', () => {
  const truth = plantedOddsRatios(dir);
  const tab = result.tables.find((t) => t.id === 'tab-9.2')!;
  assert.deepEqual(tab.keyColumns, ['event_time', 'term', 'stars']);
  for (const k of [0, 1, 2]) {
    const row = tab.rows.find((r) => r.keys.event_time === String(k))!;
    const or = truth.get(k)!;
    assert.ok(row.lower! <= or && or <= row.upper!, `event time ${k}: ${or} not in [${row.lower}, ${row.upper}]`);
    assert.ok(row.extra!.p_value !== null && row.extra!.estimate === row.value);
  }
  // The pre-period odds ratios are 1 in truth: inside their intervals when estimable.
  for (const k of [-3, -2]) {
    const row = tab.rows.find((r) => r.keys.event_time === String(k))!;
    if (row.value !== null) assert.ok(row.lower! <= 1 && 1 <= row.upper!, `event time ${k}`);
  }
  assert.equal(tab.rows.find((r) => r.keys.event_time === '-1')!.keys.term, 'reference');
});

test('the absence effect is not significant (Tab 9.5)', () => {
  const tab = nullAbsence;
  assert.equal(tab.rows.length, 6);
  const terms = tab.rows.filter((r) => r.keys.term !== 'reference');
  assert.equal(terms.length, 5);
  for (const r of terms) {
    assert.ok(r.extra!.p_value! > 0.05, `event time ${r.keys.event_time}: p = ${r.extra!.p_value}`);
    assert.ok(r.lower! <= 0 && 0 <= r.upper!);
    assert.equal(r.keys.stars, '');
  }
});

test('matching improves balance (Bilagstabel 2.1) and the notes count the unmatched', () => {
  const tab = result.tables.find((t) => t.id === 'btab-2.1')!;
  const mean = (s: 'U' | 'M') => {
    const v = tab.rows.filter((r) => r.keys.sample === s && r.extra!.std_diff !== null).map((r) => Math.abs(r.extra!.std_diff!));
    return v.reduce((a, b) => a + b, 0) / v.length;
  };
  assert.ok(mean('M') < mean('U'), `mean |std diff| matched ${mean('M')} vs unmatched ${mean('U')}`);
  const menapt = tab.rows.filter((r) => r.keys.variable === 'menapt');
  assert.ok(menapt.find((r) => r.keys.sample === 'U')!.extra!.p_value! < 0.01, 'participants are selected on origin');
  assert.ok(result.notes.some((n) => /fritidsjob: matching: \d+ of \d+ treated matched \(\d+ unmatched/.test(n)));
});

test('predicted probabilities by group and event time (Fig 9.2), with intervals', () => {
  const fig = result.tables.find((t) => t.id === 'fig-9.2')!;
  assert.equal(fig.rows.length, 12);
  for (const r of fig.rows) assert.ok(r.lower! <= r.value! && r.value! <= r.upper!);
  const p = (g: string, k: number) => fig.rows.find((r) => r.keys.group === g && r.keys.event_time === String(k))!.value!;
  assert.ok(p('treated', 2) - p('treated', -1) > p('control', 2) - p('control', -1), 'participants gain more');
});

test('a missing optional table drops its control variables with a note', async () => {
  const tables = await existingTables(conn);
  for (const [table, variable] of [['mfr', 'lav_foedselsvaegt'], ['krsi', 'mor_sigtelse'], ['lpr', 'mor_psykisk']] as const) {
    const balance = result.tables.find((t) => t.id === 'btab-2.1')!;
    const present = balance.rows.some((r) => r.keys.variable === variable);
    assert.equal(present, tables.has(table), variable);
    if (!tables.has(table)) assert.ok(result.notes.some((n) => n.includes(`table ${table} missing`) && n.includes(variable)));
  }
});

test('no person id appears in any output', () => {
  const text = JSON.stringify(result);
  assert.doesNotMatch(text, /P\d{9}/);
});
