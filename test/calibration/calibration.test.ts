import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { defaultExtract } from '../support/default-extract.ts';
import { evaluate } from '../../src/pipeline/evaluate.ts';
import { ALL_TARGETS, isAsserted } from '../../src/calibration/index.ts';

/**
 * The whole pipeline on the embedded default (scale 0.05, default seed): every calibration target
 * must sit within its tolerance, and the outputs must be complete.
 */
test('the synthetic default reproduces the published numbers within tolerance', { timeout: 20 * 60_000 }, async () => {
  const data = await defaultExtract();
  const out = mkdtempSync(join(tmpdir(), 'lc-cal-'));
  try {
    const r = await evaluate({ dataDir: data, outDir: out, commandLine: 'test' });
    assert.ok(r.calibration, 'synthetic data is calibrated');
    assert.equal(r.calibration.length, ALL_TARGETS.length);
    const missed = r.calibration.filter((c) => isAsserted(c.id) && !c.within).map((c) => `${c.id}: published ${c.published}, achieved ${c.achieved}`);
    assert.deepEqual(missed, [], `calibration targets missed:\n${missed.join('\n')}`);

    const csv = readFileSync(join(out, 'calibration.csv'), 'utf8').trim().split('\n');
    assert.equal(csv[0], 'id,published,achieved,tolerance,within,source,line');
    assert.equal(csv.length, ALL_TARGETS.length + 1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const id of ['fig-2.1', 'fig-2.2', 'fig-2.3', 'fig-2.4', 'fig-2.5', 'fig-2.6']) {
      const entry = manifest.figures.find((f: { id: string }) => f.id === id);
      assert.ok(entry, `${id} in the manifest`);
      assert.ok(existsSync(join(out, entry.csv)), `${id} csv exists`);
    }
    assert.ok(existsSync(join(out, 'report', 'index.html')));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
