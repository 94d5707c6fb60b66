/**
 * Validation of an extract directory against the contract, in SQL over the files: nothing is
 * loaded and no person is iterated in JS. `inspectExtract` is shared with loading, which must
 * read the files exactly as they were checked.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { checkDuplicateKeys, runChecks } from './checks.ts';
import { PROBLEM_KINDS, errorsOf, summarise, type MissingTable, type Problem, type ProblemKind, type TableReport, type ValidationReport } from './problems.ts';
import { ReadError, locateExtract, openTable, readFailure, sourceSql, type OpenedTable } from './read.ts';
import { POPULATION } from './rules.ts';
import { CONTRACT_VERSION, SCHEMA, TABLE_NAMES } from './schema.ts';
import { ident, str } from './sql.ts';

/** Temporary table of the population's persons (PNR, FOED_DAG), dropped when validation ends. */
const PERSONS = '__livschancer_contract_persons';

/**
 * Checks the extract in `dir` against the contract and reports every problem found.
 * Runs in its own in-memory DuckDB unless a connection is given (it is left as it was).
 *
 * @example
 * const report = await validateExtract('extract/');
 * if (!report.ok) console.error(report.summary);
 */
export async function validateExtract(dir: string, conn?: DuckDBConnection): Promise<ValidationReport> {
  if (conn) return (await inspectExtract(dir, conn)).report;
  const instance = await DuckDBInstance.create(':memory:');
  const own = await instance.connect();
  try {
    return (await inspectExtract(dir, own)).report;
  } finally {
    own.closeSync();
    instance.closeSync();
  }
}

/** The report plus the opened tables (in schema order) that loading reads from. */
export async function inspectExtract(dir: string, conn: DuckDBConnection): Promise<{ report: ValidationReport; opened: OpenedTable[] }> {
  const started = performance.now();
  const problems: Problem[] = [];
  const note = (kind: ProblemKind, table: string, column: string | null, message: string): void => {
    problems.push({ severity: PROBLEM_KINDS[kind].severity, kind, table, column, rows: 0, values: [], message });
  };
  const located = await locateExtract(dir);
  for (const stem of located.unknown) note('unknown_file', stem, null, 'is not a contract table; ignored');
  for (const table of located.ambiguous) note('ambiguous_file', table, null, `both ${table}.csv and ${table}.parquet exist; keep one`);

  const opened = new Map<string, OpenedTable>();
  const missingOptional: MissingTable[] = [];
  for (const spec of SCHEMA) {
    const file = located.files.get(spec.name);
    if (located.ambiguous.includes(spec.name)) continue;
    if (!file) {
      if (spec.required) note('missing_table', spec.name, null, `required table missing: no ${spec.name}.parquet or ${spec.name}.csv`);
      else missingOptional.push({ table: spec.name, disables: spec.enables });
      continue;
    }
    try {
      const t = await openTable(conn, spec, file);
      for (const c of t.missing) note('missing_column', spec.name, c, `column missing from ${file.file}`);
      // Header names are printed only when they look like column names: a file without a header
      // row would otherwise show its first data row, person ids included.
      const printable = t.extra.filter((n) => /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(n));
      for (const c of printable) note('extra_column', spec.name, c, 'not in the contract; dropped on load');
      const unprintable = t.extra.length - printable.length;
      if (unprintable > 0) note('extra_column', spec.name, null, `${unprintable} columns with names that are not column names (is the header row missing?); dropped on load`);
      opened.set(spec.name, t);
    } catch (e) {
      note('unreadable', spec.name, null, unreadableMessage(e));
    }
  }

  const rows = new Map<string, number>();
  const failed = (table: string, e: unknown): void => {
    const t = opened.get(table);
    opened.delete(table);
    note('unreadable', table, null, t ? readFailure(t.file, e).message : unreadableMessage(e));
  };
  const persons = await buildPersons(conn, opened.get(POPULATION.table)).catch((e: unknown) => {
    failed(POPULATION.table, e);
    return null;
  });
  try {
    const ctx = { persons, tables: opened };
    // Referenced tables first: one that fails is dropped from ctx.tables before any table joins
    // to it, so its failure is not blamed on the tables that refer to it.
    const referenced = new Set(SCHEMA.flatMap((s) => s.columns.flatMap((c) => (c.references ? [c.references.table] : []))));
    const order = [...opened.values()].sort((a, b) => Number(referenced.has(b.spec.name)) - Number(referenced.has(a.spec.name)));
    for (const t of order) {
      try {
        const checked = await runChecks(conn, t, ctx);
        rows.set(t.spec.name, checked.rows);
        problems.push(...checked.problems);
        problems.push(...(await checkDuplicateKeys(conn, t)));
        if (checked.rows === 0) {
          if (t.spec.required) note('no_rows', t.spec.name, null, `${t.file.file} has no rows`);
          else note('empty_optional_table', t.spec.name, null, `${t.file.file} has no rows; ${t.spec.enables.join(', ')} will be empty`);
        }
      } catch (e) {
        failed(t.spec.name, e);
      }
    }
    if (persons) await redactPersonIds(conn, persons, problems);
  } finally {
    if (persons) await conn.run(`DROP TABLE IF EXISTS ${persons}`);
  }

  const inSchemaOrder = SCHEMA.flatMap((s) => opened.get(s.name) ?? []);
  const tables: TableReport[] = inSchemaOrder.map((t) => ({
    table: t.spec.name, file: t.file.file, format: t.file.format, rows: rows.get(t.spec.name) ?? null,
  }));
  const sorted = sortProblems(problems);
  const report: ValidationReport = {
    contractVersion: CONTRACT_VERSION,
    dir,
    ok: errorsOf(sorted).length === 0,
    tables,
    missingOptional,
    problems: sorted,
    summary: summarise(sorted, tables, missingOptional),
    elapsedMs: Math.round(performance.now() - started),
  };
  return { report, opened: inSchemaOrder };
}

/** Persons of the population with their birth date, for person-id and before-birth checks. */
async function buildPersons(conn: DuckDBConnection, bef: OpenedTable | undefined): Promise<string | null> {
  const cols = bef?.columns.filter((c) => c.spec.name === POPULATION.person || c.spec.name === POPULATION.birth);
  if (!bef || cols?.length !== 2) return null;
  const [pnr, birth] = [ident(POPULATION.person), ident(POPULATION.birth)];
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${PERSONS} AS SELECT ${pnr}, min(${birth}) AS ${birth} `
    + `FROM ${sourceSql(bef, cols)} WHERE ${pnr} IS NOT NULL GROUP BY ${pnr}`);
  return PERSONS;
}

/**
 * Drops shown values that are the id of a person in the population. Person-id columns are never
 * shown; this also catches ids in the wrong column (e.g. a shifted CSV row).
 */
async function redactPersonIds(conn: DuckDBConnection, persons: string, problems: Problem[]): Promise<void> {
  const shown = [...new Set(problems.flatMap((p) => p.values))];
  if (shown.length === 0) return;
  const sql = `SELECT v FROM (SELECT unnest([${shown.map(str).join(', ')}]) AS v) WHERE v IN (SELECT ${ident(POPULATION.person)} FROM ${persons})`;
  const ids = new Set((await conn.runAndReadAll(sql)).getRowObjectsJson().map((r) => String(r.v)));
  if (ids.size === 0) return;
  for (const p of problems) p.values = p.values.filter((v) => !ids.has(v));
}

function unreadableMessage(e: unknown): string {
  return e instanceof ReadError ? e.message : `cannot read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
}

/** Errors first, then warnings; within each, schema order of tables (unknown files last). */
function sortProblems(problems: readonly Problem[]): Problem[] {
  const order = (table: string): number => {
    const i = (TABLE_NAMES as readonly string[]).indexOf(table);
    return i < 0 ? TABLE_NAMES.length : i;
  };
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || order(a.table) - order(b.table));
}
