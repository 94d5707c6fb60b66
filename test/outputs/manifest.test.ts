import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildManifest, stableJson, type ManifestRun } from '../../src/outputs/manifest.ts';
import type { ResultTable } from '../../src/results/types.ts';
import { SAMPLE_TABLES } from '../report/fixtures.ts';

const RUN: ManifestRun = {
  version: '0.1.0',
  contractVersion: '1.0.0',
  seed: 7,
  inputFingerprint: 'sha256:abc',
  createdByCommand: 'livschancer run --seed 7',
  timings: [
    { stage: 'warehouse', seconds: 1.5 },
    { stage: 'exhibits', seconds: 0.25 },
  ],
  disabled: [
    { analysis: 'survey', reason: 'no survey data' },
    { analysis: 'effects', reason: 'no participant data' },
  ],
};

test('manifest: shape, figures in report order with csv path, rows and suppressed cells', () => {
  const tables: ResultTable[] = [SAMPLE_TABLES[5], SAMPLE_TABLES[4], { ...SAMPLE_TABLES[0], id: 'fig-2.10' }, SAMPLE_TABLES[0]];
  const m = buildManifest(RUN, tables);
  assert.deepEqual(Object.keys(m).sort(), ['contract_version', 'created_by_command', 'disabled', 'figures', 'input_fingerprint', 'seed', 'timings', 'tool', 'version']);
  assert.equal(m.tool, 'livschancer');
  assert.equal(m.seed, 7);
  assert.deepEqual(
    m.figures.map((f) => f.id),
    ['fig-2.3', 'fig-2.10', 'tab-9.2', 'bfig-3.1'],
  );
  assert.deepEqual(m.figures[2], {
    id: 'tab-9.2',
    title: 'Resultater af effektanalyser af fritidsjobindsatsen på de unges chance for at være i fritidsjob. Odds ratios.',
    title_en: 'Effect of the part-time job effort on the chance of having a part-time job. Odds ratios.',
    chapter: 9,
    csv: 'csv/tab-9.2.csv',
    rows: 3,
    suppressed_cells: 1,
  });
  assert.equal(m.figures[0].rows, 60);
  assert.equal(m.figures[0].suppressed_cells, 1);
  assert.deepEqual(
    m.disabled.map((d) => d.analysis),
    ['effects', 'survey'],
  );
  assert.deepEqual(
    m.timings.map((t) => t.stage),
    ['warehouse', 'exhibits'],
    'timings keep the order the stages ran in',
  );
});

test('manifest: JSON with sorted keys at every level, independent of input order', () => {
  const a = stableJson(buildManifest(RUN, SAMPLE_TABLES));
  const b = stableJson(buildManifest({ ...RUN, disabled: [...RUN.disabled].reverse() }, [...SAMPLE_TABLES].reverse()));
  assert.equal(a, b);
  assert.ok(a.startsWith('{\n  "contract_version": "1.0.0",\n  "created_by_command": '));
  assert.ok(a.includes('{\n      "chapter": 2,\n      "csv": "csv/fig-2.3.csv",\n      "id": "fig-2.3",\n      "rows": 60,\n      "suppressed_cells": 1,\n      "title": '));
  assert.ok(a.endsWith('}\n'));
  assert.equal(stableJson({ b: 1, a: [{ d: 1, c: null }] }), '{\n  "a": [\n    {\n      "c": null,\n      "d": 1\n    }\n  ],\n  "b": 1\n}\n');
});
