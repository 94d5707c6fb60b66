/** What validation finds and how it is reported: problems, reports and the error thrown on refusal. */
import type { TableName } from './schema.ts';

export type Severity = 'error' | 'warning';

/** The kinds of problem, each with the severity it always has and what it means (shown in the docs). */
export const PROBLEM_KINDS = {
  unreadable: { severity: 'error', doc: 'The file cannot be read or parsed (truncated, corrupt, not UTF-8, a row with the wrong number of fields).' },
  ambiguous_file: { severity: 'error', doc: 'Both `<table>.csv` and `<table>.parquet` exist.' },
  missing_table: { severity: 'error', doc: 'A required table has no file.' },
  missing_column: { severity: 'error', doc: 'A contract column is not in the file.' },
  bad_value: { severity: 'error', doc: 'A value does not read as the column type (text in a number column, 1.5 in an INTEGER column, 2019-02-30, NaN).' },
  empty_value: { severity: 'error', doc: 'A column that may not be empty has empty (or blank) values.' },
  bad_code: { severity: 'error', doc: 'A value is not one of the column\'s codes.' },
  out_of_range: { severity: 'error', doc: 'A number is outside the column\'s range, or a date\'s year is outside the range years.' },
  future_date: { severity: 'error', doc: 'A date after today.' },
  before_birth: { severity: 'error', doc: 'An event (a date, or a year column such as AAR) before the person\'s birth date (from bef).' },
  end_before_start: { severity: 'error', doc: 'A spell that ends before it starts (kotre, bufo, lbf_helhedsplan).' },
  duplicate_key: { severity: 'error', doc: 'Two or more rows share the table\'s key.' },
  unknown_person: { severity: 'error', doc: 'A person id that is not in bef.' },
  unknown_reference: { severity: 'error', doc: 'A foreign key (e.g. AFD_ID, PLAN_ID) with no match in the table it refers to.' },
  no_rows: { severity: 'error', doc: 'A required table has no rows.' },
  parent_outside_extract: { severity: 'warning', doc: 'MOR_ID or FAR_ID names a person who is not in bef (allowed: e.g. parents who died before 1980).' },
  extra_column: { severity: 'warning', doc: 'A column the contract does not know; it is dropped on load.' },
  unknown_file: { severity: 'warning', doc: 'A .csv or .parquet file that is not a contract table; it is ignored.' },
  empty_optional_table: { severity: 'warning', doc: 'An optional table with no rows: what it enables will be empty.' },
} as const satisfies Record<string, { severity: Severity; doc: string }>;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

export interface Problem {
  severity: Severity;
  kind: ProblemKind;
  /** Contract table (or, for unknown files, the file's stem). */
  table: string;
  /** The column, or the key columns joined by ", " for duplicate keys; null for whole-file problems. */
  column: string | null;
  /** Rows with the problem (0 when it concerns the file or a column, not rows). */
  rows: number;
  /** Up to 5 offending values, most frequent first. Never values of person-id columns. */
  values: string[];
  /** One line of plain text; never contains data values. */
  message: string;
}

export type FileFormat = 'parquet' | 'csv';

export interface TableReport {
  table: TableName;
  file: string;
  format: FileFormat;
  /** Rows in the file; null if it could not be read. */
  rows: number | null;
}

export interface MissingTable {
  table: TableName;
  /** The analyses that cannot be computed without it (the schema's `enables`). */
  disables: readonly string[];
}

export interface ValidationReport {
  contractVersion: string;
  dir: string;
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  /** The contract tables found, in schema order. */
  tables: TableReport[];
  missingOptional: MissingTable[];
  /** Errors first, then warnings; each group in schema order. */
  problems: Problem[];
  /** One line for the CLI. */
  summary: string;
  elapsedMs: number;
}

export interface LoadReport extends ValidationReport {
  /** The DuckDB tables created, in schema order. */
  loaded: TableName[];
}

/** Thrown by loadExtract when the extract breaks the contract; nothing has been loaded. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(readonly report: ValidationReport) {
    super(report.summary);
  }
  get problems(): Problem[] {
    return this.report.problems;
  }
  get summary(): string {
    return this.report.summary;
  }
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** One line per problem, e.g. `error   bef.KOEN  bad_code  3 rows  [7, 9]  3 rows are not one of 1, 2`. */
export function formatProblem(p: Problem): string {
  const where = p.column === null ? p.table : `${p.table}.${p.column}`;
  const values = p.values.length > 0 ? `  values: ${p.values.join(' | ')}` : '';
  return `${p.severity.padEnd(7)} ${where}  ${p.kind}: ${p.message}${values}`;
}

/** The one-line summary of a report. */
export function summarise(problems: readonly Problem[], tables: readonly TableReport[], missingOptional: readonly MissingTable[]): string {
  const errors = errorsOf(problems);
  const warnings = problems.length - errors.length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const optional = missingOptional.length > 0
    ? `; ${plural(missingOptional.length, 'optional table')} missing (${missingOptional.map((m) => m.table).join(', ')})`
    : '';
  if (errors.length > 0) {
    const bad = [...new Set(errors.map((p) => p.table))];
    return `extract refused: ${plural(errors.length, 'error')} in ${bad.join(', ')}, ${plural(warnings, 'warning')}${optional}`;
  }
  const rows = tables.reduce((sum, t) => sum + (t.rows ?? 0), 0);
  return `extract valid: ${plural(tables.length, 'table')}, ${rows.toLocaleString('en-US')} rows, ${plural(warnings, 'warning')}${optional}`;
}
