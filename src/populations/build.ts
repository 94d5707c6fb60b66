/**
 * Builds the target-group populations over the warehouse: target_group_member,
 * parental_restgruppe and mother_restgruppe_at_birth (see compile.ts and docs/populations.md).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  compilePopulations, DEFAULT_SCHOOL_YEAR, SOCIO13_FIRST_YEAR, type SchoolYearChoice,
} from './compile.ts';
import { TARGET_GROUPS, type TargetGroupSpec } from './spec.ts';

/** First year of the residence registers the report uses (§1.4.1; 2000 - 29 + 15, l. 7176-7179). */
export const RESIDENCE_FIRST_YEAR = 1986;

export interface PopulationOptions {
  /** The target groups (default TARGET_GROUPS, the report's four). */
  groups?: readonly TargetGroupSpec[];
  /** Which school year counts for a calendar year in the grade rule (default 'either'). */
  schoolYear?: SchoolYearChoice;
  /** First year with SOCIO13 (default 1991). */
  socio13FirstYear?: number;
  /** Called after each step with its wall time, e.g. for the benchmark. */
  onStep?: (name: string, milliseconds: number) => void;
}

export interface PopulationBuildReport {
  /** The relations created (temporary ones are already dropped). */
  relations: string[];
  /** Things a user should know, e.g. that elev is missing so the grade rule excluded everyone. */
  warnings: string[];
}

async function existing(conn: DuckDBConnection, names: readonly string[]): Promise<Set<string>> {
  const list = names.map((n) => `'${n}'`).join(', ');
  const reader = await conn.runAndReadAll(
    `SELECT DISTINCT table_name FROM information_schema.tables WHERE table_name IN (${list})`);
  return new Set(reader.getRowObjectsJS().map((r) => String(r.table_name)));
}

/**
 * Creates target_group_member(pnr, year, target_group, area_group),
 * parental_restgruppe(pnr, measured_at_age, parental_restgruppe, rule_used) and
 * mother_restgruppe_at_birth(pnr, value), replacing those of an earlier build.
 * Needs person_year and family_parents (the warehouse); elev is optional.
 *
 * @example const report = await buildPopulations(conn, { schoolYear: 'either' });
 */
export async function buildPopulations(conn: DuckDBConnection, opts: PopulationOptions = {}): Promise<PopulationBuildReport> {
  const found = await existing(conn, ['person_year', 'family_parents', 'elev']);
  for (const needed of ['person_year', 'family_parents']) {
    if (!found.has(needed)) throw new Error(`buildPopulations needs the relation ${needed} (build the warehouse first)`);
  }
  const groups = opts.groups ?? TARGET_GROUPS;
  const warnings: string[] = [];
  const hasElev = found.has('elev');
  if (!hasElev && groups.some((g) => g.grade)) {
    const which = groups.filter((g) => g.grade).map((g) => `${g.id} (ages ${g.grade!.ages[0]}-${g.grade!.ages[1]})`).join(', ');
    warnings.push(`elev is missing: nobody meets the grade rule of ${which}; those ages are left out of the group`);
  }
  const first = await conn.runAndReadAll('SELECT min(year) AS y FROM person_year');
  const firstYear = first.getRowObjectsJS()[0]?.y;
  if (typeof firstYear === 'number' && firstYear > RESIDENCE_FIRST_YEAR) {
    warnings.push(`person_year starts in ${firstYear}: residence before then is unknown, so pairs of years before ${firstYear} `
      + `and parental status measured before ${firstYear} (rule 'before_data') are missing; the report uses residence `
      + `from ${RESIDENCE_FIRST_YEAR} and SOCIO13 from ${SOCIO13_FIRST_YEAR} (build the warehouse with firstYear <= ${RESIDENCE_FIRST_YEAR})`);
  }
  const steps = compilePopulations({
    groups,
    schoolYear: opts.schoolYear ?? DEFAULT_SCHOOL_YEAR,
    socio13FirstYear: opts.socio13FirstYear ?? SOCIO13_FIRST_YEAR,
    hasElev,
  });
  try {
    for (const step of steps) {
      const start = performance.now();
      await conn.run(step.sql);
      opts.onStep?.(step.name, performance.now() - start);
    }
  } finally {
    // Dropped in reverse order: later steps may read earlier ones.
    for (const step of [...steps].reverse().filter((s) => s.temporary)) {
      await conn.run(`DROP ${step.kind === 'table' ? 'TABLE' : 'VIEW'} IF EXISTS ${step.name}`);
    }
  }
  return { relations: steps.filter((s) => !s.temporary).map((s) => s.name), warnings };
}
