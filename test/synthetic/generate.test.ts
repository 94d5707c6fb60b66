import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from '../../src/synthetic/generate.ts';
import { SCHEMA } from '../../src/contract/schema.ts';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const digest = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, sha(join(dir, f))]));

test('same seed and scale give byte-identical tables; another seed gives other data', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lc-gen-'));
  try {
    await generate({ scale: 0.002, seed: 7, outDir: join(root, 'a') });
    await generate({ scale: 0.002, seed: 7, outDir: join(root, 'b') });
    await generate({ scale: 0.002, seed: 8, outDir: join(root, 'c') });
    const a = digest(join(root, 'a'));
    assert.deepEqual(digest(join(root, 'b')), a);
    assert.notEqual(digest(join(root, 'c'))['bef.parquet'], a['bef.parquet']);
    assert.ok(!readdirSync(join(root, 'a')).includes('.generator'), 'the work database is removed');

    // every written table has exactly the contract's columns and types, in order
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const f of readdirSync(join(root, 'a')).filter((x) => x.endsWith('.parquet'))) {
      const name = f.replace('.parquet', '');
      const spec = SCHEMA.find((t) => t.name === name);
      assert.ok(spec, `${f} is a contract table`);
      const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${join(root, 'a', f)}'`)).getRowObjectsJson();
      assert.deepEqual(cols.map((c) => [c.column_name, c.column_type]), spec.columns.map((c) => [c.name, c.type]), f);
    }
    // population size follows the scale: about 5.9 million × 0.002 in 2019
    const n2019 = Number((await conn.runAndReadAll(`SELECT count(*) FROM '${join(root, 'a', 'bef.parquet')}' WHERE AAR = 2019`)).getRows()[0][0]);
    assert.ok(n2019 > 0.002 * 5.3e6 && n2019 < 0.002 * 6.5e6, `2019 population ${n2019}`);

    const truth = JSON.parse(readFileSync(join(root, 'a', 'truth.json'), 'utf8'));
    assert.equal(truth.seed, 7);
    assert.deepEqual(truth.effects.fritidsjob.odds_ratio.map((x: number) => +x.toFixed(2)), [2.33, 2.97, 5]);
    assert.equal(truth.effects.absence.effect, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
