import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeOutputs } from '../../src/outputs/index.ts';
import { toCsv } from '../../src/outputs/csv.ts';
import { SAMPLE_INPUT, SAMPLE_TABLES } from '../report/fixtures.ts';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'livschancer-out-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('writeOutputs: writes every CSV, the workbook, the report and the manifest', async () => {
  await withDir(async (dir) => {
    const files = await writeOutputs(dir, SAMPLE_INPUT, { createdByCommand: 'test', timings: [{ stage: 'outputs', seconds: 0.1 }] });
    const rel = files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
    assert.deepEqual(rel, [...SAMPLE_TABLES.map((t) => `csv/${t.id}.csv`), 'tables.xlsx', 'report/index.html', 'manifest.json']);
    assert.equal(await readFile(path.join(dir, 'csv/tab-9.2.csv'), 'utf8'), toCsv(SAMPLE_TABLES[4]));
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.version, '0.1.0', 'from package.json');
    assert.equal(manifest.contract_version, '1.0.0');
    assert.equal(manifest.seed, 42);
    assert.equal(manifest.input_fingerprint, 'sha256:3f2a9c0d5e7b41aa');
    assert.deepEqual(manifest.disabled, [{ analysis: 'survey', reason: 'No survey data in the input.' }]);
    const html = await readFile(path.join(dir, 'report/index.html'), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="da">'));
  });
});

test('writeOutputs: a second run gives byte-identical CSVs, workbook and report; lang switches the report', async () => {
  await withDir(async (a) => {
    await withDir(async (b) => {
      await writeOutputs(a, SAMPLE_INPUT, { createdByCommand: 'test', timings: [{ stage: 'x', seconds: 1 }] });
      const files = await writeOutputs(b, SAMPLE_INPUT, { createdByCommand: 'test', timings: [{ stage: 'x', seconds: 2 }], lang: 'en' });
      for (const f of files) {
        const rel = path.relative(b, f);
        const same = (await readFile(path.join(a, rel))).equals(await readFile(f));
        const expectSame = rel !== 'manifest.json' && rel !== path.join('report', 'index.html');
        assert.equal(same, expectSame, rel);
      }
      assert.ok((await readFile(path.join(b, 'report/index.html'), 'utf8')).startsWith('<!DOCTYPE html>\n<html lang="en">'));
    });
  });
});

test('writeOutputs: refuses ids that are not safe file names, and duplicate ids', async () => {
  await withDir(async (dir) => {
    const bad = { ...SAMPLE_INPUT, tables: [{ ...SAMPLE_TABLES[0], id: '../x' }] };
    await assert.rejects(writeOutputs(dir, bad, { createdByCommand: 't' }), /not a safe file name/);
    const twice = { ...SAMPLE_INPUT, tables: [SAMPLE_TABLES[0], SAMPLE_TABLES[0]] };
    await assert.rejects(writeOutputs(dir, twice, { createdByCommand: 't' }), /share the id/);
  });
});
