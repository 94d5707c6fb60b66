import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WAREHOUSE_STEPS } from '../../src/warehouse/build.ts';
import { bef, buildFixture, query } from './fixture.ts';

test('each declared step leaves a relation of its kind; temporary ones are gone', async () => {
  const conn = await buildFixture({ bef: [bef({ PNR: 'x1', AAR: 2010, FOED_DAG: '1980-01-01' })] });
  const rows = await query(conn, `SELECT table_name, table_type FROM information_schema.tables`);
  const kinds = new Map(rows.map((r) => [String(r.table_name), r.table_type === 'VIEW' ? 'view' : 'table']));
  for (const step of WAREHOUSE_STEPS) {
    assert.equal(kinds.get(step.name), step.temporary ? undefined : step.kind, step.name);
  }
});

test('building twice on the same connection replaces the relations', async () => {
  const conn = await buildFixture({ bef: [bef({ PNR: 'x1', AAR: 2010, FOED_DAG: '1980-01-01' })] });
  const { buildWarehouse } = await import('../../src/warehouse/build.ts');
  await buildWarehouse(conn, { firstYear: 2010, lastYear: 2010 });
  const [n] = await query(conn, `SELECT count(*)::INTEGER AS n FROM person_year`);
  assert.equal(n.n, 1);
});
