/**
 * Hidden cells a table gives away by subtraction, which must obey the same minimum as published
 * ones: the persons in a nested group but not in the next smaller one shown (population − social
 * housing, social housing − supported), and the rest of a non-exhaustive partition (all − menapt
 * − non_menapt = unknown origin). Differences of non-adjacent levels are sums of adjacent ones, so
 * checking adjacent levels suffices.
 */
import type { ResultRow, ResultTable } from '../results/types.ts';
import type { AdditiveSpec } from './spec.ts';

/** A hidden cell: row `plus` minus the rows `minus` (row positions within one table). */
export interface Difference {
  plus: number;
  minus: number[];
}

/** Groups row positions by year and every key except `column`; within a group, by the value of `column`. */
function groupsWithout(table: ResultTable, column: string): Iterable<Map<string, number>> {
  const others = table.keyColumns.filter((c) => c !== column);
  const groups = new Map<string, Map<string, number>>();
  table.rows.forEach((row, r) => {
    const code = row.keys[column];
    if (code === undefined) return;
    const key = JSON.stringify([row.year, ...others.map((c) => row.keys[c] ?? null)]);
    const group = groups.get(key) ?? new Map<string, number>();
    group.set(code, r);
    groups.set(key, group);
  });
  return groups.values();
}

export function differencesOf(table: ResultTable, spec: AdditiveSpec): Difference[] {
  const out: Difference[] = [];
  for (const d of spec.dimensions) {
    if (d.kind === 'nested') {
      for (const byCode of groupsWithout(table, d.column)) {
        const present = d.levels.filter((level) => byCode.has(level));
        for (let i = 1; i < present.length; i++) out.push({ plus: byCode.get(present[i])!, minus: [byCode.get(present[i - 1])!] });
      }
    }
    if ((d.kind === 'partition' || d.kind === 'outcome') && d.exhaustive === false && d.total !== undefined) {
      const total = d.total;
      for (const byCode of groupsWithout(table, d.column)) {
        if (byCode.has(total) && d.parts.every((p) => byCode.has(p))) out.push({ plus: byCode.get(total)!, minus: d.parts.map((p) => byCode.get(p)!) });
      }
    }
  }
  return out;
}

/** The difference as a row of its own, to be judged by the primary rules; null if a part lacks n. */
export function differenceRow(rows: readonly ResultRow[], difference: Difference): ResultRow | null {
  const involved = [rows[difference.plus], ...difference.minus.map((m) => rows[m])];
  if (involved.some((row) => row.n === null)) return null;
  const sign = (i: number): number => (i === 0 ? 1 : -1);
  const n = involved.reduce((sum, row, i) => sum + sign(i) * row.n!, 0);
  const counts = involved.map((row) => row.extra?.count ?? null);
  const plus = rows[difference.plus];
  const row: ResultRow = { keys: { ...plus.keys }, year: plus.year, value: null, n, lower: null, upper: null };
  if (counts.every((c) => c !== null)) row.extra = { count: counts.reduce((sum, c, i) => sum + sign(i) * c!, 0) };
  return row;
}
