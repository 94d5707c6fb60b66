/**
 * Builds the derived person-year facts from the loaded contract tables, inside DuckDB.
 *
 * Each step is one concept in `sql/<name>.sql`, run in the order declared below; every step reads
 * only the contract tables and earlier steps. Heavy relations are tables, cheap filters are views.
 * docs/definitions.md explains each definition and the choices made where the report is unclear.
 */
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { paramsTableSql, referenceTablesSql } from './reference.ts';

export interface WarehouseStep {
  /** The relation the step creates; also the SQL file name. */
  name: string;
  kind: 'table' | 'view';
  /** An intermediate dropped at the end of the build. */
  temporary?: boolean;
}

/** The declared build order. The indicator engine reads the non-temporary relations by name. */
export const WAREHOUSE_STEPS: readonly WarehouseStep[] = [
  { name: 'supported_department', kind: 'table' },
  { name: 'in_education_year', kind: 'table' },
  { name: 'education_level_year', kind: 'view' },
  { name: 'labour_market_year', kind: 'view' },
  { name: 'wh_person_core', kind: 'table', temporary: true },
  { name: 'family_year', kind: 'table' },
  { name: 'wh_person_year', kind: 'table' },
  { name: 'poverty_line_year', kind: 'table' },
  { name: 'person_year', kind: 'view' },
  { name: 'area_group_member', kind: 'view' },
  { name: 'family_parents', kind: 'table' },
];

export interface BuildOptions {
  /** First year to derive (default: the first year in bef). */
  firstYear?: number;
  /** Last year to derive (default: the last year in bef); also ends ongoing KOTRE spells. */
  lastYear?: number;
  /** Net wealth per adult (DKK) above which a family is not poor (default 100,000, DST's rule). */
  wealthThreshold?: number;
  /** Called after each step with its wall time, e.g. for the benchmark. */
  onStep?: (name: string, milliseconds: number) => void;
}

export const DEFAULT_WEALTH_THRESHOLD = 100_000;

/** The SQL of one step, as shipped in `src/warehouse/sql/`. */
export function stepSql(name: string): string {
  return readFileSync(new URL(`./sql/${name}.sql`, import.meta.url), 'utf8');
}

/**
 * Derives person_year, area_group_member, family_parents and their building blocks.
 * Expects every required contract table (bef, ind, akm, udda, kotre, lbf_*) to exist with the
 * contract's column names; replaces any relations of an earlier build.
 *
 * @example await buildWarehouse(conn, { firstYear: 2000, lastYear: 2019 });
 */
export async function buildWarehouse(conn: DuckDBConnection, opts: BuildOptions = {}): Promise<void> {
  const timed = async (name: string, sql: string): Promise<void> => {
    const start = performance.now();
    await conn.run(sql);
    opts.onStep?.(name, performance.now() - start);
  };
  await timed('reference', referenceTablesSql());
  await timed('wh_params', paramsTableSql({
    firstYear: opts.firstYear ?? null,
    lastYear: opts.lastYear ?? null,
    wealthThreshold: opts.wealthThreshold ?? DEFAULT_WEALTH_THRESHOLD,
  }));
  for (const step of WAREHOUSE_STEPS) await timed(step.name, stepSql(step.name));
  for (const step of WAREHOUSE_STEPS.filter((s) => s.temporary)) {
    await conn.run(`DROP ${step.kind === 'table' ? 'TABLE' : 'VIEW'} IF EXISTS ${step.name}`);
  }
}
