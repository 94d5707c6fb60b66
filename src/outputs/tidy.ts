/**
 * The tidy column layout shared by the CSV and XLSX writers: which columns a ResultTable has, in
 * which order, and its rows as cells in a deterministic order. Both writers render this one layout,
 * so a CSV and its XLSX sheet can never disagree.
 */
import type { ResultRow, ResultTable } from '../results/types.ts';

export type Cell = string | number | null;

export interface TidyTable {
  columns: string[];
  rows: Cell[][];
}

const MEASURE_COLUMNS = ['value', 'n', 'lower', 'upper'] as const;

/** keys…, year (if any row has one), value, n, lower, upper, extra… (by name), suppressed. */
export function tidyColumns(table: ResultTable): string[] {
  const hasYear = table.rows.some((r) => r.year !== null);
  const extras = new Set<string>();
  for (const row of table.rows) for (const name of Object.keys(row.extra ?? {})) extras.add(name);
  const columns = [...table.keyColumns, ...(hasYear ? ['year'] : []), ...MEASURE_COLUMNS, ...[...extras].sort(byCodePoint), 'suppressed'];
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) throw new Error(`${table.id}: column "${c}" appears twice (a key or extra column clashes with a standard column)`);
    seen.add(c);
  }
  return columns;
}

/** Rows sorted by the key columns in keyColumns order, then year; ties keep their input order. */
export function sortedRows(table: ResultTable): ResultRow[] {
  const compare = (a: ResultRow, b: ResultRow): number => {
    for (const k of table.keyColumns) {
      const c = byCodePoint(a.keys[k] ?? '', b.keys[k] ?? '');
      if (c !== 0) return c;
    }
    return (a.year ?? -Infinity) - (b.year ?? -Infinity);
  };
  return [...table.rows].sort(compare);
}

/** The whole table as cells; a suppressed row keeps its keys and loses every number. */
export function tidyTable(table: ResultTable): TidyTable {
  const columns = tidyColumns(table);
  const keySet = new Set(table.keyColumns);
  const rows = sortedRows(table).map((row) =>
    columns.map((column): Cell => {
      if (keySet.has(column)) return row.keys[column] ?? null;
      if (column === 'year') return row.year;
      if (column === 'suppressed') return row.suppressed ?? null;
      if (row.suppressed) return null;
      if (column === 'value' || column === 'n' || column === 'lower' || column === 'upper') return finite(table.id, column, row[column]);
      return finite(table.id, column, row.extra?.[column] ?? null);
    }),
  );
  return { columns, rows };
}

/** The number of suppressed rows (primary and secondary). */
export function suppressedCount(table: ResultTable): number {
  return table.rows.filter((r) => r.suppressed !== undefined).length;
}

function finite(id: string, column: string, value: number | null): number | null {
  if (value !== null && !Number.isFinite(value)) throw new Error(`${id}: column "${column}" holds a non-finite number`);
  return value;
}

/** Locale-independent string order, so output does not depend on the machine's ICU settings. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
