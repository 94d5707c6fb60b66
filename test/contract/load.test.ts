/** Loading: typed tables in schema order when the extract is valid; nothing at all when it is not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ContractError, SCHEMA, loadExtract } from '../../src/contract/index.ts';
import { P, tempDir, tinyExtract, writeExtract, writeTinyExtract, type ExtractFormat, type TinyExtract } from '../fixtures/tiny-extract.ts';

async function withConnection<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return await fn(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function query(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson();
}

/** Every table in the database, temporary ones included. */
async function allTables(conn: DuckDBConnection): Promise<string[]> {
  return (await query(conn, 'SELECT table_name FROM duckdb_tables() ORDER BY 1')).map((r) => String(r.table_name));
}

async function withExtract<T>(data: Partial<TinyExtract>, format: ExtractFormat, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await tempDir();
  try {
    await writeExtract(dir, data, format);
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const format of ['csv', 'parquet'] as const) {
  test(`loads the tiny extract from ${format}: one typed table per contract table, schema column order`, async () => {
    const dir = await writeTinyExtract(format);
    try {
      await withConnection(async (conn) => {
        const report = await loadExtract(dir, conn);
        assert.deepEqual(report.loaded, SCHEMA.map((t) => t.name));
        assert.deepEqual(await allTables(conn), [...SCHEMA.map((t) => t.name)].sort(), 'no temporary tables left');
        for (const spec of SCHEMA) {
          const cols = await query(conn, `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = '${spec.name}' ORDER BY column_index`);
          assert.deepEqual(cols.map((c) => [c.column_name, c.data_type]), spec.columns.map((c) => [c.name, c.type]), spec.name);
        }
        const counts = await query(conn, 'SELECT (SELECT count(*) FROM bef) AS bef, (SELECT count(*) FROM kotre) AS kotre');
        assert.deepEqual(counts, [{ bef: '20', kotre: '3' }]);
        // Typed values as written in the fixture: a date, an empty (ongoing) end, a boolean, a double.
        const kotre = await query(conn, `SELECT ELEV3_VFRA, ELEV3_VTIL FROM kotre WHERE UDFALD = 3`);
        assert.deepEqual(kotre, [{ ELEV3_VFRA: '2014-09-01', ELEV3_VTIL: null }]);
        const bundet = await query(conn, `SELECT FAG FROM karakterer WHERE NOT BUNDET`);
        assert.deepEqual(bundet, [{ FAG: 'fysik' }]);
        const income = await query(conn, `SELECT sum(DISPON_13) AS s, count(FORMREST_NY05) AS n FROM ind`);
        assert.deepEqual(income, [{ s: 898000.5, n: '5' }]);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('extra columns are dropped with a warning; blanks around text are trimmed', async () => {
  const data = tinyExtract();
  data.mfr.forEach((r) => { r.KOMMENTAR = 'x'; });
  data.lbf_afdeling[0].AFD_ID = ' AFD01 ';
  await withExtract(data, 'csv', (dir) => withConnection(async (conn) => {
    const report = await loadExtract(dir, conn);
    assert.deepEqual(report.problems.map((p) => [p.kind, p.table, p.column]), [['extra_column', 'mfr', 'KOMMENTAR']]);
    assert.deepEqual((await query(conn, 'DESCRIBE mfr')).map((r) => r.column_name), ['PNR', 'VAEGT']);
    assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM lbf_afdeling WHERE AFD_ID = 'AFD01'`), [{ n: '1' }]);
  }));
});

test('views over Parquet: text is trimmed and blank text is NULL, also when other columns are read as they are', async () => {
  const data = tinyExtract();
  data.lbf_afdeling[0].AFD_ID = ' AFD01 ';
  const blankMor = data.bef.findIndex((r) => r.MOR_ID === null);
  data.bef[blankMor].MOR_ID = ' ';
  await withExtract(data, 'parquet', (dir) => withConnection(async (conn) => {
    await loadExtract(dir, conn, { as: 'view' });
    assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM lbf_afdeling WHERE AFD_ID = 'AFD01'`), [{ n: '1' }]);
    assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM bef WHERE MOR_ID = '' OR MOR_ID = ' '`), [{ n: '0' }]);
    const befMor = data.bef.filter((r) => r.MOR_ID === null || r.MOR_ID === ' ').length;
    assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM bef WHERE MOR_ID IS NULL`), [{ n: String(befMor) }]);
    // a clean text column is read as it is (no trim in the view), with the same values
    const [view] = await query(conn, `SELECT sql FROM duckdb_views() WHERE view_name = 'ind'`);
    assert.doesNotMatch(String(view.sql), /trim/);
    assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM ind WHERE PNR = '${P.pige1}'`), [{ n: String(data.ind.filter((r) => r.PNR === P.pige1).length) }]);
  }));
});

test('Parquet written by SAS (every number a DOUBLE) loads as INTEGER where integral, and refuses 330.5', async () => {
  const dir = await tempDir();
  try {
    await writeExtract(dir, tinyExtract(), 'parquet');
    await withConnection(async (conn) => {
      // Rewrite akm.parquet with AAR and SOCIO13 stored as DOUBLE.
      const file = `${dir}/akm.parquet`;
      await conn.run(`CREATE TABLE tmp AS SELECT PNR, CAST(AAR AS DOUBLE) AS AAR, CAST(SOCIO13 AS DOUBLE) AS SOCIO13 FROM read_parquet('${file}')`);
      await conn.run(`COPY tmp TO '${file}' (FORMAT parquet)`);
      await conn.run('DROP TABLE tmp');
      const report = await loadExtract(dir, conn);
      assert.equal(report.ok, true);
      assert.deepEqual(await query(conn, `SELECT any_value(typeof(SOCIO13)) AS t, sum(SOCIO13) AS s FROM akm`), [{ t: 'INTEGER', s: '1252' }]);
    });
    await withConnection(async (conn) => {
      const file = `${dir}/akm.parquet`;
      await conn.run(`COPY (SELECT PNR, AAR, CASE WHEN SOCIO13 = 330 THEN 330.5 ELSE SOCIO13 END AS SOCIO13 FROM read_parquet('${file}')) TO '${dir}/akm2.parquet' (FORMAT parquet)`);
      await conn.run(`COPY (SELECT * FROM read_parquet('${dir}/akm2.parquet')) TO '${file}' (FORMAT parquet)`);
      await rm(`${dir}/akm2.parquet`);
      await assert.rejects(loadExtract(dir, conn), (e: unknown) => {
        assert.ok(e instanceof ContractError);
        assert.deepEqual(e.problems.map((p) => [p.kind, p.table, p.column, p.rows, p.values]), [['bad_value', 'akm', 'SOCIO13', 1, ['330.5']]]);
        return true;
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a failed validation loads nothing and leaves no tables behind, temporary ones included', async () => {
  const data = tinyExtract();
  data.bef[3].KOEN = 9;
  data.krsi.push({ PNR: '9999999991', SIGT_DTO: '2019-01-01', SIGT_NR: 1, LOV: 1 });
  await withExtract(data, 'csv', (dir) => withConnection(async (conn) => {
    await assert.rejects(loadExtract(dir, conn), (e: unknown) => {
      assert.ok(e instanceof ContractError);
      assert.equal(e.summary, 'extract refused: 2 errors in bef, krsi, 0 warnings');
      assert.equal(e.message, e.summary);
      return true;
    });
    assert.deepEqual(await allTables(conn), []);
  }));
});

test('a load that fails part-way rolls back: no contract table is created, existing tables are untouched', async () => {
  const dir = await writeTinyExtract('csv');
  try {
    await withConnection(async (conn) => {
      // 'udda' comes after bef, mfr and the lbf tables in schema order, so they are created first.
      await conn.run(`CREATE TABLE udda AS SELECT 42 AS mine`);
      await assert.rejects(loadExtract(dir, conn), /already exists/);
      assert.deepEqual(await allTables(conn), ['udda']);
      assert.deepEqual(await query(conn, 'SELECT mine FROM udda'), [{ mine: 42 }]);
      const report = await loadExtract(dir, conn, { replace: true });
      assert.equal(report.loaded.length, 26);
      assert.deepEqual(await query(conn, `SELECT count(*) AS n FROM udda WHERE PNR = '${P.ung}'`), [{ n: '1' }]);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
