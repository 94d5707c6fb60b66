/** The cheap duplicate-key proof: keys strictly increasing in scan order (see keyOrderSql). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { keyOrderSql } from '../../src/contract/checks.ts';
import { openTable, type ExtractFile } from '../../src/contract/read.ts';
import { tableSpec } from '../../src/contract/schema.ts';

async function outOfOrder(rows: [string, string, string][]): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'key-order-'));
  try {
    const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
    const path = join(dir, 'kotre.parquet');
    const values = rows.map(([p, u, d]) => `('${p}', ${u}, DATE '${d}')`).join(', ');
    // a row group per row keeps the scan in file order
    await conn.run(`COPY (SELECT * FROM (VALUES ${values}) AS v(PNR, UDD, ELEV3_VFRA)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1)`);
    const file: ExtractFile = { table: 'kotre', path, file: 'kotre.parquet', format: 'parquet' };
    const t = await openTable(conn, tableSpec('kotre'), file);
    const cols = t.spec.key.map((k) => t.columns.find((c) => c.spec.name === k)!);
    const [row] = (await conn.runAndReadAll(keyOrderSql(t, cols))).getRowObjectsJson();
    return Number(row.n);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('keys sorted on every column (lexicographically) pass; a repeat or a step back does not', async () => {
  assert.equal(await outOfOrder([['a', '1', '2010-01-01'], ['a', '1', '2011-01-01'], ['a', '2', '2009-01-01'], ['b', '0', '2000-01-01']]), 0);
  assert.equal(await outOfOrder([['a', '1', '2010-01-01'], ['a', '1', '2010-01-01']]), 1, 'an adjacent repeat');
  assert.equal(await outOfOrder([['b', '1', '2010-01-01'], ['a', '1', '2010-01-01']]), 1, 'unsorted');
  assert.equal(await outOfOrder([['a', '2', '2010-01-01'], ['a', '1', '2011-01-01']]), 1, 'second column steps back');
});
