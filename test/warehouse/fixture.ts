/**
 * Hand-built extracts for warehouse tests: the contract tables, created from the schema, in a
 * fresh in-memory DuckDB, filled with the rows a test gives.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { JS } from '@duckdb/node-api';
import { SCHEMA, tableSpec, type ColumnSpec, type TableName } from '../../src/contract/schema.ts';
import { sqlString } from '../../src/warehouse/sql-literal.ts';
import { buildWarehouse, type BuildOptions } from '../../src/warehouse/build.ts';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type Extract = Partial<Record<TableName, Row[]>>;

export async function openMemory(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

/** Creates every contract table, empty, with the contract's column names and types. */
export async function createContractTables(conn: DuckDBConnection): Promise<void> {
  for (const table of SCHEMA) {
    const columns = table.columns.map((c) => `${c.name} ${c.type}`).join(', ');
    await conn.run(`CREATE TABLE ${table.name} (${columns})`);
  }
}

/** Inserts rows; a column left out is NULL, a column the table does not have is an error. */
export async function insertRows(conn: DuckDBConnection, table: TableName, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const spec = tableSpec(table);
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      if (!byName.has(name)) throw new Error(`${table} has no column ${name}`);
    }
  }
  const names = spec.columns.map((c) => c.name);
  const values = rows.map((row) => `(${spec.columns.map((c) => literal(c, row[c.name] ?? null)).join(', ')})`);
  await conn.run(`INSERT INTO ${table} (${names.join(', ')}) VALUES ${values.join(',\n')}`);
}

function literal(column: ColumnSpec, value: Cell): string {
  if (value === null) return 'NULL';
  switch (column.type) {
    case 'VARCHAR': return sqlString(String(value));
    case 'DATE': return `DATE ${sqlString(String(value))}`;
    case 'BOOLEAN': return value ? 'TRUE' : 'FALSE';
    case 'INTEGER':
    case 'DOUBLE':
      if (typeof value !== 'number') throw new Error(`${column.name} needs a number`);
      return String(value);
  }
}

/** A bef row with dull defaults: Danish origin, reference person of a one-person family, private housing. */
export function bef(row: { PNR: string; AAR: number; FOED_DAG: string } & Row): Row {
  return {
    KOEN: 1, IE_TYPE: 1, OPR_LAND: 'DNK', INDV_AAR: null, MOR_ID: null, FAR_ID: null,
    FAMILIE_ID: `F-${row.PNR}`, PLADS: 1, KOM: 101, REG: 1084, AFD_ID: null,
    ...row,
  };
}

/** A fresh database holding the extract, with the warehouse built over it. */
export async function buildFixture(extract: Extract, opts: BuildOptions = {}): Promise<DuckDBConnection> {
  const conn = await openMemory();
  await createContractTables(conn);
  for (const [table, rows] of Object.entries(extract) as [TableName, Row[]][]) {
    await insertRows(conn, table, rows);
  }
  await buildWarehouse(conn, opts);
  return conn;
}

export async function query(conn: DuckDBConnection, sql: string): Promise<Record<string, JS>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS();
}

/** person_year rows keyed by pnr, for one year. */
export async function personYears(conn: DuckDBConnection, year: number): Promise<Map<string, Record<string, JS>>> {
  const rows = await query(conn, `SELECT * FROM person_year WHERE year = ${year}`);
  return new Map(rows.map((r) => [String(r.pnr), r]));
}
