/**
 * Runs compiled indicators on the warehouse and shapes the aggregates into ResultTables:
 * value, n, a 95 % interval (Wilson for shares, t for means) and the counts disclosure control needs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { wilsonInterval } from '../stats/tests.ts';
import { tQuantile } from '../stats/distributions.ts';
import { compileIndicator, requiredTables, type CompileOptions } from './compile.ts';
import { CONCEPTS } from './concepts.ts';
import type { IndicatorSpec } from './spec.ts';

type Cell = Record<string, string | number | null>;

function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'bigint' ? Number(v) : Number(v);
}

/** The t interval of a mean from n, Σx and Σx²; `floor` bounds the lower end (rates cannot be negative). */
function meanRow(base: Omit<ResultRow, 'value' | 'lower' | 'upper'>, cell: Cell, scale: number, extra?: ResultRow['extra'], floor = -Infinity): ResultRow {
  const n = base.n ?? 0;
  const sum = num(cell.sum) ?? 0;
  const sumSq = num(cell.sum_sq) ?? 0;
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : NaN;
  const half = n > 1 ? tQuantile(0.975, n - 1) * Math.sqrt(variance / n) : NaN;
  return {
    ...base, value: scale * mean,
    lower: Number.isFinite(half) ? Math.max(floor, scale * (mean - half)) : null, upper: Number.isFinite(half) ? scale * (mean + half) : null,
    ...(extra ? { extra } : {}),
  };
}

function toRows(spec: IndicatorSpec, cell: Cell): ResultRow[] {
  const keys: Record<string, string> = {};
  for (const s of spec.by) keys[s] = String(cell[s]);
  const n = num(cell.n) ?? 0;
  const base = { keys, year: num(cell.year), n };
  switch (spec.measure.kind) {
    case 'share': {
      const count = num(cell.count) ?? 0;
      const ci = wilsonInterval(count, n);
      return [{ ...base, value: count / n, lower: ci.lower, upper: ci.upper, extra: { count } }];
    }
    case 'mean':
      return [meanRow(base, cell, 1)];
    case 'rate_per_1000':
      // extra.count: the events behind the rate; the t interval's lower end is cut at 0
      return [meanRow(base, cell, 1000, { count: num(cell.sum) ?? 0 }, 0)];
    case 'distribution': {
      const key = spec.measure.key;
      return (CONCEPTS[spec.measure.of].categories ?? []).map((k) => {
        const count = num(cell[`c_${k}`]) ?? 0;
        const ci = wilsonInterval(count, n);
        return { ...base, keys: { ...keys, [key]: k }, value: count / n, lower: ci.lower, upper: ci.upper, extra: { count } };
      });
    }
    case 'gini':
      // intervals for the Gini come from the person bootstrap (catalogue issue); none yet
      return [{ ...base, value: num(cell.gini), lower: null, upper: null }];
  }
}

/** Tables and views in the connection, lower-cased. */
async function presentRelations(conn: DuckDBConnection): Promise<Set<string>> {
  const r = await conn.runAndReadAll('SELECT lower(table_name) AS t FROM information_schema.tables');
  return new Set((r.getRowObjectsJS() as { t: string }[]).map((x) => x.t));
}

/**
 * Runs one indicator. If a contract table it needs is not in the extract (the optional registers),
 * the table comes back without rows and with a note saying which register is missing.
 */
export async function runIndicator(conn: DuckDBConnection, spec: IndicatorSpec, opts: CompileOptions = {}): Promise<ResultTable> {
  const needed = requiredTables(spec);
  const present = needed.length > 0 ? await presentRelations(conn) : new Set<string>();
  const missing = needed.filter((t) => !present.has(t));
  const cells = missing.length > 0
    ? []
    : ((await conn.runAndReadAll(compileIndicator(spec, opts))).getRowObjectsJS() as Cell[]);
  const missingNote: Text[] = missing.length > 0
    ? [{ da: `Ikke beregnet: registeret ${missing.join(', ')} mangler i udtrækket.`, en: `Not computed: the register ${missing.join(', ')} is missing from the extract.` }]
    : [];
  const keyColumns = spec.measure.kind === 'distribution' ? [...spec.by, spec.measure.key] : [...spec.by];
  return {
    id: spec.id,
    chapter: spec.chapter,
    kind: spec.kind,
    title: spec.title,
    note: spec.note,
    unit: spec.unit,
    keyColumns,
    rows: cells.flatMap((c) => toRows(spec, c)),
    ...(spec.choices || missing.length > 0 ? { choices: [...(spec.choices ?? []), ...missingNote] } : {}),
  };
}
