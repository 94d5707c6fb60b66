/**
 * Runs compiled indicators on the warehouse and shapes the aggregates into ResultTables:
 * value, n, a 95 % interval (Wilson for shares, t for means) and the counts disclosure control needs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultRow, ResultTable } from '../results/types.ts';
import { wilsonInterval } from '../stats/tests.ts';
import { tQuantile } from '../stats/distributions.ts';
import { compileIndicator } from './compile.ts';
import type { IndicatorSpec } from './spec.ts';

type Cell = Record<string, string | number | null>;

function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'bigint' ? Number(v) : Number(v);
}

function toRow(spec: IndicatorSpec, cell: Cell): ResultRow {
  const keys: Record<string, string> = {};
  for (const s of spec.by) keys[s] = String(cell[s]);
  const n = num(cell.n) ?? 0;
  const base = { keys, year: num(cell.year), n };
  switch (spec.measure.kind) {
    case 'share': {
      const count = num(cell.count) ?? 0;
      const ci = wilsonInterval(count, n);
      return { ...base, value: count / n, lower: ci.lower, upper: ci.upper, extra: { count } };
    }
    case 'mean': {
      const sum = num(cell.sum) ?? 0;
      const sumSq = num(cell.sum_sq) ?? 0;
      const mean = sum / n;
      const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : NaN;
      const half = n > 1 ? tQuantile(0.975, n - 1) * Math.sqrt(variance / n) : NaN;
      return { ...base, value: mean, lower: Number.isFinite(half) ? mean - half : null, upper: Number.isFinite(half) ? mean + half : null };
    }
    case 'gini':
      // intervals for the Gini come from the person bootstrap (catalogue issue); none yet
      return { ...base, value: num(cell.gini), lower: null, upper: null };
  }
}

export async function runIndicator(conn: DuckDBConnection, spec: IndicatorSpec): Promise<ResultTable> {
  const reader = await conn.runAndReadAll(compileIndicator(spec));
  const cells = reader.getRowObjectsJS() as Cell[];
  return {
    id: spec.id,
    chapter: spec.chapter,
    kind: spec.kind,
    title: spec.title,
    note: spec.note,
    unit: spec.unit,
    keyColumns: [...spec.by],
    rows: cells.map((c) => toRow(spec, c)),
    choices: spec.choices,
  };
}
