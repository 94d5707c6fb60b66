/**
 * Compares the computed exhibits with the calibration targets. Reads result tables only: the
 * numbers checked are the numbers the report shows.
 */
import type { ResultRow, ResultTable } from '../results/types.ts';
import type { CalibrationTarget, TargetCell } from './targets.ts';

export interface CalibrationResult {
  id: string;
  description: string;
  /** The exhibit the achieved number comes from. */
  exhibit: string;
  published: number;
  achieved: number | null;
  tolerance: number;
  within: boolean;
  source: string;
  line: string;
}

function matches(row: ResultRow, keys: Record<string, string>): boolean {
  return Object.entries(keys).every(([k, v]) => row.keys[k] === v);
}

function valueAt(table: ResultTable, keys: Record<string, string>, year: number): number | null {
  return table.rows.find((r) => r.year === year && matches(r, keys))?.value ?? null;
}

export function achievedValue(tables: ReadonlyMap<string, ResultTable>, cell: TargetCell): number | null {
  const table = tables.get(cell.exhibit);
  if (!table) return null;
  switch (cell.kind) {
    case 'cell':
      return valueAt(table, cell.keys, cell.year);
    case 'change': {
      const a = valueAt(table, cell.keys, cell.from);
      const b = valueAt(table, cell.keys, cell.to);
      return a === null || b === null ? null : b - a;
    }
    case 'period_mean': {
      const vals = table.rows
        .filter((r) => r.year !== null && r.year >= cell.from && r.year <= cell.to && matches(r, cell.keys))
        .map((r) => r.value);
      if (vals.length === 0 || vals.some((v) => v === null)) return null;
      return (vals as number[]).reduce((s, v) => s + v, 0) / vals.length;
    }
    case 'sum': {
      const rows = table.rows.filter((r) => r.year === null && matches(r, cell.keys) && cell.codes.includes(r.keys[cell.column] ?? ''));
      // every code exactly once: a missing or repeated row would make the sum mean something else
      if (rows.length !== cell.codes.length || new Set(rows.map((r) => r.keys[cell.column])).size !== cell.codes.length) return null;
      if (rows.some((r) => r.value === null)) return null;
      return rows.reduce((s, r) => s + (r.value as number), 0);
    }
  }
}

export function evaluateCalibration(targets: readonly CalibrationTarget[], tables: readonly ResultTable[]): CalibrationResult[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return targets.map((t) => {
    const achieved = achievedValue(byId, t.cell);
    return {
      id: t.id, description: t.description, exhibit: t.cell.exhibit, published: t.published, achieved, tolerance: t.tolerance,
      within: achieved !== null && Math.abs(achieved - t.published) <= t.tolerance,
      source: t.source, line: t.line,
    };
  });
}

/** calibration.csv: id, published, achieved, tolerance, within (plus where the number is printed). */
export function calibrationCsv(results: readonly CalibrationResult[]): string {
  const lines = ['id,published,achieved,tolerance,within,source,line'];
  for (const r of results) {
    const achieved = r.achieved === null ? '' : String(Math.round(r.achieved * 1e6) / 1e6);
    lines.push([r.id, r.published, achieved, r.tolerance, r.within, `"${r.source}"`, `"${r.line}"`].join(','));
  }
  return lines.join('\n') + '\n';
}
