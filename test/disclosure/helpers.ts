/** Builders for the hand-made result tables of the disclosure tests. */
import type { ResultRow, ResultTable, ValueUnit } from '../../src/results/types.ts';

/** A count cell: value = n persons. */
export function countRow(keys: Record<string, string>, n: number, year: number | null = 2019): ResultRow {
  return { keys, year, value: n, n, lower: null, upper: null };
}

/** A share cell with its numerator in extra.count, as the engines deliver it. */
export function shareRow(keys: Record<string, string>, n: number, count: number, year: number | null = 2019): ResultRow {
  return { keys, year, value: n === 0 ? null : count / n, n, lower: null, upper: null, extra: { count } };
}

export function table(id: string, keyColumns: string[], rows: ResultRow[], unit: ValueUnit = 'count'): ResultTable {
  return {
    id,
    chapter: 2,
    kind: 'table',
    title: { da: id, en: id },
    note: { da: '', en: '' },
    unit,
    keyColumns,
    rows,
  };
}

/** The suppression mark of each row, keyed by its key values joined with '/'. */
export function marks(t: ResultTable): Record<string, string> {
  return Object.fromEntries(t.rows.map((r) => [Object.values(r.keys).join('/') + (r.year === null ? '' : `@${r.year}`), r.suppressed ?? '-']));
}
