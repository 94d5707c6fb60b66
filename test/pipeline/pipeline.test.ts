import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from '../../src/synthetic/generate.ts';
import { evaluate } from '../../src/pipeline/evaluate.ts';
import { ContractError } from '../../src/contract/index.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('end to end on a small synthetic extract: outputs complete, deterministic, and free of person ids', { timeout: 10 * 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'lc-pipe-'));
  try {
    const data = join(root, 'data');
    await generate({ scale: 0.003, seed: 3, outDir: data });
    const log: string[] = [];
    const a = await evaluate({ dataDir: data, outDir: join(root, 'a'), commandLine: 'test', onProgress: (m) => log.push(m) });
    const b = await evaluate({ dataDir: data, outDir: join(root, 'b'), commandLine: 'test' });

    // same inputs: byte-identical CSVs, workbook and report
    for (const f of filesUnder(join(root, 'a')).filter((p) => !p.endsWith('manifest.json'))) {
      const twin = f.replace(join(root, 'a'), join(root, 'b'));
      assert.ok(readFileSync(f).equals(readFileSync(twin)), `${f} differs between two runs`);
    }
    const manifest = JSON.parse(readFileSync(join(root, 'a', 'manifest.json'), 'utf8'));
    assert.equal(manifest.seed, 3);
    assert.ok(manifest.figures.length >= 6);
    assert.ok(a.timings.length >= 4 && b.timings.length >= 4);

    // no person id from the input appears in any output file or progress message
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const ids = (await conn.runAndReadAll(`SELECT DISTINCT PNR FROM '${join(data, 'bef.parquet')}'`)).getRows().map((r) => String(r[0]));
    assert.ok(ids.length > 1000);
    const texts = [log.join('\n')];
    for (const f of filesUnder(join(root, 'a'))) {
      if (f.endsWith('.xlsx')) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(f);
        wb.eachSheet((ws) => ws.eachRow((row) => texts.push(JSON.stringify(row.values))));
      } else texts.push(readFileSync(f, 'utf8'));
    }
    const all = texts.join('\n');
    const pattern = /P\d{9}/g;
    const idSet = new Set(ids);
    const leaked = [...all.matchAll(pattern)].map((m) => m[0]).filter((x) => idSet.has(x));
    assert.equal(leaked.length, 0, `${leaked.length} person ids found in outputs`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a broken extract is refused before anything is computed, and nothing is written', { timeout: 5 * 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'lc-broken-'));
  try {
    const good = join(root, 'good');
    await generate({ scale: 0.002, seed: 4, outDir: good });
    const broken = join(root, 'broken');
    mkdirSync(broken);
    for (const f of readdirSync(good)) copyFileSync(join(good, f), join(broken, f));
    // an impossible sex code in the population table
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    await conn.run(`COPY (SELECT * REPLACE (CASE WHEN AAR = 2005 THEN 7 ELSE KOEN END AS KOEN) FROM '${join(good, 'bef.parquet')}') TO '${join(broken, 'bef.parquet')}' (FORMAT parquet)`);
    const out = join(root, 'out');
    await assert.rejects(evaluate({ dataDir: broken, outDir: out, commandLine: 'test' }), (e: unknown) => {
      assert.ok(e instanceof ContractError);
      const p = e.problems.find((x) => x.table === 'bef' && x.column === 'KOEN');
      assert.ok(p, 'names table and column');
      assert.equal(p.kind, 'bad_code');
      assert.deepEqual(p.values, ['7']);
      assert.ok(p.rows > 0);
      return true;
    });
    assert.deepEqual(readdirSync(root).includes('out') ? filesUnder(out) : [], [], 'no outputs for a refused extract');
    writeFileSync(join(root, 'done'), '');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
