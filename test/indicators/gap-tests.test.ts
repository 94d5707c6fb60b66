import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gapTestRows, gapTestsTable } from '../../src/indicators/gap-tests.ts';
import type { ResultRow, ResultTable } from '../../src/results/types.ts';

const cell = (area_group: string, parental_restgruppe: string, year: number, value: number, n: number, suppressed?: 'primary'): ResultRow => ({
  keys: { area_group, parental_restgruppe }, year, value: suppressed ? null : value, n: suppressed ? null : n, lower: null, upper: null, ...(suppressed ? { suppressed } : {}),
});

/**
 * Supported: gap 0.5 − 0.3 = 0.2 in 2000, 0.4 − 0.3 = 0.1 in 2010 (n 100 each): change −0.1.
 * Population: gap 0.4 − 0.2 = 0.2 both years (n 400 each): change 0. Difference −0.1 = −10 points.
 * Variance: supported (0.25 + 0.21 + 0.24 + 0.21)/100 = 0.0091, population 4 · … = 0.8/400 = 0.002;
 * se = √0.0111 = 0.1053565; interval −10 ± 1.959964 · 10.53565 = [−30.6495, 10.6495]; p = 0.342540.
 * 2005 has a suppressed cell and is left out.
 */
const table = (rows: ResultRow[]): ResultTable => ({
  id: 'tab-x', chapter: 4, kind: 'table', unit: 'share', title: { da: '', en: '' }, note: { da: '', en: '' },
  keyColumns: ['area_group', 'parental_restgruppe'], rows,
});
const rows = [
  cell('supported', 'yes', 2000, 0.5, 100), cell('supported', 'no', 2000, 0.3, 100),
  cell('population', 'yes', 2000, 0.4, 400), cell('population', 'no', 2000, 0.2, 400),
  cell('supported', 'yes', 2005, 0.5, 3, 'primary'), cell('supported', 'no', 2005, 0.3, 100),
  cell('population', 'yes', 2005, 0.4, 400), cell('population', 'no', 2005, 0.2, 400),
  cell('supported', 'yes', 2010, 0.4, 100), cell('supported', 'no', 2010, 0.3, 100),
  cell('population', 'yes', 2010, 0.4, 400), cell('population', 'no', 2010, 0.2, 400),
];

test('difference in gaps, first vs last year, worked by hand', () => {
  const out = gapTestRows(table(rows));
  const get = (comparison: string, term: string) => out.find((r) => r.keys.comparison === comparison && r.keys.term === term);
  const d = get('first_last', 'difference');
  assert.ok(d);
  assert.ok(Math.abs((d.value ?? 0) + 10) < 1e-9);
  assert.ok(Math.abs((d.lower ?? 0) + 30.649501909175626) < 1e-6);
  assert.ok(Math.abs((d.upper ?? 0) - 10.649501909175626) < 1e-6);
  assert.ok(Math.abs((d.extra?.p_value ?? 0) - 0.3425402613358548) < 1e-6);
  assert.deepEqual([d.extra?.first_year, d.extra?.last_year], [2000, 2010]);
  assert.ok(Math.abs((get('first_last', 'supported')?.value ?? 0) + 10) < 1e-9);
  assert.equal(get('first_last', 'population')?.value, 0);
  // two usable years: no trend
  assert.equal(get('trend', 'difference'), undefined);
});

test('trend: with equal variances the WLS slope is the OLS slope of the gaps', () => {
  // supported gaps 0.2, 0.15, 0.1 over 2000, 2005, 2010 (yes/no cells chosen so every cell has the same p(1-p)/n: p 0.5 and 0.3 vs 0.7)
  const r = [2000, 2005, 2010].flatMap((y, i) => [
    cell('supported', 'yes', y, [0.5, 0.45, 0.4][i], 100), cell('supported', 'no', y, 0.3, 100),
    cell('population', 'yes', y, 0.4, 400), cell('population', 'no', y, 0.2, 400),
  ]);
  const out = gapTestRows(table(r));
  const sup = out.find((x) => x.keys.comparison === 'trend' && x.keys.term === 'supported');
  // the supported gaps' variances differ slightly (0.25, 0.2475, 0.24 for the yes cells), so the
  // weighted slope is close to, not exactly, −0.01 per year = −1 point
  assert.ok(sup && Math.abs((sup.value ?? 0) + 1) < 0.01, JSON.stringify(sup));
  const pop = out.find((x) => x.keys.comparison === 'trend' && x.keys.term === 'population');
  assert.ok(pop && Math.abs(pop.value ?? 1) < 1e-12);
});

test('only share tables split by area group and parental restgruppe alone are tested', () => {
  assert.deepEqual(gapTestRows({ ...table(rows), unit: 'per_1000' }), []);
  assert.deepEqual(gapTestRows({ ...table(rows), keyColumns: ['area_group', 'parental_restgruppe', 'status'] }), []);
  assert.deepEqual(gapTestRows({ ...table(rows), keyColumns: ['area_group'] }), []);
  const t = gapTestsTable([table(rows), { ...table(rows), id: 'fig-y', unit: 'gini' }]);
  assert.deepEqual([...new Set(t.rows.map((r) => r.keys.exhibit))], ['tab-x']);
});
