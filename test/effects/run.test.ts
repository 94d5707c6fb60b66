/** runEffects degrades with notes when tables are missing, instead of failing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEffects } from '../../src/effects/run.ts';
import { availableCovariates, COVARIATES } from '../../src/effects/covariates.ts';
import { EFFECT_SPECS } from '../../src/effects/spec.ts';

test('without the contract tables every evaluation is skipped with a note', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const r = await runEffects(conn);
    assert.equal(r.tables.length, 0);
    assert.ok(r.notes.some((n) => n.startsWith('tab-9.6: not computed')));
    for (const spec of EFFECT_SPECS) assert.ok(r.notes.some((n) => n.startsWith(`${spec.id}: not evaluated, missing table(s)`) && n.includes(spec.outcome.table)));
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

test('optional tables decide which control variables exist', () => {
  const none = availableCovariates(new Set());
  assert.deepEqual(none.dropped.map((c) => c.id).sort(), ['far_psykisk', 'far_sigtelse', 'foedselsvaegt_uoplyst', 'lav_foedselsvaegt', 'mor_psykisk', 'mor_sigtelse']);
  assert.equal(availableCovariates(new Set(['mfr', 'krsi', 'lpr'])).kept.length, COVARIATES.length);
});

test('specs are data: each names its outcome table, window and exhibits', () => {
  for (const spec of EFFECT_SPECS) {
    assert.equal(spec.window[1] - spec.window[0] + 1, 6);
    assert.equal(spec.reference, -1);
    assert.ok(spec.exhibits.estimates.startsWith('tab-9.'));
    assert.ok(spec.exhibits.balance.startsWith('btab-2.'));
  }
});
