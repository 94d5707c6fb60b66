/**
 * Hand-built person histories for the population tests: minimal person_year, family_parents and
 * elev tables (only the columns buildPopulations reads, plus afd_id for readability), in a fresh
 * in-memory DuckDB. No warehouse build: the tests state the warehouse facts directly.
 */
import { DuckDBInstance, type DuckDBConnection, type JS } from '@duckdb/node-api';
import { buildPopulations, type PopulationOptions, type PopulationBuildReport } from '../../src/populations/build.ts';

/**
 * One person's years. `where` has one character per calendar year from `from`:
 *   S supported department A1, T supported department A2 (a different area), H social housing
 *   (not supported), P private housing, . no person_year row (not living in Denmark).
 * `rest` (same length, optional) gives restgruppe per year: y true, n false, ? or absent NULL.
 */
export interface Life {
  pnr: string;
  born: number;
  from: number;
  where: string;
  rest?: string;
  mor?: string;
  far?: string;
}

export interface World {
  lives: Life[];
  /** Home (E-family) parents: [child, year, parent ids]. */
  homes?: [string, number, string[]][];
  /** elev rows: [pnr, SKOLEAAR, KLASSETRIN]. */
  grades?: [string, number, number][];
  /** Leave the elev table out altogether. */
  noElev?: boolean;
}

const AREA: Record<string, [boolean, boolean, string | null]> = {
  S: [true, true, 'A1'], T: [true, true, 'A2'], H: [false, true, 'H1'], P: [false, false, null],
};

const q = (s: string | null | undefined): string => (s == null ? 'NULL' : `'${s}'`);

export async function build(world: World, opts: PopulationOptions = {}): Promise<{ conn: DuckDBConnection; report: PopulationBuildReport }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE person_year (pnr VARCHAR, year INTEGER, age INTEGER, supported BOOLEAN,
    social_housing BOOLEAN, afd_id VARCHAR, restgruppe BOOLEAN, mor_id VARCHAR, far_id VARCHAR)`);
  await conn.run('CREATE TABLE family_parents (pnr VARCHAR, year INTEGER, parent_pnr VARCHAR, parent_role VARCHAR)');
  if (!world.noElev) await conn.run('CREATE TABLE elev (PNR VARCHAR, SKOLEAAR INTEGER, KLASSETRIN INTEGER)');
  const rows: string[] = [];
  for (const l of world.lives) {
    if (l.rest !== undefined && l.rest.length !== l.where.length) throw new Error(`${l.pnr}: rest and where differ in length`);
    [...l.where].forEach((code, i) => {
      if (code === '.') return;
      const area = AREA[code];
      if (!area) throw new Error(`${l.pnr}: unknown code ${code}`);
      const year = l.from + i;
      const r = l.rest?.[i];
      const rest = r === 'y' ? 'TRUE' : r === 'n' ? 'FALSE' : 'NULL';
      rows.push(`(${q(l.pnr)}, ${year}, ${year - l.born}, ${area[0]}, ${area[1]}, ${q(area[2])}, ${rest}, ${q(l.mor)}, ${q(l.far)})`);
    });
  }
  if (rows.length) await conn.run(`INSERT INTO person_year VALUES ${rows.join(', ')}`);
  const fam = (world.homes ?? []).flatMap(([child, year, parents]) => parents.map((p) => `(${q(child)}, ${year}, ${q(p)}, 'x')`));
  if (fam.length) await conn.run(`INSERT INTO family_parents VALUES ${fam.join(', ')}`);
  const el = (world.grades ?? []).map(([p, y, g]) => `(${q(p)}, ${y}, ${g})`);
  if (el.length && !world.noElev) await conn.run(`INSERT INTO elev VALUES ${el.join(', ')}`);
  const report = await buildPopulations(conn, opts);
  return { conn, report };
}

export async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, JS>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS();
}

/** The years in which `pnr` is in (group, area), ascending. */
export async function memberYears(conn: DuckDBConnection, pnr: string, group: string, area: string): Promise<number[]> {
  const r = await rows(conn, `SELECT year FROM target_group_member
    WHERE pnr = '${pnr}' AND target_group = '${group}' AND area_group = '${area}' ORDER BY year`);
  return r.map((x) => Number(x.year));
}

/** [parental_restgruppe, rule_used] of `pnr` measured at `age`; undefined if there is no row. */
export async function parental(conn: DuckDBConnection, pnr: string, age: number): Promise<[string | null, string] | undefined> {
  const r = await rows(conn, `SELECT parental_restgruppe AS v, rule_used AS r FROM parental_restgruppe
    WHERE pnr = '${pnr}' AND measured_at_age = ${age}`);
  if (r.length > 1) throw new Error('more than one row');
  return r[0] === undefined ? undefined : [r[0].v === null ? null : String(r[0].v), String(r[0].r)];
}

/** Years from..to inclusive. */
export function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
