/**
 * The checks, as data: each contract rule becomes a Check (a SQL predicate for offending rows and
 * what to show of them), and one engine runs all checks of a table as a single aggregate query,
 * so a valid file is scanned once for every row-level rule (plus once for duplicate keys: a key-order
 * test, and a grouped scan only if the file is not sorted by its key).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { PROBLEM_KINDS, type Problem, type ProblemKind } from './problems.ts';
import { rawName, sourceSql, type ColumnSource, type OpenedTable } from './read.ts';
import { EVENT_YEAR_COLUMNS, MAX_VALUE_LENGTH, MAX_VALUES, PARENT_ID_COLUMNS, POPULATION, SPELLS } from './rules.ts';
import { literal, ident } from './sql.ts';

export interface Check {
  kind: ProblemKind;
  column: string;
  /** SQL predicate over the row source `s` (and joins), true for offending rows. */
  where: string;
  /** SQL for the value to show, or null where values must not be shown (person ids) or are empty. */
  show: string | null;
  /** What is wrong with the offending values, e.g. "not one of the codes 1, 2"; the message adds the row count. */
  what: string;
}

/** What the checks of one table may join to. */
export interface CheckContext {
  /** Name of the table of persons (PNR, FOED_DAG) built from the population, or null if unusable. */
  persons: string | null;
  /** Readable tables by name, for foreign keys. */
  tables: ReadonlyMap<string, OpenedTable>;
}

interface Join {
  alias: string;
  sql: string;
}

/** The checks of a table and the joins they need. */
export function compileChecks(t: OpenedTable, ctx: CheckContext): { checks: Check[]; joins: Join[] } {
  const checks: Check[] = [];
  const joins: Join[] = [];
  const v = (name: string): string => `s.${ident(name)}`;
  const has = (name: string): ColumnSource | undefined => t.columns.find((c) => c.spec.name === name);
  const isPopulation = t.spec.name === POPULATION.table;

  // Joins to the persons table, one per person-id column (the population's own PNR needs none).
  const personAlias = new Map<string, string>();
  for (const c of t.columns.filter((c) => c.spec.personId)) {
    if (ctx.persons === null || (isPopulation && c.spec.name === POPULATION.person)) continue;
    const alias = `p${personAlias.size}`;
    personAlias.set(c.spec.name, alias);
    joins.push({ alias, sql: `LEFT JOIN ${ctx.persons} AS ${alias} ON ${alias}.${ident(POPULATION.person)} = ${v(c.spec.name)}` });
  }

  for (const c of t.columns) {
    const col = c.spec;
    const val = v(col.name);
    const shown = col.personId ? null : `CAST(${val} AS VARCHAR)`;
    const present = `${val} IS NOT NULL`;
    checks.push({
      kind: 'bad_value', column: col.name, where: `s.${ident(rawName(col.name))} IS NOT NULL AND ${val} IS NULL`,
      show: col.personId ? null : `CAST(s.${ident(rawName(col.name))} AS VARCHAR)`, what: `not readable as ${col.type}`,
    });
    if (!col.nullable) {
      checks.push({ kind: 'empty_value', column: col.name, where: `s.${ident(rawName(col.name))} IS NULL`, show: null, what: 'empty' });
    }
    if (col.codes) {
      checks.push({
        kind: 'bad_code', column: col.name, where: `${present} AND ${val} NOT IN (${col.codes.map(literal).join(', ')})`,
        show: shown, what: `not one of the codes ${codeList(col.codes)}`,
      });
    }
    if (col.type === 'DATE') {
      checks.push({ kind: 'future_date', column: col.name, where: `${val} > current_date`, show: shown, what: 'in the future' });
    }
    if (col.range) {
      const [lo, hi] = col.range;
      const x = col.type === 'DATE' ? `year(${val})` : val;
      const notFuture = col.type === 'DATE' ? ` AND ${val} <= current_date` : '';
      checks.push({
        kind: 'out_of_range', column: col.name, where: `(${x} < ${lo} OR ${x} > ${hi})${notFuture}`,
        show: shown, what: `outside ${lo}–${hi}${col.type === 'DATE' ? ' (year)' : ''}`,
      });
    }
    const alias = personAlias.get(col.name);
    if (alias) {
      const parent = PARENT_ID_COLUMNS.includes(col.name);
      checks.push({
        kind: parent ? 'parent_outside_extract' : 'unknown_person', column: col.name,
        where: `${present} AND ${alias}.${ident(POPULATION.person)} IS NULL`, show: null,
        what: `person not in ${POPULATION.table}${parent ? ' (allowed for parents, e.g. dead before the extract starts)' : ''}`,
      });
    }
    const ref = col.references && ctx.tables.get(col.references.table);
    const refCol = col.references && ref?.columns.find((rc) => rc.spec.name === col.references?.column);
    if (col.references && ref && refCol) {
      const alias = `r${joins.length}`;
      const keys = `SELECT DISTINCT ${refCol.typed(`(${refCol.raw})`)} AS k FROM ${ref.scan}`;
      joins.push({ alias, sql: `LEFT JOIN (${keys}) AS ${alias} ON ${alias}.k = ${val}` });
      checks.push({
        kind: 'unknown_reference', column: col.name, where: `${present} AND ${alias}.k IS NULL`, show: shown,
        what: `no match in ${col.references.table}.${col.references.column}`,
      });
    }
  }

  // Events cannot precede the birth of the row's person.
  const subject = t.columns.find((c) => c.spec.personId && !PARENT_ID_COLUMNS.includes(c.spec.name));
  const birthAlias = subject && personAlias.get(subject.spec.name);
  const birth = isPopulation && has(POPULATION.birth) ? v(POPULATION.birth)
    : birthAlias ? `${birthAlias}.${ident(POPULATION.birth)}` : null;
  if (birth !== null) {
    for (const c of t.columns) {
      const name = c.spec.name;
      const isDate = c.spec.type === 'DATE' && !(isPopulation && name === POPULATION.birth);
      const isYear = c.spec.type === 'INTEGER' && EVENT_YEAR_COLUMNS.includes(name);
      if (!isDate && !isYear) continue;
      checks.push({
        kind: 'before_birth', column: name, where: isDate ? `${v(name)} < ${birth}` : `${v(name)} < year(${birth})`,
        show: `CAST(${v(name)} AS VARCHAR)`, what: `before the person's ${isDate ? 'date' : 'year'} of birth`,
      });
    }
  }

  for (const spell of SPELLS.filter((sp) => sp.table === t.spec.name && has(sp.start) && has(sp.end))) {
    checks.push({
      kind: 'end_before_start', column: spell.end, where: `${v(spell.end)} < ${v(spell.start)}`,
      show: `CAST(${v(spell.start)} AS VARCHAR) || ' > ' || CAST(${v(spell.end)} AS VARCHAR)`,
      what: `ends before ${spell.start}`,
    });
  }
  return { checks, joins };
}

function codeList(codes: readonly (number | string)[]): string {
  const shown = codes.slice(0, 12).map(String).join(', ');
  return codes.length > 12 ? `${shown}, … (${codes.length} codes)` : shown;
}

/** Cuts shown values to a readable length. */
const clip = (s: string): string => (s.length > MAX_VALUE_LENGTH ? `${s.slice(0, MAX_VALUE_LENGTH - 1)}…` : s);

const plural = (n: number): string => `${n.toLocaleString('en-US')} row${n === 1 ? '' : 's'}`;

function problem(table: string, column: string | null, kind: ProblemKind, rows: number, values: string[], what: string): Problem {
  return { severity: PROBLEM_KINDS[kind].severity, kind, table, column, rows, values: values.map(clip), message: `${what}: ${plural(rows)}` };
}

/**
 * Runs every check of the table as one aggregate query (one scan), then, only for checks that
 * found rows, a second query for the values to show: sampling costs about as much as all the
 * counts together even when nothing matches, and a valid extract needs no samples.
 */
export async function runChecks(conn: DuckDBConnection, t: OpenedTable, ctx: CheckContext): Promise<{ rows: number; problems: Problem[] }> {
  const { checks, joins } = compileChecks(t, ctx);
  const from = `FROM ${sourceSql(t)} AS s ${joins.map((j) => j.sql).join(' ')}`;
  const counts = checks.map((c, i) => `, count(*) FILTER (WHERE ${c.where}) AS c${i}`).join('');
  // text columns whose file values need no trimming (and are never empty): loading then reads
  // them as they are, which saves a string function per value in every later scan
  const plain = t.columns.flatMap((c, i) => (c.plain !== undefined && c.raw !== c.plain ? [{ c, i }] : []));
  const padded = plain.map(({ c, i }) => `, count(*) FILTER (WHERE s.${ident(rawName(c.spec.name))} IS DISTINCT FROM s.${ident(`file ${i}`)}) AS p${i}`).join('');
  const fileCols = plain.map(({ c, i }) => `, ${c.plain} AS ${ident(`file ${i}`)}`).join('');
  const rows = `FROM ${sourceSql(t, t.columns, fileCols)} AS s ${joins.map((j) => j.sql).join(' ')}`;
  const [row] = (await conn.runAndReadAll(`SELECT count(*) AS n${counts}${padded} ${rows}`)).getRowObjectsJson();
  for (const { c, i } of plain) if (Number(row[`p${i}`]) === 0) c.raw = c.plain!;
  const found = checks.map((c, i) => ({ check: c, i, rows: Number(row[`c${i}`]) })).filter((f) => f.rows > 0);

  const shown = found.filter((f) => f.check.show !== null);
  let values: Record<string, unknown> = {};
  if (shown.length > 0) {
    const samples = shown.map(({ check, i }) => `approx_top_k(${check.show}, ${MAX_VALUES}) FILTER (WHERE ${check.where}) AS v${i}`);
    [values] = (await conn.runAndReadAll(`SELECT ${samples.join(', ')} ${from}`)).getRowObjectsJson();
  }
  const problems = found.map(({ check, i, rows }) => problem(t.spec.name, check.column, check.kind, rows, stringList(values[`v${i}`]), check.what));
  return { rows: Number(row.n), problems };
}

/**
 * SQL counting the rows (with every key column set) whose key is not strictly greater than the
 * key of the row before them in the scan. Zero proves the keys distinct whatever order the scan
 * delivers (a strictly increasing sequence has no repeats); register extracts are usually sorted
 * by their key, so on a valid file this is the answer, at a fraction of the cost of grouping
 * (no hash table over every key). A non-zero count proves nothing: then the grouped query runs.
 */
export function keyOrderSql(t: OpenedTable, cols: readonly ColumnSource[]): string {
  const keys = cols.map((c) => ident(c.spec.name));
  const lags = keys.map((_, i) => ident(`lag ${i}`));
  // lexicographic "key > previous key", built from the last column outwards
  let increasing = `${keys[keys.length - 1]} > ${lags[keys.length - 1]}`;
  for (let i = keys.length - 2; i >= 0; i--) {
    increasing = `${keys[i]} > ${lags[i]} OR (${keys[i]} = ${lags[i]} AND (${increasing}))`;
  }
  const lagCols = keys.map((k, i) => `lag(${k}) OVER () AS ${lags[i]}`).join(', ');
  return `SELECT count(*) FILTER (WHERE ${lags[0]} IS NOT NULL AND NOT (${increasing})) AS n `
    + `FROM (SELECT ${keys.join(', ')}, ${lagCols} FROM ${sourceSql(t, cols)} `
    + `WHERE ${keys.map((k) => `${k} IS NOT NULL`).join(' AND ')})`;
}

/**
 * Duplicate keys. First a cheap test that the keys are strictly increasing in scan order (true
 * for a sorted file; proves there are none), else one grouped scan of the key columns. Shows key
 * values other than person ids.
 */
export async function checkDuplicateKeys(conn: DuckDBConnection, t: OpenedTable): Promise<Problem[]> {
  const keyCols = t.spec.key.map((k) => t.columns.find((c) => c.spec.name === k));
  if (keyCols.length === 0 || keyCols.some((c) => c === undefined)) return [];
  const cols = keyCols as ColumnSource[];
  const [order] = (await conn.runAndReadAll(keyOrderSql(t, cols))).getRowObjectsJson();
  if (Number(order.n) === 0) return [];
  const keys = cols.map((c) => ident(c.spec.name));
  const shownParts = cols.filter((c) => !c.spec.personId).map((c) => `'${c.spec.name}=' || CAST(${ident(c.spec.name)} AS VARCHAR)`);
  const show = shownParts.length > 0 ? `max_by(concat_ws(', ', ${shownParts.join(', ')}), c, ${MAX_VALUES})` : 'NULL';
  const sql = `SELECT sum(c) AS n, ${show} AS v FROM (SELECT ${keys.join(', ')}, count(*) AS c FROM ${sourceSql(t, cols)} `
    + `WHERE ${keys.map((k) => `${k} IS NOT NULL`).join(' AND ')} GROUP BY ALL HAVING count(*) > 1)`;
  const [row] = (await conn.runAndReadAll(sql)).getRowObjectsJson();
  const n = Number(row.n ?? 0);
  if (n === 0) return [];
  const what = `key (${t.spec.key.join(', ')}) shared with another row`;
  return [problem(t.spec.name, t.spec.key.join(', '), 'duplicate_key', n, stringList(row.v), what)];
}

function stringList(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((e) => e !== null).map(String) : [];
}
