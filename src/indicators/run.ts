/**
 * Runs compiled indicators on the warehouse and shapes the aggregates into ResultTables:
 * value, n, a 95 % interval (Wilson for shares, t for means, exact Poisson for rates, a person
 * bootstrap for the Gini) and the counts disclosure control needs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultRow, ResultTable, Text } from '../results/types.ts';
import { poissonInterval, wilsonInterval } from '../stats/tests.ts';
import { tQuantile } from '../stats/distributions.ts';
import { giniBootstrapInterval, hashSeed, type RankBin } from '../stats/gini-bootstrap.ts';
import { compileIndicator, materializedRelations, materializeSql, requiredTables, type CompileOptions } from './compile.ts';
import { CONCEPTS } from './concepts.ts';
import type { IndicatorSpec } from './spec.ts';

type Cell = Record<string, string | number | null>;

function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'bigint' ? Number(v) : Number(v);
}

/** The t interval of a mean from n, Σx and Σx². */
function meanRow(base: Omit<ResultRow, 'value' | 'lower' | 'upper'>, cell: Cell): ResultRow {
  const n = base.n ?? 0;
  const sum = num(cell.sum) ?? 0;
  const sumSq = num(cell.sum_sq) ?? 0;
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : NaN;
  const half = n > 1 ? tQuantile(0.975, n - 1) * Math.sqrt(variance / n) : NaN;
  return {
    ...base, value: mean,
    lower: Number.isFinite(half) ? mean - half : null, upper: Number.isFinite(half) ? mean + half : null,
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
      return [meanRow(base, cell)];
    case 'rate_per_1000': {
      // the exact (Garwood) Poisson interval of events per person-year; extra.count: the events behind the rate
      const events = num(cell.sum) ?? 0;
      const ci = poissonInterval(Math.round(events), n);
      return [{ ...base, value: 1000 * ci.estimate, lower: 1000 * ci.lower, upper: 1000 * ci.upper, extra: { count: events } }];
    }
    case 'distribution': {
      const key = spec.measure.key;
      return (CONCEPTS[spec.measure.of].categories ?? []).map((k) => {
        const count = num(cell[`c_${k}`]) ?? 0;
        const ci = wilsonInterval(count, n);
        return { ...base, keys: { ...keys, [key]: k }, value: count / n, lower: ci.lower, upper: ci.upper, extra: { count } };
      });
    }
    case 'gini':
      throw new Error('gini cells are folded by giniRows');
  }
}

/** A Gini cell's rank bins (compile.ts) with Σ i·x, from which the exact Gini follows. */
interface RankBinRow extends RankBin {
  sumIx: number;
}

/** Seed of the Gini bootstrap: fixed, so the same inputs give the same interval. */
export const GINI_BOOTSTRAP_SEED = 20221;
/** Bootstrap replicates per Gini cell. */
export const GINI_BOOTSTRAP_REPS = 1000;

function giniRow(spec: IndicatorSpec, base: Omit<ResultRow, 'value' | 'lower' | 'upper'>, bins: RankBinRow[]): ResultRow {
  const n = base.n ?? 0;
  const sum = bins.reduce((a, b) => a + b.sum, 0);
  const sumIx = bins.reduce((a, b) => a + b.sumIx, 0);
  const gini = (2 * sumIx) / (n * sum) - (n + 1) / n;
  const stream = `${spec.id}|${Object.entries(base.keys).map(([k, v]) => `${k}=${v}`).join('|')}|${base.year}`;
  const ci = n > 1 && sum > 0
    ? giniBootstrapInterval(gini, bins, { reps: GINI_BOOTSTRAP_REPS, seed: hashSeed(stream, GINI_BOOTSTRAP_SEED) })
    : { lower: null, upper: null };
  return { ...base, value: gini, lower: ci.lower, upper: ci.upper };
}

/** Gini rows come one per rank bin (compile.ts): fold them into one row per split combination and year. */
function giniRows(spec: IndicatorSpec, fetched: Cell[]): ResultRow[] {
  const cells = new Map<string, { keys: Record<string, string>; year: number | null; bins: RankBinRow[] }>();
  for (const r of fetched) {
    const keys: Record<string, string> = {};
    for (const s of spec.by) keys[s] = String(r[s]);
    const id = JSON.stringify([keys, r.year]);
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { keys, year: num(r.year), bins: [] }));
    cell.bins.push({ n: num(r.n) ?? 0, sum: num(r.sum) ?? 0, sumSq: num(r.sum_sq) ?? 0, sumIx: num(r.sum_ix) ?? 0 });
  }
  return [...cells.values()].map((c) => giniRow(spec, { keys: c.keys, year: c.year, n: c.bins.reduce((a, b) => a + b.n, 0) }, c.bins));
}

/** Tables and views in the connection, lower-cased. */
export async function presentRelations(conn: DuckDBConnection): Promise<Set<string>> {
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
  if (missing.length === 0) for (const r of materializedRelations(spec)) await conn.run(materializeSql(r));
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
    rows: spec.measure.kind === 'gini' ? giniRows(spec, cells) : cells.flatMap((c) => toRows(spec, c)),
    ...(spec.choices || missing.length > 0 ? { choices: [...(spec.choices ?? []), ...missingNote] } : {}),
  };
}
