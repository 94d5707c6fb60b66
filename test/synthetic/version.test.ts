import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generatorVersion, isCurrentSynthetic } from '../../src/synthetic/generate.ts';

test('npm start regenerates data made by another generator version, scale or seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'livschancer-version-'));
  assert.equal(isCurrentSynthetic(dir, 0.05, 20221), false, 'nothing there');
  writeFileSync(join(dir, 'bef.parquet'), '');
  const truth = (v: object) => writeFileSync(join(dir, 'truth.json'), JSON.stringify({ scale: 0.05, seed: 20221, ...v }));
  truth({ generator_version: generatorVersion() });
  assert.equal(isCurrentSynthetic(dir, 0.05, 20221), true);
  assert.equal(isCurrentSynthetic(dir, 0.05, 1), false, 'another seed');
  assert.equal(isCurrentSynthetic(dir, 0.25, 20221), false, 'another scale');
  truth({ generator_version: 'older' });
  assert.equal(isCurrentSynthetic(dir, 0.05, 20221), false, 'another version');
  truth({});
  assert.equal(isCurrentSynthetic(dir, 0.05, 20221), false, 'made before versions were recorded');
});
