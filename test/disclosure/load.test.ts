import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDisclosure } from '../../src/disclosure/apply-disclosure.ts';
import { syntheticLoad } from './synthetic-load.ts';

test('synthetic load: every published share meets the minimum on both sides; every primary breaks it', () => {
  const { tables, specs } = syntheticLoad({ universes: 2, exhibitsPerUniverse: 10, years: 3, seed: 7 });
  const { tables: out, summary } = applyDisclosure(tables, specs);
  let primary = 0;
  let secondary = 0;
  out.forEach((t, ti) => t.rows.forEach((row, i) => {
    const { n, extra } = tables[ti].rows[i];
    const small = n! < 5 || extra!.count! < 5 || n! - extra!.count! < 5;
    if (row.suppressed === 'primary') primary++;
    if (row.suppressed === 'secondary') secondary++;
    assert.equal(row.suppressed === 'primary', small);
    if (row.suppressed !== undefined) assert.equal(row.value, null);
  }));
  assert.ok(primary > 0 && secondary > 0, 'the load exercises both kinds of suppression');
  assert.equal(summary.reduce((s, x) => s + x.primary, 0), primary);
  assert.equal(summary.reduce((s, x) => s + x.secondary, 0), secondary);
  assert.deepEqual(applyDisclosure(tables, specs), { tables: out, summary });
});
