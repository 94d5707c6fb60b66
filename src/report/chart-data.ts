/**
 * From a ResultTable to what a chart draws: series (one per key combination) of points, with
 * codes in a stable order (the standard splits in SPLIT_CODES order, labelled codes in the order
 * texts.ts KEY_LABELS lists them, other codes in the order the table first lists them) and labels
 * in the report's language.
 */
import { SPLIT_CODES, type ResultRow, type ResultTable, type Suppression } from '../results/types.ts';
import { KEY_LABELS } from './texts.ts';

export type LabelFn = (column: string, code: string) => string;

export interface Point {
  value: number | null;
  lower: number | null;
  upper: number | null;
  suppressed?: Suppression;
}

export interface Series {
  id: string;
  label: string;
  /** Points by x: the year (line chart) or the category code (bar chart). */
  points: Map<number | string, Point>;
}

export interface LineData {
  kind: 'line';
  years: number[];
  series: Series[];
}

export interface BarData {
  kind: 'bar';
  /** Category codes with their labels, in display order. */
  categories: { code: string; label: string }[];
  series: Series[];
}

/** The key column whose values become bar categories: `item` when present, else the first key. */
export function categoryColumn(table: ResultTable): string | null {
  if (table.keyColumns.includes('item')) return 'item';
  return table.keyColumns[0] ?? null;
}

/** A line chart when the rows span two or more years, else a grouped bar chart. */
export function chartData(table: ResultTable, label: LabelFn): LineData | BarData {
  const years = [...new Set(table.rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (years.length >= 2) return { kind: 'line', years, series: buildSeries(table, table.keyColumns, (r) => r.year ?? NaN, label) };
  const category = categoryColumn(table);
  const seriesColumns = table.keyColumns.filter((k) => k !== category);
  const codes = category ? codeOrder(table, category) : [''];
  return {
    kind: 'bar',
    categories: codes.map((code) => ({ code, label: category ? label(category, code) : '' })),
    series: buildSeries(table, seriesColumns, (r) => (category ? (r.keys[category] ?? '') : ''), label),
  };
}

function buildSeries(table: ResultTable, columns: readonly string[], x: (r: ResultRow) => number | string, label: LabelFn): Series[] {
  const orders = columns.map((c) => codeOrder(table, c));
  const byId = new Map<string, Series>();
  for (const row of table.rows) {
    const codes = columns.map((c) => row.keys[c] ?? '');
    const id = codes.join('\u0000');
    let series = byId.get(id);
    if (!series) {
      series = { id, label: codes.map((code, i) => label(columns[i], code)).join(', '), points: new Map() };
      byId.set(id, series);
    }
    const point: Point = row.suppressed
      ? { value: null, lower: null, upper: null, suppressed: row.suppressed }
      : { value: row.value, lower: row.lower, upper: row.upper };
    series.points.set(x(row), point);
  }
  const rank = (id: string): number[] => id.split('\u0000').map((code, i) => orders[i].indexOf(code));
  return [...byId.values()].sort((a, b) => compareRanks(rank(a.id), rank(b.id)));
}

/** The codes of one key column in display order. */
export function codeOrder(table: ResultTable, column: string): string[] {
  const seen: string[] = [];
  for (const row of table.rows) {
    const code = row.keys[column] ?? '';
    if (!seen.includes(code)) seen.push(code);
  }
  // the standard splits' order, else the order in which texts.ts labels the column's codes
  const labelled = KEY_LABELS[column] ? Object.keys(KEY_LABELS[column]) : undefined;
  const standard: readonly string[] | undefined = (SPLIT_CODES as Record<string, readonly string[]>)[column] ?? labelled;
  if (!standard) return seen;
  const known = standard.filter((c) => seen.includes(c));
  return [...known, ...seen.filter((c) => !standard.includes(c))];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
