/**
 * Reference tables the warehouse SQL joins against, written from the contract's constants so that
 * the SQL and docs/data-contract.md read the same lists: MENAPT countries and H1 group → level.
 */
import { H1_TO_LEVEL, MENAPT_COUNTRIES } from '../contract/schema.ts';
import { sqlString } from './sql-literal.ts';

/** Run-time parameters of one warehouse build, stored as the one-row table `wh_params`. */
export interface WarehouseParams {
  firstYear: number | null;
  lastYear: number | null;
  /** Net wealth per adult (DKK) above which a family is not counted as poor. */
  wealthThreshold: number;
}

export function referenceTablesSql(): string {
  const menapt = MENAPT_COUNTRIES.map((c) => `(${sqlString(c)})`).join(', ');
  const levels = Object.entries(H1_TO_LEVEL)
    .map(([h1, level]) => `(${Number(h1)}, ${sqlString(level)})`)
    .join(', ');
  return `
CREATE OR REPLACE TABLE ref_menapt_country (opr_land VARCHAR PRIMARY KEY);
INSERT INTO ref_menapt_country VALUES ${menapt};
CREATE OR REPLACE TABLE ref_h1_level (h1 INTEGER PRIMARY KEY, edu_level VARCHAR NOT NULL);
INSERT INTO ref_h1_level VALUES ${levels};`;
}

/** `wh_params`: the year window (defaults: the years present in bef) and the wealth threshold. */
export function paramsTableSql(params: WarehouseParams): string {
  const year = (y: number | null): string => (y === null ? 'NULL' : String(checkedInteger(y)));
  if (!Number.isFinite(params.wealthThreshold)) throw new Error('wealthThreshold must be a finite number');
  return `
CREATE OR REPLACE TABLE wh_params AS
SELECT
  CAST(coalesce(${year(params.firstYear)}, min(AAR)) AS INTEGER) AS first_year,
  CAST(coalesce(${year(params.lastYear)}, max(AAR)) AS INTEGER) AS last_year,
  CAST(${params.wealthThreshold} AS DOUBLE) AS wealth_threshold
FROM bef;`;
}

function checkedInteger(y: number): number {
  if (!Number.isInteger(y)) throw new Error(`year must be an integer, got ${y}`);
  return y;
}
