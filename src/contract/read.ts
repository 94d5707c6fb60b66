/**
 * Reading extract files: finding `<table>.parquet` / `<table>.csv`, listing their columns, and the
 * SQL that turns a file column into a value of the contract type. Validation and loading both use
 * these expressions, so what is checked is exactly what is loaded.
 */
import { open, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { FileFormat } from './problems.ts';
import { TABLE_NAMES, type ColumnSpec, type ColumnType, type TableName, type TableSpec } from './schema.ts';
import { ident, str } from './sql.ts';

export interface ExtractFile {
  table: TableName;
  path: string;
  /** The file name without directory, used in messages. */
  file: string;
  format: FileFormat;
}

export interface LocatedExtract {
  files: Map<TableName, ExtractFile>;
  /** Tables with both a .csv and a .parquet file. */
  ambiguous: TableName[];
  /** Stems of .csv/.parquet files that name no contract table. */
  unknown: string[];
}

const FORMATS: Record<string, FileFormat> = { '.parquet': 'parquet', '.csv': 'csv' };

/** Finds the contract table files in `dir` (not recursive). */
export async function locateExtract(dir: string): Promise<LocatedExtract> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the extract directory ${dir}: ${e.code ?? e.message}`);
  });
  const files = new Map<TableName, ExtractFile>();
  const ambiguous: TableName[] = [];
  const unknown: string[] = [];
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const format = FORMATS[extname(entry.name).toLowerCase()];
    if (!format) continue;
    const stem = basename(entry.name, extname(entry.name));
    const table = TABLE_NAMES.find((t) => t === stem);
    if (!table) unknown.push(stem);
    else if (files.has(table)) ambiguous.push(table);
    else files.set(table, { table, path: join(dir, entry.name), file: entry.name, format });
  }
  return { files, ambiguous, unknown };
}

/** A file could not be read; the message names the file and never carries data from it. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
}

export interface FileColumn {
  name: string;
  /** DuckDB type of the column in the file (always VARCHAR for CSV, which is read untyped). */
  type: string;
}

/** Lists the columns of a file: the CSV header line, or the Parquet schema. */
export async function readFileColumns(conn: DuckDBConnection, f: ExtractFile): Promise<FileColumn[]> {
  if (f.format === 'csv') {
    const names = parseCsvHeader(await readFirstLine(f));
    const seen = new Set<string>();
    for (const n of names) {
      if (seen.has(n.toUpperCase())) throw new ReadError(`cannot read ${f.file}: the header names a column twice`);
      seen.add(n.toUpperCase());
    }
    return names.map((name) => ({ name, type: 'VARCHAR' }));
  }
  try {
    const rows = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${str(f.path)})`)).getRowObjectsJS();
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (e) {
    throw readFailure(f, e);
  }
}

/**
 * The table function reading the file. CSV is read with the dialect fixed (header, comma, double
 * quotes, UTF-8) and every column as VARCHAR: DuckDB's sniffer is off because on a broken file it
 * guesses (e.g. takes a data row for the header) instead of failing.
 */
export function scanSql(f: ExtractFile, columns: readonly FileColumn[]): string {
  if (f.format === 'parquet') return `read_parquet(${str(f.path)})`;
  const cols = columns.map((c) => `${str(c.name)}: 'VARCHAR'`).join(', ');
  return `read_csv(${str(f.path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', `
    + `strict_mode = true, null_padding = false, encoding = 'utf-8', columns = {${cols}})`;
}

/** How one contract column is read from one file column. */
export interface ColumnSource {
  spec: ColumnSpec;
  /** The column's name in the file (matched case-insensitively). */
  fileName: string;
  /**
   * SQL for the raw value: empty strings and blanks become NULL. Validation may replace it by
   * `plain` (see there), which gives the same value on every row of the file.
   */
  raw: string;
  /** SQL for the typed value given SQL for the raw value; NULL where the raw value does not cast. */
  typed: (raw: string) => string;
  /**
   * For a text column read as text: the file column itself, without trim and NULLIF. The raw
   * value equals it on every row where no value is empty or has surrounding blanks, which
   * validation counts (runChecks); it then uses this cheaper expression as `raw`, for loading.
   */
  plain?: string;
}

const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT']);
const isInteger = (t: string): boolean => INTEGER_TYPES.has(t);
const isNumeric = (t: string): boolean => isInteger(t) || t === 'FLOAT' || t === 'DOUBLE' || t.startsWith('DECIMAL');
const isTimestamp = (t: string): boolean => t.startsWith('TIMESTAMP');

/** From text. Stricter than DuckDB's casts, which round '1.5' to an INTEGER 2. */
function fromText(type: ColumnType): (r: string) => string {
  switch (type) {
    case 'VARCHAR': return (r) => r;
    case 'INTEGER': return (r) => `CASE WHEN regexp_full_match(${r}, '[+-]?[0-9]+(\\.0*)?') THEN TRY_CAST(${r} AS INTEGER) END`;
    case 'DOUBLE': return (r) => finite(`TRY_CAST(${r} AS DOUBLE)`);
    case 'DATE': return (r) => finite(`TRY_CAST(${r} AS DATE)`);
    case 'BOOLEAN': return (r) => `TRY_CAST(${r} AS BOOLEAN)`;
  }
}

/** NaN, infinities and DuckDB's infinite dates are not values. */
const finite = (x: string): string => `CASE WHEN isfinite(${x}) THEN ${x} END`;

/**
 * The read expressions for a contract column stored in a file column of type `fileType`. Native
 * Parquet types are used directly where they fit (SAS exports store every number as DOUBLE, so
 * integral doubles are accepted for INTEGER); anything else goes through text.
 */
export function columnSource(spec: ColumnSpec, file: FileColumn): ColumnSource {
  const col = ident(file.name);
  const t = file.type;
  const viaText = (from: string): ColumnSource => ({
    spec, fileName: file.name, raw: `NULLIF(trim(${from}), '')`, typed: fromText(spec.type),
  });
  const native = (typed: (r: string) => string): ColumnSource => ({ spec, fileName: file.name, raw: col, typed });
  if (t === 'VARCHAR') return spec.type === 'VARCHAR' ? { ...viaText(col), plain: col } : viaText(col);
  switch (spec.type) {
    case 'INTEGER':
      if (isInteger(t)) return native((r) => `TRY_CAST(${r} AS INTEGER)`);
      if (isNumeric(t)) return native((r) => `CASE WHEN ${r} = trunc(${r}) THEN TRY_CAST(${r} AS INTEGER) END`);
      break;
    case 'DOUBLE':
      if (isNumeric(t)) return native((r) => finite(`CAST(${r} AS DOUBLE)`));
      break;
    case 'DATE':
      if (t === 'DATE' || isTimestamp(t)) return native((r) => finite(`CAST(${r} AS DATE)`));
      break;
    case 'BOOLEAN':
      if (t === 'BOOLEAN') return native((r) => r);
      if (isInteger(t)) return native((r) => `CASE WHEN ${r} IN (0, 1) THEN ${r} = 1 END`);
      break;
    case 'VARCHAR':
      break;
  }
  return viaText(`CAST(${col} AS VARCHAR)`);
}

/** The first line of a CSV file (the header), without BOM or line ending. */
async function readFirstLine(f: ExtractFile): Promise<string> {
  const maxHeader = 1 << 16;
  let handle;
  try {
    handle = await open(f.path, 'r');
    const buffer = Buffer.alloc(maxHeader);
    const { bytesRead } = await handle.read(buffer, 0, maxHeader, 0);
    if (bytesRead === 0) throw new ReadError(`cannot read ${f.file}: the file is empty (no header row)`);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    const end = text.indexOf('\n');
    if (end < 0 && bytesRead === maxHeader) throw new ReadError(`cannot read ${f.file}: no header line in the first 64 KiB`);
    return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
  } catch (e) {
    throw e instanceof ReadError ? e : readFailure(f, e);
  } finally {
    await handle?.close();
  }
}

/** Splits a CSV header line on commas outside double quotes. */
export function parseCsvHeader(line: string): string[] {
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') { current += '"'; i++; } else quoted = !quoted;
    } else if (ch === ',' && !quoted) { names.push(current.trim()); current = ''; } else current += ch;
  }
  names.push(current.trim());
  return names;
}

/** DuckDB message lines that describe a parse failure without quoting the data. */
const SAFE_DETAILS = [/^Expected Number of Columns/, /unterminated quote/i, /Invalid unicode/i, /maximum line size/i];

/**
 * A ReadError for `f` from a DuckDB or file-system error. DuckDB's CSV errors quote the offending
 * line ("Original Line: ..."), which may hold person ids, so only the first line and known
 * data-free details are kept, and quoted text other than the file's own path is masked.
 */
export function readFailure(f: ExtractFile, e: unknown): ReadError {
  const lines = (e instanceof Error ? e.message : String(e)).split('\n').map((l) => l.trim());
  const first = (lines[0] ?? '')
    .replace(/^[A-Za-z ]*Error: /, '')
    .replaceAll(f.path, f.file)
    .replace(/'[^']*'|"[^"]*"/g, (m) => (m.slice(1, -1) === f.file ? m : '…'));
  const details = lines.slice(1).filter((l) => SAFE_DETAILS.some((re) => re.test(l)));
  return new ReadError(`cannot read ${f.file}: ${[first, ...details].filter(Boolean).join('; ')}`);
}

/** A contract table whose file has been opened: how to read each of its columns. */
export interface OpenedTable {
  spec: TableSpec;
  file: ExtractFile;
  /** The table function reading the file. */
  scan: string;
  /** The schema's columns found in the file, in schema order. */
  columns: ColumnSource[];
  /** Schema columns absent from the file. */
  missing: string[];
  /** File columns the schema does not know. */
  extra: string[];
}

/** Reads the file's columns and matches them to the schema (case-insensitively, as SQL does). */
export async function openTable(conn: DuckDBConnection, spec: TableSpec, file: ExtractFile): Promise<OpenedTable> {
  const fileColumns = await readFileColumns(conn, file);
  const byName = new Map(fileColumns.map((c) => [c.name.toUpperCase(), c]));
  const columns: ColumnSource[] = [];
  const missing: string[] = [];
  for (const col of spec.columns) {
    const found = byName.get(col.name.toUpperCase());
    if (found) columns.push(columnSource(col, found));
    else missing.push(col.name);
  }
  const known = new Set(spec.columns.map((c) => c.name.toUpperCase()));
  const extra = fileColumns.map((c) => c.name).filter((n) => !known.has(n.toUpperCase()));
  return { spec, file, scan: scanSql(file, fileColumns), columns, missing, extra };
}

/** Name of the raw value of `column` in {@link sourceSql}. */
export const rawName = (column: string): string => `raw ${column}`;

/**
 * A subquery with, for each given column, its typed value under the contract name and its raw
 * value under {@link rawName} (and any `extra` select items over the file, with a leading comma).
 * Two levels so each raw expression is computed once per row.
 */
export function sourceSql(t: OpenedTable, columns: readonly ColumnSource[] = t.columns, extra = ''): string {
  const raws = columns.map((c) => `${c.raw} AS ${ident(rawName(c.spec.name))}`);
  const typed = columns.map((c) => `${c.typed(ident(rawName(c.spec.name)))} AS ${ident(c.spec.name)}`);
  return `(SELECT *, ${typed.join(', ')} FROM (SELECT ${raws.join(', ')}${extra} FROM ${t.scan}))`;
}

/** The typed rows of the table as the contract defines them: schema columns, schema order. */
export function typedSelectSql(t: OpenedTable): string {
  const cols = t.columns.map((c) => `${c.typed(`(${c.raw})`)} AS ${ident(c.spec.name)}`);
  return `SELECT ${cols.join(', ')} FROM ${t.scan}`;
}
